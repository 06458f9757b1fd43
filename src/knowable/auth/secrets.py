"""Passwords (argon2), API tokens (random, stored as a hash), session cookies and CSRF.

Passwords are hashed with argon2id and must be strong: at least 10 characters and a
zxcvbn strength of 3 or more out of 4, judged with the user name as a known word (so
``aaaaaaaaaa`` and a password built on the user name are refused).

API tokens are 32 random bytes; only their SHA-256 is stored, which is enough for a secret
with that much entropy and lets a lookup be one index probe.

Session cookies are signed (itsdangerous) and carry the user id, the user's session epoch
and a CSRF token; every UI form posts that token back and it must match the one in the
signed cookie. The epoch is what ends sessions on the server: logout, a password or role
change and disabling the account raise the user's epoch in the store, and a cookie issued
under an older epoch is refused.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from itsdangerous import BadSignature, URLSafeTimedSerializer
from zxcvbn import zxcvbn

from knowable.errors import AuthError, InputError
from knowable.hashing import sha256_hex

MIN_PASSWORD_CHARS = 10
MAX_PASSWORD_CHARS = 256
MIN_PASSWORD_STRENGTH = 3  # zxcvbn's 0-4 scale: 3 is "safely unguessable" online
TOKEN_PREFIX = "kn_"
SESSION_MAX_AGE_S = 12 * 3600

_hasher = PasswordHasher()


def check_password(password: str, username: str = "") -> None:
    """InputError, saying why and what to do, unless ``password`` is long and strong enough."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise InputError(
            f"a password needs at least {MIN_PASSWORD_CHARS} characters", field="password"
        )
    if len(password) > MAX_PASSWORD_CHARS:
        raise InputError(
            f"a password may have at most {MAX_PASSWORD_CHARS} characters", field="password"
        )
    known = [w for w in (username.strip().lower(), "knowable") if w]
    if username and username.strip().lower() in password.lower():
        raise InputError("a password must not contain the user name", field="password")
    # zxcvbn's cost grows with length; the first 100 characters decide its strength.
    judged = zxcvbn(password[:100], user_inputs=known)
    if int(judged["score"]) < MIN_PASSWORD_STRENGTH:
        advice = judged.get("feedback", {}).get("warning") or "it is too easy to guess"
        raise InputError(
            f"password too weak ({str(advice).rstrip('.').lower()}): use a longer phrase "
            "of several unrelated words",
            field="password",
        )


def hash_password(password: str, username: str = "") -> str:
    """argon2id hash of a password; InputError when it is too short or too weak."""
    check_password(password, username)
    return str(_hasher.hash(password))


def unchecked_hash(password: str) -> str:
    """argon2id hash without the strength check: only for the dummy that unknown users
    are verified against, so they take as long as a wrong password."""
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
    epoch: int = 0


class SessionSigner:
    """Signs and reads the UI session cookie."""

    def __init__(self, secret_key: str, max_age_s: int = SESSION_MAX_AGE_S) -> None:
        if not secret_key:
            raise InputError("a secret key is needed to sign sessions", field="secret_key")
        self._serializer = URLSafeTimedSerializer(secret_key, salt="knowable-session")
        self.max_age_s = max_age_s

    def issue(self, user_id: int, epoch: int = 0) -> tuple[str, SessionData]:
        data = SessionData(user_id=user_id, csrf=secrets.token_urlsafe(24), epoch=epoch)
        cookie = self._serializer.dumps({"uid": data.user_id, "csrf": data.csrf, "ep": epoch})
        return str(cookie), data

    def read(self, cookie: str) -> SessionData:
        """The session in a cookie; AuthError when it is forged, damaged or expired."""
        try:
            raw = self._serializer.loads(cookie, max_age=self.max_age_s)
        except BadSignature:
            raise AuthError("session expired or invalid; log in again") from None
        if not isinstance(raw, dict) or not isinstance(raw.get("uid"), int):
            raise AuthError("session invalid; log in again")
        epoch = raw.get("ep", 0)
        return SessionData(
            user_id=int(raw["uid"]),
            csrf=str(raw.get("csrf", "")),
            epoch=epoch if isinstance(epoch, int) else -1,
        )


LOGIN_FORM_MAX_AGE_S = 3600


class LoginFormSigner:
    """CSRF for the login form, which has no session yet: the form page sets a signed
    cookie holding a random token and carries the same token in a hidden field; a login
    is accepted only when both arrive and match (another site can make a browser post the
    form, but cannot read or set the cookie)."""

    def __init__(self, secret_key: str, max_age_s: int = LOGIN_FORM_MAX_AGE_S) -> None:
        self._serializer = URLSafeTimedSerializer(secret_key, salt="knowable-login-form")
        self.max_age_s = max_age_s

    def issue(self) -> tuple[str, str]:
        """A (cookie, token) pair for one login form."""
        token = secrets.token_urlsafe(24)
        return str(self._serializer.dumps(token)), token

    def matches(self, cookie: str | None, token: str | None) -> bool:
        if not cookie or not token:
            return False
        try:
            signed = self._serializer.loads(cookie, max_age=self.max_age_s)
        except BadSignature:
            return False
        return isinstance(signed, str) and hmac.compare_digest(signed, token)


def csrf_matches(session: SessionData, submitted: str | None) -> bool:
    """Constant-time comparison of the form's CSRF token with the session's."""
    return bool(submitted) and hmac.compare_digest(session.csrf, submitted or "")
