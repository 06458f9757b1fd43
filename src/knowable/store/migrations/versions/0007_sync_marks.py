"""Salesforce sync: a high-water mark per (org, object).

``sync_marks`` holds, for each org and object synced from the Salesforce API, the
``SystemModstamp`` and Id of the last record stored (the sync resumes after it), up to
when the org was last asked for deleted Ids (the start of the last completed run) and
which ingest batch moved the mark. The mark is written
in the same transaction as the page of records it covers.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_marks",
        sa.Column("org", sa.String(128), primary_key=True),
        sa.Column("object", sa.String(128), primary_key=True),
        sa.Column("mark", sa.DateTime(timezone=True), nullable=True),
        sa.Column("mark_id", sa.String(64), nullable=True),
        sa.Column("batch_id", sa.Integer, sa.ForeignKey("ingest_batches.id"), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("checked_to", sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("sync_marks")
