"""Reading only some subjects' rows gives the same rows whether the keys are filtered in
SQL (few keys) or while reading (many: SQLite caps a statement's parameters)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from knowable.model import Assessment, Record, Signal, Subject
from knowable.store import Store, repository

WHEN = datetime(2024, 1, 1, tzinfo=UTC)


def _fill(store: Store) -> None:
    with store.ingest_batch(source="crm", path="t", actor="t") as batch:
        for n in range(6):
            batch.add_subject(Subject(f"S{n}", "Company", f"Company {n}"))
            batch.add_record(
                Record("crm", "Note", {"Id": f"N{n}", "Body": "x"}, WHEN, f"N{n}", f"S{n}")
            )
    with store.screening_run(kind="test") as run:
        run.add_signals(
            Signal(f"S{n}", "REL-01", 0.5, WHEN, "test", "1", details={"n": n}) for n in range(6)
        )
    store.add_assessments([Assessment(f"S{n}", WHEN, 0.1, "clear", "p", "h") for n in range(6)])


@pytest.mark.parametrize("limit", [900, 2], ids=["in-sql", "while-reading"])
def test_key_filters_agree(store: Store, monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
    _fill(store)
    monkeypatch.setattr(repository, "IN_LIMIT", limit)
    keys = {"S1", "S3", "S4", "nobody"}
    assert [s.key for s in store.subjects(keys=keys)] == ["S1", "S3", "S4"]
    assert sorted(s.subject_key for s in store.signals(subject_keys=keys)) == ["S1", "S3", "S4"]
    found = store.records(source="crm", subject_keys=keys)
    assert sorted(r.external_id or "" for r in found) == ["N1", "N3", "N4"]
    assert sorted(r.external_id or "" for r in store.records(external_ids={"N0", "N5", "x"})) == [
        "N0",
        "N5",
    ]
    assert sorted(a.subject_key for a in store.assessments(subject_keys=keys)) == [
        "S1",
        "S3",
        "S4",
    ]
    assert store.subjects(keys=set()) == [] and store.signals(subject_keys=[]) == []
