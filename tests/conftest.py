"""Shared fixtures: a store on SQLite and on a real PostgreSQL server the tests start.

The PostgreSQL server is started once per test session from the machine's own binaries
(see knowable.store.pgserver); each test gets a fresh database. When the binaries are
missing the PostgreSQL variants are skipped with a clear reason, except under CI or with
KNOWABLE_REQUIRE_POSTGRES=1, where a missing server is an error.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowable.settings import Settings
from knowable.store import Store, open_store
from knowable.store.pgserver import PostgresServer, find_bindir


def _postgres_required() -> bool:
    return bool(os.environ.get("CI")) or os.environ.get("KNOWABLE_REQUIRE_POSTGRES") == "1"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    if find_bindir() is None:
        if _postgres_required():
            pytest.fail("PostgreSQL binaries not found; .ci/run installs them")
        pytest.skip("PostgreSQL binaries not found (install postgresql to run these tests)")
    server = PostgresServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> str:
    """URL of a fresh, empty PostgreSQL database."""
    return pg_server.create_database()


@pytest.fixture
def sqlite_settings(tmp_path: Path) -> Settings:
    return Settings(workspace=tmp_path, database_url="")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Settings for a fresh store on each back end."""
    if request.param == "sqlite":
        return Settings(workspace=tmp_path, database_url="")
    url = request.getfixturevalue("pg_url")
    return Settings(workspace=tmp_path, database_url=url)


@pytest.fixture
def store(backend_settings: Settings) -> Iterator[Store]:
    """A migrated, empty store on SQLite and on PostgreSQL."""
    opened = open_store(backend_settings)
    try:
        yield opened
    finally:
        opened.engine.dispose()
