"""Looking users up by name: names are stored trimmed and lower-case."""

from __future__ import annotations

import pytest

from knowable.auth.roles import Role
from knowable.auth.users import UserRepository
from knowable.errors import AuthError, NotFoundError
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
