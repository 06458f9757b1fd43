from __future__ import annotations

import pytest

from knowable.auth.roles import Permission, Role, allows, parse_role
from knowable.auth.secrets import (
    SessionSigner,
    csrf_matches,
    hash_password,
    new_api_token,
    token_hash,
    verify_password,
)
from knowable.errors import AuthError, InputError


def test_password_hash_verifies_only_the_right_password() -> None:
    h = hash_password("correct horse battery")
    assert h.startswith("$argon2id$")
    assert verify_password(h, "correct horse battery")
    assert not verify_password(h, "correct horse battery!")
    assert not verify_password("not-a-hash", "x")
    with pytest.raises(InputError):
        hash_password("short")


def test_api_tokens_are_random_and_stored_as_hash() -> None:
    t1, h1 = new_api_token()
    t2, _ = new_api_token()
    assert t1 != t2 and t1 not in h1 and token_hash(t1) == h1


def test_session_cookie_round_trip_and_tamper() -> None:
    signer = SessionSigner("s3cret")
    cookie, data = signer.issue(7)
    assert signer.read(cookie) == data
    assert csrf_matches(data, data.csrf)
    assert not csrf_matches(data, "other") and not csrf_matches(data, None)
    with pytest.raises(AuthError):
        signer.read(cookie[:-2] + "xx")
    with pytest.raises(AuthError):
        SessionSigner("other key").read(cookie)


def test_roles_table() -> None:
    assert allows(Role.REVIEWER, Permission.DECIDE_GRAVE)
    assert not allows(Role.ANALYST, Permission.DECIDE_GRAVE)
    assert allows(Role.ANALYST, Permission.DECIDE_ROUTINE)
    assert not any(
        allows(Role.AUDITOR, p)
        for p in Permission
        if p not in {Permission.READ, Permission.VERIFY_AUDIT}
    )
    assert parse_role(" Admin ") == Role.ADMIN
    with pytest.raises(InputError):
        parse_role("boss")
