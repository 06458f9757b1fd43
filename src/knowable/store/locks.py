"""Run locks: at most one process at a time runs a named job (the monitor) on a store.

The lock lives where the store lives, so two machines sharing a PostgreSQL database see
each other's lock, and a crashed run never leaves a stale one behind:

- SQLite: an advisory ``flock`` on a file beside the database (``knowable.db.monitor.lock``),
  released by the kernel when the process ends. An in-memory database has no second
  process to exclude.
- PostgreSQL: a session-level ``pg_try_advisory_lock`` held on a connection of its own for
  the whole run, released when that connection closes.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text

from knowable.errors import ConflictError
from knowable.store.engine import is_sqlite


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for ``name`` (PostgreSQL advisory locks take a bigint)."""
    digest = hashlib.sha256(f"knowable:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def _busy(name: str, where: str) -> ConflictError:
    return ConflictError(
        f"another {name} run holds the lock on this store ({where}); "
        f"wait for it to finish or stop it first"
    )


@contextmanager
def exclusive(engine: Engine, name: str) -> Iterator[None]:
    """Hold the lock called ``name`` on ``engine``'s database for the ``with`` block, or
    raise :class:`ConflictError` at once if another process holds it."""
    if is_sqlite(engine):
        database = engine.url.database
        if not database or database == ":memory:" or database.startswith("file::memory"):
            yield
            return
        with _file_lock(Path(f"{database}.{name}.lock"), name):
            yield
        return
    key = lock_key(name)
    with engine.connect() as conn:
        got = conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}).scalar()
        conn.commit()
        if not got:
            raise _busy(name, "PostgreSQL advisory lock")
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
            conn.commit()


@contextmanager
def _file_lock(path: Path, name: str) -> Iterator[None]:
    import fcntl

    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise _busy(name, str(path)) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)
