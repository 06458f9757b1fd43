"""Consistent copies of a SQLite store, taken while it is in use.

SQLite's online backup API copies the database page by page under its own locking, so a
copy taken while ``knowable serve`` or an ingest is writing is still one consistent
state (a plain ``cp`` of a WAL database is not). The copy is created readable by its
owner only, like the store. PostgreSQL stores are backed up with ``pg_dump``
(docs/deploy.md).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from knowable.errors import InputError


def backup_sqlite(engine: Engine, destination: Path) -> int:
    """Copy the SQLite store behind ``engine`` to ``destination``; returns its size in bytes.

    Raises InputError when the store is not SQLite or the destination exists.
    """
    if engine.dialect.name != "sqlite":
        raise InputError(
            "knowable backup copies SQLite stores; back up PostgreSQL with pg_dump "
            "(docs/deploy.md)",
            field="database_url",
        )
    if destination.exists():
        raise InputError("the backup file already exists; name a new one", file=str(destination))
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        target = sqlite3.connect(destination)
        try:
            source.backup(target, pages=1024)
        finally:
            target.close()
    finally:
        raw.close()
    return destination.stat().st_size
