"""Guards every parser applies to hostile input before it reaches a parser or the database.

- :func:`loads` reads JSON only when it is nested at most :data:`MAX_DEPTH` levels deep
  (the standard library's decoder recurses and ends in a RecursionError traceback).
- :func:`nul_field` names the first value holding a NUL byte, which PostgreSQL cannot store.
- :func:`read_input` reads only a regular file (never a FIFO, a device or a symbolic link
  out of the input folder), up to :data:`MAX_FILE_BYTES`; :func:`open_input` opens one
  for streaming under the same rules.
"""

from __future__ import annotations

import csv
import json
import os
import re
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from knowable.errors import InputError

MAX_DEPTH = 200
MAX_FILE_BYTES = 2 * 1024**3
MAX_ROW_BYTES = 5 * 1024**2
MAX_FIELD_BYTES = 1024**2
MAX_UPLOAD_BYTES = 50 * 1024**2
RAW_PREFIX = 2000


@dataclass(frozen=True, slots=True)
class Limits:
    """Size caps on input: per file, per row, per field and per upload (bytes)."""

    file: int = MAX_FILE_BYTES
    row: int = MAX_ROW_BYTES
    field: int = MAX_FIELD_BYTES
    upload: int = MAX_UPLOAD_BYTES


DEFAULT_LIMITS = Limits()


def prefix(raw: str, size: int | None = None) -> str:
    """The first characters of an oversized value, with its size, for the quarantine."""
    if len(raw) <= RAW_PREFIX:
        return raw
    total = len(raw.encode("utf-8", "surrogateescape")) if size is None else size
    return f"{raw[:RAW_PREFIX]}... [{total} bytes in all, cut]"


NUL_REASON = "contains a NUL byte, which the database cannot store"
_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[\]{}]', re.DOTALL)


class NestingTooDeepError(ValueError):
    """JSON nested deeper than the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"nested deeper than {limit} levels")
        self.reason = f"nested deeper than {limit} levels"


def json_depth_exceeds(text: str | bytes, limit: int = MAX_DEPTH) -> bool:
    """Whether the brackets of ``text`` (outside strings) nest deeper than ``limit``."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        token = match.group()
        if token in ("[", "{"):
            depth += 1
            if depth > limit:
                return True
        elif token in ("]", "}"):
            depth = max(depth - 1, 0)
    return False


def loads(text: str | bytes, limit: int = MAX_DEPTH) -> Any:
    """``json.loads`` that refuses input nested deeper than ``limit``.

    Raises:
        NestingTooDeepError: nested deeper than ``limit`` levels.
        json.JSONDecodeError: not JSON.
    """
    if json_depth_exceeds(text, limit):
        raise NestingTooDeepError(limit)
    try:
        return json.loads(text)
    except RecursionError:  # pragma: no cover - the scan above comes first
        raise NestingTooDeepError(limit) from None


def nul_field(value: Any, name: str | None = None, _depth: int = 0) -> str | None:
    """The name of the first field whose text (or key) holds a NUL byte; "" for an unnamed
    value; None when there is none."""
    if _depth > MAX_DEPTH + 5:
        return None
    if isinstance(value, str):
        return (name or "") if "\x00" in value else None
    if isinstance(value, Mapping):
        for key, item in value.items():
            if isinstance(key, str) and "\x00" in key:
                return key.replace("\x00", "\\x00")
            found = nul_field(item, str(key), _depth + 1)
            if found is not None:
                return found
        return None
    if isinstance(value, (list, tuple)):
        for item in value:
            found = nul_field(item, name, _depth + 1)
            if found is not None:
                return found
    return None


def printable(raw: str) -> str:
    """Raw text made storable: NUL bytes written as ``\\x00``."""
    return raw.replace("\x00", "\\x00")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def refusal(path: Path, root: Path | None = None) -> str | None:
    """Why ``path`` must not be read, or None for a regular file.

    Inside an input folder (``root``) a symbolic link is followed only when it stays in the
    folder and ends at a regular file; a file named directly may be a link to a regular file.
    """
    try:
        own = path.lstat()
    except OSError as exc:
        return f"cannot read: {exc.strerror}"
    if stat.S_ISLNK(own.st_mode) and root is not None:
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return "a broken or looping symbolic link (not followed)"
        if not target.is_relative_to(root.resolve()):
            return "a symbolic link out of the input folder (not followed)"
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot read: {exc.strerror}"
    if not stat.S_ISREG(mode):
        what = _kind(mode)
        link = "a symbolic link to " if stat.S_ISLNK(own.st_mode) else ""
        return f"{link}{what}, not a regular file: only regular files are read"
    return None


def check_input(path: Path, root: Path | None = None) -> None:
    """Raise InputError (one line) unless ``path`` is a regular file to read."""
    reason = refusal(path, root)
    if reason is not None:
        raise InputError(reason, file=str(path))


def open_input(path: Path, root: Path | None = None, limit: int | None = None) -> BinaryIO:
    """An open binary handle on a regular file, for streaming; the caller closes it.

    Refused (InputError) when the path is anything but a regular file (a FIFO is opened
    without blocking, then refused) or larger than ``limit`` (default
    :data:`MAX_FILE_BYTES`). Readers of the handle still stop at the limit, in case the
    file grows while it is read.
    """
    check_input(path, root)
    cap = MAX_FILE_BYTES if limit is None else limit
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=str(path)) from None
    handle = os.fdopen(fd, "rb")
    try:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{_kind(info.st_mode)}, not a regular file", file=str(path))
        if info.st_size > cap:
            raise InputError(f"file larger than {cap} bytes (the file size limit)", file=str(path))
    except BaseException:
        handle.close()
        raise
    return handle


def read_input(path: Path, root: Path | None = None, limit: int | None = None) -> bytes:
    """The bytes of a regular file, refused when it is anything else or larger than ``limit``.

    Raises:
        InputError: not a regular file, unreadable, or larger than the limit.
    """
    cap = MAX_FILE_BYTES if limit is None else limit
    with open_input(path, root, cap) as handle:
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise InputError(f"file larger than {cap} bytes (the file size limit)", file=str(path))
    return data


class TolerantRows:
    """Iterates a ``csv`` reader, setting aside rows the csv module cannot parse (a bare
    carriage return in an unquoted field, a NUL) instead of ending the whole file with
    ``_csv.Error``. ``broken`` holds (line, reason) for each, for the caller to quarantine.
    """

    def __init__(self, reader: Any) -> None:
        self.reader = reader
        self.broken: list[tuple[int, str]] = []

    def __iter__(self) -> Iterator[Any]:
        last = -1
        while True:
            try:
                row = next(self.reader)
            except StopIteration:
                return
            except csv.Error as exc:
                line = int(self.reader.line_num)
                if line == last:  # the reader did not move on: stop rather than spin
                    return
                last = line
                self.broken.append((line, f"broken CSV: {exc}"))
                continue
            yield row
