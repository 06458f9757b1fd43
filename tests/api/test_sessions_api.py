"""Over HTTP: logout ends the session on the server, a password change ends every session,
tokens carry an expiry, and reviewer rights need a second admin (issue 17)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from review_seed import Seeded, post_login

from knowable.api import create_app
from knowable.api.deps import SESSION_COOKIE
from knowable.settings import Settings
from knowable.store import Store

GOOD = "correct horse battery staple"
NEW = "violet kettle under marble sky"


def _login(client: TestClient, name: str, password: str = GOOD) -> str:
    done = post_login(client, data={"username": name, "password": password}, follow_redirects=False)
    assert done.status_code == 303, done.text
    cookie = client.cookies.get(SESSION_COOKIE)
    assert cookie
    return cookie


def _csrf(client: TestClient, cookie: str) -> str:
    signer = client.app.state.services.signer  # type: ignore[attr-defined]
    return str(signer.read(cookie).csrf)


def test_logout_ends_the_session_even_for_a_copied_cookie(
    client: TestClient, seeded: Seeded
) -> None:
    cookie = _login(client, "analyst")
    assert client.get("/api/me").status_code == 200
    out = client.post("/logout", data={"csrf": _csrf(client, cookie)}, follow_redirects=False)
    assert out.status_code == 303
    client.cookies.set(SESSION_COOKIE, cookie)  # an attacker kept a copy
    replay = client.get("/api/me")
    assert replay.status_code == 401
    assert "ended" in replay.text
    assert client.get("/", follow_redirects=False).status_code == 303  # back to the login


def test_a_password_change_ends_every_session(client: TestClient, seeded: Seeded) -> None:
    cookie = _login(client, "analyst")
    uid = seeded.user_ids["analyst"]
    changed = client.post(
        f"/api/users/{uid}/password",
        json={"old_password": GOOD, "new_password": NEW},
        headers={"X-CSRF-Token": _csrf(client, cookie)},
    )
    assert changed.status_code == 204, changed.text
    assert client.get("/api/me").status_code == 401
    _login(client, "analyst", NEW)
    assert client.get("/api/me").status_code == 200


def test_a_weak_new_password_is_refused_with_its_field(client: TestClient, seeded: Seeded) -> None:
    uid = seeded.user_ids["analyst"]
    refused = client.post(
        f"/api/users/{uid}/password",
        json={"old_password": GOOD, "new_password": "aaaaaaaaaaaa"},
        headers={"Authorization": f"Bearer {seeded.tokens['analyst']}"},
    )
    assert refused.status_code == 422 or refused.status_code == 400
    assert "password" in refused.text


def test_tokens_are_issued_with_an_expiry_and_issuer(client: TestClient, seeded: Seeded) -> None:
    uid = seeded.user_ids["analyst"]
    auth = {"Authorization": f"Bearer {seeded.tokens['analyst']}"}
    made = client.post(f"/api/users/{uid}/tokens", json={"name": "ci", "days": 7}, headers=auth)
    assert made.status_code == 201
    listed = client.get(f"/api/users/{uid}/tokens", headers=auth).json()["items"]
    newest = listed[-1]
    assert newest["issued_by"] == "analyst" and newest["expires_at"]
    too_long = client.post(
        f"/api/users/{uid}/tokens", json={"name": "x", "days": 4000}, headers=auth
    )
    assert too_long.status_code in (400, 422)


def test_reviewer_rights_need_a_second_admin_over_the_api(
    client: TestClient, seeded: Seeded, store: Store
) -> None:
    admin = {"Authorization": f"Bearer {seeded.tokens['admin']}"}
    made = client.post(
        "/api/users",
        json={"username": "newbie", "role": "reviewer", "password": NEW},
        headers=admin,
    )
    assert made.status_code == 201, made.text
    body = made.json()
    assert (body["role"], body["pending_role"], body["pending_by"]) == (
        "analyst",
        "reviewer",
        "admin",
    )
    same = client.post(f"/api/users/{body['id']}/role/approve", headers=admin)
    assert same.status_code == 403
    actions = [e.action for e in store.audit_events(limit=5)]
    assert "user.add" in actions


def test_cookie_flags_follow_the_settings(store: Store, seeded: Seeded, tmp_path: Path) -> None:
    settings = Settings(
        workspace=tmp_path, secret_key="s", secure_cookies=True, cookie_samesite="strict"
    )
    with TestClient(create_app(settings, store), base_url="https://testserver") as c:
        done = post_login(c, data={"username": "analyst", "password": GOOD}, follow_redirects=False)
    header = done.headers["set-cookie"].lower()
    assert "secure" in header and "samesite=strict" in header and "httponly" in header


def test_a_login_posted_without_the_forms_token_is_refused(
    client: TestClient, seeded: Seeded, store: Store
) -> None:
    """Login CSRF: another site can make a browser post the form, but has no token."""
    bare = client.post(
        "/login", data={"username": "analyst", "password": GOOD}, follow_redirects=False
    )
    assert bare.status_code == 403 and SESSION_COOKIE not in bare.cookies
    client.get("/login")  # a real form page sets the signed cookie...
    forged = client.post(
        "/login",
        data={"username": "analyst", "password": GOOD, "login_token": "guessed"},
        follow_redirects=False,
    )
    assert forged.status_code == 403  # ...but the token in the post must match it
    assert "login" not in [e.action for e in store.audit_events(limit=5)]
    assert post_login(client, {"username": "analyst", "password": GOOD}).status_code in (
        200,
        303,
    )
