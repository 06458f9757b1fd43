"""The per-row part of :mod:`knowable.sources.csvfile`: logical rows, parsed and checked.

Apart from :mod:`~knowable.sources.csvfile` (which opens the file and re-exports what is
public here) so that ``make native`` can compile it (:mod:`knowable.native`) while the
file is still opened through ``csvfile.open_input``, which callers may replace.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from knowable.errors import InputError
from knowable.model import Quarantined
from knowable.sources.guards import NUL_REASON, RAW_PREFIX, Limits, prefix, printable

_SURROGATE = re.compile(f"[{chr(0xDC80)}-{chr(0xDCFF)}]")  # lone surrogates (undecodable bytes)
_SPECIAL = re.compile(rb'[",]')
_BOM = b"\xef\xbb\xbf"
#: Bytes read at a time: a longer physical line is read in pieces.
PIECE = 1 << 16
#: Bytes of an oversized row kept for its quarantine entry (enough for RAW_PREFIX chars).
_HEAD = RAW_PREFIX * 4 + 16
#: How often (in rows) the reader reports its position to a progress callback.
_REPORT_EVERY = 2048


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One parsed row: its first physical line number and values by header name."""

    line: int
    values: dict[str, str]
    raw: str


def _undecodable(text: str) -> str:
    """The raw text with undecodable bytes shown as latin-1, for a human to read."""
    return text.encode("utf-8", "surrogateescape").decode("latin-1")


def _shown(data: bytes) -> str:
    """Raw bytes as text for the quarantine (undecodable bytes as latin-1)."""
    return _undecodable(data.decode("utf-8", "surrogateescape"))


class _FieldSizes:
    """The sizes of the fields of one row read in pieces (a row too large to hold)."""

    def __init__(self) -> None:
        self.quoted = False
        self.sizes = [0]
        self.quotes = [0]

    def feed(self, piece: bytes) -> None:
        start = 0
        for match in _SPECIAL.finditer(piece):
            at = match.start()
            if piece[at] == 0x22:  # a quote
                self.quoted = not self.quoted
                self.quotes[-1] += 1
                self.sizes[-1] += at - start + 1
            elif self.quoted:
                self.sizes[-1] += at - start + 1
            else:  # a separator
                self.sizes[-1] += at - start
                self.sizes.append(0)
                self.quotes.append(0)
            start = at + 1
        self.sizes[-1] += len(piece) - start

    def largest_over(self, limit: int, ending: int) -> tuple[int, int] | None:
        """(index, size) of the first field whose value is larger than ``limit`` bytes.

        ``ending`` is the length of the row's line ending, counted in its last field.
        """
        last = len(self.sizes) - 1
        for index, (size, quotes) in enumerate(zip(self.sizes, self.quotes, strict=True)):
            value = size - quotes + max(quotes - 2, 0) // 2 - (ending if index == last else 0)
            if value > limit:
                return index, value
        return None


@dataclass(slots=True)
class _Logical:
    """One logical row as read: whole (``data``) or, when oversized, measured."""

    line: int
    data: bytes
    size: int
    fields: _FieldSizes | None = None
    unterminated: bool = False
    ending: int = 0


class _Feed:
    """Hands one logical row at a time to a single csv.reader."""

    __slots__ = ("item",)

    def __init__(self) -> None:
        self.item: str | None = None

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> str:
        item = self.item
        if item is None:
            raise StopIteration
        self.item = None
        return item


def _ending(data: bytes) -> int:
    if data.endswith(b"\r\n"):
        return 2
    return 1 if data.endswith((b"\n", b"\r")) else 0


def logical_rows(
    handle: BinaryIO, name: str, limits: Limits, progress: Callable[[int], None] | None
) -> Iterator[_Logical]:
    """The file's logical rows (quotes balanced), oversized ones measured, not held."""
    readline = handle.readline
    cap = limits.file
    row_cap = limits.row
    pos = 0
    line = 0  # physical lines consumed
    count = 0
    first = readline(PIECE)
    if first.startswith(_BOM):
        first = first[len(_BOM) :]
        pos = len(_BOM)
    piece: bytes | None = first
    while True:
        if piece is None:
            piece = readline(PIECE)
        if not piece:
            break
        start_line = line + 1
        pos += len(piece)
        ended = piece.endswith(b"\n")
        if ended:
            line += 1
        quotes = piece.count(b'"')
        if quotes % 2 == 0 and (ended or len(piece) < PIECE):
            # The common case: a whole row on one line.
            data = piece
            piece = None
            if pos > cap:
                raise InputError(f"file larger than {cap} bytes (the file size limit)", file=name)
            yield _Logical(start_line, data, len(data))
        else:
            # A row over several lines, or a line longer than one piece.
            parts = [piece]
            size = len(piece)
            first_end = pos if ended else None  # where the row's first line ends
            first_lines = line
            measured: _FieldSizes | None = None
            head = b""
            last = piece
            piece = None
            complete = False
            while True:
                if quotes % 2 == 0 and last.endswith(b"\n"):
                    complete = True
                    break
                nxt = readline(PIECE)
                if not nxt:
                    complete = quotes % 2 == 0
                    break
                pos += len(nxt)
                if pos > cap:
                    raise InputError(
                        f"file larger than {cap} bytes (the file size limit)", file=name
                    )
                if nxt.endswith(b"\n"):
                    line += 1
                    if first_end is None:
                        first_end, first_lines = pos, line
                quotes += nxt.count(b'"')
                size += len(nxt)
                last = nxt
                if measured is not None:
                    measured.feed(nxt)
                    continue
                parts.append(nxt)
                if size > row_cap:
                    # Too large to hold: keep a prefix, measure the rest as it streams by.
                    whole = b"".join(parts)
                    head = whole[:_HEAD]
                    measured = _FieldSizes()
                    measured.feed(whole)
                    parts = []
            if not complete:
                # The quote opened on this row's first line never closes: set that line
                # aside and read on from the next one.
                shown = head or b"".join(parts)
                end = shown.find(b"\n")
                yield _Logical(
                    start_line, shown[: end + 1] if end >= 0 else shown, size, unterminated=True
                )
                if first_end is None:
                    break
                handle.seek(first_end)
                pos, line = first_end, first_lines
                continue
            if measured is not None:
                yield _Logical(start_line, head, size, measured, ending=_ending(last))
            else:
                yield _Logical(start_line, b"".join(parts), size)
        count += 1
        if progress is not None and count % _REPORT_EVERY == 0:
            progress(pos)
    if progress is not None:
        progress(pos)


