"""What Python memory a streamed CRM ingest keeps from batch to batch (a diagnosis, not a bench).

Runs :func:`knowable.jobs.ingest.ingest_crm` over an export (see ``crm_synth``) into a fresh
SQLite store in this process. ``tracemalloc`` starts when the batch ``--trace-from`` is
committed, so a snapshot taken at a later batch holds only what was allocated since and is
still alive: a structure that grows with the rows, accounts or subjects ingested shows up
in it and grows from one snapshot to the next; the chunk being written does not grow.
At each batch of ``--at`` it also lists every ``functools`` cache (entries held) and the
largest containers the garbage collector tracks, and dumps the snapshot
(``snap-N.pickle`` in OUT, for :meth:`tracemalloc.Snapshot.load`). One JSON line per batch
(``batches.jsonl``): resident memory, glibc's heap, SQLite's memory, link cache sizes.

    python bench/ingest_memtrace.py EXPORT WORKDIR OUT --trace-from 5 --at 10 20 30 --stop 30

With one frame per trace an ingest runs about five times slower while tracing. The figures
of docs/scale.md ("What 3M still held above 1M", branch ``mem27``) come from it.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import json
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ingest_memprobe as probe  # puts the repository's src on the path

from knowable.jobs import ingest as ingest_job
from knowable.settings import Settings
from knowable.store import open_store


class _StopError(Exception):
    pass


def census() -> dict[str, Any]:
    """Every lru/functools cache holding entries, and the largest tracked containers."""
    gc.collect()
    caches: dict[str, int] = {}
    big: list[tuple[int, str, str]] = []
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper):
            try:
                size = obj.cache_info().currsize
            except Exception:  # a wrapper without statistics
                continue
            if size:
                name = f"{getattr(obj, '__module__', '?')}.{getattr(obj, '__qualname__', '?')}"
                caches[name] = size
        elif isinstance(obj, dict | set | frozenset | list) and len(obj) > 5000:
            first = repr(next(iter(obj), None))[:50]
            big.append((len(obj), type(obj).__name__, first))
    big.sort(reverse=True)
    return {"caches": caches, "largest": big[:15]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("export", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--trace-from", type=int, default=5)
    parser.add_argument("--at", type=int, nargs="*", default=[10, 20, 30])
    parser.add_argument("--stop", type=int, default=0, help="Stop after this batch (0: all).")
    parser.add_argument("--frames", type=int, default=1)
    args = parser.parse_args()
    libc, sqlite = probe._libs()
    args.out.mkdir(parents=True, exist_ok=True)
    args.work.mkdir(parents=True, exist_ok=True)
    for stale in args.work.glob("knowable.db*"):
        stale.unlink()
    store = open_store(Settings(workspace=args.work, database_url=""))
    committed = ingest_job.StoreLinks.committed
    lines = (args.out / "batches.jsonl").open("w")
    done = 0

    def watched(self: ingest_job.StoreLinks, batch_id: int) -> None:
        nonlocal done
        committed(self, batch_id)
        done += 1
        heap = libc.mallinfo2()
        row: dict[str, Any] = {
            "batch": done,
            "cpu_seconds": round(time.process_time(), 1),
            **probe._status(),
            "heap_used_mb": heap.uordblks // probe.MB,
            "heap_free_mb": heap.fordblks // probe.MB,
            "sqlite_mb": sqlite.sqlite3_memory_used() // probe.MB,
            "cached": len(self.cache),
            "leaves": len(self.leaves),
        }
        if done == args.trace_from:
            tracemalloc.start(args.frames)
        if done in args.at:
            row.update(census())
            if tracemalloc.is_tracing():
                row["traced_since_mb"] = round(tracemalloc.get_traced_memory()[0] / probe.MB, 2)
                tracemalloc.take_snapshot().dump(str(args.out / f"snap-{done}.pickle"))
        lines.write(json.dumps(row) + "\n")
        lines.flush()
        if args.stop and done >= args.stop:
            raise _StopError

    ingest_job.StoreLinks.committed = watched  # type: ignore[method-assign]
    with contextlib.suppress(_StopError):
        ingest_job.ingest_crm(store, args.export)
    lines.close()
    print(f"{done} batches; {args.out / 'batches.jsonl'}")


if __name__ == "__main__":
    main()
