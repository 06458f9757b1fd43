"""Alembic migrations produce exactly the schema the code declares."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from knowable.store import Store
from knowable.store.migrate import current_revision, head_revision, upgrade
from knowable.store.schema import metadata


def test_migrated_schema_matches_metadata(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_upgrade_is_idempotent(store: Store) -> None:
    upgrade(store.engine)
    assert current_revision(store.engine) == head_revision()
