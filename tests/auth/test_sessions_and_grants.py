"""Sessions that end on the server, tokens that expire, strong passwords, and a second admin
before anyone gets the right to decide grave dispositions (issue 17)."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from knowable.auth.roles import Actor, Role
from knowable.auth.secrets import SessionSigner, check_password
from knowable.auth.users import UserRepository
from knowable.errors import AuthError, ConflictError, ForbiddenError, InputError
from knowable.settings import Settings
from knowable.store import Store, open_store

PASSWORD = "a long enough password"
NEW_PASSWORD = "violet kettle under marble sky"
OPERATOR = Actor("cli", Role.ADMIN, None, "cli")


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


# -- passwords --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "weak",
    ["aaaaaaaaaa", "password123", "qwertyuiop", "1234567890", "rey-password-2026"],
)
def test_weak_passwords_are_refused_with_a_reason(weak: str) -> None:
    with pytest.raises(InputError) as caught:
        check_password(weak, "rey")
    assert caught.value.field == "password"


def test_a_strong_password_is_accepted() -> None:
    check_password(NEW_PASSWORD, "rey")
    check_password(PASSWORD, "rey")


def test_a_password_containing_the_user_name_is_refused() -> None:
    with pytest.raises(InputError, match="user name"):
        check_password("marguerite blue horizon", "marguerite")


def test_adding_a_user_checks_password_strength(store: Store) -> None:
    with pytest.raises(InputError):
        UserRepository(store).add("rey", Role.ANALYST, "aaaaaaaaaaaa", by="t")


# -- sessions ---------------------------------------------------------------------------
def test_a_cookie_carries_the_epoch_it_was_issued_under() -> None:
    signer = SessionSigner("k" * 32)
    cookie, data = signer.issue(7, epoch=3)
    read = signer.read(cookie)
    assert (read.user_id, read.epoch, read.csrf) == (7, 3, data.csrf)


@pytest.mark.parametrize(
    "change",
    ["logout", "password", "role", "disable"],
)
def test_logout_and_changes_to_a_user_raise_their_session_epoch(store: Store, change: str) -> None:
    repo = UserRepository(store)
    ada = repo.add("ada", Role.ADMIN, PASSWORD, by="t")
    rey = repo.add("rey", Role.ANALYST, PASSWORD, by="t")
    before = repo.get(rey.id).session_epoch
    if change == "logout":
        repo.end_sessions(rey.id, "rey")
    elif change == "password":
        repo.set_password(rey.id, NEW_PASSWORD, rey.actor(), old_password=PASSWORD)
    elif change == "role":
        repo.update(rey.id, ada.actor(), role=Role.AUDITOR)
    else:
        repo.update(rey.id, ada.actor(), active=False)
    assert repo.get(rey.id).session_epoch == before + 1
    kinds = [e.action for e in store.audit_events(limit=1)]
    assert kinds[0] in {"logout", "user.password", "user.update"}


def test_changing_ones_own_password_needs_the_current_one(store: Store) -> None:
    repo = UserRepository(store)
    rey = repo.add("rey", Role.ANALYST, PASSWORD, by="t")
    with pytest.raises(AuthError):
        repo.set_password(rey.id, NEW_PASSWORD, rey.actor(), old_password="not it at all")
    repo.set_password(rey.id, NEW_PASSWORD, rey.actor(), old_password=PASSWORD)
    assert repo.authenticate("rey", NEW_PASSWORD).id == rey.id
    with pytest.raises(AuthError):
        repo.authenticate("rey", PASSWORD)


def test_only_a_user_admin_resets_someone_elses_password(store: Store) -> None:
    repo = UserRepository(store)
    ada = repo.add("ada", Role.ADMIN, PASSWORD, by="t")
    rey = repo.add("rey", Role.ANALYST, PASSWORD, by="t")
    sam = repo.add("sam", Role.ANALYST, PASSWORD, by="t")
    with pytest.raises(ForbiddenError):
        repo.set_password(rey.id, NEW_PASSWORD, sam.actor())
    repo.set_password(rey.id, NEW_PASSWORD, ada.actor())
    assert repo.authenticate("rey", NEW_PASSWORD).id == rey.id


# -- tokens -----------------------------------------------------------------------------
def test_tokens_record_their_issuer_and_stop_working_when_they_expire(store: Store) -> None:
    clock = Clock()
    repo = UserRepository(store, clock=clock)
    rey = repo.add("rey", Role.ANALYST, PASSWORD, by="t")
    token = repo.issue_token(rey.id, "ci", by="rey", by_id=rey.id, days=7)
    info = repo.tokens(rey.id)[0]
    assert info["issued_by"] == "rey"
    assert info["expires_at"] == clock.now + timedelta(days=7)
    clock.now += timedelta(days=6, hours=23)
    assert repo.actor_for_token(token).username == "rey"
    clock.now += timedelta(hours=2)
    with pytest.raises(AuthError, match="expired"):
        repo.actor_for_token(token)


def test_a_token_lasts_at_most_a_year(store: Store) -> None:
    repo = UserRepository(store)
    rey = repo.add("rey", Role.ANALYST, PASSWORD, by="t")
    with pytest.raises(InputError):
        repo.issue_token(rey.id, "forever", by="rey", by_id=rey.id, days=3650)


# -- four eyes on decide rights ---------------------------------------------------------
def test_granting_reviewer_waits_for_a_second_admin(store: Store) -> None:
    repo = UserRepository(store)
    ada = repo.add("ada", Role.ADMIN, PASSWORD, by="t")
    bo = repo.add("bo", Role.ADMIN, PASSWORD, by="t")
    rey = repo.add("rey", Role.ANALYST, PASSWORD, by="t")
    asked = repo.update(rey.id, ada.actor(), role=Role.REVIEWER)
    assert asked.role == Role.ANALYST
    assert (asked.pending_role, asked.pending_by) == (Role.REVIEWER, "ada")
    with pytest.raises(ForbiddenError, match="second admin"):
        repo.approve_role(rey.id, ada.actor())
    granted = repo.approve_role(rey.id, bo.actor())
    assert granted.role == Role.REVIEWER
    assert granted.pending_role is None
    kinds = [e.action for e in store.audit_events(limit=2)]
    assert kinds[0] == "user.role_approve"


def test_a_pending_role_can_be_refused(store: Store) -> None:
    repo = UserRepository(store)
    ada = repo.add("ada", Role.ADMIN, PASSWORD, by="t")
    bo = repo.add("bo", Role.ADMIN, PASSWORD, by="t")
    rey = repo.add("rey", Role.ANALYST, PASSWORD, by="t")
    repo.update(rey.id, ada.actor(), role=Role.REVIEWER)
    refused = repo.approve_role(rey.id, bo.actor(), approve=False)
    assert (refused.role, refused.pending_role) == (Role.ANALYST, None)
    with pytest.raises(ConflictError):
        repo.approve_role(rey.id, bo.actor())


def test_roles_without_grave_decisions_are_granted_by_one_admin(store: Store) -> None:
    repo = UserRepository(store)
    ada = repo.add("ada", Role.ADMIN, PASSWORD, by="t")
    rey = repo.add("rey", Role.ANALYST, PASSWORD, by="t")
    assert repo.update(rey.id, ada.actor(), role=Role.AUDITOR).role == Role.AUDITOR


def test_an_admin_adding_a_reviewer_through_the_api_leaves_the_role_pending(
    store: Store,
) -> None:
    repo = UserRepository(store)
    repo.add("ada", Role.ADMIN, PASSWORD, by="t")
    rey = repo.add("rey", Role.REVIEWER, PASSWORD, by="ada", second_person=True)
    assert (rey.role, rey.pending_role) == (Role.ANALYST, Role.REVIEWER)
    # The machine's operator (local command line, no user) creates roles directly.
    sam = repo.add("sam", Role.REVIEWER, PASSWORD, by="cli")
    assert sam.role == Role.REVIEWER


def test_user_changes_still_verify_in_the_audit_chain(store: Store) -> None:
    repo = UserRepository(store)
    ada = repo.add("ada", Role.ADMIN, PASSWORD, by="t")
    bo = repo.add("bo", Role.ADMIN, PASSWORD, by="t")
    rey = repo.add("rey", Role.ANALYST, PASSWORD, by="t")
    repo.update(rey.id, ada.actor(), role=Role.REVIEWER)
    repo.approve_role(rey.id, bo.actor())
    repo.end_sessions(rey.id, "rey")
    repo.issue_token(rey.id, "ci", by="rey", by_id=rey.id)
    assert store.verify_audit().ok


# -- the database file ------------------------------------------------------------------
def test_a_new_sqlite_store_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    store = open_store(Settings(workspace=tmp_path), migrate=True)
    try:
        mode = stat.S_IMODE(os.stat(tmp_path / "knowable.db").st_mode)
    finally:
        store.engine.dispose()
    assert mode == 0o600
