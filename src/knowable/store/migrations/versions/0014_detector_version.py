"""signals.detector_version is widened to 128 characters.

A composed detector version ("media-1+roles-2026.12.1+media-adverse-2", 39 characters)
did not fit the 32 characters PostgreSQL enforces, and the whole media screening run was
lost on PostgreSQL (SQLite ignores the length). Found by the soak bench.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("signals") as batch:
        batch.alter_column(
            "detector_version",
            existing_type=sa.String(32),
            type_=sa.String(128),
            existing_nullable=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("signals") as batch:
        batch.alter_column(
            "detector_version",
            existing_type=sa.String(128),
            type_=sa.String(32),
            existing_nullable=False,
        )
