"""The audit chain catches edits made behind the store's back, on both back ends."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from knowable import jcs
from knowable.hashing import JCS_FORM, canonical
from knowable.model import Record, Signal
from knowable.settings import Settings
from knowable.store import Store, audit
from knowable.store.repository import open_store


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


_text = st.text(max_size=10) | st.sampled_from(["case.opened", "\U0001f600", 'a"\\\n'])


@given(st.integers(0, 2**40), _text, _text, _text, _text, st.dictionaries(_text, _text))
def test_the_body_written_around_its_payload_is_the_hashed_body(
    seq: int, actor: str, action: str, etype: str, eid: str, payload: dict[str, str]
) -> None:
    at = datetime(2026, 1, 5, 9, 30, 1, 250, tzinfo=UTC)
    body = audit._body(seq, at, actor, action, etype, eid, payload)
    written = audit.body_json(seq, at.isoformat(), actor, action, etype, eid, jcs.dumps(payload))
    assert written == jcs.dumps(body) == canonical(body, JCS_FORM)


def test_events_appended_with_their_payloads_written_chain_as_the_general_path(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same events appended twice, at one fixed time: with each payload's text given
    and without; every stored column and hash is the same, and the chain verifies."""
    monkeypatch.setattr(audit, "utcnow", lambda: datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    events: list[tuple[str, str, str, str, Mapping[str, Any]]] = [
        ("system", "case.opened", "case", "case-1", {"version": 1, "detail": "é", "s": 0.5}),
        ("ana", "case.band_changed", "case", "case-1", {"before": None, "after": "review"}),
        ("system", "cases.scan", "cases", "all", {"opened": ["case-1"], "rows": {}}),
    ]
    other = open_store(Settings(database_url=f"sqlite:///{tmp_path / 'other.db'}"))
    with store.write() as conn:
        given_texts = audit.append_many(conn, events, [jcs.dumps(e[4]) for e in events])
    with other.write() as conn:
        general = audit.append_many(conn, events)
    assert [(e.seq, e.payload, e.prev_hash, e.hash) for e in given_texts] == [
        (e.seq, e.payload, e.prev_hash, e.hash) for e in general
    ]
    assert store.verify_audit().ok and other.verify_audit().ok
    with store.write() as conn, pytest.raises(ValueError, match="3 audit events but 1"):
        audit.append_many(conn, events, ["{}"])
