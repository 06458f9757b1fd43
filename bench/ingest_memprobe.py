"""Where a CRM ingest's memory goes, batch by batch (Linux, glibc; a diagnosis, not a bench).

Runs :func:`knowable.jobs.ingest.ingest_crm` over an export (see ``crm_synth``) into a
fresh SQLite store in this process and, after every batch it commits, writes one JSON line:

- ``rss_mb`` / ``peak_mb``: resident memory now and at most so far (``/proc/self/status``);
- ``heap_used_mb`` / ``heap_free_mb``: glibc's heap in use, and free but held (``mallinfo2``);
- ``sqlite_mb``: SQLite's own allocations (page cache, prepared statements, sorter);
- ``cached`` / ``leaves`` / ``used``: the link cache's Ids (see ``StoreLinks``), and
  ``table_mb``: the arrays its parents are held in (``IdTable``, set aside once);
- every tenth batch, ``arenas_mb`` and ``pymalloc_mb``: pymalloc's arenas and the bytes of
  live small objects in them.

    python bench/ingest_memprobe.py EXPORT WORKDIR OUT.jsonl [--cache-limit N]

The figures of docs/scale.md ("Where 3M's extra memory went") come from it.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from knowable.jobs import ingest as ingest_job
from knowable.settings import Settings
from knowable.store import open_store

MB = 1 << 20


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _libs() -> tuple[Any, Any]:
    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = _MallInfo2
    sqlite = ctypes.CDLL("libsqlite3.so.0")  # the library Python's sqlite3 module links
    sqlite.sqlite3_memory_used.restype = ctypes.c_int64
    return libc, sqlite


def _status() -> dict[str, int]:
    wanted = {"VmRSS": "rss_mb", "VmHWM": "peak_mb"}
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in wanted:
            out[wanted[name]] = int(value.split()[0]) // 1024
    return out


def _pymalloc(stats: int) -> dict[str, int]:
    """pymalloc's arenas and live bytes, from ``sys._debugmallocstats`` (written to fd 2,
    which points at the file ``stats`` while the probe runs)."""
    sys.stderr.flush()
    os.ftruncate(stats, 0)
    os.lseek(stats, 0, os.SEEK_SET)
    sys._debugmallocstats()
    text = os.pread(stats, 1 << 20, 0).decode(errors="replace")
    out = {}
    for line in text.splitlines():
        if line.startswith("# arenas allocated current"):
            out["arenas_mb"] = int(line.split("=")[1].replace(",", ""))  # 1 MiB arenas
        elif line.startswith("# bytes in allocated blocks"):
            out["pymalloc_mb"] = int(line.split("=")[1].replace(",", "")) // MB
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("export", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--cache-limit", type=int, help="Link cache bound (default LINK_CACHE).")
    args = parser.parse_args()
    if args.cache_limit is not None:
        ingest_job.LINK_CACHE = args.cache_limit
    libc, sqlite = _libs()
    args.work.mkdir(parents=True, exist_ok=True)
    for stale in args.work.glob("knowable.db*"):
        stale.unlink()
    store = open_store(Settings(workspace=args.work, database_url=""))
    stats_file = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the process
    saved_stderr = os.dup(2)
    os.dup2(stats_file.fileno(), 2)
    started = time.process_time()
    lines = args.out.open("w")
    committed = ingest_job.StoreLinks.committed

    def sample(links: ingest_job.StoreLinks | None, batch: int | None) -> dict[str, Any]:
        heap = libc.mallinfo2()
        row: dict[str, Any] = {
            "batch": batch,
            "cpu_seconds": round(time.process_time() - started, 1),
            **_status(),
            "heap_used_mb": heap.uordblks // MB,
            "heap_free_mb": heap.fordblks // MB,
            "sqlite_mb": sqlite.sqlite3_memory_used() // MB,
        }
        if links is not None:
            table = links.cache
            row.update(
                cached=len(table),
                leaves=len(links.leaves),
                used=table.used_count,
                table_mb=round(table.nbytes / MB, 1),
            )
        if batch is None or batch % 10 == 1:
            row.update(_pymalloc(stats_file.fileno()))
        return row

    def watched(self: ingest_job.StoreLinks, batch_id: int) -> None:
        committed(self, batch_id)
        lines.write(json.dumps(sample(self, batch_id)) + "\n")
        lines.flush()

    ingest_job.StoreLinks.committed = watched  # type: ignore[method-assign]
    try:
        result = ingest_job.ingest_crm(store, args.export)
        end = {**sample(None, None), "rows": result.rows_read, **result.summary}
    finally:
        os.dup2(saved_stderr, 2)
    lines.write(json.dumps(end) + "\n")
    lines.close()
    print(json.dumps(end))


if __name__ == "__main__":
    main()
