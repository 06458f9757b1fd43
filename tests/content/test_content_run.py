"""Content against a real store: demo files ingest, a screening run is recorded."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowable.jobs.content import (
    demo_content_files,
    ingest_demo_content,
    ingest_listings,
    screen_content_store,
)
from knowable.model import Subject
from knowable.settings import Settings
from knowable.store import Store, open_store

SALT = b"test-salt"


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
    assert screen_content_store(sqlite_store, []) == []  # none asked: none screened
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


CUSTOMER = "001TEST0000SPA"
PLATFORM = "001TEST0000PLAT"
_ADULT = "Sexy {name} new in town, sweet and discreet, incall outcall, real pics, call {phone}"
_ROWS = [
    # the customer's CRM phone in a commercial-sex ad, and in an ordinary one
    {"id": "s1", "posted_at": "2016-05-01", "title": "Sexy Candy",
     "body": _ADULT.format(name="Candy", phone="404 555 0177")},
    {"id": "s2", "posted_at": "2016-05-02", "title": "Oak table",
     "body": "Oak table for sale, seats six, call 404 555 0177"},
    # one poster account, four numbers; one ad reported as showing a minor
    *[
        {"id": f"a{i}", "posted_at": f"2016-06-0{i + 1}", "title": f"Sexy Girl {i}",
         "body": _ADULT.format(name=f"Girl{i}", phone=f"216 555 01{i}{i}"),
         "account": "poster-17", "reports": "she looks underage" if i == 0 else ""}
        for i in range(4)
    ],
]  # fmt: skip


def test_crm_contacts_reports_and_accounts(sqlite_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "ads.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in _ROWS), encoding="utf-8")
    assert not ingest_listings(sqlite_store, path, PLATFORM, SALT).quarantined
    with sqlite_store.ingest_batch(source="crm", path="crm", actor="test") as batch:
        batch.add_subject(Subject(key=CUSTOMER, schema="Company", name="Lotus Test Spa",
                                  properties={"Phone": "404-555-0177"}))  # fmt: skip
        batch.add_subject(Subject(key=PLATFORM, schema="Company", name="Test Platform"))
    (plain,) = screen_content_store(sqlite_store)  # no salt: no CRM matching
    assert plain.customer_signals == []
    assert not sqlite_store.signals(subject_key=CUSTOMER)
    (result,) = screen_content_store(sqlite_store, salt=SALT)
    indicators = {s.indicator for s in result.signals}
    assert {"NET-04", "NET-06"} <= indicators
    assert "NET-07" not in indicators  # NET-07 is about the customer, not the platform
    (net07,) = result.customer_signals
    assert net07.subject_key == CUSTOMER and net07.indicator == "NET-07"
    assert net07.evidence[0].quote == "404 555 0177"
    assert net07.observed_at is not None and net07.observed_at.date().isoformat() == "2016-05-01"
    stored = sqlite_store.signals(subject_key=CUSTOMER, indicator="NET-07")
    assert [s.id for s in stored] == [net07.id]
