"""Watchlist loading and screening against the store (the I/O edge of detect.watchlist)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from knowable.detect.watchlist.screen import ScreeningConfig, listings, screen
from knowable.model import Signal
from knowable.sources.formats import load_watchlist
from knowable.sources.watchlist import KIND, entry_from_record
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


def screen_watchlists(
    store: Store,
    as_of: datetime | None = None,
    threshold: float | None = None,
    decided: frozenset[tuple[str, str]] = frozenset(),
    actor: str = "cli",
) -> WatchlistScreening:
    """Screen every stored subject against every version of each list known at ``as_of``
    (each listing dated by the first version that holds it, ended by the first later one
    that does not); store the signals and record the run, also when nothing was found."""
    subjects = store.subjects()
    entries = [
        e
        for r in store.records(kind=KIND, available_before=as_of)
        if (e := entry_from_record(r)) is not None
    ]
    config = ScreeningConfig(threshold=threshold, decided_non_matches=decided)
    signals = screen(subjects, entries, config)
    lists = sorted({f"{e.source}@{e.list_version}" for e in entries})
    count = len(listings(entries))
    params = {
        "lists": lists,
        "threshold": config.cut(),
        "as_of": as_of.isoformat() if as_of else None,
        "subjects": len(subjects),
        "entries": count,
        "decided_non_matches": len(decided),
    }
    with store.screening_run(kind="watchlist", params=params, actor=actor) as run:
        run.add_signals(signals)
        run.mark_screened(s.key for s in subjects)
    return WatchlistScreening(signals, len(subjects), count, lists, config.cut())
