"""A CSV reader that never loses a row.

The standard library's reader either stops at the first broken row or silently glues
rows together when a quote is left open. This reader splits the file into logical rows
itself (a row continues while it holds an odd number of quote characters), parses each
row on its own, and turns every problem into a :class:`~knowable.model.Quarantined` item
naming the file, the line and, where one is at fault, the field: unterminated quotes,
wrong field counts and bytes that are not UTF-8.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from knowable.errors import InputError
from knowable.model import Quarantined
from knowable.sources.guards import (
    DEFAULT_LIMITS,
    NUL_REASON,
    Limits,
    check_input,
    prefix,
    printable,
    read_input,
)

_SURROGATE = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One parsed row: its first physical line number and values by header name."""

    line: int
    values: dict[str, str]
    raw: str


def _undecodable(text: str) -> str:
    """The raw text with undecodable bytes shown as latin-1, for a human to read."""
    return text.encode("utf-8", "surrogateescape").decode("latin-1")


def read_csv(
    path: Path, source: str, limits: Limits = DEFAULT_LIMITS
) -> Iterator[CsvRow | Quarantined]:
    """Yield each data row of ``path`` as a CsvRow, or a Quarantined item with the reason.

    A row larger than ``limits.row`` or with a field larger than ``limits.field`` is
    quarantined with its size (only a prefix of it is kept).

    Raises InputError only when the file cannot be read at all (missing, no header, too big).
    """
    try:
        data = read_input(path, limit=limits.file)
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", file=str(path)) from exc
    text = data.decode("utf-8-sig", errors="surrogateescape")
    lines = text.splitlines(keepends=True)
    name = str(path)
    header_end, header_text = _next_logical(lines, 0)
    if header_end is None or not header_text.strip():
        raise InputError("no header row", file=name, line=1)
    header = _parse_one(header_text)
    if header is None:
        raise InputError("header row cannot be parsed", file=name, line=1)
    header = [h.strip() for h in header]
    if _SURROGATE.search(",".join(header)):
        raise InputError("header is not valid UTF-8", file=name, line=1)
    if "\x00" in "".join(header):
        raise InputError(f"header {NUL_REASON}", file=name, line=1)
    start = header_end
    while start < len(lines):
        end, logical = _next_logical(lines, start)
        line_no = start + 1
        if end is None:
            # The quote opened on this line never closes: set this line aside, go on.
            raw = lines[start]
            yield Quarantined(
                source,
                name,
                line_no,
                None,
                "unterminated quoted field (broken CSV quoting)",
                prefix(_undecodable(raw)),
            )
            start += 1
            continue
        start = end
        if not logical.strip():
            continue
        size = len(logical.encode("utf-8", "surrogateescape"))
        fields = _parse_one(logical, max(size, limits.field) + 1)
        if fields is not None:
            big = next(
                (
                    (h, n)
                    for h, v in zip(header, fields, strict=False)
                    if len(v) * 4 > limits.field
                    and (n := len(v.encode("utf-8", "surrogateescape"))) > limits.field
                ),
                None,
            )
            if big is not None:
                yield Quarantined(
                    source,
                    name,
                    line_no,
                    big[0],
                    f"field larger than the limit of {limits.field} bytes ({big[1]} bytes)",
                    printable(prefix(_undecodable(logical), size)),
                )
                continue
        if size > limits.row:
            yield Quarantined(
                source,
                name,
                line_no,
                None,
                f"row larger than the limit of {limits.row} bytes ({size} bytes)",
                printable(prefix(_undecodable(logical), size)),
            )
            continue
        if fields is None:
            yield Quarantined(
                source,
                name,
                line_no,
                None,
                "row cannot be parsed as CSV",
                prefix(_undecodable(logical)),
            )
            continue
        if len(fields) != len(header):
            yield Quarantined(
                source,
                name,
                line_no,
                None,
                f"expected {len(header)} fields, found {len(fields)} (broken CSV quoting?)",
                prefix(_undecodable(logical)),
            )
            continue
        values = dict(zip(header, fields, strict=True))
        bad = next((k for k, v in values.items() if _SURROGATE.search(v)), None)
        if bad is not None:
            yield Quarantined(
                source,
                name,
                line_no,
                bad,
                "value is not valid UTF-8 (wrong encoding? export the file as UTF-8)",
                prefix(_undecodable(logical)),
            )
            continue
        nul = next((k for k, v in values.items() if "\x00" in v), None)
        if nul is not None:
            yield Quarantined(
                source, name, line_no, nul, NUL_REASON, printable(prefix(_undecodable(logical)))
            )
            continue
        yield CsvRow(line_no, values, logical)


def read_header(path: Path) -> list[str] | None:
    """The header row of a CSV file, stripped; None when it cannot be read or parsed."""
    try:
        check_input(path)
        with path.open("rb") as handle:
            head = handle.read(65536)
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


def _parse_one(logical: str, field_limit: int | None = None) -> list[str] | None:
    """Parse one logical row (possibly spanning lines); None when it is not valid CSV."""
    before = csv.field_size_limit()
    if field_limit is not None and field_limit > before:
        csv.field_size_limit(field_limit)
    try:
        rows = [r for r in csv.reader(io.StringIO(logical), strict=True) if r]
    except csv.Error:
        return None
    finally:
        if field_limit is not None and field_limit > before:
            csv.field_size_limit(before)
    return rows[0] if len(rows) == 1 else None
