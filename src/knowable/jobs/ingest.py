"""Ingest use cases: stream a source into the store in batches (I/O edge over sources/).

A CRM export is read, validated, linked, hashed and written chunk by chunk
(:data:`~knowable.sources.salesforce.CHUNK_ROWS` rows): each chunk is one ingest batch, one
transaction with its own audit event covering exactly its rows, so memory does not grow
with the export and a crash leaves every committed batch whole and nothing of the one in
progress (ingesting the same export again picks up where it stopped: the rows already
stored are duplicates).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from knowable.model import Quarantined, Record, Subject, Version, version_in_force
from knowable.sources.guards import DEFAULT_LIMITS, Limits
from knowable.sources.salesforce import (
    CHUNK_ROWS,
    SOURCE,
    CrmChunk,
    discover,
    entity_key,
    org_name,
    read_rows,
    stream_rows,
)
from knowable.store import Store
from knowable.store import schema as t
from knowable.timeutil import utcnow

#: Quarantined rows an IngestResult keeps to show (all are stored; the count is exact).
SHOWN_QUARANTINED = 1000
_SUMMARY_KEYS = (
    "stored",
    "duplicates",
    "quarantined",
    "quarantine_repeats",
    "subjects_stored",
    "subjects_updated",
    "versions",
    "deletions",
)
_LOOKUP = 2000


@dataclass
class IngestResult:
    """Counts of one ingest (over all its batches) and the rows it set aside."""

    summary: dict[str, int]
    #: The first :data:`SHOWN_QUARANTINED` rows set aside (``quarantined_count``: all).
    quarantined: list[Quarantined] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    rows_read: int = 0
    subjects_seen: int = 0
    #: The first batch written; ``batch_ids`` lists them all.
    batch_id: int = 0
    refused: list[Quarantined] = field(default_factory=list)
    batch_ids: list[int] = field(default_factory=list)
    quarantined_count: int = 0


class StoreLinks:
    """Resolves Ids to their account (or person) subject key through the store, in bulk.

    What an export's rows say wins (``remember``); then records written by this ingest's
    own batches, then stored subjects, then the newest stored CRM record with that Id.
    Answers are cached up to ``cache_limit`` keys (the cache is emptied, never grown past
    it, only between chunks, once what they remembered is stored).
    """

    def __init__(self, store: Store, cache_limit: int = 200_000) -> None:
        self.store = store
        self.cache_limit = cache_limit
        self.cache: dict[str, str | None] = {}
        self.run_batches: set[int] = set()

    def prefetch(self, keys: set[str]) -> None:
        if len(self.cache) > self.cache_limit:
            self.cache.clear()
        missing = [key for key in keys if key not in self.cache]
        if missing:
            self.cache.update(self._lookup(missing))

    def get(self, key: str) -> str | None:
        if key not in self.cache:
            self.cache.update(self._lookup([key]))
        return self.cache[key]

    def remember(self, key: str, subject_key: str) -> None:
        self.cache[key] = subject_key

    def committed(self, batch_id: int) -> None:
        """A batch of this ingest is stored: its records now answer for their Ids."""
        self.run_batches.add(batch_id)

    def _lookup(self, keys: Sequence[str]) -> dict[str, str | None]:
        r = t.records.c
        s = t.subjects.c
        out: dict[str, str | None] = {}
        with self.store.read() as conn:
            for start in range(0, len(keys), _LOOKUP):
                part = list(keys[start : start + _LOOKUP])
                ours: dict[str, tuple[Any, int, str]] = {}
                newest: dict[str, tuple[Any, int, str | None]] = {}
                query = select(r.external_id, r.subject_key, r.batch_id, r.ingested_at).where(
                    r.source == SOURCE, r.external_id.in_(part)
                )
                for ext, subject_key, batch, at in conn.execute(query):
                    if ext not in newest or (at, batch) > newest[ext][:2]:
                        newest[ext] = (at, batch, subject_key)
                    mine = batch in self.run_batches and subject_key is not None
                    if mine and (ext not in ours or (at, batch) > ours[ext][:2]):
                        ours[ext] = (at, batch, subject_key)
                subjects = {
                    key: parent or key
                    for key, parent in conn.execute(
                        select(s.key, s.parent_key).where(s.key.in_(part))
                    )
                }
                for key in part:
                    if key in ours:
                        out[key] = ours[key][2]
                    elif key in subjects:
                        out[key] = subjects[key]
                    else:
                        out[key] = newest[key][2] if key in newest else None
        return out


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


def ingest_chunks(
    store: Store,
    chunks: Iterable[CrmChunk],
    *,
    path: str,
    actor: str = "cli",
    links: StoreLinks | None = None,
    source: str = SOURCE,
) -> IngestResult:
    """Write linked chunks of CRM rows, each as one ingest batch (one transaction and one
    audit event covering exactly its rows); the write path of every CRM ingest.

    ``chunks`` comes from :func:`knowable.sources.salesforce.stream_rows`; each chunk is
    stored before the next is asked for, so ``links`` (the resolver the chunks are linked
    with) finds the rows of earlier chunks. An ingest that writes nothing still writes
    one (empty) batch, so every run is on record.
    """
    result = IngestResult(summary=dict.fromkeys(_SUMMARY_KEYS, 0))
    for chunk in chunks:
        result.rows_read += chunk.rows_read
        result.subjects_seen += len(chunk.subjects)
        result.refused.extend(chunk.refused)
        result.quarantined_count += len(chunk.quarantined)
        room = SHOWN_QUARANTINED - len(result.quarantined)
        if room > 0:
            result.quarantined.extend(chunk.quarantined[:room])
        if len(chunk):
            _write(store, chunk, path, actor, source, result, links)
    if not result.batch_ids:
        _write(store, CrmChunk(), path, actor, source, result, links)
    result.batch_id = result.batch_ids[0]
    return result


def _write(
    store: Store,
    chunk: CrmChunk,
    path: str,
    actor: str,
    source: str,
    result: IngestResult,
    links: StoreLinks | None,
) -> None:
    subjects = _in_force_subjects(store, chunk.subjects, chunk.records)
    with store.ingest_batch(source, path, actor=actor, earlier_in_run=result.batch_ids) as batch:
        batch.add_subjects(subjects)
        batch.add_records(chunk.records)
        batch.quarantine_many(chunk.quarantined)
    result.batch_ids.append(batch.id)
    if links is not None:
        links.committed(batch.id)
    for key, value in batch.summary().items():
        result.summary[key] = result.summary.get(key, 0) + value


def export_size(path: Path) -> int:
    """Bytes of the export files under ``path`` (what the progress bar counts to)."""
    return sum(p.stat().st_size for p in discover(path))


def ingest_crm(
    store: Store,
    path: Path,
    actor: str = "cli",
    progress: Callable[[int], None] | None = None,
    org: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    chunk_rows: int = CHUNK_ROWS,
) -> IngestResult:
    """Ingest a Salesforce export folder or file, streamed in batches of ``chunk_rows``.

    ``org`` names the Salesforce org the export comes from (else the export's own
    OrganizationId, else the default org, whose keys are the bare Salesforce Ids).
    ``progress`` is called with the bytes of the export read so far (see
    :func:`export_size`); ``limits`` caps file, row and field sizes.
    """
    files = discover(path)
    links = StoreLinks(store)
    rows = read_rows(files, org_name(org), limits, progress)
    result = ingest_chunks(
        store, stream_rows(rows, links, chunk_rows), path=str(path), actor=actor, links=links
    )
    result.files = [str(p) for p in files]
    return result
