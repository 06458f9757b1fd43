"""Watchlist loading and screening against the store (the I/O edge of detect.watchlist)."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from knowable.detect.watchlist.screen import (
    ListIndex,
    ScreeningConfig,
    likely_subjects,
    screen_index,
)
from knowable.model import Record, Signal
from knowable.sources.formats import load_watchlist
from knowable.sources.watchlist import KIND, entry_from_record, list_version_of, record_version
from knowable.store import Store


def ingest_watchlist(
    store: Store, path: Path, fmt: str, list_date: datetime | None = None, actor: str = "cli"
) -> dict[str, Any]:
    """Store every entry of one list load as a record; quarantine bad rows. Returns the
    batch summary (exact counts, duplicates of earlier loads included)."""
    load = load_watchlist(path, fmt, list_date)
    with store.ingest_batch(source=load.source, path=str(path), actor=actor) as batch:
        for record in load.records:
            batch.add_record(record)
        for item in load.quarantined:
            batch.quarantine(item)
    counts = batch.summary()
    return {
        "source": load.source,
        "list_version": load.list_version,
        "dated": load.available_at is not None,
        "entries": len(load.entries),
        "stored": counts["stored"],
        "duplicate": counts["duplicates"],
        "quarantined": counts["quarantined"],
    }


@dataclass(frozen=True)
class WatchlistScreening:
    """What one screening run covered and found: ``entries`` counts listings (an entity
    held by several versions of a list counts once), ``lists`` the versions screened."""

    signals: list[Signal]
    subjects: int
    entries: int
    lists: list[str]
    threshold: float
    signals_new: int = 0


def screen_watchlists(
    store: Store,
    as_of: datetime | None = None,
    threshold: float | None = None,
    decided: frozenset[tuple[str, str]] = frozenset(),
    actor: str = "cli",
    subject_keys: Collection[str] | None = None,
    only: ListDelta | None = None,
) -> WatchlistScreening:
    """Screen every stored subject against every version of each list known at ``as_of``
    (each listing dated by the first version that holds it, ended by the first later one
    that does not); store the signals and record the run, also when nothing was found.

    Delta screening: ``subject_keys`` screens only those subjects; ``only`` screens
    against only the listings a list change touched (every stored version of each, so
    that a listing keeps its first date and a removal ends it).
    """
    subjects = store.subjects(keys=subject_keys)
    config = ScreeningConfig(threshold=threshold, decided_non_matches=decided)
    if only is None:
        prepared, lists = _full_index(store, as_of)
        candidates = subjects
    else:
        entries = [e for r in only.records(store, as_of) if (e := entry_from_record(r))]
        prepared = ListIndex.build(entries, only.known_versions(store, as_of))
        lists = sorted({f"{e.source}@{e.list_version}" for e in entries})
        # A list change touches few listings: block the other way round (listed names
        # against the subjects), then screen only the subjects that could match.
        candidates = likely_subjects(subjects, entries, config)
    signals = screen_index(candidates, prepared, config)
    count = len(prepared.listings)
    params = {
        "lists": lists,
        "threshold": config.cut(),
        "as_of": as_of.isoformat() if as_of else None,
        "subjects": len(subjects),
        "entries": count,
        "decided_non_matches": len(decided),
        **({"only_subjects": len(subjects)} if subject_keys is not None else {}),
        **(
            {"only_listings": only.summary(), "candidate_subjects": len(candidates)}
            if only is not None
            else {}
        ),
    }
    with store.screening_run(kind="watchlist", params=params, actor=actor) as run:
        run.add_signals(signals)
        run.mark_screened(s.key for s in subjects)
    return WatchlistScreening(signals, len(subjects), count, lists, config.cut(), run.new)


#: The lists' index of the last full screening in this process, by store, list state
#: (newest list batch, its digest, the number of list entries) and as-of: a monitoring
#: loop re-screening a few changed customers reuses it until a list changes, instead of
#: reading and indexing every list again.
_INDEX_CACHE: dict[tuple[str, tuple[int, int, str], str], tuple[ListIndex, list[str]]] = {}


def _full_index(store: Store, as_of: datetime | None) -> tuple[ListIndex, list[str]]:
    """The index over every list version known at ``as_of``, and the versions' names."""
    key = (str(store.engine.url), store.kind_mark(KIND), as_of.isoformat() if as_of else "")
    found = _INDEX_CACHE.get(key)
    if found is None:
        records = store.records(kind=KIND, available_before=as_of)
        entries = [e for r in records if (e := entry_from_record(r)) is not None]
        found = (
            ListIndex.build(entries),
            sorted({f"{e.source}@{e.list_version}" for e in entries}),
        )
        _INDEX_CACHE.clear()
        _INDEX_CACHE[key] = found
    return found


