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
from knowable.model import Assessment, Contribution, Evidence, Explanation, Record, Signal, Subject
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


def _table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema)


# -- subjects --------------------------------------------------------------------------------
def subjects_table(subjects: Iterable[Subject]) -> pa.Table:
    rows = [
        {
            "key": s.key,
            "customer": customer_of(s),
            "schema": s.schema,
            "body": canonical_json(
                {
                    "name": s.name,
                    "aliases": list(s.aliases),
                    "domains": list(s.domains),
                    "countries": list(s.countries),
                    "identifiers": list(s.identifiers),
                    "addresses": list(s.addresses),
                    "birth_dates": list(s.birth_dates),
                    "parent_key": s.parent_key,
                    "properties": dict(s.properties),
                    "source": s.source,
                }
            ),
        }
        for s in subjects
    ]
    return _table(rows, SUBJECTS)


def subjects_from(table: pa.Table) -> list[Subject]:
    out = []
    for row in table.to_pylist():
        body = json.loads(row["body"])
        out.append(
            Subject(
                key=row["key"],
                schema=row["schema"],
                name=body["name"],
                aliases=tuple(body["aliases"]),
                domains=tuple(body["domains"]),
                countries=tuple(body["countries"]),
                identifiers=tuple(body["identifiers"]),
                addresses=tuple(body["addresses"]),
                birth_dates=tuple(body["birth_dates"]),
                parent_key=body["parent_key"],
                properties=body["properties"],
                source=body["source"],
            )
        )
    return out


# -- records ---------------------------------------------------------------------------------
def records_table(records: Iterable[Record], customers: Mapping[str, str]) -> pa.Table:
    """``customers`` maps a subject key to its account (keys not in it are their own)."""
    rows = [
        {
            "id": r.id,
            "customer": customers.get(r.subject_key, r.subject_key) if r.subject_key else None,
            "source": r.source,
            "kind": r.kind,
            "external_id": r.external_id,
            "subject_key": r.subject_key,
            "available_at": _dt(r.available_at),
            "ingested_at": _dt(r.ingested_at),
            "valid_from": _dt(r.valid_from),
            "deleted": r.deleted,
            "entity_key": r.entity_key,
            "origin": r.origin,
            "text": r.text,
            "payload": canonical_json(dict(r.payload)),
        }
        for r in records
    ]
    return _table(rows, RECORDS)


def records_from(table: pa.Table) -> list[Record]:
    return [
        Record(
            id=row["id"],
            source=row["source"],
            kind=row["kind"],
            external_id=row["external_id"],
            subject_key=row["subject_key"],
            available_at=_dt(row["available_at"]),
            ingested_at=_dt(row["ingested_at"]),
            valid_from=_dt(row["valid_from"]),
            deleted=bool(row["deleted"]),
            entity_key=row["entity_key"],
            origin=row["origin"],
            text=row["text"] or "",
            payload=json.loads(row["payload"]),
        )
        for row in table.to_pylist()
    ]


def store_order(records: Sequence[Record]) -> list[Record]:
    """The order the store streams records in: by date (undated last), then id."""
    return sorted(
        records, key=lambda r: (r.available_at is None, r.available_at or datetime.min, r.id)
    )


# -- signals ---------------------------------------------------------------------------------
def signals_table(signals: Iterable[Signal], run: str) -> pa.Table:
    rows = [
        {
            "id": s.id,
            "run": run,
            "subject_key": s.subject_key,
            "indicator": s.indicator,
            "strength": float(s.strength),
            "observed_at": _dt(s.observed_at),
            "detector": s.detector,
            "detector_version": s.detector_version,
            "record_id": s.record_id,
            "evidence": canonical_json([e.as_dict() for e in s.evidence]),
            "details": canonical_json(dict(s.details)),
            "explanation": canonical_json(s.explanation.as_dict()) if s.explanation else None,
        }
        for s in signals
    ]
    return _table(rows, SIGNALS)


def signals_from(table: pa.Table) -> list[Signal]:
    return [
        Signal(
            id=row["id"],
            subject_key=row["subject_key"],
            indicator=row["indicator"],
            strength=float(row["strength"]),
            observed_at=_dt(row["observed_at"]),
            detector=row["detector"],
            detector_version=row["detector_version"],
            record_id=row["record_id"],
            evidence=tuple(Evidence.from_dict(e) for e in json.loads(row["evidence"])),
            details=json.loads(row["details"]),
            explanation=Explanation.from_dict(json.loads(row["explanation"]))
            if row["explanation"]
            else None,
        )
        for row in table.to_pylist()
    ]


# -- assessments -----------------------------------------------------------------------------
def assessments_table(items: Iterable[Assessment]) -> pa.Table:
    rows = [
        {
            "subject_key": a.subject_key,
            "as_of": _dt(a.as_of),
            "score": float(a.score),
            "band": a.band,
            "policy_version": a.policy_version,
            "policy_hash": a.policy_hash,
            "knowable_since": _dt(a.knowable_since),
            "screened": a.screened,
            "contributions": canonical_json(
                [
                    {
                        "signal_id": c.signal_id,
                        "indicator": c.indicator,
                        "family": c.family,
                        "weight": c.weight,
                        "value": c.value,
                        "note": c.note,
                    }
                    for c in a.contributions
                ]
            ),
        }
        for a in items
    ]
    return _table(rows, ASSESSMENTS)


def assessments_from(table: pa.Table) -> list[Assessment]:
    return [
        Assessment(
            subject_key=row["subject_key"],
            as_of=as_utc(row["as_of"]),
            score=float(row["score"]),
            band=row["band"],
            policy_version=row["policy_version"],
            policy_hash=row["policy_hash"],
            contributions=tuple(Contribution(**c) for c in json.loads(row["contributions"])),
            knowable_since=_dt(row["knowable_since"]),
            screened=bool(row["screened"]),
        )
        for row in table.to_pylist()
    ]


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
