"""What ``cases scan`` reads: the newest assessment per subject chosen by the database,
and signals only for the subjects whose rules may change something."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from knowable.cases.facts import SignalRow
from knowable.cases.members import membership
from knowable.cases.repository import CaseRepository
from knowable.jobs import cases as scan_job
from knowable.jobs.cases import latest_assessments, scan
from knowable.model import Assessment, Contribution, Signal, Subject
from knowable.settings import Settings
from knowable.store import Store
from knowable.store.repository import open_store

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
#: Clear customers with weak signals: most of a book, which the scan leaves unread.
QUIET = tuple(f"Q{n}" for n in range(6))
EARLY, LATE = datetime(2020, 1, 1, tzinfo=UTC), datetime(2021, 1, 1, tzinfo=UTC)


def _store(tmp_path: Path) -> Store:
    store = open_store(Settings(database_url=f"sqlite:///{tmp_path / 'k.db'}"))
    with store.ingest_batch("crm", "t") as batch:
        for key in ("A", "B", "C", "D", *QUIET):
            batch.add_subject(Subject(key, "Company", f"Customer {key}"))
        batch.add_subject(Subject("C-p", "Person", "Person of C", parent_key="C"))
    signals = [
        Signal("A", "REL-01", 0.9, EARLY, "t", "1", id="sig-a"),
        Signal("B", "REL-01", 0.1, EARLY, "t", "1", id="sig-b"),
        Signal("C-p", "NEWS-01", 0.9, EARLY, "t", "1", id="sig-c"),
        Signal("D", "REL-01", 0.1, EARLY, "t", "1", id="sig-d"),
        *(Signal(k, "REL-01", 0.1, EARLY, "t", "1", id=f"sig-{k}") for k in QUIET),
    ]
    with store.screening_run(kind="t", params={}) as run:
        run.add_signals(signals)
        run.mark_screened(["A", "B", "C", "C-p", "D", *QUIET])
    part = (Contribution("sig-a", "REL-01", "relationship", 1.0, 0.5, "n"),)
    store.add_assessments(
        [
            Assessment("A", LATE, 0.7, "review", "p", "h", part),
            Assessment("B", LATE, 0.1, "clear", "p", "h"),
            Assessment("C", LATE, 0.0, "clear", "p", "h"),
            *(Assessment(k, LATE, 0.1, "clear", "p", "h") for k in QUIET),
        ]
    )
    store.add_assessments([Assessment("A", EARLY, 0.1, "clear", "p", "h")])
    return store


def test_latest_assessments_by_key_and_without_contributions(tmp_path: Path) -> None:
    store = _store(tmp_path)
    full = latest_assessments(store)
    assert {k: (a.as_of, a.band) for k, a in full.items()} == {
        "A": (LATE, "review"),
        "B": (LATE, "clear"),
        "C": (LATE, "clear"),
        **{k: (LATE, "clear") for k in QUIET},
    }
    assert len(full["A"].contributions) == 1
    light = latest_assessments(store, keys={"A", "D"}, contributions=False)
    assert set(light) == {"A"}
    assert (light["A"].band, light["A"].contributions) == ("review", ())
    assert latest_assessments(store, keys=set()) == {}


def test_scan_reads_signals_only_where_the_rules_may_change_something(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store(tmp_path)
    asked: list[Collection[str] | None] = []
    reader = scan_job._rule_signals

    def spy(store: Store, keys: Collection[str] | None = None) -> Iterator[SignalRow]:
        asked.append(None if keys is None else set(keys))
        return reader(store, keys)

    monkeypatch.setattr(scan_job, "_rule_signals", spy)
    repo = CaseRepository(store, lambda: NOW)
    result = scan(store, repo, "t")
    # A: in review without a case; C: its person holds a grave signal. B (clear, weak
    # signals), the quiet ones and D (no assessment, no grave signal) are never read.
    assert asked == [{"A", "C", "C-p"}]
    cases = {k: repo.case_for_subject(k) for k in ("A", "B", "C", "D")}
    assert sorted(k for k, c in cases.items() if c is not None) == ["A", "C"]
    assert len(result.opened) == 2
    # Nothing new: the second scan touches nothing and reads only the cases' subjects.
    asked.clear()
    assert scan(store, repo, "t").cases_touched == ()
    assert asked == [{"A", "C", "C-p"}]
    assert store.verify_audit().ok


def test_a_monitoring_scope_reads_only_its_subjects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store(tmp_path)
    asked: list[Collection[str] | None] = []
    reader = scan_job._rule_signals

    def spy(store: Store, keys: Collection[str] | None = None) -> Iterator[SignalRow]:
        asked.append(None if keys is None else set(keys))
        return reader(store, keys)

    monkeypatch.setattr(scan_job, "_rule_signals", spy)
    result = scan(store, CaseRepository(store, lambda: NOW), "t", subject_keys=["B", "C"])
    assert asked == [{"C", "C-p"}]
    assert result.subjects == 2  # B and C
    # A second scope: A's case opens now, reading only A's and C's signals.
    asked.clear()
    again = scan(store, CaseRepository(store, lambda: NOW), "t", subject_keys=["A", "C"])
    assert asked == [{"A", "C", "C-p"}]
    assert len(again.opened) == 1
    assert len(result.opened) == 1


def test_when_most_subjects_need_their_signals_all_are_read_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store(tmp_path)
    store.add_assessments([Assessment(k, NOW, 0.7, "review", "p", "h") for k in QUIET])
    asked: list[Collection[str] | None] = []
    reader = scan_job._rule_signals

    def spy(store: Store, keys: Collection[str] | None = None) -> Iterator[SignalRow]:
        asked.append(None if keys is None else set(keys))
        return reader(store, keys)

    monkeypatch.setattr(scan_job, "_rule_signals", spy)
    result = scan(store, CaseRepository(store, lambda: NOW), "t")
    assert asked == [None]
    assert len(result.opened) == 2 + len(QUIET)


def test_the_scan_reads_signals_and_membership_as_the_store_gives_them(store: Store) -> None:
    """The scan's light reads (four subject columns; four signal columns, in the store's
    order) equal the store's own, on both back ends."""
    with store.ingest_batch("crm", "t") as batch:
        batch.add_subject(Subject("A", "Company", "Customer A", aliases=("A Ltd",)))
        batch.add_subject(Subject("A-p", "Person", "Person of A", parent_key="A"))
        batch.add_subject(Subject("Z-p", "Person", "Orphan", parent_key="gone"))
    plus_two = timezone(timedelta(hours=2))
    first = datetime(2020, 1, 1, 12, 30, 5, 123456, UTC)
    second = datetime(2021, 6, 1, 1, 0, tzinfo=plus_two)
    signals = [
        Signal("A", "REL-01", 0.9, first, "t", "1", id="s1"),
        Signal("A-p", "NEWS-01", 0.5, second, "t", "1", id="s2"),
        Signal("A", "REL-01", 0.2, None, "t", "1", id="s3"),
        Signal("A", "NEWS-02", 0.35, LATE, "t", "1", id="s0"),
    ]
    with store.screening_run(kind="t", params={}) as run:
        run.add_signals(signals)
    light = list(scan_job._rule_signals(store))
    full = store.signals()
    facts = [SignalRow(s.id, s.subject_key, s.indicator, s.strength) for s in full]
    assert sorted(light) == sorted(facts) and len(facts) == 4
    for key in ("A", "A-p"):  # within a subject, the store's order (by date, then id)
        assert [s for s in light if s.subject_key == key] == [
            s for s in facts if s.subject_key == key
        ]
    assert [s.id for s in light if s.subject_key == "A"] != ["s0", "s1", "s3"]  # not by id
    assert all(type(s.strength) is float for s in light)
    assert list(scan_job._rule_signals(store, {"A-p"})) == [SignalRow("s2", "A-p", "NEWS-01", 0.5)]
    assert scan_job._members(store) == membership(store.subjects())
    assert scan_job._members(store).case_subject("A-p") == "A"
    assert scan_job._members(store).case_subject("Z-p") == "Z-p"  # its customer is not stored
