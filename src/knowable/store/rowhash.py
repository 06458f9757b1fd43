"""Row hashes: what ``audit verify`` recomputes to catch rows edited behind the store's back.

Each content table lists the columns that make up its hash. Values are normalised
(datetimes to UTC ISO strings, floats rounded) so a row read back from SQLite or
PostgreSQL hashes exactly as it did when written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from knowable.hashing import content_hash, sha256_hex
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
}


def _norm(value: Any) -> Any:
    if isinstance(value, datetime):
        return as_utc(value).isoformat()
    if isinstance(value, float):
        return round(value, 9)
    return value


#: Columns added after rows were first hashed: left out of the hash while empty, so rows
#: written before the column existed still verify.
ADDED_LATER: Mapping[str, frozenset[str]] = {"signals": frozenset({"explanation"})}


def row_hash(table: str, row: Mapping[str, Any]) -> str:
    """Hash of one row's meaningful columns."""
    later = ADDED_LATER.get(table, frozenset())
    return content_hash(
        {
            col: _norm(row.get(col))
            for col in HASHED_COLUMNS[table]
            if not (col in later and row.get(col) is None)
        }
    )


def digest(hashes: Iterable[str]) -> str:
    """Order-independent digest of a set of row hashes (sorted, joined, hashed)."""
    return sha256_hex("\n".join(sorted(hashes)))
