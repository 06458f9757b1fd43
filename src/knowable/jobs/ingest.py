"""Ingest use cases: stream a source into the store in batches (I/O edge over sources/).

A CRM export is read, validated, linked, hashed and written chunk by chunk
(:data:`~knowable.sources.salesforce.CHUNK_ROWS` rows): each chunk is one ingest batch, one
transaction with its own audit event covering exactly its rows, so memory does not grow
with the export and a crash leaves every committed batch whole and nothing of the one in
progress (ingesting the same export again picks up where it stopped: the rows already
stored are duplicates).
"""

from __future__ import annotations

import gc
import itertools
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select

from knowable.jobs.heap import give_back
from knowable.jobs.idtable import MISSING, IdTable, Missing, slots_for
from knowable.model import Quarantined, Record, Subject, Version, version_in_force
from knowable.sources.guards import DEFAULT_LIMITS, Limits
from knowable.sources.salesforce import (
    CHUNK_ROWS,
    SOURCE,
    CrmChunk,
    CrmExport,
    deletion_of,
    discover,
    entity_key,
    org_name,
    qualify,
    read_rows,
    stream_rows,
)
from knowable.store import Store
from knowable.store import schema as t
from knowable.store.batches import IngestBatch
from knowable.store.versions import org_of_key
from knowable.timeutil import utcnow

#: How many keys of records missing from a full export an audit event lists by name (the
#: versions digest covers them all).
MISSING_LISTED = 1000
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
#: Lengths a link look-up's ``IN (...)`` list is padded to (see :func:`padded`).
IN_SIZES = (16, 32, 64, 128, 256, 512, 1024, _LOOKUP)
#: Bytes of an export per row, to tell how many rows an export holds before reading it
#: (a Salesforce CSV row with a short description; rows with long text are larger, so an
#: export is told to hold fewer rows than it does, never more).
ROW_BYTES = 300
#: Ids whose account a streamed ingest keeps in memory (see :class:`StoreLinks`): enough
#: for the accounts, contacts, opportunities and cases of a 1M-row org, so that its
#: activity rows seldom ask the store (each Id asked costs ~15-25 µs of SQLite reads).
LINK_CACHE = 500_000
#: Activity Ids (tasks, events, notes) the link cache keeps at most beside its parents:
#: two chunks' worth. Rows seldom point to them, and a longer list of them, dropped and
#: filled again many times in a large export, only leaves freed strings behind.
LEAF_CACHE = 20_000
#: Ids a link cache whose caller says nothing of its size is made for (it grows as needed).
_SMALL_TABLE = 4096
#: Allocations between young-generation collections while an ingest runs (the default is
#: 700). An ingest allocates a few dicts and dataclasses per row that reference counting
#: frees (they hold no cycles), so collecting every 700 of them only walks live rows: a
#: fifth of the parse time at the default. Memory stays bounded by the chunk.
BULK_GC_THRESHOLD = 50_000
_gc_lock = threading.Lock()
_gc_users = 0
_gc_saved: tuple[int, int, int] = (700, 10, 10)


@contextmanager
def bulk_collection() -> Iterator[None]:
    """Collect young garbage less often while bulk work runs (nested and concurrent uses
    share one setting; the last to end puts the process's thresholds back)."""
    global _gc_users, _gc_saved
    with _gc_lock:
        if _gc_users == 0:
            _gc_saved = gc.get_threshold()
            first, *rest = _gc_saved
            gc.set_threshold(max(first, BULK_GC_THRESHOLD), *rest)
        _gc_users += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_users -= 1
            if _gc_users == 0:
                gc.set_threshold(*_gc_saved)


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
    #: Full export: stored records it left out (now deletion versions), and the objects
    #: whose missing records could not be told because some rows were unreadable.
    missing: int = 0
    missing_skipped: list[str] = field(default_factory=list)


def link_query(ids: Sequence[str]) -> Select[Any]:
    """The stored records with one of ``ids``, by Id alone (their source is checked by the
    caller): with ``source = 'crm'`` in the query, SQLite (without ANALYZE statistics)
    walks the low-selectivity source index, every CRM record for each look-up, and an
    ingest's cost grows with the square of the store's size."""
    r = t.records.c
    return select(r.external_id, r.subject_key, r.batch_id, r.ingested_at, r.source).where(
        r.external_id.in_(list(ids))
    )


