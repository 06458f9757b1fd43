"""Screening against the store uses the list versions known at the as-of date."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from knowable.jobs.watchlists import ingest_watchlist, screen_watchlists
from knowable.model import Subject
from knowable.settings import Settings
from knowable.store import open_store

FIXTURES = Path(__file__).parents[1] / "sources" / "fixtures"


def test_versions_known_at_as_of_are_screened(tmp_path: Path) -> None:
    store = open_store(Settings(workspace=tmp_path))
    # Loaded first as of 15 May, then (the same files) as of 1 May: the older date is a
    # version of its own (a backfill), since it moves the listing's date back.
    for day in (15, 1):
        when = datetime(2024, 5, day, tzinfo=UTC)
        summary = ingest_watchlist(store, FIXTURES / "ofac", "ofac-csv", when, actor="test")
        assert summary["status"] == "stored"
    # The same files as of a later date say nothing new: no version.
    later = datetime(2024, 6, 1, tzinfo=UTC)
    summary = ingest_watchlist(store, FIXTURES / "ofac", "ofac-csv", later, actor="test")
    assert summary["status"] == "unchanged"
    with store.ingest_batch(source="crm", path="test", actor="test") as batch:
        batch.add_subject(Subject("001", "Company", "Northwind Trading Company Limited"))
    newest = screen_watchlists(store, actor="test")
    assert newest.lists == ["watchlist:ofac-sdn@2024-05-01", "watchlist:ofac-sdn@2024-05-15"]
    assert newest.entries == 3  # listings: each entry is in both versions
    # Knowable from the first version that holds it, one signal however many hold it.
    assert [s.details["list_version"] for s in newest.signals] == ["2024-05-01"]
    older = screen_watchlists(store, as_of=datetime(2024, 5, 10, tzinfo=UTC), actor="test")
    assert older.lists == ["watchlist:ofac-sdn@2024-05-01"]
    assert {s.details["list_version"] for s in older.signals} == {"2024-05-01"}
