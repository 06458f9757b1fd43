"""Tables of the review side: users, API tokens, cases, alerts and case events.

Declared with SQLAlchemy Core on their own MetaData; migration ``0002_review`` creates them
(and extends the store's ``cases`` table). Times are stored as UTC, read back aware.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect

from knowable.timeutil import as_utc


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime on every backend (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        utc = as_utc(value)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return as_utc(value)


metadata = MetaData()

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(80), nullable=False, unique=True),
    Column("role", String(20), nullable=False),
    Column("password_hash", String(255), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", UTCDateTime, nullable=False),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("name", String(120), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime, nullable=True),
)

#: The store's ``cases`` table (migration 0001) as extended by 0002: ``key`` is the public
#: case id (one case per subject), ``version`` guards concurrent writers.
cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(40), nullable=False, unique=True),
    Column("subject_key", String(64), nullable=False, unique=True),
    Column("state", String(16), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("band", String(32), nullable=True),
    Column("opened_at", UTCDateTime, nullable=False),
    Column("due_at", UTCDateTime, nullable=True),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("assignee", String(128), nullable=True),
    Column("disposition", String(32), nullable=True),
    Column("reviewer", String(128), nullable=True),
    Column("decided_at", UTCDateTime, nullable=True),
    Column("reason", Text, nullable=True),
    Column("evidence", JSON, nullable=False),
    Column("evidence_hash", String(64), nullable=True),
    Column("reopen_count", Integer, nullable=False, default=0),
    Column("version", Integer, nullable=False),
)

alerts = Table(
    "alerts",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("case_key", String(40), nullable=False, index=True),
    Column("subject_key", String(255), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("severity", String(20), nullable=False),
    Column("band", String(20), nullable=True),
    Column("signal_id", String(64), nullable=True),
    Column("indicator", String(16), nullable=True),
    Column("detail", Text, nullable=False),
    Column("opened_at", UTCDateTime, nullable=False),
    Column("suppressed", Boolean, nullable=False, default=False),
)

case_events = Table(
    "case_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_key", String(40), nullable=False, index=True),
    Column("kind", String(40), nullable=False),
    Column("actor", String(80), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("details", JSON, nullable=False),
)
