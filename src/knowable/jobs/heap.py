"""Give the C heap's free pages back to the system between an ingest's batches (glibc).

A batch allocates and frees tens of megabytes of C memory (SQLite's pages and statements,
dict and list tables, query results); glibc keeps what is freed for later allocations,
and in a long ingest the free memory it holds, scattered between live blocks, grows with
the number of batches rather than with what a batch needs. ``malloc_trim(0)`` hands every
whole free page back (``madvise``); it does not move or free anything in use, so nothing
an ingest computes depends on it. Elsewhere than glibc it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from functools import cache


@cache
def _trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def give_back() -> bool:
    """Return the heap's free pages to the system; False where that cannot be done."""
    trim = _trim()
    if trim is None:
        return False
    trim(0)
    return True
