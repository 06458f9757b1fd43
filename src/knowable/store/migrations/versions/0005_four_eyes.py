"""Cases gain the second person who approved a grave disposition (four eyes), and a state
long enough for "awaiting_approval".

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("approved_by", sa.String(128), nullable=True))
        batch.add_column(sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True))
        batch.alter_column(
            "state", existing_type=sa.String(16), type_=sa.String(24), existing_nullable=False
        )


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.alter_column(
            "state", existing_type=sa.String(24), type_=sa.String(16), existing_nullable=False
        )
        batch.drop_column("approved_at")
        batch.drop_column("approved_by")
