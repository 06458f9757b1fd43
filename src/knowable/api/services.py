"""The objects every route needs, built once per app from the settings."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from knowable.api.throttle import LoginThrottle
from knowable.auth.secrets import LoginFormSigner, SessionSigner
from knowable.auth.users import UserRepository
from knowable.cases.repository import CaseRepository
from knowable.settings import Settings
from knowable.store import Store

SECRET_FILE = ".knowable-secret"


def secret_key(settings: Settings) -> str:
    """The configured secret key, or one generated once per workspace and kept there."""
    if settings.secret_key:
        return settings.secret_key
    path = Path(settings.workspace) / SECRET_FILE
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    key = secrets.token_urlsafe(48)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Created 0600 from the first byte (no window in which another user could read it).
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key + "\n")
    return key


@dataclass
class Services:
    settings: Settings
    store: Store
    cases: CaseRepository
    users: UserRepository
    signer: SessionSigner
    secure_cookies: bool = False
    throttle: LoginThrottle = field(default_factory=LoginThrottle)
    login_forms: LoginFormSigner | None = None

    @classmethod
    def build(cls, settings: Settings, store: Store) -> Services:
        return cls(
            settings=settings,
            store=store,
            cases=CaseRepository(store),
            users=UserRepository(store),
            signer=SessionSigner(secret_key(settings)),
            secure_cookies=settings.secure_cookies,
            login_forms=LoginFormSigner(secret_key(settings)),
        )
