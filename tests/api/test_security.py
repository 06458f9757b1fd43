"""Logins are throttled and audited; every response carries the security headers."""

from __future__ import annotations

import stat
from pathlib import Path

from fastapi.testclient import TestClient
from review_seed import Seeded, post_login

from knowable.api.services import secret_key
from knowable.api.throttle import LoginThrottle
from knowable.settings import Settings
from knowable.store import Store

GOOD = "correct horse battery staple"


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_throttle_backs_off_after_free_failures_and_forgets_on_success() -> None:
    clock = _Clock()
    t = LoginThrottle(free=3, base=2.0, clock=clock)
    for _ in range(3):
        assert t.retry_after("ann", "10.0.0.1") == 0
        t.failed("ann", "10.0.0.1")
    assert t.retry_after("ann", "10.0.0.1") == 2.0  # 2 * 2**0 after the 3rd failure
    t.failed("ann", "10.0.0.1")
    assert t.retry_after("ann", "10.0.0.9") == 4.0  # the name is throttled from anywhere
    assert t.retry_after("bob", "10.0.0.1") == 4.0  # and the address for any name
    assert t.retry_after("bob", "10.0.0.2") == 0
    clock.now += 5
    assert t.retry_after("ann", "10.0.0.9") == 0
    t.succeeded("ann")
    assert t.retry_after("ann", "10.0.0.9") == 0


def test_failed_logins_are_throttled_before_the_password_is_checked(
    client: TestClient, seeded: Seeded, store: Store
) -> None:
    codes = [
        post_login(
            client, data={"username": "analyst", "password": "nope"}, follow_redirects=False
        ).status_code
        for _ in range(7)
    ]
    assert codes[:5] == [401] * 5 and codes[5:] == [429, 429]
    right = post_login(
        client, data={"username": "analyst", "password": GOOD}, follow_redirects=False
    )
    assert right.status_code == 429 and int(right.headers["Retry-After"]) >= 1
    actions = [e.action for e in store.audit_events(limit=50)]
    assert actions.count("login.failed") == 5 and "login.throttled" in actions


def test_successful_login_is_audited(client: TestClient, seeded: Seeded, store: Store) -> None:
    ok = post_login(client, data={"username": "analyst", "password": GOOD}, follow_redirects=False)
    assert ok.status_code == 303
    (event,) = [e for e in store.audit_events(limit=20) if e.action == "login"]
    assert event.actor == "analyst"


def test_security_headers_on_pages_api_and_errors(client: TestClient) -> None:
    for path in ("/login", "/api/me", "/no-such-page"):
        r = client.get(path, follow_redirects=False)
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"], path
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"


def test_the_secret_file_is_private_from_its_first_byte(tmp_path: Path) -> None:
    secret_key(Settings(workspace=tmp_path, secret_key=""))
    mode = stat.S_IMODE((tmp_path / ".knowable-secret").stat().st_mode)
    assert mode == 0o600
