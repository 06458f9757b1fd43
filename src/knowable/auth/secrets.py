"""Passwords (argon2), API tokens (random, stored as a hash), session cookies and CSRF.

Passwords are hashed with argon2id. API tokens are 32 random bytes; only their SHA-256 is
stored, which is enough for a secret with that much entropy and lets a lookup be one index
probe. Session cookies are signed (itsdangerous) and carry the user id and a CSRF token;
every UI form posts that token back and it must match the one in the signed cookie.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from itsdangerous import BadSignature, URLSafeTimedSerializer

from knowable.errors import AuthError, InputError
from knowable.hashing import sha256_hex

MIN_PASSWORD_CHARS = 10
TOKEN_PREFIX = "kn_"
SESSION_MAX_AGE_S = 12 * 3600

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """argon2id hash of a password; InputError when it is too short."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise InputError(
            f"a password needs at least {MIN_PASSWORD_CHARS} characters", field="password"
        )
    return str(_hasher.hash(password))


def verify_password(password_hash: str, password: str) -> bool:
    """True when ``password`` matches the stored hash."""
    try:
        return bool(_hasher.verify(password_hash, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def new_api_token() -> tuple[str, str]:
    """A fresh token and the hash to store. The token itself is shown once, never stored."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    return token, token_hash(token)


def token_hash(token: str) -> str:
    return sha256_hex(token)


@dataclass(frozen=True, slots=True)
class SessionData:
    user_id: int
    csrf: str


class SessionSigner:
    """Signs and reads the UI session cookie."""

    def __init__(self, secret_key: str, max_age_s: int = SESSION_MAX_AGE_S) -> None:
        if not secret_key:
            raise InputError("a secret key is needed to sign sessions", field="secret_key")
        self._serializer = URLSafeTimedSerializer(secret_key, salt="knowable-session")
        self.max_age_s = max_age_s

    def issue(self, user_id: int) -> tuple[str, SessionData]:
        data = SessionData(user_id=user_id, csrf=secrets.token_urlsafe(24))
        cookie = self._serializer.dumps({"uid": data.user_id, "csrf": data.csrf})
        return str(cookie), data

    def read(self, cookie: str) -> SessionData:
        """The session in a cookie; AuthError when it is forged, damaged or expired."""
        try:
            raw = self._serializer.loads(cookie, max_age=self.max_age_s)
        except BadSignature:
            raise AuthError("session expired or invalid; log in again") from None
        if not isinstance(raw, dict) or not isinstance(raw.get("uid"), int):
            raise AuthError("session invalid; log in again")
        return SessionData(user_id=int(raw["uid"]), csrf=str(raw.get("csrf", "")))


def csrf_matches(session: SessionData, submitted: str | None) -> bool:
    """Constant-time comparison of the form's CSRF token with the session's."""
    return bool(submitted) and hmac.compare_digest(session.csrf, submitted or "")
