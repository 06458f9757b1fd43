"""Engines for SQLite (default, one writer, WAL) and PostgreSQL (psycopg 3)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from knowable.errors import StoreError


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str, echo: bool = False) -> Engine:
    """Create an engine; on SQLite set WAL and take write transactions with BEGIN IMMEDIATE.

    pysqlite's own transaction handling is switched off so that the ``begin`` event decides
    how each transaction starts: ``BEGIN IMMEDIATE`` when the connection was asked for
    writing (execution option ``knowable_write``), plain deferred ``BEGIN`` for reads.
    """
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy raises ArgumentError with a terse message
        raise StoreError(f"invalid database URL {url!r}: {exc}") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername.startswith("sqlite"):
        _create_private(parsed.database)
        engine = create_engine(
            parsed,
            echo=echo,
            connect_args={"check_same_thread": False, "timeout": 60},
        )
        _configure_sqlite(engine)
        return engine
    if parsed.drivername.startswith("postgresql"):
        return create_engine(parsed, echo=echo, pool_size=20, max_overflow=40, pool_pre_ping=True)
    raise StoreError(f"unsupported database {parsed.drivername!r}: use sqlite or postgresql")


def _create_private(database: str | None) -> None:
    """Create a new SQLite file readable by its owner only (0600) before SQLite opens it:
    the store holds evidence and password hashes. SQLite gives its WAL and shared-memory
    files the database file's permissions. An existing file is left as it is."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if path.exists() or not path.parent.is_dir():
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=60000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get("knowable_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


class WriteGate:
    """One writer at a time within this process for SQLite (datasette's pattern).

    PostgreSQL handles concurrent writers itself; the gate is then a no-op.
    """

    def __init__(self, engine: Engine) -> None:
        self._lock: threading.Lock | None = threading.Lock() if is_sqlite(engine) else None

    @contextmanager
    def hold(self) -> Iterator[None]:
        if self._lock is None:
            yield
            return
        with self._lock:
            yield


#: What a database says when it cannot be reached, is restarting or dropped the connection.
_UNAVAILABLE = (
    "connection failed",
    "connection refused",
    "could not connect",
    "the database system is shutting down",
    "the database system is starting up",
    "server closed the connection",
    "terminating connection",
    "connection is closed",
)


def database_unavailable(exc: BaseException) -> bool:
    """Whether ``exc`` says the database is unreachable (down, restarting, connection lost)
    rather than that a statement failed."""
    if not isinstance(exc, OperationalError):
        return False
    if exc.connection_invalidated:
        return True
    text = str(exc.orig if exc.orig is not None else exc).lower()
    return any(marker in text for marker in _UNAVAILABLE)
