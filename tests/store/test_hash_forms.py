"""Canonical forms of the audit chain and row hashes (issue 17, migration 0017): events
and rows written before it keep verifying in the legacy form; new ones are RFC 8785 and
reproducible by an independent implementation."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import rfc8785
from sqlalchemy import select, update

from knowable.hashing import CURRENT_FORM, JCS_FORM, LEGACY_FORM
from knowable.settings import Settings
from knowable.store import Store, open_store
from knowable.store import schema as t
from knowable.store.audit import GENESIS, _body, event_hash, export
from knowable.store.rowhash import row_hash, seal
from knowable.timeutil import utcnow


def _legacy_events(store: Store, n: int) -> None:
    """Events as a store before 0017 wrote them: legacy form, no hash_version."""
    prev, at = GENESIS, utcnow()
    with store.write() as conn:
        for seq in range(1, n + 1):
            payload = {"score": 0.5 * seq, "n": seq}  # floats: the forms differ
            body = _body(seq, at, "old", "note", "test", str(seq), payload)
            digest = event_hash(prev, body, LEGACY_FORM)
            conn.execute(
                t.audit_events.insert().values(
                    seq=seq,
                    at=at,
                    actor="old",
                    action="note",
                    entity_type="test",
                    entity_id=str(seq),
                    payload=payload,
                    prev_hash=prev,
                    hash=digest,
                    hash_version=None,
                )
            )
            prev = digest
        conn.execute(update(t.audit_head).where(t.audit_head.c.id == 1).values(seq=n, hash=prev))


def _rows(store: Store) -> list[Any]:
    with store.read() as conn:
        return list(conn.execute(select(t.audit_events).order_by(t.audit_events.c.seq)))


def test_legacy_events_verify_and_new_events_are_rfc8785(store: Store) -> None:
    _legacy_events(store, 3)
    store.append_audit("cli", "note", "test", "new", {"score": 1.0, "tiny": 2.5e-07})
    result = store.verify_audit()
    assert result.ok, result.problems
    rows = _rows(store)
    assert [r.hash_version for r in rows] == [None, None, None, CURRENT_FORM]
    new = rows[-1]
    body = _body(
        new.seq, new.at, new.actor, new.action, new.entity_type, new.entity_id, new.payload
    )
    text = new.prev_hash.encode() + rfc8785.dumps(body)
    assert b'"score":1,' in text and b'"tiny":2.5e-7' in text
    assert hashlib.sha256(text).hexdigest() == new.hash


def test_an_event_moved_back_to_the_legacy_form_is_named(store: Store) -> None:
    _legacy_events(store, 2)
    store.append_audit("cli", "note", "test", "a", {"x": 1.5})
    store.append_audit("cli", "note", "test", "b", {"x": 2.5})
    last = _rows(store)[-1]
    # Re-hash the last event consistently in the legacy form (head moved along).
    body = _body(
        last.seq, last.at, last.actor, last.action, last.entity_type, last.entity_id, last.payload
    )
    legacy = event_hash(last.prev_hash, body, LEGACY_FORM)
    with store.write() as conn:
        conn.execute(
            update(t.audit_events)
            .where(t.audit_events.c.seq == last.seq)
            .values(hash=legacy, hash_version=None)
        )
        conn.execute(update(t.audit_head).where(t.audit_head.c.id == 1).values(hash=legacy))
    assert store.verify_audit().problems == [
        "audit event #4: hashed in canonical form 1 after the chain had moved to form 2"
    ]


def test_a_flipped_form_with_the_content_unchanged_breaks_the_hash(store: Store) -> None:
    store.append_audit("cli", "note", "test", "a", {"x": 1.0})
    with store.write() as conn:
        conn.execute(update(t.audit_events).values(hash_version=LEGACY_FORM))
    problems = store.verify_audit().problems
    assert any("content does not match its hash" in p for p in problems), problems


def test_legacy_rows_verify_and_sealing_moves_them_to_rfc8785(store: Store) -> None:
    store.append_audit("cli", "note", "test", "a", {})
    with store.write() as conn:
        uid = conn.execute(
            t.users.insert().values(
                username="ana",
                role="analyst",
                password_hash="x",
                active=True,
                created_at=utcnow(),
                hash_version=None,
            )
        ).inserted_primary_key[0]
        row = conn.execute(select(t.users).where(t.users.c.id == uid)).one()._asdict()
        legacy = row_hash("users", row)  # hash_version None: the legacy form
        assert legacy == row_hash("users", row, LEGACY_FORM)
        conn.execute(update(t.users).where(t.users.c.id == uid).values(row_hash=legacy))
    assert store.verify_audit().ok
    with store.write() as conn:  # someone edits the legacy row: caught in its own form
        conn.execute(update(t.users).where(t.users.c.id == uid).values(role="admin"))
    assert any("users row" in p for p in store.verify_audit().problems)
    with store.write() as conn:
        sealed = seal(conn, "users", uid)
        row = conn.execute(select(t.users).where(t.users.c.id == uid)).one()._asdict()
    assert row["hash_version"] == JCS_FORM and sealed == row_hash("users", row, JCS_FORM)
    assert store.verify_audit().ok


NODE = shutil.which("node")
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "verify-chain" / "verify_chain.mjs"


@pytest.mark.skipif(NODE is None, reason="node is not installed (scripts/install-system-deps.sh)")
def test_the_chain_verifies_in_javascript(sqlite_settings: Settings, tmp_path: Path) -> None:
    """Another language re-hashes the exported chain (RFC 8785 events) and checks links."""
    store = open_store(sqlite_settings)
    _legacy_events(store, 2)
    store.append_audit("cli", "note", "test", "a", {"score": 1.0, "tiny": 2.5e-07})
    store.append_audit("cli", "note", "test", "b", {"\U0001f600": 1, "\ufb33": [1e21, -0.0]})
    store.append_audit("cli", "note", "test", "c", {"text": 'caf\u00e9 "q" \\ \n\u0001'})
    with store.read() as conn:
        events = list(export(conn))
    chain = tmp_path / "chain.jsonl"
    chain.write_text("".join(json.dumps(e) + "\n" for e in events), encoding="utf-8")
    ok = subprocess.run(
        [str(NODE), str(SCRIPT), str(chain)], capture_output=True, text=True, timeout=60
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert ok.stdout.startswith(
        "chain intact: 5 events, 3 re-hashed (RFC 8785), 2 legacy events checked by link only"
    )
    events[3]["payload"]["\ufb33"][0] = 1e22  # edit one value in the export
    chain.write_text("".join(json.dumps(e) + "\n" for e in events), encoding="utf-8")
    bad = subprocess.run(
        [str(NODE), str(SCRIPT), str(chain)], capture_output=True, text=True, timeout=60
    )
    assert bad.returncode == 1
    assert "event #4: content does not match its hash" in bad.stdout
    store.engine.dispose()
