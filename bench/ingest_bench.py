"""CRM ingest bench: throughput (rows per CPU-second) and peak memory, by export size.

Generates synthetic Salesforce exports (``crm_synth``: Account, Contact, Opportunity,
Case, Task and Note CSVs) into a temporary folder (never the repository), then runs each
measurement in its own process and reads that process's CPU time (user + system) and
peak RSS from ``os.wait4``:

- ``ingest``: ``knowable``'s streaming ingest into a fresh SQLite store;
- ``reingest``: the same export again (every row a duplicate, decided by hash look-up);
- ``verify``: ``knowable audit verify`` over the store (must pass);
- ``reference``: the standard library alone, in the same run: ``csv`` reader, a sha256 key
  per row, ``sqlite3`` ``INSERT OR IGNORE`` (no validation, links, versions or audit).

CPU-seconds, not wall time: the machine is shared, and CPU time is what the work costs.

    python bench/ingest_bench.py [--rows 1000000 3000000] [--work /tmp/knowable-ingest-bench]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent / "src"))
sys.path.insert(0, str(BENCH))

from common import write_result  # noqa: E402
from crm_synth import write_export  # noqa: E402


def _child(phase: str, export: Path, work: Path) -> dict[str, Any]:
    """Run one phase in this process; returns what it counted."""
    if phase == "reference":
        return _reference(export, work / "reference.db")
    from knowable.jobs.ingest import ingest_crm
    from knowable.settings import Settings
    from knowable.store import open_store

    store = open_store(Settings(workspace=work, database_url=""))
    if phase == "verify":
        verdict = store.verify_audit()
        return {"ok": verdict.ok, "problems": [str(p) for p in verdict.problems][:5]}
    result = ingest_crm(store, export)
    return {
        **result.summary,
        "rows_read": result.rows_read,
        "batches": len(result.batch_ids),
    }


def _reference(export: Path, db: Path) -> dict[str, Any]:
    import csv
    import hashlib
    import sqlite3

    db.unlink(missing_ok=True)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE rows (key TEXT PRIMARY KEY, kind TEXT, payload TEXT)")
    stored = 0
    for path in sorted(export.glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            batch = []
            for row in reader:
                payload = json.dumps(dict(zip(header, row, strict=False)), sort_keys=True)
                key = hashlib.sha256(f"{path.stem}|{payload}".encode()).hexdigest()
                batch.append((key, path.stem, payload))
                if len(batch) >= 10_000:
                    stored += conn.executemany(
                        "INSERT OR IGNORE INTO rows VALUES (?, ?, ?)", batch
                    ).rowcount
                    conn.commit()
                    batch = []
            stored += conn.executemany(
                "INSERT OR IGNORE INTO rows VALUES (?, ?, ?)", batch
            ).rowcount
            conn.commit()
    conn.close()
    return {"stored": stored}


def _measure(phase: str, export: Path, work: Path) -> dict[str, Any]:
    """Run ``phase`` in a child process: its CPU-seconds, peak RSS and output."""
    out = work / f"{phase}.json"
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", phase, "--export", str(export), "--work", str(work)],
        stdout=open(out, "w"),  # noqa: SIM115 - closed when the child ends
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{phase} failed (exit {os.waitstatus_to_exitcode(status)})")
    cpu = usage.ru_utime + usage.ru_stime
    return {
        "cpu_seconds": round(cpu, 1),
        "wall_seconds": round(wall, 1),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        **json.loads(out.read_text()),
    }


def _size_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.glob("*") if p.is_file()) / 1024**2, 1)


def run(rows: int, root: Path, phases: list[str]) -> dict[str, Any]:
    export = root / f"export-{rows}"
    marker = export / ".complete"
    if not marker.exists():
        shutil.rmtree(export, ignore_errors=True)
        counts = write_export(export, rows)
        marker.write_text(json.dumps(counts))
    counts = json.loads(marker.read_text())
    work = root / f"store-{rows}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    out: dict[str, Any] = {"rows": rows, "objects": counts, "export_mb": _size_mb(export)}
    for phase in phases:
        result = _measure(phase, export, work)
        if phase != "verify":
            result["rows_per_cpu_second"] = round(rows / result["cpu_seconds"])
        out[phase] = result
        print(f"{rows} rows, {phase}: {json.dumps(result)}", flush=True)
    out["store_mb"] = round((work / "knowable.db").stat().st_size / 1024**2, 1)
    if "reference" in out and "ingest" in out:
        out["ingest_cpu_vs_reference"] = round(
            out["ingest"]["cpu_seconds"] / out["reference"]["cpu_seconds"], 2
        )
    shutil.rmtree(work, ignore_errors=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[1_000_000, 3_000_000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/knowable-ingest-bench"))
    parser.add_argument(
        "--phases",
        nargs="+",
        default=["ingest", "reingest", "verify", "reference"],
        help="For sizes after the first only ingest and reference run unless --all.",
    )
    parser.add_argument("--all", action="store_true", help="Every phase at every size.")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--export", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child, args.export, args.work)))
        return
    results = []
    for index, rows in enumerate(args.rows):
        phases = args.phases if index == 0 or args.all else ["ingest", "reference"]
        results.append(run(rows, args.work, phases))
    first = results[0]
    summary: dict[str, Any] = {
        "load_average_at_end": list(os.getloadavg()),
        "note": "CPU-seconds (user+system) and peak RSS of each phase's own process "
        "(os.wait4); the machine is shared, so wall time is not comparable across runs",
        "sizes": results,
    }
    if len(results) > 1:
        summary["peak_rss_mb_by_rows"] = {
            str(r["rows"]): r["ingest"]["peak_rss_mb"] for r in results
        }
        summary["rss_ratio_largest_to_smallest"] = round(
            results[-1]["ingest"]["peak_rss_mb"] / first["ingest"]["peak_rss_mb"], 2
        )
    path = write_result("ingest", summary)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
