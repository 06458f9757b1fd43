"""Streaming JSON lines: one line in memory at a time, each line capped in size.

Used by every JSON-lines parser (FtM entities, listings): a line larger than the row cap
(:class:`~knowable.sources.guards.Limits`) is measured while it is read, never held, and
quarantined with its size and a prefix; a line that is not UTF-8 is quarantined on its
own; the rest of the file is read on.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from knowable.errors import InputError
from knowable.model import Quarantined
from knowable.sources.csvfile import PIECE
from knowable.sources.guards import DEFAULT_LIMITS, Limits, open_input, prefix, printable

_BOM = b"\xef\xbb\xbf"
_HEAD = 8 * 1024


def read_lines(
    path: Path, source: str, limits: Limits = DEFAULT_LIMITS
) -> Iterator[tuple[int, str] | Quarantined]:
    """Yield (line number, text) for each non-blank line, or a Quarantined line.

    Raises InputError only when the file cannot be read at all (not a regular file, or
    larger than the file cap).
    """
    name = str(path)
    try:
        handle = open_input(path, limit=limits.file)
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", file=name) from exc
    with handle:
        number = 0
        total = 0
        while True:
            piece = handle.readline(PIECE)
            if not piece:
                return
            if number == 0 and piece.startswith(_BOM):
                piece = piece[len(_BOM) :]
            number += 1
            parts = [piece]
            size = len(piece)
            head: bytes | None = None
            while not piece.endswith(b"\n"):
                piece = handle.readline(PIECE)
                if not piece:
                    break
                size += len(piece)
                if head is None:
                    parts.append(piece)
                    if size > limits.row:
                        head = b"".join(parts)[:_HEAD]
                        parts = []
            total += size
            if total > limits.file:
                raise InputError(
                    f"file larger than {limits.file} bytes (the file size limit)", file=name
                )
            if head is not None or size > limits.row:
                shown = (head if head is not None else b"".join(parts)).decode("utf-8", "replace")
                yield Quarantined(
                    source,
                    name,
                    number,
                    None,
                    f"row larger than the limit of {limits.row} bytes ({size} bytes)",
                    printable(prefix(shown, size)),
                )
                continue
            data = b"".join(parts)
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Quarantined(
                    source,
                    name,
                    number,
                    None,
                    f"line is not valid UTF-8 ({exc.reason})",
                    printable(prefix(data.decode("latin-1"))),
                )
                continue
            if text.strip():
                yield number, text.rstrip("\r\n")
