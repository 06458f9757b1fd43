"""Salesforce record Ids: 15 characters (case-sensitive) or 18 (with a checksum suffix).

The 18-character form adds three characters that encode which of the first fifteen are
capital letters, five characters per suffix character, so the Id survives tools that
ignore case. knowable keys records by the 18-character form: a 15-character Id from one
export and its 18-character form from another (or from the API) are the same record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_ALNUM = re.compile(r"^[A-Za-z0-9]+$")
_SUFFIX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"


#: Ids of a chunk are asked about several times each (the row's own Id, then every
#: lookup naming it), so the answers are kept for the most recent ones: a few thousand,
#: enough for the asks about one row and the accounts its neighbours name. Each cached
#: answer is a few small objects that live long among a chunk's short-lived ones; at
#: 65,536 (before) the two caches and the dates' held some 20 MB of them, and kept
#: pymalloc's arenas from being given back after large chunks (docs/scale.md).
_CACHED = 1 << 12


#: Capital letters to 1, other letters and digits to 0: a 15-character Id's case bits.
_BITS = str.maketrans(
    {
        **{chr(c): "1" for c in range(ord("A"), ord("Z") + 1)},
        **{chr(c): "0" for c in range(ord("a"), ord("z") + 1)},
        **{str(d): "0" for d in range(10)},
    }
)


def suffix(id15: str) -> str:
    """The three checksum characters of a 15-character Id."""
    flags = id15.translate(_BITS)
    if len(flags) == 15 and not flags.strip("01"):
        # Each group of five, lowest bit first: read it reversed as a binary number.
        return "".join(_SUFFIX_CHARS[int(flags[start + 4 :: -1][:5], 2)] for start in (0, 5, 10))
    out = []
    for start in (0, 5, 10):
        bits = 0
        for offset, char in enumerate(id15[start : start + 5]):
            if "A" <= char <= "Z":
                bits |= 1 << offset
        out.append(_SUFFIX_CHARS[bits])
    return "".join(out)


@lru_cache(maxsize=_CACHED)
def problem(value: str) -> str | None:
    """Why ``value`` is not a Salesforce Id, or None when it is one."""
    if not _ALNUM.match(value):
        return f"not a Salesforce Id: {value!r} (expected 15 or 18 letters and digits)"
    if len(value) == 15:
        return None
    if len(value) != 18:
        return f"not a Salesforce Id: {value!r} has {len(value)} characters (expected 15 or 18)"
    expected = suffix(value[:15])
    if value[15:].upper() != expected:
        return (
            f"not a Salesforce Id: {value!r}: the checksum suffix should be {expected!r}, "
            f"not {value[15:]!r} (a mistyped or case-changed Id)"
        )
    return None


@lru_cache(maxsize=_CACHED)
def to18(value: str) -> str:
    """The 18-character form of a valid Id (a 15-character Id gains its suffix)."""
    if len(value) == 18 and problem(value) is None:
        # Its suffix is checked already: only its case may differ from the computed one.
        return value[:15] + value[15:].upper()
    return value[:15] + suffix(value[:15])


def is_valid18(value: str) -> bool:
    return len(value) == 18 and problem(value) is None


def salesforce_keyed(ids: Iterable[str]) -> bool:
    """Whether an export's record Ids are real Salesforce Ids, to be validated.

    Yes when one of them is an 18-character Id whose checksum is right (which a made-up
    Id of that length almost never is), or when there are some and all have exactly 15
    letters and digits. Hand-made and sfdx-reference Ids (``AccountRef1``) are left as
    they are.
    """
    seen = False
    all15 = True
    for value in ids:
        seen = True
        if is_valid18(value):
            return True
        if len(value) != 15 or not _ALNUM.match(value):
            all15 = False
    return seen and all15
