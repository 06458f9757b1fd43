"""Incremental verify from a signed checkpoint: only what came after it is re-derived."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, update

from knowable.cases.repository import CaseRepository
from knowable.jobs.cases import scan
from knowable.model import Assessment, Signal, Subject
from knowable.store import Store
from knowable.store import checkpoint as cp
from knowable.store import schema as t
from knowable.store.audit import event_hash

WHEN = datetime(2024, 3, 1, tzinfo=UTC)


def _fill(store: Store, tag: str, n: int = 5) -> None:
    """Subjects, a screening run with signals and an assessment run, all tagged ``tag``."""
    with store.ingest_batch("crm", tag) as batch:
        for i in range(n):
            batch.add_subject(Subject(f"{tag}-{i}", "Company", f"Fictional {tag} {i}"))
    with store.screening_run(kind="test") as run:
        run.add_signals(
            Signal(f"{tag}-{i}", "NEWS-02", 0.3, WHEN, "test", "1", id=f"{tag}-s{i}")
            for i in range(n)
        )
    store.add_assessments(
        [Assessment(f"{tag}-{i}", WHEN, 0.9, "escalate", "p", "h") for i in range(n)]
    )


def _checkpoint(store: Store, tmp_path: Path) -> tuple[Path, Path]:
    key, pub, out = tmp_path / "a.key", tmp_path / "a.pub", tmp_path / "cp.json"
    pub.write_text(cp.keygen(key))
    with store.read() as conn:
        cp.write(cp.make(conn, cp.load_private(key)), out)
    return out, pub


def _since(store: Store, out: Path, pub: Path) -> list[str]:
    with store.read() as conn:
        result, _ = cp.verify_since(conn, out, cp.load_public(pub))
    return result.problems


def test_incremental_verify_skips_the_signed_prefix(store: Store, tmp_path: Path) -> None:
    _fill(store, "old", 20)
    out, pub = _checkpoint(store, tmp_path)
    _fill(store, "new", 3)
    scan(store, CaseRepository(store), "t")
    with store.read() as conn:
        result, anchor = cp.verify_since(conn, out, cp.load_public(pub))
    full = store.verify_audit()
    assert result.ok and full.ok and anchor is not None
    assert result.events_skipped == anchor.seq and result.events == full.events - anchor.seq
    assert 0 < result.rows_checked < full.rows_checked
    assert result.rows_checked + result.rows_skipped == full.rows_checked


def test_tampering_after_the_checkpoint_is_caught_incrementally(
    store: Store, tmp_path: Path
) -> None:
    _fill(store, "old")
    out, pub = _checkpoint(store, tmp_path)
    _fill(store, "new")
    scan(store, CaseRepository(store), "t")
    assert _since(store, out, pub) == []
    with store.write() as conn:
        conn.execute(update(t.signals).where(t.signals.c.id == "new-s1").values(strength=0.01))
    problems = _since(store, out, pub)
    assert any("signals row new-s1" in p for p in problems)
    with store.write() as conn:
        conn.execute(update(t.signals).where(t.signals.c.id == "new-s1").values(strength=0.3))
        conn.execute(t.assessments.delete().where(t.assessments.c.subject_key == "new-2"))
    assert any("assessments written by run_id" in p for p in _since(store, out, pub))


def test_case_rewritten_after_the_checkpoint_is_caught_incrementally(
    store: Store, tmp_path: Path
) -> None:
    _fill(store, "old")
    out, pub = _checkpoint(store, tmp_path)
    _fill(store, "new")
    scan(store, CaseRepository(store), "t")
    with store.write() as conn:
        conn.execute(update(t.cases).where(t.cases.c.subject_key == "new-0").values(band="clear"))
    assert any("cases row" in p for p in _since(store, out, pub))


def test_tampering_before_the_checkpoint_needs_a_full_verify(store: Store, tmp_path: Path) -> None:
    _fill(store, "old")
    out, pub = _checkpoint(store, tmp_path)
    _fill(store, "new")
    with store.write() as conn:
        conn.execute(update(t.signals).where(t.signals.c.id == "old-s1").values(strength=0.99))
    # Trusted by the incremental verify (it is before the checkpoint) ...
    assert _since(store, out, pub) == []
    # ... and caught by the full verify, still the default.
    assert any("signals row old-s1" in p for p in store.verify_audit().problems)


def test_rewritten_prefix_no_longer_matches_the_checkpoint(store: Store, tmp_path: Path) -> None:
    _fill(store, "old")
    out, pub = _checkpoint(store, tmp_path)
    _fill(store, "new")
    # Rewrite the first event and re-hash the whole chain consistently: the chain alone
    # verifies, but the checkpointed head changed.
    with store.write() as conn:
        rows = conn.execute(select(t.audit_events).order_by(t.audit_events.c.seq)).all()
        prev = "0" * 64
        for row in rows:
            payload = dict(row.payload)
            if row.seq == 1:
                payload["path"] = "rewritten"
            body = {
                "seq": row.seq,
                "at": row.at.replace(tzinfo=UTC).isoformat(),
                "actor": row.actor,
                "action": row.action,
                "entity_type": row.entity_type,
                "entity_id": row.entity_id,
                "payload": payload,
            }
            digest = event_hash(prev, body)
            conn.execute(
                update(t.audit_events)
                .where(t.audit_events.c.seq == row.seq)
                .values(payload=payload, prev_hash=prev, hash=digest)
            )
            prev = digest
        conn.execute(update(t.audit_head).where(t.audit_head.c.id == 1).values(hash=prev))
    problems = _since(store, out, pub)
    assert any("no longer has the hash" in p for p in problems)
    assert any("run a full" in p for p in problems)


def test_checkpoint_signed_by_another_key_is_refused(store: Store, tmp_path: Path) -> None:
    _fill(store, "old")
    out, _ = _checkpoint(store, tmp_path)
    other = tmp_path / "other.pub"
    other.write_text(cp.keygen(tmp_path / "other.key"))
    assert any("signature does not verify" in p for p in _since(store, out, other))