def checked_rows(
    logical: Iterator[_Logical], name: str, source: str, limits: Limits
) -> Iterator[CsvRow | Quarantined]:
    feed = _Feed()
    reader = csv.reader(feed, strict=True)
    first = next(logical, None)
    while first is not None and not first.unterminated and not first.data.strip():
        first = next(logical, None)
    if first is None or first.unterminated or first.fields is not None:
        raise InputError(
            "no header row" if first is None else "header row cannot be parsed", file=name, line=1
        )
    feed.item = first.data.decode("utf-8", "surrogateescape")
    try:
        header = [h.strip() for h in next(reader)]
    except (csv.Error, StopIteration):
        raise InputError("header row cannot be parsed", file=name, line=1) from None
    if _SURROGATE.search(",".join(header)):
        raise InputError("header is not valid UTF-8", file=name, line=1)
    if "\x00" in "".join(header):
        raise InputError(f"header {NUL_REASON}", file=name, line=1)
    width = len(header)
    field_cap = limits.field
    for row in logical:
        line_no = row.line
        data = row.data
        if row.unterminated:
            yield Quarantined(
                source,
                name,
                line_no,
                None,
                "unterminated quoted field (broken CSV quoting)",
                printable(prefix(_shown(data))),
            )
            continue
        if row.fields is not None:
            big = row.fields.largest_over(field_cap, row.ending)
            if big is not None and big[0] < width:
                reason = f"field larger than the limit of {field_cap} bytes ({big[1]} bytes)"
                fieldname: str | None = header[big[0]]
            else:
                reason = f"row larger than the limit of {limits.row} bytes ({row.size} bytes)"
                fieldname = None
            yield Quarantined(
                source,
                name,
                line_no,
                fieldname,
                reason,
                printable(prefix(_shown(data), row.size)),
            )
            continue
        if not data.strip():
            continue
        try:
            text = data.decode("utf-8")
            undecodable = False
        except UnicodeDecodeError:
            text = data.decode("utf-8", "surrogateescape")
            undecodable = True
        feed.item = text
        try:
            fields: list[str] | None = next(reader)
        except (csv.Error, StopIteration):
            fields = None
        feed.item = None
        size = row.size
        if fields is not None and size > field_cap:
            big_field = next(
                (
                    (h, n)
                    for h, v in zip(header, fields, strict=False)
                    if len(v) * 4 > field_cap
                    and (n := len(v.encode("utf-8", "surrogateescape"))) > field_cap
                ),
                None,
            )
            if big_field is not None:
                yield Quarantined(
                    source,
                    name,
                    line_no,
                    big_field[0],
                    f"field larger than the limit of {field_cap} bytes ({big_field[1]} bytes)",
                    printable(prefix(_undecodable(text), size)),
                )
                continue
        if size > limits.row:  # a row on one line, under one piece but over the row cap
            yield Quarantined(
                source,
                name,
                line_no,
                None,
                f"row larger than the limit of {limits.row} bytes ({size} bytes)",
                printable(prefix(_undecodable(text), size)),
            )
            continue
        if fields is None:
            yield Quarantined(
                source,
                name,
                line_no,
                None,
                "row cannot be parsed as CSV",
                printable(prefix(_undecodable(text))),
            )
            continue
        if len(fields) != width:
            yield Quarantined(
                source,
                name,
                line_no,
                None,
                f"expected {width} fields, found {len(fields)} (broken CSV quoting?)",
                printable(prefix(_undecodable(text))),
            )
            continue
        values = dict(zip(header, fields, strict=True))
        if undecodable:
            bad = next((k for k, v in values.items() if _SURROGATE.search(v)), None)
            yield Quarantined(
                source,
                name,
                line_no,
                bad,
                "value is not valid UTF-8 (wrong encoding? export the file as UTF-8)",
                printable(prefix(_undecodable(text))),
            )
            continue
        if b"\x00" in data:
            nul = next((k for k, v in values.items() if "\x00" in v), None)
            yield Quarantined(
                source, name, line_no, nul, NUL_REASON, printable(prefix(_undecodable(text)))
            )
            continue
        yield CsvRow(line_no, values, text)
