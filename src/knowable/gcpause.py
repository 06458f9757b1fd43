"""Bulk work without the cyclic garbage collector walking the whole heap again and again.

An as-of series or a ``cases scan`` holds every signal of the store in memory (500,000
at 50,000 customers, several objects each) while it creates and drops millions of small
objects (contributions, assessments, rows). Each of those allocations counts towards
CPython's next collection, and every so often a full collection walks every live object,
the signals included: measured at 50,000 customers, a third of a 12-date series went to
the collector, and its share grows with the store (a fifth at 10,000). The objects these
jobs build hold no reference cycles (frozen dataclasses, tuples, lists of them), so
reference counting frees them as soon as they are dropped.

:func:`paused` lets such a job run with the collector off: objects alive when it starts
are moved out of the collector's reach (``gc.freeze``), collection is switched off, and
both are restored when the outermost pause ends (pauses nest, across threads too). Any
cycle created meanwhile is collected by the first collection after it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = True


@contextmanager
def paused() -> Iterator[None]:
    """Run the body with the cyclic collector off and the objects alive now frozen."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.freeze()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.unfreeze()
                if _was_enabled:
                    gc.enable()
