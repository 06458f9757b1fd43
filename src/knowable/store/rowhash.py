"""Row hashes: what ``audit verify`` recomputes to catch rows edited behind the store's back.

Each content table lists the columns that make up its hash. Values are normalised
(datetimes to UTC ISO strings, floats rounded) so a row read back from SQLite or
PostgreSQL hashes exactly as it did when written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import lru_cache
from json.encoder import encode_basestring
from typing import Any

from sqlalchemy import Connection, select, update

from knowable import jcs
from knowable.hashing import (
    CURRENT_FORM,
    JCS_FORM,
    canonical,
    form_of,
    sha256_hex,
)
from knowable.store import schema as t
from knowable.timeutil import as_utc

HASHED_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "records": (
        "id",
        "source",
        "kind",
        "external_id",
        "subject_key",
        "available_at",
        "origin",
        "payload",
        "text",
        "batch_id",
    ),
    "quarantine": ("batch_id", "source", "file", "line", "field", "reason", "raw"),
    "signals": (
        "id",
        "subject_key",
        "indicator",
        "strength",
        "observed_at",
        "detector",
        "detector_version",
        "record_id",
        "evidence",
        "details",
        "run_id",
        "explanation",
    ),
    "assessments": (
        "subject_key",
        "as_of",
        "score",
        "band",
        "policy_version",
        "policy_hash",
        "knowable_since",
        "contributions",
        "screened",
        "run_id",
    ),
    # Added by migration 0006: the review side and subjects carry row hashes too.
    "subjects": (
        "key",
        "schema",
        "name",
        "aliases",
        "domains",
        "countries",
        "identifiers",
        "addresses",
        "birth_dates",
        "parent_key",
        "properties",
        "source",
        "fingerprint",
    ),
    "cases": (
        "id",
        "key",
        "subject_key",
        "state",
        "severity",
        "opened_at",
        "due_at",
        "assignee",
        "disposition",
        "reason",
        "reviewer",
        "decided_at",
        "evidence_hash",
        "band",
        "updated_at",
        "evidence",
        "reopen_count",
        "version",
        "approved_by",
        "approved_at",
    ),
    "case_events": ("id", "case_key", "kind", "actor", "at", "details"),
    "alerts": (
        "id",
        "case_key",
        "subject_key",
        "kind",
        "severity",
        "band",
        "signal_id",
        "indicator",
        "detail",
        "opened_at",
        "suppressed",
    ),
    "users": (
        "id",
        "username",
        "role",
        "password_hash",
        "active",
        "created_at",
        "session_epoch",
        "pending_role",
        "pending_by",
    ),
    "api_tokens": (
        "id",
        "user_id",
        "name",
        "token_hash",
        "created_at",
        "revoked_at",
        "expires_at",
        "issued_by",
    ),
    # Added by migration 0008: named list versions and their deltas.
    "list_versions": (
        "id",
        "list_name",
        "source",
        "label",
        "list_date",
        "format",
        "origin",
        "content_hash",
        "etag",
        "last_modified",
        "batch_id",
        "previous_id",
        "backfill",
        "entries",
        "added",
        "removed",
        "changed",
        "loaded_at",
    ),
    "list_changes": (
        "version_id",
        "list_name",
        "entry_id",
        "change",
        "record_id",
        "previous_record_id",
        "fields",
    ),
}

#: Each row-hashed table's key column: audit events name rows as ``table/key``.
KEY_COLUMNS: Mapping[str, str] = {
    "records": "id",
    "quarantine": "id",
    "signals": "id",
    "assessments": "id",
    "subjects": "key",
    "cases": "key",
    "case_events": "id",
    "alerts": "id",
    "users": "id",
    "api_tokens": "id",
    "list_versions": "id",
    "list_changes": "id",
}


def _norm(value: Any) -> Any:
    if isinstance(value, datetime):
        return as_utc(value).isoformat()
    if isinstance(value, float):
        return round(value, 9)
    return value


#: Columns added after rows were first hashed: left out of the hash while empty, so rows
#: written before the column existed still verify.
ADDED_LATER: Mapping[str, frozenset[str]] = {
    "signals": frozenset({"explanation"}),
    "users": frozenset({"session_epoch", "pending_role", "pending_by"}),
    "api_tokens": frozenset({"expires_at", "issued_by"}),
}


def row_form(row: Mapping[str, Any]) -> int:
    """The canonical form of a row's hash: its ``hash_version`` as read from the store
    (empty: the legacy form), or the current form for a row about to be inserted (no
    ``hash_version`` key; the column's default gives it the current form)."""
    if "hash_version" not in row:
        return CURRENT_FORM
    return form_of(row["hash_version"])


def row_hash(table: str, row: Mapping[str, Any], form: int | None = None) -> str:
    """Hash of one row's meaningful columns, in ``form`` (default: :func:`row_form`)."""
    later = ADDED_LATER.get(table, frozenset())
    values = {
        col: _norm(row.get(col))
        for col in HASHED_COLUMNS[table]
        if not (col in later and row.get(col) is None)
    }
    return sha256_hex(canonical(values, row_form(row) if form is None else form))


#: Each table's hashed columns in the order RFC 8785 writes them (names are ASCII, so
#: code point order is UTF-16 order).
_SORTED_COLUMNS: Mapping[str, tuple[str, ...]] = {
    table: tuple(sorted(columns)) for table, columns in HASHED_COLUMNS.items()
}


def new_row_hash(
    table: str, row: Mapping[str, Any], written: Mapping[str, str] | None = None
) -> str:
    """:func:`row_hash` of a row about to be inserted (the current form, RFC 8785),
    assembled column by column: each value written as :func:`row_hash` writes it
    (:func:`_scalar`), except the columns in ``written``, given as their canonical JSON
    already (e.g. a case's evidence list, the same at every step that opens the case)."""
    if "hash_version" in row and row_form(row) != JCS_FORM:
        raise ValueError("new_row_hash writes the RFC 8785 form only")
    later = ADDED_LATER.get(table, frozenset())
    given = written or {}
    parts: list[str] = []
    for col, head in _HEADS[table]:
        value = row.get(col)
        if value is None:
            if col in later:
                continue
            text = given.get(col, "null")
        elif col in given:
            text = given[col]
        elif type(value) is str:
            text = encode_basestring(value)
        else:
            text = _scalar(value)
        parts.append(head + text)
    return sha256_hex("{" + ",".join(parts) + "}")


#: Each table's hashed columns in RFC 8785 order, with the text written before each
#: value (``"name":``).
_HEADS: Mapping[str, tuple[tuple[str, str], ...]] = {
    table: tuple((col, f'"{col}":') for col in columns)
    for table, columns in _SORTED_COLUMNS.items()
}


def new_record_hash(
    record_id: str,
    source: str,
    kind: str,
    external_id: str | None,
    subject_key: str | None,
    available_at: datetime | None,
    origin: str | None,
    payload: Any,
    payload_json: str,
    text: str,
    batch_id: int,
) -> str:
    """:func:`row_hash` of a records row about to be inserted (the current form, RFC 8785),
    from its values as they are, without a row mapping built for it (the ingest's hot
    path). ``payload_json`` is the payload's legacy canonical JSON, already built; it is
    the RFC 8785 form unless the payload holds floats or names outside the BMP, in which
    case the payload is written again."""
    if jcs.needs_own_writer(payload):
        payload_json = jcs.dumps(payload)
    return _record_hash(
        record_id,
        source,
        kind,
        external_id,
        subject_key,
        available_at,
        origin,
        payload_json,
        text,
        batch_id,
    )


def _record_hash(
    record_id: Any,
    source: Any,
    kind: Any,
    external_id: Any,
    subject_key: Any,
    available_at: Any,
    origin: Any,
    payload_json: str,
    text: Any,
    batch_id: Any,
) -> str:
    text_json = encode_basestring(text) if type(text) is str else _scalar(text)
    return sha256_hex(
        f'{{"available_at":{_scalar(available_at)},'
        f'"batch_id":{_scalar(batch_id)},'
        f'"external_id":{_scalar(external_id)},'
        f'"id":{_scalar(record_id)},'
        f'"kind":{_scalar(kind)},'
        f'"origin":{_scalar(origin)},'
        f'"payload":{payload_json},'
        f'"source":{_scalar(source)},'
        f'"subject_key":{_scalar(subject_key)},'
        f'"text":{text_json}}}'
    )


def _scalar(value: Any) -> str:
    """The canonical JSON of one column value, as :func:`row_hash` writes it (strings,
    whole numbers and dates without the general encoder)."""
    if value is None:
        return "null"
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return str(value)
    if kind is datetime:
        return _datetime_json(value)
    return canonical(_norm(value), JCS_FORM)


@lru_cache(maxsize=4096)
def _datetime_json(value: datetime) -> str:
    """A datetime as :func:`row_hash` writes it (UTC ISO text); CRM dates repeat a lot."""
    return encode_basestring(as_utc(value).isoformat())


def digest(hashes: Iterable[str]) -> str:
    """Order-independent digest of a set of row hashes (sorted, joined, hashed)."""
    return sha256_hex("\n".join(sorted(hashes)))


def row_ref(table: str, key: object) -> str:
    """How an audit event names one row: ``table/key``."""
    return f"{table}/{key}"


def seal(conn: Connection, table: str, key: object) -> str:
    """Read one row back as stored, write its row hash (in the current form) into it and
    return the hash.

    Reading back first means the hash is taken over exactly what the database holds (its
    datetime and JSON round-trips), which is what ``verify`` recomputes. A row hashed in
    the legacy form moves to the current one here.
    """
    tbl = t.metadata.tables[table]
    key_col = tbl.c[KEY_COLUMNS[table]]
    row = conn.execute(select(tbl).where(key_col == key)).one()
    hashed = row_hash(table, row._asdict(), CURRENT_FORM)
    conn.execute(
        update(tbl).where(key_col == key).values(row_hash=hashed, hash_version=CURRENT_FORM)
    )
    return hashed
