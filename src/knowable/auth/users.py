"""Users and API tokens in the store. Every change is an audit event in the same transaction."""

from __future__ import annotations

import builtins
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Connection, Row, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from knowable.auth.roles import Actor, Permission, Role, allows
from knowable.auth.secrets import (
    hash_password,
    new_api_token,
    token_hash,
    unchecked_hash,
    verify_password,
)
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
    return unchecked_hash("not-a-real-password")


#: How long an API token works unless its issuer asks for less (or more, up to the cap).
TOKEN_DAYS = 90
MAX_TOKEN_DAYS = 365


def needs_second_admin(role: Role) -> bool:
    """Whether granting ``role`` needs a second admin's approval: a role that may decide
    offboarding or reports to authorities is never granted by one person alone."""
    return allows(role, Permission.DECIDE_GRAVE)


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    role: Role
    active: bool
    created_at: datetime
    session_epoch: int = 0
    pending_role: Role | None = None
    pending_by: str | None = None

    def actor(self, via: str = "session") -> Actor:
        return Actor(self.username, self.role, self.id, via)


def _sealed(conn: Connection, table: str, key: object) -> dict[str, str]:
    """Seal one written row; the audit payload entry that names its hash."""
    return {row_ref(table, key): seal(conn, table, key)}


def _user(row: Row[tuple[object, ...]]) -> User:
    m = row._mapping
    created = as_utc(m["created_at"])
    pending = m.get("pending_role")
    return User(
        m["id"],
        m["username"],
        Role(m["role"]),
        bool(m["active"]),
        created,
        session_epoch=int(m.get("session_epoch") or 0),
        pending_role=Role(pending) if pending else None,
        pending_by=m.get("pending_by"),
    )


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
        second_person: bool = False,
    ) -> User:
        """Create a user; ConflictError when the name is taken.

        ``password_hash`` (an argon2 hash made elsewhere) replaces ``password`` when a user
        is imported; the plain password is then None. With ``second_person`` (an admin adding
        someone through the API or UI), a role that may decide grave dispositions is not
        granted at once: the user starts as an analyst with that role pending until a
        second admin approves it (:meth:`approve_role`). The local command line, which acts
        as the machine's operator, creates users with their role directly.
        """
        name = check_username(username)
        if password_hash is not None:
            if not password_hash.startswith("$argon2"):
                raise InputError("not an argon2 hash", field="password_hash")
            hashed = password_hash
        elif password is not None:
            hashed = hash_password(password, name)
        else:
            raise InputError("a user needs a password", field="password")
        now = self.clock()
        pending = role if second_person and needs_second_admin(role) else None
        granted = Role.ANALYST if pending else role
        try:
            with self.store.write() as conn:
                inserted = conn.execute(
                    insert(users).values(
                        username=name,
                        role=granted.value,
                        password_hash=hashed,
                        active=True,
                        created_at=now,
                        pending_role=pending.value if pending else None,
                        pending_by=by if pending else None,
                    )
                ).inserted_primary_key
                assert inserted is not None
                user_id = inserted[0]
                self.store.append_audit(
                    by,
                    "user.add",
                    "user",
                    name,
                    {
                        "role": granted.value,
                        **({"pending_role": pending.value} if pending else {}),
                        ROWS_KEY: _sealed(conn, "users", user_id),
                    },
                    conn=conn,
                )
        except IntegrityError:
            raise ConflictError(f"user {name!r} already exists") from None
        return User(int(user_id), name, granted, True, now, pending_role=pending, pending_by=by)

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
        """Change a user's role or whether they may log in; every session they hold ends.

        A role that may decide grave dispositions is not granted by one admin: it is left
        pending (``pending_role``) until a different admin approves it. Nobody changes their
        own role or disables themselves, and the last active admin stays one.
        """
        by.require(Permission.MANAGE_USERS)
        user = self.get(user_id)
        changes: dict[str, object] = {}
        if role is not None and role != user.role:
            if needs_second_admin(role) and by.user_id is not None:
                changes["pending_role"] = role.value
                changes["pending_by"] = by.username
            else:
                changes["role"] = role.value
                changes["pending_role"] = None
                changes["pending_by"] = None
        if active is not None and active != user.active:
            changes["active"] = active
        if changes and by.user_id is not None and by.user_id == user_id:
            # Separation of duties: an admin who could change their own role could grant
            # themselves the right to decide cases.
            raise ForbiddenError("nobody may change their own role or disable themselves")
        if changes:
            self._apply(user, changes, by, "user.update")
        return self.get(user_id)

    def approve_role(self, user_id: int, by: Actor, approve: bool = True) -> User:
        """A second admin approves (or refuses) the role pending for a user."""
        by.require(Permission.MANAGE_USERS)
        user = self.get(user_id)
        if user.pending_role is None:
            raise ConflictError(f"{user.username!r} has no role waiting for approval")
        if by.user_id is not None and by.user_id == user_id:
            raise ForbiddenError("nobody may approve their own role")
        if approve and by.username == user.pending_by:
            raise ForbiddenError(
                f"{user.pending_role.value!r} was asked for by {by.username!r}: a second "
                "admin must approve it"
            )
        changes: dict[str, object] = {"pending_role": None, "pending_by": None}
        if approve:
            changes["role"] = user.pending_role.value
        kind = "user.role_approve" if approve else "user.role_refuse"
        self._apply(user, changes, by, kind, {"asked_by": user.pending_by})
        return self.get(user_id)

    def set_password(
        self, user_id: int, new_password: str, by: Actor, old_password: str | None = None
    ) -> None:
        """Change a password: one's own with the old password, or anyone else's as a user
        admin (a reset). Every session of the user ends."""
        user = self.get(user_id)
        if by.user_id == user_id:
            with self.store.read() as conn:
                stored = conn.execute(
                    select(users.c.password_hash).where(users.c.id == user_id)
                ).scalar_one()
            if old_password is None or not verify_password(stored, old_password):
                raise AuthError("the current password is wrong")
        else:
            by.require(Permission.MANAGE_USERS)
        hashed = hash_password(new_password, user.username)
        self._apply(user, {"password_hash": hashed}, by, "user.password")

    def end_sessions(self, user_id: int, by: str) -> None:
        """End every UI session of a user (logout): cookies issued before now stop working."""
        user = self.get(user_id)
        self._apply(user, {}, Actor(by, user.role, user.id, "session"), "logout")

    def _apply(
        self,
        user: User,
        changes: dict[str, object],
        by: Actor,
        kind: str,
        extra: dict[str, object] | None = None,
    ) -> None:
        """Write ``changes`` to a user and raise their session epoch, with its audit event."""
        with self.store.write() as conn:
            current = conn.execute(select(users).where(users.c.id == user.id)).one()._mapping
            now_role = str(changes.get("role", current["role"]))
            now_active = bool(changes.get("active", current["active"]))
            was_admin = current["role"] == Role.ADMIN.value and current["active"]
            if was_admin and not (now_role == Role.ADMIN.value and now_active):
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
            epoch = int(current["session_epoch"] or 0) + 1
            conn.execute(
                update(users).where(users.c.id == user.id).values(**changes, session_epoch=epoch)
            )
            shown = {k: v for k, v in changes.items() if k != "password_hash"}
            self.store.append_audit(
                by.username,
                kind,
                "user",
                user.username,
                {**shown, **(extra or {}), ROWS_KEY: _sealed(conn, "users", user.id)},
                conn=conn,
            )

    def issue_token(
        self,
        user_id: int,
        name: str,
        by: str,
        by_id: int | None = None,
        days: int = TOKEN_DAYS,
    ) -> str:
        """A new API token for a user; only its hash is stored and the token is shown once.
        It stops working after ``days`` (1 to 365) and records who issued it.

        ``by_id`` is the id of the user asking (None for the local command line, which
        acts as the machine's operator); a user may mint tokens only for themselves, so
        nobody can act under another person's name.
        """
        if by_id is not None and by_id != user_id:
            raise ForbiddenError("you may only issue tokens for yourself")
        if not 1 <= days <= MAX_TOKEN_DAYS:
            raise InputError(f"a token lasts 1 to {MAX_TOKEN_DAYS} days", field="days")
        user = self.get(user_id)
        label = name.strip() or "token"
        token, hashed = new_api_token()
        now = self.clock()
        with self.store.write() as conn:
            inserted = conn.execute(
                insert(api_tokens).values(
                    user_id=user.id,
                    name=label[:120],
                    token_hash=hashed,
                    created_at=now,
                    expires_at=now + timedelta(days=days),
                    issued_by=by[:80],
                )
            ).inserted_primary_key
            assert inserted is not None
            self.store.append_audit(
                by,
                "token.issue",
                "user",
                user.username,
                {
                    "name": label[:120],
                    "days": days,
                    ROWS_KEY: _sealed(conn, "api_tokens", inserted[0]),
                },
                conn=conn,
            )
        return token

    def tokens(self, user_id: int) -> builtins.list[dict[str, Any]]:
        """A user's tokens (never the secrets): id, name, created, expires, revoked."""
        c = api_tokens.c
        query = (
            select(c.id, c.name, c.created_at, c.revoked_at, c.expires_at, c.issued_by)
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
                "expires_at": as_utc(r.expires_at) if r.expires_at else None,
                "issued_by": r.issued_by,
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
        """The active user behind a bearer token; AuthError when unknown, revoked or expired."""
        query = (
            select(users, api_tokens.c.expires_at.label("token_expires_at"))
            .join(api_tokens, api_tokens.c.user_id == users.c.id)
            .where(api_tokens.c.token_hash == token_hash(token), api_tokens.c.revoked_at.is_(None))
        )
        with self.store.read() as conn:
            row = conn.execute(query).first()
        if row is None:
            raise AuthError("invalid or revoked API token")
        expires = row._mapping["token_expires_at"]
        if expires is not None and as_utc(expires) <= self.clock():
            raise AuthError("this API token has expired: issue a new one")
        user = _user(row)
        if not user.active:
            raise AuthError("this account is disabled")
        return user.actor(via="token")
