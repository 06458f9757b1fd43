"""Issue 17: every fact and decision is covered by the audit trail, on both back ends.

Each test makes one kind of edit behind the store's back, in SQL, and expects ``verify``
to name it. Before migration 0006 every one of these edits left the chain "intact".
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from knowable.auth.roles import Actor, Role
from knowable.auth.users import UserRepository
from knowable.cases.lifecycle import Disposition
from knowable.cases.repository import CaseRepository
from knowable.model import Assessment, Quarantined, Signal, Subject
from knowable.store import Store
from knowable.store.rowhash import row_hash

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
REY = Actor("rey", Role.REVIEWER)


def _decided_case(store: Store) -> str:
    repo = CaseRepository(store, lambda: T0)
    signals = [Signal("S1", "AD-01", 0.7, T0, "test", "1", record_id="r1")]
    case = repo.on_assessment(Assessment("S1", T0, 0.6, "review", "p", "h"), signals)
    assert case is not None
    repo.decide(case.id, Disposition.CLEARED, "namesake, other city", signals, REY)
    assert store.verify_audit().ok, store.verify_audit().problems
    return case.id


def _problems(store: Store) -> str:
    result = store.verify_audit()
    assert not result.ok
    return "\n".join(result.problems)


def _rehash(store: Store, table: str, key_col: str, key: object) -> None:
    """What an attacker who knows the row hash recipe does after editing a row."""
    from knowable.store import schema as t

    tbl = t.metadata.tables[table]
    with store.write() as conn:
        row = conn.execute(tbl.select().where(tbl.c[key_col] == key)).one()
        conn.execute(
            tbl.update()
            .where(tbl.c[key_col] == key)
            .values(row_hash=row_hash(table, row._asdict()))
        )


def test_edited_case_disposition_and_reviewer_are_caught(store: Store) -> None:
    key = _decided_case(store)
    with store.write() as conn:
        conn.execute(
            text("UPDATE cases SET disposition = 'offboard', reviewer = 'mallory' WHERE key = :k"),
            {"k": key},
        )
    assert "cases row" in _problems(store)
    # Even with the row hash recomputed, the row disagrees with its events and its audit.
    _rehash(store, "cases", "key", key)
    problems = _problems(store)
    assert "does not match its decided event" in problems
    assert f"cases/{key}: does not match the row hash recorded" in problems


def test_deleted_case_is_caught(store: Store) -> None:
    key = _decided_case(store)
    with store.write() as conn:
        conn.execute(text("DELETE FROM cases WHERE key = :k"), {"k": key})
    problems = _problems(store)
    assert f"case {key}: has case events but the case row is gone" in problems
    assert f"cases/{key}: written by audit event" in problems


def test_edited_case_event_is_caught(store: Store) -> None:
    key = _decided_case(store)
    with store.write() as conn:
        conn.execute(
            text(
                "UPDATE case_events SET actor = 'mallory' WHERE case_key = :k AND kind = 'decided'"
            ),
            {"k": key},
        )
    assert "case_events row" in _problems(store)
    with store.write() as conn:
        conn.execute(text("DELETE FROM case_events WHERE case_key = :k"), {"k": key})
    problems = _problems(store)
    assert "case_events/" in problems and "no longer in the store" in problems


def test_deleted_alerts_are_caught(store: Store) -> None:
    key = _decided_case(store)
    with store.write() as conn:
        conn.execute(text("DELETE FROM alerts WHERE case_key = :k"), {"k": key})
    problems = _problems(store)
    assert "alerts/" in problems and "no longer in the store" in problems


def _ingest(store: Store) -> None:
    with store.ingest_batch("crm", "x") as batch:
        batch.add_subject(Subject("001A", "Company", "Acme Ltd", aliases=("Acme",)))
        batch.add_subject(Subject("001B", "Company", "Bolt GmbH"))
        batch.quarantine(Quarantined("crm", "Task.csv", 4, "ActivityDate", "not a date", "r"))
        batch.quarantine(Quarantined("crm", "Task.csv", 5, "ActivityDate", "not a date", "s"))
    assert store.verify_audit().ok, store.verify_audit().problems


def test_renamed_subject_is_caught(store: Store) -> None:
    _ingest(store)
    with store.write() as conn:
        conn.execute(text("UPDATE subjects SET name = 'Innocent Ltd' WHERE key = '001A'"))
    assert "subjects row 001A: content was changed" in _problems(store)
    _rehash(store, "subjects", "key", "001A")
    assert "subjects/001A: does not match the row hash recorded" in _problems(store)


def test_deleted_subject_is_caught(store: Store) -> None:
    _ingest(store)
    with store.write() as conn:
        conn.execute(text("DELETE FROM subjects WHERE key = '001B'"))
    assert "subjects/001B: written by audit event #1" in _problems(store)


def test_deleted_quarantine_row_is_caught(store: Store) -> None:
    _ingest(store)
    with store.write() as conn:
        conn.execute(text("DELETE FROM quarantine WHERE line = 5"))
    assert "quarantine written by batch_id" in _problems(store)


def test_changed_user_role_is_caught(store: Store) -> None:
    users = UserRepository(store)
    user = users.add("ana", Role.ANALYST, "a long enough password", by="cli")
    users.issue_token(user.id, "laptop", by="cli")
    assert store.verify_audit().ok, store.verify_audit().problems
    with store.write() as conn:
        conn.execute(text("UPDATE users SET role = 'admin' WHERE username = 'ana'"))
    assert "users row" in _problems(store)
    _rehash(store, "users", "id", user.id)
    assert f"users/{user.id}: does not match the row hash recorded" in _problems(store)


def test_edited_or_deleted_token_is_caught(store: Store) -> None:
    users = UserRepository(store)
    user = users.add("ana", Role.ANALYST, "a long enough password", by="cli")
    users.issue_token(user.id, "laptop", by="cli")
    with store.write() as conn:
        conn.execute(text("UPDATE api_tokens SET user_id = user_id, name = 'other'"))
    assert "api_tokens row" in _problems(store)
    with store.write() as conn:
        conn.execute(text("DELETE FROM api_tokens"))
    assert "no longer in the store" in _problems(store)
