"""Shared helpers for benchmarks: where the real data is, machine facts, result files."""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results"


def shared_data() -> Path | None:
    """The shared real-data folder: $KNOWABLE_SHARED_DATA, ../shared/data, /work/shared/data."""
    candidates = [
        os.environ.get("KNOWABLE_SHARED_DATA"),
        str(BENCH.parents[1] / "shared" / "data"),
        "/work/shared/data",
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


def require(path: Path | None) -> Path:
    """Exit 0 with the agreed line when benchmark data is absent."""
    if path is None or not path.exists():
        print(f"skipped: data not found ({path})")
        sys.exit(0)
    return path


def machine() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "cpu_count": os.cpu_count(),
        "machine": platform.machine(),
        "processor": platform.processor() or platform.machine(),
    }


def write_result(name: str, result: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps({"machine": machine(), **result}, indent=2, default=str) + "\n")
    return path


def write_sorted(conn: Any, rows: list[tuple[Any, ...]]) -> float:
    """Insert records ``rows`` (sorted in place) into a store's records table in one
    transaction, as the ingest bench's floor and columnar phases do; returns the
    CPU-seconds SQLite took."""
    from knowable.store.batches import _INSERT_RECORDS

    rows.sort()
    started = time.process_time()
    conn.executemany(_INSERT_RECORDS, rows)
    conn.commit()
    return time.process_time() - started
