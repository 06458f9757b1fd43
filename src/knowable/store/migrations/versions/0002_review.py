"""Review side: users, API tokens, alerts, case events; cases gain key, band, version.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

J = sa.JSON().with_variant(JSONB(), "postgresql")


def ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(80), nullable=False, unique=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        ts("created_at"),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        ts("created_at"),
        ts("revoked_at", nullable=True),
    )
    # Plain ADD COLUMN (nullable or with a server default) works on SQLite without a rebuild.
    op.add_column("cases", sa.Column("key", sa.String(40), nullable=True))
    op.add_column("cases", sa.Column("band", sa.String(32), nullable=True))
    op.add_column("cases", ts("updated_at", nullable=True))
    op.add_column("cases", sa.Column("evidence", J, nullable=False, server_default="[]"))
    op.add_column(
        "cases", sa.Column("reopen_count", sa.Integer, nullable=False, server_default="0")
    )
    op.add_column("cases", sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    op.create_index("uq_cases_key", "cases", ["key"], unique=True)
    # One case per subject: the unique index is what stops two alerts racing to open two.
    op.create_index("uq_cases_subject_key", "cases", ["subject_key"], unique=True)
    op.create_index("ix_cases_queue", "cases", ["state", "due_at"])
    op.create_table(
        "alerts",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("case_key", sa.String(40), nullable=False, index=True),
        sa.Column("subject_key", sa.String(64), nullable=False, index=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("severity", sa.String(20), nullable=False),
        sa.Column("band", sa.String(20), nullable=True),
        sa.Column("signal_id", sa.String(64), nullable=True),
        sa.Column("indicator", sa.String(16), nullable=True),
        sa.Column("detail", sa.Text, nullable=False),
        ts("opened_at"),
        sa.Column("suppressed", sa.Boolean, nullable=False),
    )
    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_key", sa.String(40), nullable=False, index=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(80), nullable=False),
        ts("at"),
        sa.Column("details", J, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("case_events")
    op.drop_table("alerts")
    op.drop_index("ix_cases_queue", "cases")
    op.drop_index("uq_cases_subject_key", "cases")
    op.drop_index("uq_cases_key", "cases")
    for column in ("version", "reopen_count", "evidence", "updated_at", "band", "key"):
        op.drop_column("cases", column)
    op.drop_table("api_tokens")
    op.drop_table("users")
