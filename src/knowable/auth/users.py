"""Users and API tokens in the store. Every change is an audit event in the same transaction."""

from __future__ import annotations

import builtins
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, Row, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from knowable.auth.roles import Actor, Permission, Role
from knowable.auth.secrets import hash_password, new_api_token, token_hash, verify_password
from knowable.cases.storeport import StorePort
from knowable.cases.tables import api_tokens, users
from knowable.errors import AuthError, ConflictError, ForbiddenError, InputError, NotFoundError
from knowable.store.audit import ROWS_KEY
from knowable.store.rowhash import row_ref, seal
from knowable.timeutil import as_utc, utcnow

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,79}$")


@cache
def _dummy_hash() -> str:
    """Verified for unknown users, so they take as long as a wrong password."""
    return hash_password("not-a-real-password")


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    role: Role
    active: bool
    created_at: datetime

    def actor(self, via: str = "session") -> Actor:
        return Actor(self.username, self.role, self.id, via)


def _sealed(conn: Connection, table: str, key: object) -> dict[str, str]:
    """Seal one written row; the audit payload entry that names its hash."""
    return {row_ref(table, key): seal(conn, table, key)}


def _user(row: Row[tuple[object, ...]]) -> User:
    m = row._mapping
    created = as_utc(m["created_at"])
    return User(m["id"], m["username"], Role(m["role"]), bool(m["active"]), created)


def check_username(name: str) -> str:
    value = name.strip().lower()
    if not USERNAME.match(value):
        raise InputError(
            "a username is 2-80 lower-case letters, digits, '.', '_' or '-'", field="username"
        )
    return value


