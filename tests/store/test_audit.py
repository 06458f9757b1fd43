"""The audit chain catches edits made behind the store's back, on both back ends."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from knowable.model import Record, Signal
from knowable.store import Store


def _fill(store: Store) -> None:
    with store.ingest_batch("crm", "x") as batch:
        for n in range(3):
            batch.add_record(
                Record(
                    source="crm",
                    kind="Note",
                    payload={"Id": str(n), "Body": f"b{n}"},
                    available_at=datetime(2014, 1, 1, tzinfo=UTC),
                    external_id=str(n),
                    subject_key="001A",
                    text=f"b{n}",
                )
            )
    with store.screening_run("test") as run:
        run.add_signals([Signal("001A", "REL-01", 0.5, None, "t", "1")])


def test_untouched_chain_verifies(store: Store) -> None:
    _fill(store)
    result = store.verify_audit()
    assert result.ok, result.problems
    assert result.events == 2


def test_edited_record_is_caught(store: Store) -> None:
    _fill(store)
    with store.write() as conn:
        conn.execute(text("UPDATE records SET text = 'nothing to see' WHERE external_id = '1'"))
    result = store.verify_audit()
    assert not result.ok
    assert "content was changed" in result.problems[0]
    assert any("audit event #1" in p for p in result.problems)


def test_deleted_record_is_caught(store: Store) -> None:
    _fill(store)
    with store.write() as conn:
        conn.execute(text("DELETE FROM records WHERE external_id = '2'"))
    result = store.verify_audit()
    assert not result.ok
    assert "no longer match the digest recorded in audit event #1" in result.problems[0]


def test_edited_audit_event_is_caught(store: Store) -> None:
    _fill(store)
    with store.write() as conn:
        conn.execute(text("UPDATE audit_events SET actor = 'someone-else' WHERE seq = 1"))
    result = store.verify_audit()
    assert not result.ok
    assert result.problems[0].startswith("audit event #1")


def test_edited_signal_strength_is_caught(store: Store) -> None:
    _fill(store)
    with store.write() as conn:
        conn.execute(text("UPDATE signals SET strength = 0.01"))
    assert not store.verify_audit().ok


def test_removed_last_event_is_caught(store: Store) -> None:
    _fill(store)
    with store.write() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq = 2"))
    result = store.verify_audit()
    assert any("head does not match" in p for p in result.problems)
