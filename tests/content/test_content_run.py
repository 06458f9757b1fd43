"""Content against a real store: demo files ingest, a screening run is recorded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from knowable.content_run import demo_content_files, ingest_demo_content, screen_content_store
from knowable.settings import Settings
from knowable.store import Store, open_store


@pytest.fixture
def sqlite_store(sqlite_settings: Settings) -> Iterator[Store]:
    opened = open_store(sqlite_settings)
    try:
        yield opened
    finally:
        opened.engine.dispose()


def test_demo_files_carry_their_subject_keys() -> None:
    keys = {key for _, key in demo_content_files()}
    assert keys == {"001DEMO0000LISTLP", "001DEMO0000MAPLE"}


def test_demo_content_screens(sqlite_store: Store) -> None:
    ingested = ingest_demo_content(sqlite_store, b"test-salt")
    assert sum(i.stored for i in ingested) > 300
    assert all(not i.quarantined for i in ingested)
    again = ingest_demo_content(sqlite_store, b"test-salt")  # idempotent
    assert sum(i.stored for i in again) == 0
    results = {r.subject_key: r for r in screen_content_store(sqlite_store)}
    listloop, maple = results["001DEMO0000LISTLP"], results["001DEMO0000MAPLE"]
    indicators = {s.indicator for s in listloop.signals}
    assert {"BIZ-01", "NET-01", "NET-02", "AD-13", "AD-01", "AD-03"} <= indicators
    assert "AD-04" not in indicators
    assert not [s for s in maple.signals if s.indicator == "BIZ-01"]
    stored = sqlite_store.signals(subject_key="001DEMO0000LISTLP", indicator="BIZ-01")
    assert len(stored) == len([s for s in listloop.signals if s.indicator == "BIZ-01"])
    first = min(s.observed_at for s in stored if s.observed_at)
    assert first.year >= 2012  # the first sampled year's adult share is too low
