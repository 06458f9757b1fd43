"""``knowable spark export DIR``: the store's inputs as Parquet, for the Spark job.

Writes one folder per input (``subjects``, ``crm`` with every version of every CRM
record, ``listings``, ``articles``, ``watchlist`` with every version of every list), each a
Parquet dataset Spark reads as a whole. Records are written in chunks, so memory stays
bounded by the chunk, not the store. With ``salt`` (the workspace's contact-hash salt) the
file ``contact-salt`` is written beside them, readable by its owner only: the Spark job
needs it to match customers' contacts in listings (NET-07). The folder then holds what the
store holds and is as sensitive.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from knowable.model import Record
from knowable.sources.listings import KIND as LISTING_KIND
from knowable.sources.listings import SOURCE as LISTING_SOURCE
from knowable.sources.watchlist import KIND as ENTRY_KIND
from knowable.spark import tables as tb
from knowable.store import Store

SALT_FILE = "contact-salt"
CHUNK = 20_000


@dataclass
class ExportResult:
    """Rows written per input."""

    folder: Path
    rows: dict[str, int] = field(default_factory=dict)
    salt: bool = False


def _chunks(items: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def export_inputs(
    store: Store,
    folder: Path,
    salt: bytes | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> ExportResult:
    """Write the store's subjects and records under ``folder`` (created; earlier exports
    of the same inputs are replaced)."""
    folder.mkdir(parents=True, exist_ok=True)
    result = ExportResult(folder)
    subjects = store.subjects()
    customers = {s.key: tb.customer_of(s) for s in subjects}
    _write(folder / "subjects", [tb.subjects_table(subjects)])
    result.rows["subjects"] = len(subjects)
    if progress:
        progress("subjects", len(subjects))
    sources: dict[str, Iterable[Record]] = {
        "crm": store.records(source="crm", all_versions=True),
        "listings": store.records(kind=LISTING_KIND, source=LISTING_SOURCE),
        "articles": store.records(kind="article", source="media"),
        "watchlist": store.records(kind=ENTRY_KIND),
    }
    for name, records in sources.items():
        count = 0

        def tables(records: Iterable[Record] = records, name: str = name) -> Iterator[pa.Table]:
            nonlocal count
            for chunk in _chunks(records, CHUNK):
                count += len(chunk)
                if progress:
                    progress(name, len(chunk))
                yield tb.records_table(chunk, customers)

        _write(folder / name, tables(), schema=tb.RECORDS)
        result.rows[name] = count
    target = folder / SALT_FILE
    if target.exists():
        target.unlink()
    if salt is not None:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(salt)
        result.salt = True
    return result


def _write(target: Path, parts: Iterable[pa.Table], schema: pa.Schema | None = None) -> None:
    """One Parquet file ``part-0.parquet`` in ``target`` (a fresh folder)."""
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.parquet"):
        old.unlink()
    writer: pq.ParquetWriter | None = None
    try:
        for table in parts:
            if writer is None:
                writer = pq.ParquetWriter(target / "part-0.parquet", table.schema)
            writer.write_table(table)
        if writer is None:
            empty = schema if schema is not None else tb.SUBJECTS
            pq.write_table(empty.empty_table(), target / "part-0.parquet")
    finally:
        if writer is not None:
            writer.close()