class UserRepository:
    def __init__(self, store: StorePort, clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.clock = clock

    def add(
        self,
        username: str,
        role: Role,
        password: str | None,
        by: str,
        password_hash: str | None = None,
    ) -> User:
        """Create a user; ConflictError when the name is taken.

        ``password_hash`` (an argon2 hash made elsewhere) replaces ``password`` when a user
        is imported; the plain password is then None.
        """
        name = check_username(username)
        if password_hash is not None:
            if not password_hash.startswith("$argon2"):
                raise InputError("not an argon2 hash", field="password_hash")
            hashed = password_hash
        elif password is not None:
            hashed = hash_password(password)
        else:
            raise InputError("a user needs a password", field="password")
        now = self.clock()
        try:
            with self.store.write() as conn:
                inserted = conn.execute(
                    insert(users).values(
                        username=name,
                        role=role.value,
                        password_hash=hashed,
                        active=True,
                        created_at=now,
                    )
                ).inserted_primary_key
                assert inserted is not None
                user_id = inserted[0]
                self.store.append_audit(
                    by,
                    "user.add",
                    "user",
                    name,
                    {"role": role.value, ROWS_KEY: _sealed(conn, "users", user_id)},
                    conn=conn,
                )
        except IntegrityError:
            raise ConflictError(f"user {name!r} already exists") from None
        return User(int(user_id), name, role, True, now)

    def get(self, user_id: int) -> User:
        with self.store.read() as conn:
            row = conn.execute(select(users).where(users.c.id == user_id)).first()
        if row is None:
            raise NotFoundError(f"no user with id {user_id}")
        return _user(row)

    def _row_by_name(self, username: str) -> Row[tuple[object, ...]] | None:
        """The user's row; names are stored trimmed and lower-case, so look them up so."""
        with self.store.read() as conn:
            return conn.execute(
                select(users).where(users.c.username == username.strip().lower())
            ).first()

    def by_name(self, username: str) -> User:
        row = self._row_by_name(username)
        if row is None:
            raise NotFoundError(f"no user {username!r}")
        return _user(row)

    def list(self, limit: int = 50, offset: int = 0) -> tuple[list[User], int]:
        with self.store.read() as conn:
            rows = conn.execute(
                select(users).order_by(users.c.username).limit(limit).offset(offset)
            ).all()
            total = int(conn.execute(select(func.count()).select_from(users)).scalar_one())
        return [_user(r) for r in rows], total

    def count(self) -> int:
        return self.list(limit=1)[1]

    def authenticate(self, username: str, password: str) -> User:
        """The user with this name and password; AuthError (one message for both) otherwise."""
        row = self._row_by_name(username)
        if row is None:
            verify_password(_dummy_hash(), password)
            raise AuthError("unknown user or wrong password")
        if not verify_password(row._mapping["password_hash"], password):
            raise AuthError("unknown user or wrong password")
        user = _user(row)
        if not user.active:
            raise AuthError("this account is disabled")
        return user

    def update(
        self, user_id: int, by: Actor, role: Role | None = None, active: bool | None = None
    ) -> User:
        by.require(Permission.MANAGE_USERS)
        user = self.get(user_id)
        changes: dict[str, object] = {}
        if role is not None and role != user.role:
            changes["role"] = role.value
        if active is not None and active != user.active:
            changes["active"] = active
        if changes and by.user_id is not None and by.user_id == user_id:
            # Separation of duties: an admin who could change their own role could grant
            # themselves the right to decide cases.
            raise ForbiddenError("nobody may change their own role or disable themselves")
        if changes:
            with self.store.write() as conn:
                if user.role == Role.ADMIN and user.active:
                    stays_admin = changes.get("role", user.role.value) == Role.ADMIN.value
                    if not (stays_admin and changes.get("active", True)):
                        admins = conn.execute(
                            select(func.count())
                            .select_from(users)
                            .where(users.c.role == Role.ADMIN.value, users.c.active.is_(True))
                        ).scalar_one()
                        if int(admins) <= 1:
                            raise ConflictError(
                                f"{user.username!r} is the last active admin: add another "
                                "admin before demoting or disabling this one"
                            )
                conn.execute(update(users).where(users.c.id == user_id).values(**changes))
                self.store.append_audit(
                    by.username,
                    "user.update",
                    "user",
                    user.username,
                    {**changes, ROWS_KEY: _sealed(conn, "users", user_id)},
                    conn=conn,
                )
        return self.get(user_id)

    def issue_token(self, user_id: int, name: str, by: str, by_id: int | None = None) -> str:
        """A new API token for a user; only its hash is stored and the token is shown once.

        ``by_id`` is the id of the user asking (None for the local command line, which
        acts as the machine's operator); a user may mint tokens only for themselves, so
        nobody can act under another person's name.
        """
        if by_id is not None and by_id != user_id:
            raise ForbiddenError("you may only issue tokens for yourself")
        user = self.get(user_id)
        label = name.strip() or "token"
        token, hashed = new_api_token()
        with self.store.write() as conn:
            inserted = conn.execute(
                insert(api_tokens).values(
                    user_id=user.id, name=label[:120], token_hash=hashed, created_at=self.clock()
                )
            ).inserted_primary_key
            assert inserted is not None
            self.store.append_audit(
                by,
                "token.issue",
                "user",
                user.username,
                {"name": label[:120], ROWS_KEY: _sealed(conn, "api_tokens", inserted[0])},
                conn=conn,
            )
        return token

    def tokens(self, user_id: int) -> builtins.list[dict[str, Any]]:
        """A user's tokens (never the secrets): id, name, created, revoked."""
        c = api_tokens.c
        query = (
            select(c.id, c.name, c.created_at, c.revoked_at)
            .where(c.user_id == user_id)
            .order_by(c.id)
        )
        with self.store.read() as conn:
            rows = conn.execute(query).all()
        return [
            {
                "id": r.id,
                "name": r.name,
                "created_at": as_utc(r.created_at),
                "revoked_at": as_utc(r.revoked_at) if r.revoked_at else None,
            }
            for r in rows
        ]

    def revoke_token(self, token_id: int, by: Actor) -> None:
        """Revoke a token: its owner or a user admin may; revoking twice is a no-op."""
        with self.store.write() as conn:
            row = conn.execute(
                select(api_tokens.c.user_id, api_tokens.c.revoked_at, users.c.username)
                .join(users, users.c.id == api_tokens.c.user_id)
                .where(api_tokens.c.id == token_id)
            ).first()
            if row is None:
                raise NotFoundError(f"no token with id {token_id}")
            if row.user_id != by.user_id:
                by.require(Permission.MANAGE_USERS)
            if row.revoked_at is not None:
                return
            conn.execute(
                update(api_tokens)
                .where(api_tokens.c.id == token_id)
                .values(revoked_at=self.clock())
            )
            self.store.append_audit(
                by.username,
                "token.revoke",
                "user",
                row.username,
                {"token_id": token_id, ROWS_KEY: _sealed(conn, "api_tokens", token_id)},
                conn=conn,
            )

    def actor_for_token(self, token: str) -> Actor:
        """The active user behind a bearer token; AuthError when unknown or revoked."""
        query = (
            select(users)
            .join(api_tokens, api_tokens.c.user_id == users.c.id)
            .where(api_tokens.c.token_hash == token_hash(token), api_tokens.c.revoked_at.is_(None))
        )
        with self.store.read() as conn:
            row = conn.execute(query).first()
        if row is None:
            raise AuthError("invalid or revoked API token")
        user = _user(row)
        if not user.active:
            raise AuthError("this account is disabled")
        return user.actor(via="token")
