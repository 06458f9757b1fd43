"""Ingest use cases: parse a source and store it as one batch (I/O edge over sources/)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from knowable.model import Quarantined, Record, Subject, Version, version_in_force
from knowable.sources.salesforce import (
    CrmExport,
    deletion_of,
    discover,
    entity_key,
    parse_export,
    qualify,
)
from knowable.store import Store
from knowable.store import schema as t
from knowable.store.batches import IngestBatch
from knowable.store.versions import org_of_key
from knowable.timeutil import utcnow

#: How many keys of records missing from a full export an audit event lists by name (the
#: versions digest covers them all).
MISSING_LISTED = 1000


@dataclass
class IngestResult:
    """Counts of one ingest batch and the rows it set aside."""

    summary: dict[str, int]
    quarantined: list[Quarantined] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    rows_read: int = 0
    subjects_seen: int = 0
    batch_id: int = 0
    refused: list[Quarantined] = field(default_factory=list)
    #: Full export: stored records it left out (now deletion versions), and the objects
    #: whose missing records could not be told because some rows were unreadable.
    missing: int = 0
    missing_skipped: list[str] = field(default_factory=list)


class StoreLinks:
    """Resolves an Id stored by an earlier ingest to its account (or person) subject key.

    Each key is looked up once; :meth:`prime` looks many up in a few queries (the sync
    primes a page's lookups before parsing it, instead of one query per lookup).
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.known: dict[str, str | None] = {}

    def prime(self, keys: Iterable[str]) -> None:
        todo = sorted({k for k in keys if k and k not in self.known})
        s, r = t.subjects.c, t.records.c
        for start in range(0, len(todo), 500):
            chunk = todo[start : start + 500]
            with self.store.read() as conn:
                subjects = {
                    row.key: str(row.parent_key or row.key)
                    for row in conn.execute(select(s.key, s.parent_key).where(s.key.in_(chunk)))
                }
                records: dict[str, str | None] = {}
                for row in conn.execute(
                    select(r.external_id, r.subject_key)
                    .where(r.source == "crm", r.external_id.in_(chunk))
                    .order_by(r.ingested_at)  # the newest version's account wins
                ):
                    records[row.external_id] = row.subject_key
            for key in chunk:
                found = subjects.get(key) or records.get(key)
                self.known[key] = str(found) if found else None

    def __call__(self, ref: str) -> str | None:
        if ref not in self.known:
            self.prime([ref])
        return self.known[ref]


def store_link(store: Store) -> Callable[[str], str | None]:
    """Resolve an Id stored by an earlier ingest to its account (or person) subject key."""
    return StoreLinks(store)


_SUBJECT_OBJECT = {"Company": "Account", "Person": "Contact"}


def _in_force_subjects(
    store: Store, subjects: list[Subject], records: list[Record]
) -> list[Subject]:
    """The subjects whose Account or Contact row is the latest version of its record.

    A subject's view follows the version in force now: re-ingesting an older export (or
    one whose rows were modified before the stored ones) stores its rows as versions but
    does not turn the customer's name, address or contact's title back.
    """
    rows = {r.entity_key: r for r in records if r.entity_key and r.kind in ("Account", "Contact")}
    stored = store.versions(rows)
    now = utcnow()
    out: list[Subject] = []
    for subject in subjects:
        key = entity_key(_SUBJECT_OBJECT.get(subject.schema, ""), subject.key)
        row = rows.get(key)
        earlier = stored.get(key, [])
        if row is None or not earlier:
            out.append(subject)
            continue
        known = next((v.ingested_at for v in earlier if v.id == row.id), now)
        mine = Version(row.id, row.valid_from, known, row.deleted)
        if version_in_force([*(v for v in earlier if v.id != row.id), mine]) == row.id:
            out.append(subject)
    return out


def missing_from_full(
    store: Store, export: CrmExport, when: datetime, why: str
) -> tuple[list[Record], list[str]]:
    """Deletion versions, as of ``when``, of the stored records a full export leaves out.

    Only the (org, object) pairs the export holds rows of are compared: a full export of
    accounts says nothing about contacts. An object some of whose rows could not be read
    (their Ids are unknown) is skipped and returned by name, so that nothing is deleted
    on a guess.
    """
    out: list[Record] = []
    skipped: list[str] = []
    for (org, kind), keys in sorted(export.seen.items()):
        if kind in export.unreadable or "*" in export.unreadable:
            skipped.append(kind)
            continue
        org_key = org_of_key(qualify(org, "x"))
        for record in store.records(kind=kind, source="crm"):
            key = record.external_id
            if key is None or key in keys or org_of_key(key) != org_key:
                continue
            out.append(deletion_of(record, when, why))
    skipped.extend(
        k if k != "*" else "any object (an unreadable JSON file)" for k in export.unreadable
    )
    return out, sorted(set(skipped))


def write_export(
    store: Store,
    export: CrmExport,
    path: str,
    actor: str,
    deletions: Iterable[Record] = (),
    audit_extra: dict[str, Any] | None = None,
    in_batch: Callable[[IngestBatch], None] | None = None,
) -> IngestBatch:
    """Store parsed CRM rows as one ingest batch: the one write path of exports and of the
    Salesforce sync (same identity, versions, audit event and quarantine).

    ``deletions`` are deletion versions made by the caller (records missing from a full
    export, records the API reports deleted); ``in_batch`` runs inside the batch's
    transaction before it commits (the sync stores its high-water mark there).
    """
    subjects = _in_force_subjects(store, export.subjects, export.records)
    with store.ingest_batch("crm", path, actor=actor) as batch:
        for subject in subjects:
            batch.add_subject(subject)
        for record in export.records:
            batch.add_record(record)
        for record in deletions:
            batch.add_record(record)
        for item in export.quarantined:
            batch.quarantine(item)
        batch.audit_extra.update(audit_extra or {})
        if in_batch is not None:
            in_batch(batch)
    return batch


def ingest_crm(
    store: Store,
    path: Path,
    actor: str = "cli",
    progress: Callable[[int], None] | None = None,
    org: str | None = None,
    full: bool = False,
) -> IngestResult:
    """Ingest a Salesforce export folder or file as one batch.

    ``org`` names the Salesforce org the export comes from (else the export's own
    OrganizationId, else the default org, whose keys are the bare Salesforce Ids).
    ``full`` says the export holds every record of its objects: stored records of those
    objects (in the same org) that it leaves out become deletion versions as of now.
    """
    files = discover(path)
    export = parse_export(files, known_link=store_link(store), progress=progress, org=org)
    missing: list[Record] = []
    skipped: list[str] = []
    extra: dict[str, Any] = {}
    if full:
        why = f"missing from full export {path}"
        missing, skipped = missing_from_full(store, export, utcnow(), why)
        extra = full_audit(missing, skipped)
    batch = write_export(store, export, str(path), actor, missing, extra)
    return IngestResult(
        summary=batch.summary(),
        quarantined=export.quarantined,
        files=export.files,
        rows_read=export.rows_read,
        subjects_seen=len(export.subjects),
        batch_id=batch.id,
        refused=export.refused,
        missing=len(missing),
        missing_skipped=skipped,
    )


def full_audit(missing: list[Record], skipped: list[str]) -> dict[str, Any]:
    """What the audit event of a full export or sync says about the records it left out."""
    keys = sorted(r.entity_key or "" for r in missing)
    return {
        "full": True,
        "missing_deleted": len(missing),
        "missing": keys[:MISSING_LISTED],
        **({"missing_unchecked_objects": skipped} if skipped else {}),
    }
