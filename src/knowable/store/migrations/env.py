"""Alembic environment: runs on the connection knowable hands over in ``config.attributes``."""

from __future__ import annotations

from alembic import context

from knowable.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - knowable always passes a connection
    raise RuntimeError("knowable migrations run through knowable.store.migrate")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
