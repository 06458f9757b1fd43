"""The ``columnar`` phase of the ingest bench: the ``floor`` phase's records rows, made
column by column with pyarrow instead of row by row.

What a set-at-a-time ingest could reach in CPython with pyarrow doing the per-row work in
C++: each CSV read by ``pyarrow.csv`` (all columns as text), the payload's canonical JSON
(member names in sorted order, values escaped as Python's encoder escapes them), the
record identity's JSON, the text, the dates (as SQLite's UTC text and as ISO text in the
row hash) and the account (a hash join against the Ids seen so far) built as whole
columns; what stays in Python is one sha256 call per record id and per row hash (over
slices of the columns' buffers) and the ``executemany`` of the rows. It writes the same
table, row for row, as the ``floor`` phase (the bench compares the two when both run);
like the floor, it is a bound on an ingest (no validation, Id checks, versions,
subjects, quarantine or audit), not one. The synthetic export's shapes are assumed
(dates ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SS.000+0000``, no control characters other
than line breaks in values): anything else stops the phase rather than being written
differently.
"""

from __future__ import annotations

import csv
import hashlib
import sqlite3
from itertools import pairwise
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from common import write_sorted
from pyarrow import csv as pacsv

from knowable.sources.crmfields import _TEXT, _WHEN

ORDER = ("Account", "Contact", "Opportunity", "Case", "Task", "Note")
#: Date fields that say when a row became available, in order, and the plain text fields:
#: the ingest's own tables (crmfields), for the kinds the synthetic export holds.
WHEN = {kind: _WHEN[kind] for kind in ORDER}
TEXT = {kind: tuple(f for f in _TEXT[kind] if "|" not in f) for kind in ORDER}
_ESCAPES = (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t"))
_OTHER_CONTROL = r"[\x00-\x08\x0b\x0c\x0e-\x1f]"
_SPECIAL = r'[\x00-\x1f"\\]'
_DAY = r"^\d{4}-\d{2}-\d{2}$"
_STAMP = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000\+0000$"
SLICE = 10_000


def _escaped(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """The column's values as JSON string bodies (``encode_basestring`` without quotes)."""
    if not pc.any(pc.match_substring_regex(column, _SPECIAL)).as_py():
        return column  # nothing to escape (Ids, dates, most names): one pass, no copies
    if pc.any(pc.match_substring_regex(column, _OTHER_CONTROL)).as_py():
        raise SystemExit("columnar: a control character the phase does not escape")
    for old, new in _ESCAPES:
        column = pc.replace_substring(column, old, new)
    return column


def _join(*parts: Any) -> pa.ChunkedArray:
    return pc.binary_join_element_wise(*parts, "")


def _blank_to_null(column: pa.ChunkedArray) -> pa.ChunkedArray:
    trimmed = pc.utf8_trim_whitespace(column)
    return pc.if_else(pc.equal(trimmed, ""), pa.scalar(None, pa.string()), trimmed)


def _dates(column: pa.ChunkedArray) -> tuple[pa.ChunkedArray, pa.ChunkedArray]:
    """(SQLite's UTC text, the ISO text of the row hash) of a date column (null: none)."""
    day = pc.match_substring_regex(column, _DAY)
    stamp = pc.match_substring_regex(column, _STAMP)
    if not pc.all(pc.or_kleene(pc.or_kleene(day, stamp), pc.is_null(column))).as_py():
        raise SystemExit("columnar: a date the phase does not read")
    date = pc.utf8_slice_codeunits(column, 0, 10)
    clock = pc.if_else(day, "00:00:00", pc.utf8_slice_codeunits(column, 11, 19))
    return _join(date, " ", clock, ".000000"), _join(date, "T", clock, "+00:00")


def _hex_digests(column: pa.ChunkedArray) -> list[str]:
    """sha256 of each UTF-8 value, over slices of the column's buffers (no str objects)."""
    out: list[str] = []
    sha = hashlib.sha256
    chunks = column.chunks if isinstance(column, pa.ChunkedArray) else [column]
    for chunk in chunks:
        wide = chunk.type in (pa.large_string(), pa.large_binary())
        offsets = np.frombuffer(chunk.buffers()[1], dtype=np.int64 if wide else np.int32)[
            chunk.offset : chunk.offset + len(chunk) + 1
        ].tolist()
        data = memoryview(chunk.buffers()[2] or b"")
        out.extend(sha(data[a:b]).hexdigest() for a, b in pairwise(offsets))
    return out


def _read(path: Path) -> pa.Table:
    with path.open(newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    return pacsv.read_csv(
        path,
        read_options=pacsv.ReadOptions(use_threads=False),
        parse_options=pacsv.ParseOptions(newlines_in_values=True),
        convert_options=pacsv.ConvertOptions(
            column_types=dict.fromkeys(header, pa.string()),
            strings_can_be_null=False,
            quoted_strings_can_be_null=False,
        ),
    )


def write_columnar(export: Path, conn: sqlite3.Connection, now: str) -> dict[str, Any]:
    """Write the records rows of ``export`` into ``conn`` (a records table made ready by the
    caller, batch 1 on record), 10,000 rows a transaction as the floor does; returns rows
    stored and the CPU-seconds of SQLite's part (``executemany`` and commits)."""
    owner = _Owners()
    stored = 0
    sqlite_cpu = 0.0
    for kind in ORDER:
        table = _read(export / f"{kind}.csv")
        for start in range(0, table.num_rows, SLICE):
            rows = _rows(kind, table.slice(start, SLICE), start + 2, owner, now)
            sqlite_cpu += write_sorted(conn, rows)
            stored += len(rows)
    return {"stored": stored, "sqlite_insert_cpu_seconds": round(sqlite_cpu, 2)}


class _Owners:
    """The account of each Id seen so far (the floor's ``owner`` dict), as two columns."""

    def __init__(self) -> None:
        self.keys = pa.array([], pa.string())
        self.values = pa.array([], pa.string())

    def of(self, column: pa.ChunkedArray) -> pa.ChunkedArray:
        return pc.take(self.values, pc.index_in(column, value_set=self.keys))

    def add(self, ids: pa.ChunkedArray, subject: pa.ChunkedArray) -> None:
        linked = pc.is_valid(subject)
        self.keys = pa.concat_arrays([self.keys, pc.filter(ids, linked).combine_chunks()])
        self.values = pa.concat_arrays([self.values, pc.filter(subject, linked).combine_chunks()])


def _rows(
    kind: str, table: pa.Table, first_line: int, owner: _Owners, now: str
) -> list[tuple[Any, ...]]:
    n = table.num_rows
    header = table.column_names
    ids = table.column("Id")
    id_json = _escaped(ids)
    pieces: list[Any] = []
    for i, name in enumerate(sorted(header)):
        pieces += [("{" if i == 0 else ",") + encode_basestring(name) + ':"']
        pieces += [_escaped(table.column(name)), '"']
    payload = _join(*pieces, "}")
    kind_json = encode_basestring(kind)
    record_ids = _hex_digests(
        _join(
            '{"external_id":"',
            id_json,
            '","kind":',
            kind_json,
            ',"payload":',
            payload,
            ',"source":"crm"}',
        )
    )
    link = next((f for f in ("AccountId", "WhatId", "ParentId") if f in header), None)
    if kind == "Account":
        subject = ids
    elif link is None:
        subject = pa.chunked_array([pa.nulls(n, pa.string())])
    else:
        subject = owner.of(table.column(link))
    if kind != "Task":
        owner.add(ids, subject)
    when_sqlite, when_iso = _available(kind, table)
    text = _text(kind, table)
    origin = _join(
        f"{kind}.csv:", pc.cast(pa.array(np.arange(first_line, first_line + n)), pa.string())
    )
    subject_json = pc.if_else(pc.is_null(subject), "null", _join('"', _escaped(subject), '"'))
    when_json = pc.if_else(pc.is_null(when_iso), "null", _join('"', when_iso, '"'))
    row_hashes = _hex_digests(
        _join(
            '{"available_at":',
            when_json,
            ',"batch_id":1,"external_id":"',
            id_json,
            '","id":"',
            pa.array(record_ids, pa.string()),
            '","kind":',
            kind_json,
            ',"origin":"',
            _escaped(origin),
            '","payload":',
            payload,
            ',"source":"crm","subject_key":',
            subject_json,
            ',"text":"',
            _escaped(text),
            '"}',
        )
    )
    versions = [f for f in ("LastModifiedDate", "SystemModstamp") if f in header]
    valid = pc.coalesce(*(_blank_to_null(table.column(f)) for f in versions))
    deleted = (
        pc.cast(pc.equal(table.column("IsDeleted"), "true"), pa.int64()).to_pylist()
        if "IsDeleted" in header
        else [0] * n
    )
    return list(
        zip(
            record_ids,
            ["crm"] * n,
            [kind] * n,
            ids.to_pylist(),
            subject.to_pylist(),
            when_sqlite.to_pylist(),
            [now] * n,
            [1] * n,
            origin.to_pylist(),
            payload.to_pylist(),
            text.to_pylist(),
            row_hashes,
            [None] * n,
            _join(f"{kind}|", ids).to_pylist(),
            _dates(valid)[0].to_pylist(),
            deleted,
            [2] * n,
            strict=True,
        )
    )


def _available(kind: str, table: pa.Table) -> tuple[pa.ChunkedArray, pa.ChunkedArray]:
    """When each row became available (crmfields.available_at): the first of the kind's
    date fields that is not blank (an open opportunity: its creation first)."""
    order = [f for f in WHEN[kind] if f in table.column_names]
    fields = [_blank_to_null(table.column(f)) for f in order]
    when = pc.coalesce(*fields) if fields else pa.nulls(table.num_rows, pa.string())
    if kind == "Opportunity":
        closed = pc.or_(
            pc.equal(pc.utf8_lower(pc.utf8_trim_whitespace(table.column("IsClosed"))), "true"),
            pc.starts_with(
                pc.utf8_lower(pc.utf8_trim_whitespace(table.column("StageName"))), "closed"
            ),
        )
        when = pc.if_else(closed, when, pc.coalesce(*reversed(fields)))
    return _dates(when)


def _text(kind: str, table: pa.Table) -> pa.ChunkedArray:
    """The prose of each row (crmfields.record_text for the plain objects): its text
    fields, trimmed, the blank ones left out, joined by line breaks."""
    parts = [_blank_to_null(table.column(f)) for f in TEXT[kind] if f in table.column_names]
    if not parts:
        return pa.chunked_array([pa.array([""] * table.num_rows)])
    joined = pc.binary_join_element_wise(*parts, "\n", null_handling="skip")
    return pc.if_else(pc.is_null(joined), "", joined)
