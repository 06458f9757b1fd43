"""A streaming CSV reader that never loses a row and never holds more than one row.

The standard library's reader either stops at the first broken row or silently glues
rows together when a quote is left open. This reader splits the file into logical rows
itself (a row continues while it holds an odd number of quote characters), parses each
row on its own, and turns every problem into a :class:`~knowable.model.Quarantined` item
naming the file, the line and, where one is at fault, the field: unterminated quotes,
wrong field counts, bytes that are not UTF-8, NUL bytes, and rows or fields over the size
caps (:class:`~knowable.sources.guards.Limits`).

The file is read in pieces of at most :data:`PIECE` bytes: a row larger than the row cap
is never assembled in memory; it is measured while it is read (its fields' sizes too, so
a 100 MB field is named as the field at fault) and only a prefix of it is kept for the
quarantine. Memory does not grow with the file.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path

from knowable.errors import InputError
from knowable.model import Quarantined
from knowable.sources.csvrows import PIECE as PIECE
from knowable.sources.csvrows import CsvRow as CsvRow
from knowable.sources.csvrows import checked_rows, logical_rows
from knowable.sources.guards import DEFAULT_LIMITS, Limits, check_input, open_input


def read_csv(
    path: Path,
    source: str,
    limits: Limits = DEFAULT_LIMITS,
    progress: Callable[[int], None] | None = None,
) -> Iterator[CsvRow | Quarantined]:
    """Yield each data row of ``path`` as a CsvRow, or a Quarantined item with the reason.

    The file is streamed: memory holds one row at a time. A row larger than
    ``limits.row`` or with a field larger than ``limits.field`` is quarantined with its
    size (only a prefix of it is kept). ``progress`` is called now and then with the
    number of bytes read so far.

    Raises InputError only when the file cannot be read at all (missing, no header, too big).
    """
    name = str(path)
    try:
        handle = open_input(path, limit=limits.file)
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", file=name) from exc
    before = csv.field_size_limit()
    if before < limits.row + 1:
        csv.field_size_limit(limits.row + 1)
    try:
        with handle:
            yield from checked_rows(
                logical_rows(handle, name, limits, progress), name, source, limits
            )
    finally:
        csv.field_size_limit(before)


def read_header(path: Path) -> list[str] | None:
    """The header row of a CSV file, stripped; None when it cannot be read or parsed."""
    try:
        check_input(path)
        with path.open("rb") as handle:
            head = handle.read(PIECE)
    except (OSError, InputError):
        return None
    text = head.decode("utf-8-sig", errors="replace")
    end, logical = _next_logical(text.splitlines(keepends=True), 0)
    if end is None or not logical.strip():
        return None
    fields = _parse_one(logical)
    return [f.strip() for f in fields] if fields is not None else None


def _next_logical(lines: list[str], start: int) -> tuple[int | None, str]:
    """From ``start``, gather physical lines until quotes balance; None end if they never do."""
    parts: list[str] = []
    quotes = 0
    for index in range(start, len(lines)):
        parts.append(lines[index])
        quotes += lines[index].count('"')
        if quotes % 2 == 0:
            return index + 1, "".join(parts)
    return None, "".join(parts)


def _parse_one(logical: str) -> list[str] | None:
    """Parse one logical row (possibly spanning lines); None when it is not valid CSV."""
    try:
        rows = [r for r in csv.reader([logical], strict=True) if r]
    except csv.Error:
        return None
    return rows[0] if len(rows) == 1 else None
