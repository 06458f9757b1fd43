"""Row hashes and audit events say which canonical JSON form they were hashed in.

``hash_version`` on ``audit_events`` and on every row-hashed table: empty for everything
written before this migration (form 1, Python's sorted ``json.dumps``), 2 for what is
written after it (RFC 8785, which other languages can reproduce). Existing rows are not
touched, so an existing store keeps verifying; adding a nullable column is cheap on both
databases.

Revision ID: 0017
Revises: 0014
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0014"
branch_labels = None
depends_on = None

TABLES = (
    "audit_events",
    "records",
    "quarantine",
    "signals",
    "assessments",
    "subjects",
    "cases",
    "case_events",
    "alerts",
    "users",
    "api_tokens",
    "list_versions",
    "list_changes",
)


def upgrade() -> None:
    for name in TABLES:
        op.add_column(name, sa.Column("hash_version", sa.SmallInteger(), nullable=True))


def downgrade() -> None:
    for name in TABLES:
        with op.batch_alter_table(name) as batch:
            batch.drop_column("hash_version")