def padded(ids: Sequence[str]) -> list[str]:
    """``ids`` (at most :data:`_LOOKUP`) with the last one repeated up to the next of
    :data:`IN_SIZES`, so that look-ups of any length share a few statements.

    The sqlite3 driver keeps up to 128 prepared statements per connection, one per SQL
    text, and an ``IN`` list of n parameters is a different text for every n: look-ups of
    every length between 1 and 2,000 kept some 20 MB of statements (up to 340 KiB each)
    prepared in a 3M-row ingest. A repeated Id changes no answer.
    """
    size = next((n for n in IN_SIZES if n >= len(ids)), len(ids))
    return [*ids, *itertools.repeat(ids[-1], size - len(ids))] if ids else []


class StoreLinks:
    """Resolves Ids to their account (or person) subject key through the store, in bulk.

    What an export's rows say wins (``remember``); then records written by this ingest's
    own batches, then stored subjects, then the newest stored CRM record with that Id.
    Answers are cached up to ``cache_limit`` keys. When the cache is full (checked only
    between chunks, once what they remembered is stored) it first forgets the Ids of
    activity rows (``remember(..., leaf=True)``: tasks, events and notes, which other rows
    seldom point to; a 1M-row org holds some 700,000 of them), so the accounts, contacts,
    opportunities and cases later rows point to stay; it also forgets them whenever there
    are more than :data:`LEAF_CACHE`. Only when those alone fill it does
    it keep the keys rows were linked through since the last time, up to half the limit,
    and forget the rest. A forgotten key is asked of the store again, with the same answer.

    The parents (``cache``) live in an :class:`~knowable.jobs.idtable.IdTable` sized once
    for ``min(cache_limit, expected)`` Ids (``expected``: how many rows the caller expects,
    else a small table that grows): its memory is set aside when the ingest starts, and
    forgetting reuses it, so an export that fills the cache and forgets it again and again
    holds no more than one that fills it once. Its "used" marks are the keys a chunk asked
    for or a row was linked through. The activity Ids (``leaves``) stay a dict: they are
    dropped whole. Accounts are returned interned: one string for each account while it is in use.
    """

    def __init__(
        self, store: Store, cache_limit: int | None = None, expected: int | None = None
    ) -> None:
        self.store = store
        self.cache_limit = LINK_CACHE if cache_limit is None else cache_limit
        self.leaf_limit = LEAF_CACHE
        sized = min(self.cache_limit, expected if expected is not None else _SMALL_TABLE)
        self.cache = IdTable(slots_for(sized))
        self.leaves: dict[str, str] = {}
        #: What ``cache`` answered for the keys of the chunk being linked (a key its rows
        #: remember is dropped from it), so that most look-ups of its rows are dict ones.
        self.front: dict[str, str | None] = {}
        self.run_batches: set[int] = set()

    @property
    def used(self) -> set[str]:
        """The cached keys a chunk asked for or a row was linked through since the cache
        last forgot."""
        return self.cache.used_keys()

    def prefetch(self, keys: set[str]) -> None:
        cache = self.cache
        self.front = {}
        leaves = self.leaves
        if len(cache) + len(leaves) > self.cache_limit or len(leaves) > self.leaf_limit:
            self.leaves = {}
            if len(cache) > self.cache_limit:
                self._forget()
        front, missing = cache.answers(keys, self.leaves)
        if missing:
            answers = self._lookup(missing)
            for key, value in answers.items():
                cache.put(key, value, used=True)
            front.update(answers)
            give_back()  # what the store's look-up freed, back before the chunk is built
        self.front = front

    def _forget(self) -> None:
        self.cache.keep_used(self.cache_limit // 2)

    def get(self, key: str) -> str | None:
        found = self.leaves.get(key)
        if found is not None:
            return found
        cached = self.front.get(key, MISSING)
        if isinstance(cached, Missing):
            cached = self.cache.lookup(key)
            if isinstance(cached, Missing):
                cached = self._lookup([key])[key]
                self.cache.put(key, cached, used=True)
            self.front[key] = cached
        return cached

    def remember(self, key: str, subject_key: str, leaf: bool = False) -> None:
        if leaf:
            self.leaves[key] = subject_key
            self.cache.discard(key)
            self.front.pop(key, None)
        else:
            self.cache[key] = subject_key
            self.front.pop(key, None)
            self.leaves.pop(key, None)

    def close(self) -> None:
        """Forget every cached Id and give the cache's memory back."""
        self.cache.clear()
        self.leaves, self.front = {}, {}

    def committed(self, batch_id: int) -> None:
        """A batch of this ingest is stored: its records now answer for their Ids."""
        self.run_batches.add(batch_id)

    def _lookup(self, keys: Sequence[str]) -> dict[str, str | None]:
        s = t.subjects.c
        out: dict[str, str | None] = {}
        with self.store.read() as conn:
            for start in range(0, len(keys), _LOOKUP):
                part = list(keys[start : start + _LOOKUP])
                asked = padded(part)
                ours: dict[str, tuple[Any, int, str]] = {}
                newest: dict[str, tuple[Any, int, str | None]] = {}
                for ext, subject_key, batch, at, source in conn.execute(link_query(asked)):
                    if source != SOURCE:
                        continue
                    if ext not in newest or (at, batch) > newest[ext][:2]:
                        newest[ext] = (at, batch, subject_key)
                    mine = batch in self.run_batches and subject_key is not None
                    if mine and (ext not in ours or (at, batch) > ours[ext][:2]):
                        ours[ext] = (at, batch, subject_key)
                subjects = {
                    key: parent or key
                    for key, parent in conn.execute(
                        select(s.key, s.parent_key).where(s.key.in_(asked))
                    )
                }
                for key in part:
                    if key in ours:
                        found: str | None = ours[key][2]
                    elif key in subjects:
                        found = subjects[key]
                    else:
                        found = newest[key][2] if key in newest else None
                    out[key] = None if found is None else sys.intern(found)
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
    """Store parsed CRM rows as one ingest batch, through the same writer as every chunk
    of a streamed export (:func:`write_chunk`): the Salesforce sync writes each page so.

    ``deletions`` are deletion versions made by the caller (records missing from a full
    export or sync, records the API reports deleted); ``in_batch`` runs inside the
    batch's transaction before it commits (the sync stores its high-water mark there).
    """
    chunk = CrmChunk(
        subjects=export.subjects, records=export.records, quarantined=export.quarantined
    )
    return write_chunk(store, chunk, path, actor, deletions, audit_extra, in_batch)


def write_chunk(
    store: Store,
    chunk: CrmChunk,
    path: str,
    actor: str,
    deletions: Iterable[Record] = (),
    audit_extra: dict[str, Any] | None = None,
    in_batch: Callable[[IngestBatch], None] | None = None,
    *,
    source: str = SOURCE,
    earlier_in_run: Sequence[int] = (),
    release: bool = False,
) -> IngestBatch:
    """Store one chunk of CRM rows as one ingest batch (one transaction, one audit event):
    the one write path of exports and of the Salesforce sync (same identity, versions,
    audit event and quarantine). ``earlier_in_run`` are the batches an ingest already
    wrote (their rows are not versions of this one's). ``release``: the chunk's subjects
    are let go once written (``chunk.subjects`` is emptied), so that a chunk of accounts
    or contacts does not hold them while its records are written.
    """
    subjects = _in_force_subjects(store, chunk.subjects, chunk.records)
    if release:
        chunk.subjects = []
    with store.ingest_batch(source, path, actor=actor, earlier_in_run=earlier_in_run) as batch:
        batch.add_subjects(subjects)
        subjects = []
        batch.add_records(chunk.records)
        batch.add_records(deletions)
        batch.quarantine_many(chunk.quarantined)
        batch.audit_extra.update(audit_extra or {})
        if in_batch is not None:
            in_batch(batch)
    return batch


#: What a streamed ingest writes after its last chunk: deletion versions and audit facts.
Final = Callable[[], tuple[list[Record], dict[str, Any]]]


def ingest_chunks(
    store: Store,
    chunks: Iterable[CrmChunk],
    *,
    path: str,
    actor: str = "cli",
    links: StoreLinks | None = None,
    source: str = SOURCE,
    final: Final | None = None,
) -> IngestResult:
    """Write linked chunks of CRM rows, each as one ingest batch (one transaction and one
    audit event covering exactly its rows), through :func:`write_chunk`.

    ``chunks`` comes from :func:`knowable.sources.salesforce.stream_rows`; each chunk is
    stored before the next is asked for, so ``links`` (the resolver the chunks are linked
    with) finds the rows of earlier chunks. ``final``, called once every chunk is stored,
    returns deletion versions and audit facts written as one last batch (a full export's
    missing records). An ingest that writes nothing still writes one (empty) batch, so
    every run is on record.
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
    if final is not None:
        deletions, extra = final()
        if deletions or extra:
            _write(store, CrmChunk(), path, actor, source, result, links, deletions, extra)
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
    deletions: Iterable[Record] = (),
    audit_extra: dict[str, Any] | None = None,
) -> None:
    batch = write_chunk(
        store,
        chunk,
        path,
        actor,
        deletions,
        audit_extra,
        source=source,
        earlier_in_run=result.batch_ids,
        release=True,
    )
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
    full: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    chunk_rows: int = CHUNK_ROWS,
    defer_indexes_from: int | None = None,
) -> IngestResult:
    """Ingest a Salesforce export folder or file, streamed in batches of ``chunk_rows``.

    ``org`` names the Salesforce org the export comes from (else the export's own
    OrganizationId, else the default org, whose keys are the bare Salesforce Ids).
    ``full`` says the export holds every record of its objects: stored records of those
    objects (in the same org) that it leaves out become deletion versions as of the end
    of the ingest, written as its last batch once every chunk is stored (only the keys
    of the rows read are kept for that, not the rows). ``progress`` is called with the
    bytes of the export read so far (see :func:`export_size`); ``limits`` caps file, row
    and field sizes.

    An export of about ``defer_indexes_from`` rows or more (default
    :data:`knowable.store.bulkindex.MIN_ROWS`, told from its size in bytes) that is at least
    as large as the store is written with the records indexes it does not read through
    left out, and those are built once at the end (:meth:`Store.deferred_indexes`).
    """
    files = discover(path)
    expected = sum(p.stat().st_size for p in files) // ROW_BYTES
    links = StoreLinks(store, expected=expected)
    rows = read_rows(files, org_name(org), limits, progress)
    seen = CrmExport()
    missing: list[Record] = []
    skipped: list[str] = []

    def chunks() -> Iterator[CrmChunk]:
        for chunk in stream_rows(rows, links, chunk_rows):
            if full:
                seen.add(chunk, keep_rows=False)
            give_back()  # the chunk is linked: what its rows freed, back before it is written
            yield chunk
            give_back()  # the chunk is stored: its memory back before the next is read

    def deletions() -> tuple[list[Record], dict[str, Any]]:
        why = f"missing from full export {path}"
        found, unchecked = missing_from_full(store, seen, utcnow(), why)
        missing.extend(found)
        skipped.extend(unchecked)
        return found, full_audit(found, unchecked)

    with bulk_collection(), store.deferred_indexes(expected, defer_indexes_from):
        result = ingest_chunks(
            store,
            chunks(),
            path=str(path),
            actor=actor,
            links=links,
            final=deletions if full else None,
        )
        links.close()  # before the deferred indexes are built: memory back to the system
    result.files = [str(p) for p in files]
    result.missing = len(missing)
    result.missing_skipped = skipped
    return result


def full_audit(missing: list[Record], skipped: list[str]) -> dict[str, Any]:
    """What the audit event of a full export or sync says about the records it left out."""
    keys = sorted(r.entity_key or "" for r in missing)
    return {
        "full": True,
        "missing_deleted": len(missing),
        "missing": keys[:MISSING_LISTED],
        **({"missing_unchecked_objects": skipped} if skipped else {}),
    }
