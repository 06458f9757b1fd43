"""The Parquet tables the Spark job reads and writes, and their mapping to the vocabulary.

One Arrow schema per kind of row. Nested parts (payloads, evidence, details, explanations,
contributions, a subject's FtM view) are kept as canonical JSON strings, so a row turns
back into exactly the object it came from (ids included); dates are UTC microsecond
timestamps. Every table carries ``customer``: the account a row belongs to, the key the
Spark job groups by (a person's customer is its ``parent_key``, anything else is its own
customer).

Inputs (written by ``knowable spark export``): ``subjects``, ``crm`` (CRM objects, every
version), ``listings`` (hosted content), ``articles`` (news), ``watchlist`` (every version
of every list). Outputs (written by ``knowable spark run``): ``signals``, ``assessments``,
``screened`` (subject keys each run covered) and ``runs`` (one row per run, its params).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

import pyarrow as pa

from knowable.hashing import canonical_json
from knowable.model import Assessment, Record, Signal, Subject
from knowable.store.convert import (
    assessment_to_row,
    record_to_row,
    row_to_assessment,
    row_to_record,
    row_to_signal,
    row_to_subject,
    signal_to_row,
    subject_to_row,
)
from knowable.timeutil import as_utc

INPUTS = ("subjects", "crm", "listings", "articles", "watchlist")
OUTPUTS = ("signals", "assessments", "screened", "runs")

_TS = pa.timestamp("us", tz="UTC")

SUBJECTS = pa.schema(
    [
        ("key", pa.string()),
        ("customer", pa.string()),
        ("schema", pa.string()),
        ("body", pa.string()),
    ]
)
RECORDS = pa.schema(
    [
        ("id", pa.string()),
        ("customer", pa.string()),
        ("source", pa.string()),
        ("kind", pa.string()),
        ("external_id", pa.string()),
        ("subject_key", pa.string()),
        ("available_at", _TS),
        ("ingested_at", _TS),
        ("valid_from", _TS),
        ("deleted", pa.bool_()),
        ("entity_key", pa.string()),
        ("origin", pa.string()),
        ("text", pa.string()),
        ("payload", pa.string()),
    ]
)
SIGNALS = pa.schema(
    [
        ("id", pa.string()),
        ("run", pa.string()),
        ("subject_key", pa.string()),
        ("indicator", pa.string()),
        ("strength", pa.float64()),
        ("observed_at", _TS),
        ("detector", pa.string()),
        ("detector_version", pa.string()),
        ("record_id", pa.string()),
        ("evidence", pa.string()),
        ("details", pa.string()),
        ("explanation", pa.string()),
    ]
)
ASSESSMENTS = pa.schema(
    [
        ("subject_key", pa.string()),
        ("as_of", _TS),
        ("score", pa.float64()),
        ("band", pa.string()),
        ("policy_version", pa.string()),
        ("policy_hash", pa.string()),
        ("knowable_since", _TS),
        ("screened", pa.bool_()),
        ("contributions", pa.string()),
    ]
)
SCREENED = pa.schema([("run", pa.string()), ("subject_key", pa.string())])
RUNS = pa.schema([("run", pa.string()), ("position", pa.int32()), ("params", pa.string())])

#: The same schemas as Spark DDL, for ``mapInArrow`` and ``applyInArrow`` results.
_DDL_TYPES = {
    pa.string(): "STRING",
    _TS: "TIMESTAMP",
    pa.bool_(): "BOOLEAN",
    pa.float64(): "DOUBLE",
    pa.int32(): "INT",
}


def ddl(schema: pa.Schema) -> str:
    """The Spark DDL string of one of the schemas above."""
    return ", ".join(f"`{f.name}` {_DDL_TYPES[f.type]}" for f in schema)


def customer_of(subject: Subject) -> str:
    """The account a subject belongs to: a person's parent, else the subject itself."""
    if subject.schema == "Person" and subject.parent_key:
        return subject.parent_key
    return subject.key


def _dt(value: datetime | None) -> datetime | None:
    return as_utc(value) if value is not None else None


def timestamps(column: pa.ChunkedArray | pa.Array) -> list[datetime | None]:
    """A timestamp column as UTC datetimes (None stays None), as the converters read them."""
    return [_dt(v) for v in column.to_pylist()]


def _table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema)


# -- the store's converters, with nested parts as JSON ------------------------------------
# Each table is the store's row (``knowable.store.convert``) without the store's own
# bookkeeping columns (batch, run, org, fingerprint), plus ``customer`` (and ``run`` for
# signals), with nested parts as canonical JSON strings; reading a table merges the JSON
# back into the store's row and calls the store's converter, so there is one definition
# of each mapping.

