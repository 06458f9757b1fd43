"""The store's tables (SQLAlchemy Core). Alembic migrations create and evolve them.

Every content table carries a ``row_hash`` over its meaningful columns; ingest batches
and screening runs carry a digest over the row hashes they wrote, and the audit chain
carries those digests. Editing a row behind the store's back is therefore caught by
``knowable audit verify``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB

from knowable.hashing import CURRENT_FORM

metadata = MetaData()

#: JSON on SQLite, JSONB on PostgreSQL.
JSONType = JSON().with_variant(JSONB(), "postgresql")


def _hash_version() -> Column[int]:
    """Added by migration 0017: the canonical form the row hash was taken in (empty: the
    legacy form 1; rows inserted since are given the current form, RFC 8785)."""
    return Column("hash_version", SmallInteger, nullable=True, default=CURRENT_FORM)


def _ts(name: str, nullable: bool = False, index: bool = False) -> Column[object]:
    return Column(name, DateTime(timezone=True), nullable=nullable, index=index)


subjects = Table(
    "subjects",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("schema", String(32), nullable=False),
    Column("name", Text, nullable=False),
    Column("aliases", JSONType, nullable=False),
    Column("domains", JSONType, nullable=False),
    Column("countries", JSONType, nullable=False),
    Column("identifiers", JSONType, nullable=False),
    Column("addresses", JSONType, nullable=False),
    Column("birth_dates", JSONType, nullable=False),
    Column("parent_key", String(64), nullable=True, index=True),
    Column("properties", JSONType, nullable=False),
    Column("source", String(64), nullable=False),
    Column("fingerprint", String(64), nullable=False),
    _ts("created_at"),
    _ts("updated_at"),
    # Added by migration 0006: a hash over the row's meaningful columns (knowable.store.rowhash).
    Column("row_hash", String(64), nullable=True),
    _hash_version(),
)

ingest_batches = Table(
    "ingest_batches",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", String(64), nullable=False),
    Column("path", Text, nullable=False),
    Column("actor", String(128), nullable=False),
    _ts("started_at"),
    _ts("finished_at", nullable=True),
    Column("stored", Integer, nullable=False, default=0),
    Column("duplicates", Integer, nullable=False, default=0),
    Column("quarantined", Integer, nullable=False, default=0),
    Column("subjects_stored", Integer, nullable=False, default=0),
    Column("subjects_updated", Integer, nullable=False, default=0),
    Column("digest", String(64), nullable=True),
)

records = Table(
    "records",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("source", String(64), nullable=False, index=True),
    Column("kind", String(32), nullable=False, index=True),
    Column("external_id", String(256), nullable=True, index=True),
    Column("subject_key", String(64), nullable=True, index=True),
    _ts("available_at", nullable=True, index=True),
    _ts("ingested_at"),
    Column("batch_id", Integer, ForeignKey("ingest_batches.id"), nullable=False, index=True),
    Column("origin", Text, nullable=True),
    Column("payload", JSONType, nullable=False),
    Column("text", Text, nullable=False),
    Column("row_hash", String(64), nullable=False),
    _hash_version(),
    # Added by migration 0004 (versions): the record's identity across exports (object
    # and org-qualified Salesforce Id), its org, when this version took effect and whether
    # it is a deletion. Derived from the hashed columns at ingest; each batch's audit event
    # carries a digest over them (``versions_digest``).
    Column("org", String(128), nullable=True),
    Column("entity_key", String(512), nullable=True, index=True),
    _ts("valid_from", nullable=True),
    Column("deleted", Boolean, nullable=True),
)

# Added by migration 0007: the Salesforce sync's high-water mark per (org, object): the
# SystemModstamp and Id of the last record stored, written with that record's page.
sync_marks = Table(
    "sync_marks",
    metadata,
    Column("org", String(128), primary_key=True),
    Column("object", String(128), primary_key=True),
    _ts("mark", nullable=True),
    Column("mark_id", String(64), nullable=True),
    Column("batch_id", Integer, ForeignKey("ingest_batches.id"), nullable=True),
    _ts("updated_at"),
    _ts("checked_to", nullable=True),
)

quarantine = Table(
    "quarantine",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("batch_id", Integer, ForeignKey("ingest_batches.id"), nullable=False, index=True),
    Column("source", String(64), nullable=False),
    Column("file", Text, nullable=False),
    Column("line", Integer, nullable=True),
    Column("field", String(128), nullable=True),
    Column("reason", Text, nullable=False),
    Column("raw", Text, nullable=False),
    _ts("created_at"),
    Column("row_hash", String(64), nullable=False),
    _hash_version(),
)

screening_runs = Table(
    "screening_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(32), nullable=False, index=True),
    Column("actor", String(128), nullable=False),
    Column("params", JSONType, nullable=False),
    _ts("started_at"),
    _ts("finished_at", nullable=True),
    Column("subjects_screened", Integer, nullable=False, default=0),
    Column("signals_found", Integer, nullable=False, default=0),
    Column("signals_new", Integer, nullable=False, default=0),
    Column("digest", String(64), nullable=True),
)

screened_subjects = Table(
    "screened_subjects",
    metadata,
    Column("run_id", Integer, ForeignKey("screening_runs.id"), primary_key=True),
    Column("subject_key", String(64), primary_key=True),
    Column("kind", String(32), nullable=False),
    _ts("screened_at"),
    Index("ix_screened_subjects_subject_kind", "subject_key", "kind"),
)

signals = Table(
    "signals",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("subject_key", String(64), nullable=False, index=True),
    Column("indicator", String(16), nullable=False, index=True),
    Column("strength", Float, nullable=False),
    _ts("observed_at", nullable=True, index=True),
    Column("detector", String(64), nullable=False),
    # 128 since migration 0014: composed versions such as the media detector's are longer
    # than 32 characters.
    Column("detector_version", String(128), nullable=False),
    Column("record_id", String(64), nullable=True, index=True),
    Column("evidence", JSONType, nullable=False),
    Column("details", JSONType, nullable=False),
    Column("explanation", JSONType, nullable=True),
    Column("run_id", Integer, ForeignKey("screening_runs.id"), nullable=False, index=True),
    _ts("created_at"),
    Column("row_hash", String(64), nullable=False),
    _hash_version(),
)

assessments = Table(
    "assessments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("subject_key", String(64), nullable=False),
    _ts("as_of"),
    Column("score", Float, nullable=False),
    Column("band", String(32), nullable=False),
    Column("policy_version", String(64), nullable=False),
    Column("policy_hash", String(64), nullable=False),
    _ts("knowable_since", nullable=True),
    Column("contributions", JSONType, nullable=False),
    Column("screened", Boolean, nullable=False),
    Column("run_id", Integer, ForeignKey("screening_runs.id"), nullable=True, index=True),
    _ts("created_at"),
    Column("row_hash", String(64), nullable=False),
    _hash_version(),
    # A subject's assessments, and its newest one read from the index alone (0018).
    Index("ix_assessments_subject_as_of", "subject_key", "as_of", "id"),
)

cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("subject_key", String(64), nullable=False, index=True),
    # 24 since migration 0005 ("awaiting_approval" is 17 characters); 32 since 0006.
    Column("state", String(32), nullable=False, index=True),
    Column("severity", String(16), nullable=False),
    _ts("opened_at"),
    _ts("due_at", nullable=True),
    Column("assignee", String(128), nullable=True),
    Column("disposition", String(32), nullable=True),
    Column("reason", Text, nullable=True),
    Column("reviewer", String(128), nullable=True),
    _ts("decided_at", nullable=True),
    Column("evidence_hash", String(64), nullable=True),
    # Added by migration 0002 (review side, knowable.cases): the public case key (one case
    # per subject), the band that alerted, the evidence snapshot and an optimistic version.
    Column("key", String(40), nullable=True),
    Column("band", String(32), nullable=True),
    _ts("updated_at", nullable=True),
    Column("evidence", JSONType, nullable=False, server_default="[]"),
    Column("reopen_count", Integer, nullable=False, server_default="0"),
    Column("version", Integer, nullable=False, server_default="1"),
    # Added by migration 0005: the second person who approved a grave disposition.
    Column("approved_by", String(128), nullable=True),
    _ts("approved_at", nullable=True),
    # Added by migration 0006: a hash over the row's meaningful columns (knowable.store.rowhash).
    Column("row_hash", String(64), nullable=True),
    _hash_version(),
    Index("uq_cases_key", "key", unique=True),
    Index("uq_cases_subject_key", "subject_key", unique=True),
    Index("ix_cases_queue", "state", "due_at"),
)

audit_events = Table(
    "audit_events",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    _ts("at"),
    Column("actor", String(128), nullable=False),
    Column("action", String(64), nullable=False, index=True),
    Column("entity_type", String(64), nullable=False),
    Column("entity_id", String(128), nullable=False),
    Column("payload", JSONType, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    # Added by migration 0017: the canonical form of this event's hash (empty: legacy 1).
    Column("hash_version", SmallInteger, nullable=True),
)

#: One row (id=1) holding the chain head; locked while an event is appended so that
#: concurrent writers serialise on it (FOR UPDATE on PostgreSQL, the write lock on SQLite).
audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
)

# -- review side (migration 0002; used by knowable.cases and knowable.auth) ----------------

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(80), nullable=False, unique=True),
    Column("role", String(20), nullable=False),
    Column("password_hash", String(255), nullable=False),
    Column("active", Boolean, nullable=False),
    _ts("created_at"),
    # Added by migration 0006: a hash over the row's meaningful columns (knowable.store.rowhash).
    Column("row_hash", String(64), nullable=True),
    _hash_version(),
    # Added by migration 0013: raised to end every session; a role awaiting a second admin.
    Column("session_epoch", Integer, nullable=True),
    Column("pending_role", String(20), nullable=True),
    Column("pending_by", String(80), nullable=True),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("name", String(120), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    _ts("created_at"),
    _ts("revoked_at", nullable=True),
    # Added by migration 0006: a hash over the row's meaningful columns (knowable.store.rowhash).
    Column("row_hash", String(64), nullable=True),
    _hash_version(),
    # Added by migration 0013: when the token stops working and who issued it.
    _ts("expires_at", nullable=True),
    Column("issued_by", String(80), nullable=True),
)

alerts = Table(
    "alerts",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("case_key", String(40), nullable=False, index=True),
    Column("subject_key", String(64), nullable=False, index=True),
    Column("kind", String(20), nullable=False),
    Column("severity", String(20), nullable=False),
    Column("band", String(20), nullable=True),
    Column("signal_id", String(64), nullable=True),
    Column("indicator", String(16), nullable=True),
    Column("detail", Text, nullable=False),
    _ts("opened_at"),
    Column("suppressed", Boolean, nullable=False),
    # Added by migration 0006: a hash over the row's meaningful columns (knowable.store.rowhash).
    Column("row_hash", String(64), nullable=True),
    _hash_version(),
)

case_events = Table(
    "case_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_key", String(40), nullable=False, index=True),
    Column("kind", String(40), nullable=False),
    Column("actor", String(80), nullable=False),
    _ts("at"),
    Column("details", JSONType, nullable=False),
    # Added by migration 0006: a hash over the row's meaningful columns (knowable.store.rowhash).
    Column("row_hash", String(64), nullable=True),
    _hash_version(),
)

# -- watchlist versions (migration 0008; used by knowable.store.lists) ----------------------

#: One row per stored version of a named list: what was loaded, from where, its content
#: hash (a new version is stored only when it changes) and its delta against the version
#: before it (by list date).
list_versions = Table(
    "list_versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("list_name", String(54), nullable=False, index=True),
    Column("source", String(64), nullable=False),
    Column("label", String(40), nullable=False),
    _ts("list_date", nullable=True),
    Column("format", String(32), nullable=False),
    Column("origin", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("etag", Text, nullable=True),
    Column("last_modified", Text, nullable=True),
    Column("batch_id", Integer, ForeignKey("ingest_batches.id"), nullable=False),
    Column("previous_id", Integer, nullable=True),
    Column("backfill", Boolean, nullable=False),
    Column("entries", Integer, nullable=False),
    Column("added", Integer, nullable=False),
    Column("removed", Integer, nullable=False),
    Column("changed", Integer, nullable=False),
    _ts("loaded_at"),
    Column("row_hash", String(64), nullable=False),
    _hash_version(),
)

#: The delta of each list version, one row per entry added, removed or changed.
list_changes = Table(
    "list_changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("version_id", Integer, ForeignKey("list_versions.id"), nullable=False),
    Column("list_name", String(54), nullable=False),
    Column("entry_id", String(256), nullable=False),
    Column("change", String(8), nullable=False),
    Column("record_id", String(64), nullable=True),
    Column("previous_record_id", String(64), nullable=True),
    Column("fields", JSONType, nullable=False),
    Column("row_hash", String(64), nullable=False),
    _hash_version(),
    Index("ix_list_changes_list_version", "list_name", "version_id"),
)

# -- monitoring and alert delivery (migration 0009; used by knowable.jobs.monitor/alerts) ---

#: One row per ``knowable monitor`` run: the high-water mark it screened up to (the last
#: ingest batch it took into account) and what it did. The next run starts from the
#: newest finished run's ``batch_mark``.
monitor_runs = Table(
    "monitor_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _ts("started_at"),
    _ts("finished_at", nullable=True),
    Column("actor", String(128), nullable=False),
    Column("batch_mark", Integer, nullable=False),
    Column("summary", JSONType, nullable=False),
)

#: One row per alert message to one channel (webhook or e-mail): pending, sent, or dead
#: (every attempt failed: the dead letter that ``knowable alerts retry`` resends).
alert_deliveries = Table(
    "alert_deliveries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_key", String(40), nullable=False, index=True),
    Column("channel", String(16), nullable=False),
    Column("target", Text, nullable=False),
    Column("event", String(16), nullable=False),
    Column("payload", JSONType, nullable=False),
    Column("status", String(16), nullable=False, index=True),
    Column("attempts", Integer, nullable=False),
    Column("last_error", Text, nullable=True),
    _ts("created_at"),
    _ts("updated_at"),
    Column("monitor_run", Integer, nullable=True),
)
