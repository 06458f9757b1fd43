"""Each subject's newest assessment read from an index alone.

``cases scan`` ranks every subject's assessments by (as_of, id) and keeps the newest. With
only ``ix_assessments_subject_key``, SQLite fetched each assessment row (~1.7 kB, 650,000
of them at 50,000 customers after a 12-date series) for its ``as_of``. This migration
replaces that index with ``ix_assessments_subject_as_of`` on (subject_key, as_of, id): it
serves every look-up by subject as the old one did (its first column) and holds what the
ranking reads, so the table is not touched; the number of indexes written per stored
assessment stays the same. The downgrade puts the single-column index back.

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_assessments_subject_as_of", "assessments", ["subject_key", "as_of", "id"])
    op.drop_index("ix_assessments_subject_key", table_name="assessments")


def downgrade() -> None:
    op.create_index("ix_assessments_subject_key", "assessments", ["subject_key"])
    op.drop_index("ix_assessments_subject_as_of", table_name="assessments")
