"""Logging in to Salesforce: JWT bearer and username-password flows, credentials from the
environment or the keyring (never the command line), a pinned CA bundle."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from sfserver import CLIENT_ID, USERNAME, Running

from conftest import make_api, password_creds
from knowable.sources.sfapi import (
    ENV,
    Credentials,
    SyncError,
    credentials,
    http_session,
    login,
)


def _rsa_pair() -> tuple[str, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    public = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    return private, public


def test_jwt_bearer_flow_logs_in_with_the_right_key_only(server: Running) -> None:
    private, public = _rsa_pair()
    server.org.jwt_public_key = public
    creds = Credentials(
        login_url=server.base, username=USERNAME, client_id=CLIENT_ID, private_key=private
    )
    assert creds.flow == "jwt"
    token = login(creds, http_session(str(server.cert)))
    assert token.instance_url == server.base and token.access_token in server.org.tokens
    api = make_api(server, creds=creds)
    assert "Name" in api.fields("Account")
    other, _ = _rsa_pair()
    wrong = Credentials(
        login_url=server.base, username=USERNAME, client_id=CLIENT_ID, private_key=other
    )
    with pytest.raises(SyncError, match=r"jwt flow, HTTP 400.*authentication failure"):
        login(wrong, http_session(str(server.cert)))


def test_password_flow_needs_the_security_token(server: Running) -> None:
    session = http_session(str(server.cert))
    assert login(password_creds(server.base), session).access_token
    creds = password_creds(server.base)
    without = Credentials(**{**creds.__dict__, "security_token": None})
    with pytest.raises(SyncError, match="password flow, HTTP 400"):
        login(without, session)


def test_credentials_come_from_the_environment_then_the_keyring(tmp_path: Path) -> None:
    key_file = tmp_path / "server.key"
    key_file.write_text("-----BEGIN PRIVATE KEY-----\nkeymaterial\n", encoding="utf-8")
    env = {
        ENV["username"]: "ops@fictional.example",
        ENV["client_id"]: "client-1",
        ENV["private_key_file"]: str(key_file),
        ENV["login_url"]: "https://test.salesforce.com/",
    }
    asked: list[str] = []

    def keyring(name: str) -> str | None:
        asked.append(name)
        return {"password": "from-keyring"}.get(name)

    creds = credentials("acme", env=env, keyring_lookup=keyring)
    assert creds.flow == "jwt" and creds.private_key and "keymaterial" in creds.private_key
    assert creds.login_url == "https://test.salesforce.com"
    assert creds.password == "from-keyring"  # not in the environment: the keyring's
    assert "username" not in asked  # the environment's value wins without asking
    assert "from-keyring" not in repr(creds) and "keymaterial" not in repr(creds)


def test_missing_credentials_name_the_variables_to_set() -> None:
    creds = credentials("acme", env={ENV["username"]: "u"}, keyring_lookup=lambda _n: None)
    with pytest.raises(SyncError) as info:
        creds.check()
    assert ENV["password"] in info.value.message and ENV["client_id"] in info.value.message
    assert ENV["username"] not in info.value.message


def test_an_unreadable_key_file_is_one_clear_error(tmp_path: Path) -> None:
    env = {ENV["private_key_file"]: str(tmp_path / "absent.key")}
    with pytest.raises(SyncError, match="KNOWABLE_SF_PRIVATE_KEY_FILE: cannot read"):
        credentials("acme", env=env, keyring_lookup=lambda _n: None)


def test_the_pinned_ca_bundle_wins_over_requests_ca_bundle(
    server: Running, monkeypatch: pytest.MonkeyPatch
) -> None:
    """REQUESTS_CA_BUNDLE (set on many machines) would override a session's verify."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
    with pytest.raises(SyncError, match=r"CERTIFICATE_VERIFY_FAILED|certificate verify failed"):
        login(password_creds(server.base), http_session(""))
    assert login(password_creds(server.base), http_session(str(server.cert))).access_token
    with pytest.raises(SyncError, match="no such file"):
        http_session(str(server.cert) + ".missing")


def test_secrets_are_read_from_the_os_keyring_under_the_orgs_service() -> None:
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.items.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        keyring.set_password("knowable-salesforce:acme", "client_secret", "kept-in-keyring")
        keyring.set_password("knowable-salesforce:other", "password", "not-this-org")
        creds = credentials("acme", env={ENV["username"]: "u"})
        assert creds.client_secret == "kept-in-keyring"
        assert creds.password is None  # another org's secret is not this one's
    finally:
        keyring.set_keyring(previous)
