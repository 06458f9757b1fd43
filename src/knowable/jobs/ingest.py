"""Ingest use cases: parse a source and store it as one batch (I/O edge over sources/)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from knowable.model import Quarantined, Record, Subject, Version, version_in_force
from knowable.sources.salesforce import discover, entity_key, parse_export
from knowable.store import Store
from knowable.store import schema as t
from knowable.timeutil import utcnow


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


def _store_link(store: Store) -> Callable[[str], str | None]:
    """Resolve an Id stored by an earlier ingest to its account (or person) subject key."""

    def resolve(ref: str) -> str | None:
        with store.read() as conn:
            subject = conn.execute(
                select(t.subjects.c.key, t.subjects.c.parent_key).where(t.subjects.c.key == ref)
            ).one_or_none()
            if subject is not None:
                return str(subject.parent_key or subject.key)
            row = conn.execute(
                select(t.records.c.subject_key)
                .where(t.records.c.source == "crm", t.records.c.external_id == ref)
                .order_by(t.records.c.ingested_at.desc())  # the newest version's account
                .limit(1)
            ).one_or_none()
            return str(row.subject_key) if row is not None and row.subject_key else None

    return resolve


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


def ingest_crm(
    store: Store,
    path: Path,
    actor: str = "cli",
    progress: Callable[[int], None] | None = None,
    org: str | None = None,
) -> IngestResult:
    """Ingest a Salesforce export folder or file as one batch.

    ``org`` names the Salesforce org the export comes from (else the export's own
    OrganizationId, else the default org, whose keys are the bare Salesforce Ids).
    """
    files = discover(path)
    export = parse_export(files, known_link=_store_link(store), progress=progress, org=org)
    subjects = _in_force_subjects(store, export.subjects, export.records)
    with store.ingest_batch("crm", str(path), actor=actor) as batch:
        for subject in subjects:
            batch.add_subject(subject)
        for record in export.records:
            batch.add_record(record)
        for item in export.quarantined:
            batch.quarantine(item)
    return IngestResult(
        summary=batch.summary(),
        quarantined=export.quarantined,
        files=export.files,
        rows_read=export.rows_read,
        subjects_seen=len(export.subjects),
        batch_id=batch.id,
        refused=export.refused,
    )
