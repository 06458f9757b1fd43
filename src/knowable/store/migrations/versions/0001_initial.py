"""Initial store: subjects, records, quarantine, runs, signals, assessments, cases, audit.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

J = sa.JSON().with_variant(JSONB(), "postgresql")


def ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "subjects",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("schema", sa.String(32), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        *(sa.Column(n, J, nullable=False) for n in ("aliases", "domains", "countries")),
        *(sa.Column(n, J, nullable=False) for n in ("identifiers", "addresses", "birth_dates")),
        sa.Column("parent_key", sa.String(64), nullable=True, index=True),
        sa.Column("properties", J, nullable=False),
        sa.Column("source", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        ts("created_at"),
        ts("updated_at"),
    )
    op.create_table(
        "ingest_batches",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.String(64), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("actor", sa.String(128), nullable=False),
        ts("started_at"),
        ts("finished_at", nullable=True),
        *(
            sa.Column(n, sa.Integer, nullable=False)
            for n in ("stored", "duplicates", "quarantined", "subjects_stored", "subjects_updated")
        ),
        sa.Column("digest", sa.String(64), nullable=True),
    )
    op.create_table(
        "records",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("source", sa.String(64), nullable=False, index=True),
        sa.Column("kind", sa.String(32), nullable=False, index=True),
        sa.Column("external_id", sa.String(256), nullable=True, index=True),
        sa.Column("subject_key", sa.String(64), nullable=True, index=True),
        sa.Column("available_at", sa.DateTime(timezone=True), nullable=True, index=True),
        ts("ingested_at"),
        sa.Column(
            "batch_id", sa.Integer, sa.ForeignKey("ingest_batches.id"), nullable=False, index=True
        ),
        sa.Column("origin", sa.Text, nullable=True),
        sa.Column("payload", J, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("row_hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "batch_id", sa.Integer, sa.ForeignKey("ingest_batches.id"), nullable=False, index=True
        ),
        sa.Column("source", sa.String(64), nullable=False),
        sa.Column("file", sa.Text, nullable=False),
        sa.Column("line", sa.Integer, nullable=True),
        sa.Column("field", sa.String(128), nullable=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("raw", sa.Text, nullable=False),
        ts("created_at"),
        sa.Column("row_hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "screening_runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(32), nullable=False, index=True),
        sa.Column("actor", sa.String(128), nullable=False),
        sa.Column("params", J, nullable=False),
        ts("started_at"),
        ts("finished_at", nullable=True),
        *(
            sa.Column(n, sa.Integer, nullable=False)
            for n in ("subjects_screened", "signals_found", "signals_new")
        ),
        sa.Column("digest", sa.String(64), nullable=True),
    )
    op.create_table(
        "screened_subjects",
        sa.Column("run_id", sa.Integer, sa.ForeignKey("screening_runs.id"), primary_key=True),
        sa.Column("subject_key", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        ts("screened_at"),
    )
    op.create_index(
        "ix_screened_subjects_subject_kind", "screened_subjects", ["subject_key", "kind"]
    )
    op.create_table(
        "signals",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("subject_key", sa.String(64), nullable=False, index=True),
        sa.Column("indicator", sa.String(16), nullable=False, index=True),
        sa.Column("strength", sa.Float, nullable=False),
        sa.Column("observed_at", sa.DateTime(timezone=True), nullable=True, index=True),
        sa.Column("detector", sa.String(64), nullable=False),
        sa.Column("detector_version", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(64), nullable=True, index=True),
        sa.Column("evidence", J, nullable=False),
        sa.Column("details", J, nullable=False),
        sa.Column(
            "run_id", sa.Integer, sa.ForeignKey("screening_runs.id"), nullable=False, index=True
        ),
        ts("created_at"),
        sa.Column("row_hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("subject_key", sa.String(64), nullable=False, index=True),
        ts("as_of"),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("band", sa.String(32), nullable=False),
        sa.Column("policy_version", sa.String(64), nullable=False),
        sa.Column("policy_hash", sa.String(64), nullable=False),
        ts("knowable_since", nullable=True),
        sa.Column("contributions", J, nullable=False),
        sa.Column("screened", sa.Boolean, nullable=False),
        sa.Column(
            "run_id", sa.Integer, sa.ForeignKey("screening_runs.id"), nullable=True, index=True
        ),
        ts("created_at"),
        sa.Column("row_hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("subject_key", sa.String(64), nullable=False, index=True),
        sa.Column("state", sa.String(16), nullable=False, index=True),
        sa.Column("severity", sa.String(16), nullable=False),
        ts("opened_at"),
        ts("due_at", nullable=True),
        sa.Column("assignee", sa.String(128), nullable=True),
        sa.Column("disposition", sa.String(32), nullable=True),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("reviewer", sa.String(128), nullable=True),
        ts("decided_at", nullable=True),
        sa.Column("evidence_hash", sa.String(64), nullable=True),
    )
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        ts("at"),
        sa.Column("actor", sa.String(128), nullable=False),
        sa.Column("action", sa.String(64), nullable=False, index=True),
        sa.Column("entity_type", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(128), nullable=False),
        sa.Column("payload", J, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.bulk_insert(
        sa.table("audit_head", sa.column("id"), sa.column("seq"), sa.column("hash")),
        [{"id": 1, "seq": 0, "hash": "0" * 64}],
    )


def downgrade() -> None:
    for name in (
        "audit_head",
        "audit_events",
        "cases",
        "assessments",
        "signals",
        "screened_subjects",
        "screening_runs",
        "quarantine",
        "records",
        "ingest_batches",
        "subjects",
    ):
        op.drop_table(name)
