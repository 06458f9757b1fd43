"""Subjects, cases, case events, alerts, users and API tokens gain row hashes;
cases.state is widened to 32 characters ("awaiting_approval" did not fit on PostgreSQL).

Existing rows are hashed as they stand (``knowable.store.rowhash``), so a store migrated
from 0005 verifies; audit events written from now on also name the hashes of the rows
they wrote, which lets ``audit verify`` catch rows deleted or rewritten behind its back.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLES = ("subjects", "cases", "case_events", "alerts", "users", "api_tokens")


def upgrade() -> None:
    for name in TABLES:
        with op.batch_alter_table(name) as batch:
            batch.add_column(sa.Column("row_hash", sa.String(64), nullable=True))
    # "awaiting_approval" (migration 0005) does not fit the 16 characters PostgreSQL enforces.
    with op.batch_alter_table("cases") as batch:
        batch.alter_column(
            "state", existing_type=sa.String(24), type_=sa.String(32), existing_nullable=False
        )
    _backfill()


def _backfill() -> None:
    from knowable.hashing import LEGACY_FORM
    from knowable.store.rowhash import KEY_COLUMNS, row_hash

    conn = op.get_bind()
    for name in TABLES:
        # The table as it stands at this revision (later migrations add columns that the
        # package's schema module already names).
        table = sa.Table(name, sa.MetaData(), autoload_with=conn)
        key = table.c[KEY_COLUMNS[name]]
        for row in conn.execute(sa.select(table)).all():
            mapping = row._asdict()
            conn.execute(
                sa.update(table)
                .where(key == mapping[KEY_COLUMNS[name]])
                .values(row_hash=row_hash(name, mapping, LEGACY_FORM))
            )


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.alter_column(
            "state", existing_type=sa.String(32), type_=sa.String(24), existing_nullable=False
        )
    for name in TABLES:
        with op.batch_alter_table(name) as batch:
            batch.drop_column("row_hash")
