"""Looking users up by name: names are stored trimmed and lower-case."""

from __future__ import annotations

import pytest

from knowable.auth.roles import Actor, Role
from knowable.auth.users import UserRepository
from knowable.errors import AuthError, ConflictError, ForbiddenError, NotFoundError
from knowable.store import Store


def test_by_name_and_login_take_the_name_as_it_was_stored(store: Store) -> None:
    repo = UserRepository(store)
    added = repo.add(" Rey ", Role.ANALYST, "a long enough password", by="t")
    assert added.username == "rey"
    assert repo.by_name(" REY ").id == added.id  # regression: by_name did not trim
    assert repo.authenticate(" Rey", "a long enough password").id == added.id
    with pytest.raises(NotFoundError):
        repo.by_name("reya")
    with pytest.raises(AuthError):
        repo.authenticate("rey", "the wrong password")


# -- separation of duties ---------------------------------------------------------------
PASSWORD = "a long enough password"


def test_nobody_mints_a_token_for_another_user(store: Store) -> None:
    repo = UserRepository(store)
    admin = repo.add("ada", Role.ADMIN, PASSWORD, by="t")
    reviewer = repo.add("rui", Role.REVIEWER, PASSWORD, by="t")
    with pytest.raises(ForbiddenError):
        repo.issue_token(reviewer.id, "as rui", by="ada", by_id=admin.id)
    token = repo.issue_token(reviewer.id, "mine", by="rui", by_id=reviewer.id)
    assert repo.actor_for_token(token).username == "rui"


def test_an_admin_cannot_change_their_own_role(store: Store) -> None:
    repo = UserRepository(store)
    repo.add("ada", Role.ADMIN, PASSWORD, by="t")
    second = repo.add("bo", Role.ADMIN, PASSWORD, by="t")
    me = repo.by_name("ada")
    with pytest.raises(ForbiddenError):
        repo.update(me.id, me.actor(), role=Role.REVIEWER)
    # Another admin may ask for it; reviewer (grave decisions) then waits for a third.
    changed = repo.update(me.id, second.actor(), role=Role.REVIEWER)
    assert (changed.role, changed.pending_role) == (Role.ADMIN, Role.REVIEWER)
    assert repo.update(me.id, second.actor(), role=Role.AUDITOR).role == Role.AUDITOR


def test_the_last_active_admin_cannot_be_demoted_or_disabled(store: Store) -> None:
    repo = UserRepository(store)
    ada = repo.add("ada", Role.ADMIN, PASSWORD, by="t")
    bo = repo.add("bo", Role.ADMIN, PASSWORD, by="t")
    repo.update(bo.id, ada.actor(), active=False)  # two admins: fine
    with pytest.raises(ConflictError):
        repo.update(ada.id, Actor("cli", Role.ADMIN, None, "cli"), role=Role.REVIEWER)
    with pytest.raises(ConflictError):
        repo.update(ada.id, Actor("cli", Role.ADMIN, None, "cli"), active=False)
    assert repo.get(ada.id).role == Role.ADMIN
