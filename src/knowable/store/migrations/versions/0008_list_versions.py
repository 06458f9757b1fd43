"""Named watchlists keep their versions and deltas: ``list_versions`` (one row per stored
version: content hash, origin, HTTP validators, counts) and ``list_changes`` (the entries
each version added, removed or changed against the version before it).

Lists loaded before this migration keep their records; their first update is compared
with nothing (every entry counts as added).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(JSONB(), "postgresql")


def _ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "list_versions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("list_name", sa.String(54), nullable=False),
        sa.Column("source", sa.String(64), nullable=False),
        sa.Column("label", sa.String(40), nullable=False),
        _ts("list_date", nullable=True),
        sa.Column("format", sa.String(32), nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("etag", sa.Text, nullable=True),
        sa.Column("last_modified", sa.Text, nullable=True),
        sa.Column("batch_id", sa.Integer, sa.ForeignKey("ingest_batches.id"), nullable=False),
        sa.Column("previous_id", sa.Integer, nullable=True),
        sa.Column("backfill", sa.Boolean, nullable=False),
        sa.Column("entries", sa.Integer, nullable=False),
        sa.Column("added", sa.Integer, nullable=False),
        sa.Column("removed", sa.Integer, nullable=False),
        sa.Column("changed", sa.Integer, nullable=False),
        _ts("loaded_at"),
        sa.Column("row_hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_list_versions_list_name", "list_versions", ["list_name"])
    op.create_table(
        "list_changes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("version_id", sa.Integer, sa.ForeignKey("list_versions.id"), nullable=False),
        sa.Column("list_name", sa.String(54), nullable=False),
        sa.Column("entry_id", sa.String(256), nullable=False),
        sa.Column("change", sa.String(8), nullable=False),
        sa.Column("record_id", sa.String(64), nullable=True),
        sa.Column("previous_record_id", sa.String(64), nullable=True),
        sa.Column("fields", _JSON, nullable=False),
        sa.Column("row_hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_list_changes_list_version", "list_changes", ["list_name", "version_id"])


def downgrade() -> None:
    op.drop_index("ix_list_changes_list_version", table_name="list_changes")
    op.drop_table("list_changes")
    op.drop_index("ix_list_versions_list_name", table_name="list_versions")
    op.drop_table("list_versions")
