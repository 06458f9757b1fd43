"""Guards every parser applies to hostile input before it reaches a parser or the database.

- :func:`loads` reads JSON only when it is nested at most :data:`MAX_DEPTH` levels deep
  (the standard library's decoder recurses and ends in a RecursionError traceback).
- :func:`nul_field` names the first value holding a NUL byte, which PostgreSQL cannot store.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

MAX_DEPTH = 200
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
