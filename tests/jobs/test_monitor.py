"""Monitoring runs: only what changed is screened again, and every run is audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from monitor_data import add_customers, customers, day, list_entries, write_list

from knowable.catalogue.policy import bundled_policy
from knowable.jobs.monitor import last_mark, run_monitor
from knowable.jobs.watchlists import (
    ingest_watchlist,
    list_delta_since,
    screen_watchlists,
)
from knowable.model import Subject
from knowable.settings import Settings
from knowable.store import Store

POLICY = bundled_policy()
LIST = "watchlist:internal"


@pytest.fixture
def book(store: Store, tmp_path: Path) -> tuple[Store, list[Subject], list[tuple[str, str]]]:
    """20 customers, a first list version matching none of them, one baseline run."""
    people = customers(20)
    add_customers(store, people)
    entries = list_entries(10)
    ingest_watchlist(store, write_list(tmp_path / "v1.csv", entries), "csv", day("2024-01-01"))
    first = run_monitor(store, _settings(tmp_path), POLICY, alerts=False)
    assert first.since_batch == 0 and first.batch_mark == 2
    assert len(first.changed_customers) == 20  # the first run screens everything
    assert not any(s.indicator == "NEWS-08" for s in store.signals())
    return store, people, entries


def _settings(tmp_path: Path) -> Settings:
    return Settings(workspace=tmp_path, database_url="")


def _monitor_events(store: Store) -> list[dict[str, object]]:
    return [dict(e.payload) for e in store.audit_events() if e.action == "monitor.run"]


def test_list_update_rescreens_every_customer_against_the_changed_listings_only(
    book: tuple[Store, list[Subject], list[tuple[str, str]]], tmp_path: Path
) -> None:
    store, people, entries = book
    target = people[7]
    runs_before = len(store.runs())
    # v2: one entry removed, one added that names a customer.
    v2 = [*entries[1:], ("L900001", f"{target.name} Ltd")]
    ingest_watchlist(store, write_list(tmp_path / "v2.csv", v2), "csv", day("2024-06-01"))
    result = run_monitor(store, _settings(tmp_path), POLICY, alerts=False)
    assert result.changed_customers == []
    assert result.list_changes == [
        {
            "list": LIST,
            "version": "2024-06-01",
            "previous": "2024-01-01",
            "added": 1,
            "changed": 0,
            "removed": 1,
        }
    ]
    # Every subject against the two touched listings; nothing else screened.
    assert result.screened == {"watchlist (list delta)": 20, "relationship": 1}
    new_runs = store.runs()[runs_before:]
    watchlist_run = next(r for r in new_runs if r["kind"] == "watchlist")
    assert watchlist_run["params"]["entries"] == 2
    assert [r["kind"] for r in new_runs] == ["watchlist", "relationship", "assess"]
    # Only the customer the new listing names is assessed again, and it gets a case.
    assert result.assessed == [target.key]
    assert result.bands[target.key] in {"review", "escalate"}
    assert len(result.cases_opened) == 1
    hits = [s for s in store.signals(indicator="NEWS-08")]
    assert [s.subject_key for s in hits] == [target.key]
    assert hits[0].observed_at == day("2024-06-01")


def test_delta_screening_misses_nothing_a_full_screening_finds(
    book: tuple[Store, list[Subject], list[tuple[str, str]]], tmp_path: Path
) -> None:
    store, people, entries = book
    v2 = [*entries, ("L900001", f"{people[3].name} Ltd"), ("L900002", f"{people[11].name}")]
    ingest_watchlist(store, write_list(tmp_path / "v2.csv", v2), "csv", day("2024-06-01"))
    run_monitor(store, _settings(tmp_path), POLICY, alerts=False)
    # v3 de-lists one of them and renames an unrelated entry.
    v3 = [(i, n + " Two" if i == entries[0][0] else n) for i, n in v2 if i != "L900002"]
    ingest_watchlist(store, write_list(tmp_path / "v3.csv", v3), "csv", day("2025-01-01"))
    result = run_monitor(store, _settings(tmp_path), POLICY, alerts=False)
    assert result.list_changes[0]["changed"] == 1 and result.list_changes[0]["removed"] == 1
    full = screen_watchlists(store, actor="test")
    assert full.signals_new == 0  # the delta runs stored every signal a full run finds
    ended = [s for s in store.signals(subject_key=people[11].key) if "ended_at" in s.details]
    assert [s.details["ended_version"] for s in ended] == ["2025-01-01"]
    assert people[11].key in result.assessed


def test_customer_change_rescreens_that_customer_only(
    book: tuple[Store, list[Subject], list[tuple[str, str]]], tmp_path: Path
) -> None:
    store, people, entries = book
    renamed = Subject(people[2].key, "Company", entries[4][1])  # now named like a listing
    add_customers(store, [renamed])
    result = run_monitor(store, _settings(tmp_path), POLICY, alerts=False)
    assert result.changed_customers == [renamed.key]
    assert result.list_changes == []
    assert result.screened["watchlist"] == 1 and result.screened["media"] == 1
    assert result.assessed == [renamed.key]
    assert [s.subject_key for s in store.signals(indicator="NEWS-08")] == [renamed.key]


def test_empty_run_still_writes_its_audit_event(
    book: tuple[Store, list[Subject], list[tuple[str, str]]], tmp_path: Path
) -> None:
    store, _, _ = book
    mark = last_mark(store)
    runs_before = len(store.runs())
    result = run_monitor(store, _settings(tmp_path), POLICY, alerts=False)
    assert result.empty and result.new_batches == 0 and result.screened == {}
    assert len(store.runs()) == runs_before  # no screening, no assessment
    events = _monitor_events(store)
    assert len(events) == 2 and events[0]["empty"] is True
    assert events[0]["since_batch"] == mark == events[0]["batch_mark"]
    assert store.verify_audit().ok


def test_first_run_with_changes_is_not_empty(store: Store, tmp_path: Path) -> None:
    add_customers(store, customers(3))
    result = run_monitor(store, _settings(tmp_path), POLICY, alerts=False)
    assert not result.empty and len(result.assessed) == 3
    assert _monitor_events(store)[0]["empty"] is False


def test_list_delta_of_unchanged_version_is_empty(store: Store, tmp_path: Path) -> None:
    entries = list_entries(5)
    ingest_watchlist(store, write_list(tmp_path / "a.csv", entries), "csv", day("2024-01-01"))
    mark = last_mark(store)
    assert [c.added for c in list_delta_since(store, mark).changes] == [
        {f"internal-{e}" for e, _ in entries}
    ]
    ingest_watchlist(store, write_list(tmp_path / "b.csv", entries), "csv", day("2024-02-01"))
    # The same entries at a later date store no new version (watchlist update), so there
    # is nothing to re-screen.
    assert not list_delta_since(store, 1)


def test_new_listings_rescreen_their_platform_only(
    book: tuple[Store, list[Subject], list[tuple[str, str]]], tmp_path: Path
) -> None:
    import json

    from knowable.jobs.content import ingest_listings

    store, people, _ = book
    platform = people[4]
    ad = "Sexy {n} new in town, sweet and discreet, incall outcall, real pics, call 404 555 01{i}"
    rows = [
        {"id": f"a{i}", "posted_at": f"2016-06-0{i + 1}", "title": f"Sexy {i}",
         "body": ad.format(n=f"Girl{i}", i=f"{i}{i}")}
        for i in range(4)
    ]  # fmt: skip
    path = tmp_path / "ads.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert not ingest_listings(store, path, platform.key, b"salt").quarantined
    result = run_monitor(store, _settings(tmp_path), POLICY, alerts=False)
    assert result.changed_customers == [platform.key]
    assert result.screened["content"] == 1 and result.screened["watchlist"] == 1
    content = [r for r in store.runs() if r["kind"] == "content"]
    assert content[-1]["params"]["subjects"] == [platform.key]
    found = {s.subject_key for s in store.signals() if s.detector.startswith("content")}
    assert found == {platform.key}
    assert result.assessed == [platform.key]


def test_a_second_monitor_on_the_same_store_is_refused_before_it_writes(
    store: Store, tmp_path: Path
) -> None:
    from knowable.errors import ConflictError
    from knowable.store.locks import exclusive

    add_customers(store, customers(3))
    # Held as another process would hold it: its own file handle (SQLite) or its own
    # database session (PostgreSQL).
    with exclusive(store.engine, "monitor"):
        with pytest.raises(ConflictError, match="another monitor run holds the lock"):
            run_monitor(store, _settings(tmp_path), POLICY, alerts=False)
        assert _monitor_events(store) == []
        assert last_mark(store) == 0
    # Released: the next run goes ahead and takes every batch.
    result = run_monitor(store, _settings(tmp_path), POLICY, alerts=False)
    assert result.since_batch == 0 and len(result.changed_customers) == 3
    assert len(_monitor_events(store)) == 1