#: The subject's row parts kept as one JSON body (every column but key and schema).
_SUBJECT_BODY = (
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
)


def _rows(table: pa.Table, json_columns: Sequence[str]) -> list[dict[str, Any]]:
    """The table's rows as dicts with ``json_columns`` parsed (None stays None)."""
    rows: list[dict[str, Any]] = table.to_pylist()
    for row in rows:
        for name in json_columns:
            value = row[name]
            row[name] = json.loads(value) if value is not None else None
    return rows


# -- subjects --------------------------------------------------------------------------------
def subjects_table(subjects: Iterable[Subject]) -> pa.Table:
    rows = []
    for s in subjects:
        row = subject_to_row(s)
        rows.append(
            {
                "key": row["key"],
                "customer": customer_of(s),
                "schema": row["schema"],
                "body": canonical_json({name: row[name] for name in _SUBJECT_BODY}),
            }
        )
    return _table(rows, SUBJECTS)


def subjects_from(table: pa.Table) -> list[Subject]:
    return [
        row_to_subject({"key": row["key"], "schema": row["schema"], **json.loads(row["body"])})
        for row in table.to_pylist()
    ]


# -- records ---------------------------------------------------------------------------------
def records_table(records: Iterable[Record], customers: Mapping[str, str]) -> pa.Table:
    """``customers`` maps a subject key to its account (keys not in it are their own)."""
    rows = []
    for r in records:
        row = record_to_row(r, 0)
        del row["batch_id"], row["org"]
        row["customer"] = customers.get(r.subject_key, r.subject_key) if r.subject_key else None
        row["ingested_at"] = _dt(r.ingested_at)
        # The store leaves ``deleted`` unset on records without versions; Parquet keeps it.
        row["deleted"] = r.deleted
        row["payload"] = canonical_json(row["payload"])
        rows.append(row)
    return _table(rows, RECORDS)


def records_from(table: pa.Table) -> list[Record]:
    rows = _rows(table, ("payload",))
    for row in rows:
        if row["text"] is None:  # a Parquet file written by another tool may leave it out
            row["text"] = ""
    return [row_to_record(row) for row in rows]


def store_order(records: Sequence[Record]) -> list[Record]:
    """The order the store streams records in: by date (undated last), then id."""
    return sorted(
        records, key=lambda r: (r.available_at is None, r.available_at or datetime.min, r.id)
    )


# -- signals ---------------------------------------------------------------------------------
def signals_table(signals: Iterable[Signal], run: str) -> pa.Table:
    rows = []
    for s in signals:
        row = signal_to_row(s, 0)
        del row["run_id"]
        row["run"] = run
        row["evidence"] = canonical_json(row["evidence"])
        row["details"] = canonical_json(row["details"])
        if row["explanation"] is not None:
            row["explanation"] = canonical_json(row["explanation"])
        rows.append(row)
    return _table(rows, SIGNALS)


def signals_from(table: pa.Table) -> list[Signal]:
    return [row_to_signal(row) for row in _rows(table, ("evidence", "details", "explanation"))]


# -- assessments -----------------------------------------------------------------------------
def assessments_table(items: Iterable[Assessment]) -> pa.Table:
    rows = []
    for a in items:
        row = assessment_to_row(a, None)
        del row["run_id"]
        row["contributions"] = canonical_json(row["contributions"])
        rows.append(row)
    return _table(rows, ASSESSMENTS)


def assessments_from(table: pa.Table) -> list[Assessment]:
    return [row_to_assessment(row) for row in _rows(table, ("contributions",))]


def batches(table: pa.Table) -> Iterator[pa.RecordBatch]:
    """A table as record batches (what ``mapInArrow`` functions yield)."""
    yield from table.to_batches()


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """``table`` with exactly ``schema``'s columns, in its order and types (Spark may add,
    reorder or retype columns: a join's key comes first, timestamps carry its zone)."""
    return table.select(schema.names).cast(schema)


def concat(parts: Iterable[pa.RecordBatch | pa.Table], schema: pa.Schema) -> pa.Table:
    """Batches (or tables) of one schema as one table; an empty table when there are none."""
    tables = [
        p if isinstance(p, pa.Table) else pa.Table.from_batches([p], schema=p.schema) for p in parts
    ]
    if not tables:
        return schema.empty_table()
    return pa.concat_tables([conform(t, schema) for t in tables])
