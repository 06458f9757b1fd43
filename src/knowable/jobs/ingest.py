"""Ingest use cases: parse a source and store it as one batch (I/O edge over sources/)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from knowable.model import Quarantined
from knowable.sources.salesforce import discover, parse_export
from knowable.store import Store
from knowable.store import schema as t


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
                .limit(1)
            ).one_or_none()
            return str(row.subject_key) if row is not None and row.subject_key else None

    return resolve


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
    with store.ingest_batch("crm", str(path), actor=actor) as batch:
        for subject in export.subjects:
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
