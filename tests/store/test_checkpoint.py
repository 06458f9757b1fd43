"""Signed checkpoints anchor the audit chain outside the database (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from knowable.errors import InputError
from knowable.store import Store
from knowable.store import checkpoint as cp
from knowable.store import schema as t
from knowable.store.audit import GENESIS, event_hash


def _events(store: Store, n: int) -> None:
    for i in range(n):
        store.append_audit("cli", "note", "test", str(i), {"n": i})


def _check(store: Store, anchors: list[cp.Anchor]) -> list[str]:
    with store.read() as conn:
        return cp.check_anchors(conn, anchors)


def _signed(store: Store, tmp_path: Path) -> tuple[Path, Path]:
    key = tmp_path / "audit.key"
    pub = tmp_path / "audit.pub"
    pub.write_text(cp.keygen(key))
    out = tmp_path / "cp.json"
    with store.read() as conn:
        cp.write(cp.make(conn, cp.load_private(key)), out)
    return out, pub


def test_keygen_writes_a_private_key_0600_and_never_overwrites(tmp_path: Path) -> None:
    key = tmp_path / "k.pem"
    public = cp.keygen(key)
    assert public.startswith("-----BEGIN PUBLIC KEY-----")
    assert key.stat().st_mode & 0o777 == 0o600
    with pytest.raises(InputError):
        cp.keygen(key)


def test_checkpoint_signs_the_head_and_verifies(store: Store, tmp_path: Path) -> None:
    _events(store, 3)
    out, pub = _signed(store, tmp_path)
    anchors, bad = cp.anchors_from([out], cp.load_public(pub))
    assert bad == [] and anchors[0].seq == 3
    _events(store, 2)  # the chain grows past the checkpoint: still fine
    assert _check(store, anchors) == []
    assert store.verify_audit().ok


def test_forged_or_foreign_checkpoint_is_refused(store: Store, tmp_path: Path) -> None:
    _events(store, 2)
    out, pub = _signed(store, tmp_path)
    data = cp.read(out)
    data["seq"] = 1
    cp.write(data, out)
    _, bad = cp.anchors_from([out], cp.load_public(pub))
    assert bad and "signature does not verify" in bad[0]
    other = tmp_path / "other"
    other.mkdir()
    out2, _ = _signed(store, other)
    _, bad = cp.anchors_from([out2], cp.load_public(pub))
    assert bad


def test_consistent_rewrite_of_the_whole_chain_is_caught(store: Store, tmp_path: Path) -> None:
    _events(store, 4)
    out, pub = _signed(store, tmp_path)
    _events(store, 2)
    # Someone with full write access rewrites event #2 and re-chains every event after it,
    # head included: the chain alone still verifies...
    with store.write() as conn:
        conn.execute(text("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2"))
        prev = GENESIS
        for row in conn.execute(select(t.audit_events).order_by(t.audit_events.c.seq)).all():
            body = {
                "seq": row.seq,
                "at": row.at if isinstance(row.at, str) else _iso(row.at),
                "actor": row.actor,
                "action": row.action,
                "entity_type": row.entity_type,
                "entity_id": row.entity_id,
                "payload": row.payload,
            }
            new = event_hash(prev, body)
            conn.execute(
                update(t.audit_events)
                .where(t.audit_events.c.seq == row.seq)
                .values(prev_hash=prev, hash=new)
            )
            prev = new
        conn.execute(update(t.audit_head).values(hash=prev))
    assert store.verify_audit().ok
    # ... but not against the checkpoint taken before.
    anchors, bad = cp.anchors_from([out], cp.load_public(pub))
    assert bad == []
    problems = _check(store, anchors)
    assert problems and "no longer has the hash" in problems[0]


def _iso(at: object) -> str:
    from datetime import datetime

    from knowable.timeutil import as_utc

    assert isinstance(at, datetime)
    return as_utc(at).isoformat()


def test_last_events_deleted_with_the_head_are_caught(store: Store, tmp_path: Path) -> None:
    _events(store, 5)
    out, pub = _signed(store, tmp_path)
    with store.write() as conn:
        row = conn.execute(select(t.audit_events).where(t.audit_events.c.seq == 3)).one()
        conn.execute(text("DELETE FROM audit_events WHERE seq > 3"))
        conn.execute(update(t.audit_head).values(seq=3, hash=row.hash))
    assert store.verify_audit().ok  # the chain alone cannot tell
    anchors, _ = cp.anchors_from([out], cp.load_public(pub))
    problems = _check(store, anchors)
    assert problems and "events removed together with the head" in problems[0]


def test_expect_head(store: Store) -> None:
    _events(store, 2)
    with store.read() as conn:
        head = conn.execute(select(t.audit_head)).one()
    good = cp.parse_expect_head(f"{head.seq}:{head.hash}")
    assert _check(store, [good]) == []
    wrong = cp.parse_expect_head(f"{head.seq}:{'a' * 64}")
    assert _check(store, [wrong])
    with pytest.raises(InputError):
        cp.parse_expect_head("2:nothex")