@dataclass
class ListChange:
    """What one new version of one list changed against the version before it."""

    source: str
    version: str | None
    previous: str | None
    added: set[str] = field(default_factory=set)
    changed: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)

    @property
    def touched(self) -> set[str]:
        """Entry ids whose listings the change touched."""
        return self.added | self.changed | self.removed


@dataclass
class ListDelta:
    """The list changes since a high-water mark, as screening needs them."""

    changes: list[ListChange] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(c.touched for c in self.changes)

    def ids(self) -> dict[str, set[str]]:
        """List (source) -> entry ids touched, over every change."""
        out: dict[str, set[str]] = {}
        for change in self.changes:
            out.setdefault(change.source, set()).update(change.touched)
        return out

    def records(self, store: Store, as_of: datetime | None = None) -> Iterator[Record]:
        """Every stored version of the touched entries (by list and entry id)."""
        for source, ids in sorted(self.ids().items()):
            if ids:
                yield from store.records(
                    kind=KIND, source=source, external_ids=ids, available_before=as_of
                )

    def known_versions(
        self, store: Store, as_of: datetime | None = None
    ) -> dict[str, dict[str, datetime]]:
        """Every dated version of each touched list (known at ``as_of``), by name."""
        return {
            source: {
                version: when
                for when in store.record_dates(source, KIND, as_of)
                if (version := list_version_of(when)) is not None
            }
            for source in sorted(self.ids())
        }

    def summary(self) -> list[dict[str, Any]]:
        return [
            {
                "list": c.source,
                "version": c.version,
                "previous": c.previous,
                "added": len(c.added),
                "changed": len(c.changed),
                "removed": len(c.removed),
            }
            for c in self.changes
        ]


def list_changes_since(store: Store, batch_mark: int) -> ListDelta:
    """The list versions loaded by ingest batches after ``batch_mark``, each compared with
    the stored version of its list dated just before it (none: every entry is added).

    Derived from the stored, dated list versions; the one place to swap for a store that
    records each version's delta when it is loaded.
    """
    fresh: dict[tuple[str, str | None], dict[str, str]] = {}
    dates: dict[tuple[str, str | None], datetime | None] = {}
    for record in store.records(kind=KIND, after_batch=batch_mark):
        key = (record.source, record_version(record))
        fresh.setdefault(key, {})[record.external_id or ""] = _entry_body(record)
        dates[key] = record.available_at
    changes: list[ListChange] = []
    for (source, version), entries in sorted(fresh.items(), key=lambda kv: str(kv[0])):
        when = dates[(source, version)]
        previous, before = _previous_version(store, source, when) if when else (None, {})
        change = ListChange(source, version, previous)
        for entry_id, body in entries.items():
            if entry_id not in before:
                change.added.add(entry_id)
            elif before[entry_id] != body:
                change.changed.add(entry_id)
        change.removed = set(before) - set(entries)
        changes.append(change)
    return ListDelta(changes)


def _entry_body(record: Record) -> str:
    """An entry's content without its version (what changes when the entry changes)."""
    from knowable.hashing import content_hash

    body = {k: v for k, v in record.payload.items() if k != "list_version"}
    return content_hash(body)


def _previous_version(
    store: Store, source: str, when: datetime
) -> tuple[str | None, dict[str, str]]:
    """The version of ``source`` dated last before ``when``: its name and entry id ->
    content (empty when there is none)."""
    latest = store.list_date_before(source, KIND, when)
    if latest is None:
        return None, {}
    items = list(store.records(kind=KIND, source=source, available_on=latest))
    version = record_version(items[0]) if items else None
    return version, {(r.external_id or ""): _entry_body(r) for r in items}
