"""The store on both back ends: idempotent ingest, atomic batches, runs, queries."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from knowable.errors import NotFoundError
from knowable.model import Evidence, Quarantined, Record, Signal, Subject
from knowable.store import Store


def _record(n: int, subject: str = "001A", day: int = 1) -> Record:
    return Record(
        source="crm",
        kind="Note",
        payload={"Id": f"N{n}", "Body": f"note {n}"},
        available_at=datetime(2014, 1, day, tzinfo=UTC),
        external_id=f"N{n}",
        subject_key=subject,
        text=f"note {n}",
    )


def _subject(key: str = "001A", name: str = "Acme Widgets Inc.") -> Subject:
    return Subject(
        key=key, schema="Company", name=name, domains=("acme.example",), countries=("us",)
    )


def test_ingest_is_idempotent(store: Store) -> None:
    with store.ingest_batch("crm", "export") as batch:
        assert batch.add_subject(_subject()) == "stored"
        for n in range(3):
            batch.add_record(_record(n))
    with store.ingest_batch("crm", "export") as batch:
        assert batch.add_subject(_subject()) == "unchanged"
        for n in range(3):
            batch.add_record(_record(n))
    assert batch.summary()["stored"] == 0
    assert batch.summary()["duplicates"] == 3
    assert store.count("records") == 3
    assert store.count("subjects") == 1


def test_changed_subject_is_updated(store: Store) -> None:
    with store.ingest_batch("crm", "a") as batch:
        batch.add_subject(_subject())
    with store.ingest_batch("crm", "b") as batch:
        assert batch.add_subject(_subject(name="Acme Widgets Ltd")) == "updated"
    assert store.subject("001A").name == "Acme Widgets Ltd"


def test_records_round_trip_with_utc_dates(store: Store) -> None:
    with store.ingest_batch("crm", "x") as batch:
        batch.add_subject(_subject())
        batch.add_record(_record(1, day=5))
    (record,) = list(store.records(subject_key="001A"))
    assert record.available_at == datetime(2014, 1, 5, tzinfo=UTC)
    assert record.payload["Body"] == "note 1"
    assert store.record(record.id).text == "note 1"


def test_records_as_of_excludes_later(store: Store) -> None:
    with store.ingest_batch("crm", "x") as batch:
        for day in (1, 10, 20):
            batch.add_record(_record(day, day=day))
    cutoff = datetime(2014, 1, 10, tzinfo=UTC)
    days = [r.available_at.day for r in store.records(available_before=cutoff) if r.available_at]
    assert days == [1, 10]


def test_batch_rolls_back_on_crash(store: Store) -> None:
    with pytest.raises(RuntimeError), store.ingest_batch("crm", "x") as batch:
        batch.add_record(_record(1))
        raise RuntimeError("crash mid-batch")
    assert store.count("records") == 0
    assert store.count("ingest_batches") == 0
    assert store.verify_audit().ok


def test_quarantine_kept_once(store: Store) -> None:
    bad = Quarantined("crm", "Task.csv", 4, "ActivityDate", "not a date", "raw,row")
    for _ in range(2):
        with store.ingest_batch("crm", "x") as batch:
            batch.quarantine(bad)
    rows = store.quarantined()
    assert len(rows) == 1
    assert rows[0]["field"] == "ActivityDate"


def test_screening_run_recorded_even_when_empty(store: Store) -> None:
    with store.screening_run("watchlist", {"lists": []}) as run:
        run.mark_screened(["001A"])
    (row,) = store.runs("watchlist")
    assert row["subjects_screened"] == 1
    assert row["signals_found"] == 0
    assert "001A" in store.screened("watchlist")
    assert store.audit_events(limit=1)[0].action == "screen"


def test_signals_are_idempotent_and_queryable(store: Store) -> None:
    signal = Signal(
        subject_key="001A",
        indicator="REL-01",
        strength=0.8,
        observed_at=datetime(2015, 7, 1, tzinfo=UTC),
        detector="test",
        detector_version="1",
        evidence=(Evidence("r1", "stopped processing", 3, 21),),
        record_id="r1",
        details={"role": "venue"},
    )
    for _ in range(2):
        with store.screening_run("relationship") as run:
            run.add_signals([signal])
    assert store.count("signals") == 1
    (back,) = store.signals(subject_key="001A")
    assert back == signal
    assert store.signals(observed_before=datetime(2015, 6, 30, tzinfo=UTC)) == []


def test_a_composed_detector_version_is_stored_on_both_databases(store: Store) -> None:
    """The media detector's version is 39 characters: PostgreSQL refused it in a 32-character
    column and the whole media run was lost (found by the soak bench)."""
    version = "media-1+roles-2026.12.1+media-adverse-2"
    signal = Signal(
        subject_key="001A",
        indicator="NEWS-01",
        strength=0.5,
        observed_at=datetime(2015, 7, 1, tzinfo=UTC),
        detector="media",
        detector_version=version,
        evidence=(Evidence("r1", "was charged", 0, 11),),
        record_id="r1",
    )
    with store.screening_run("media") as run:
        run.add_signals([signal])
    (back,) = store.signals(subject_key="001A")
    assert back.detector_version == version


def test_missing_subject_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no subject"):
        store.subject("nope")
