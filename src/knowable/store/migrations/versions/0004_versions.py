"""CRM records gain versions: identity (entity key, org), valid-from and deletion.

Existing CRM records are filled in from their own columns: the entity key from object and
external id, valid-from from the payload's LastModifiedDate (else SystemModstamp), the
deletion flag from IsDeleted, the org from the key (``org/Id``; bare Ids are the default
org). Row hashes do not cover these columns, so stored rows still verify.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("records") as batch:
        batch.add_column(sa.Column("org", sa.String(128), nullable=True))
        batch.add_column(sa.Column("entity_key", sa.String(512), nullable=True))
        batch.add_column(sa.Column("valid_from", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("deleted", sa.Boolean, nullable=True))
        batch.create_index("ix_records_entity_key", ["entity_key"])
    _backfill()


def _backfill() -> None:
    from knowable.store.versions import version_columns

    conn = op.get_bind()
    records = sa.table(
        "records",
        sa.column("id", sa.String),
        sa.column("source", sa.String),
        sa.column("kind", sa.String),
        sa.column("external_id", sa.String),
        sa.column("payload", sa.JSON),
        sa.column("org", sa.String),
        sa.column("entity_key", sa.String),
        sa.column("valid_from", sa.DateTime(timezone=True)),
        sa.column("deleted", sa.Boolean),
    )
    rows = conn.execute(
        sa.select(records.c.id, records.c.kind, records.c.external_id, records.c.payload).where(
            records.c.source == "crm", records.c.external_id.is_not(None)
        )
    ).all()
    for row in rows:
        values = version_columns(row.kind, row.external_id, dict(row.payload or {}))
        conn.execute(records.update().where(records.c.id == row.id).values(**values))


def downgrade() -> None:
    with op.batch_alter_table("records") as batch:
        batch.drop_index("ix_records_entity_key")
        batch.drop_column("deleted")
        batch.drop_column("valid_from")
        batch.drop_column("entity_key")
        batch.drop_column("org")
