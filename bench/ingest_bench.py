"""CRM ingest bench: throughput (rows per CPU-second) and peak memory, by export size.

Generates synthetic Salesforce exports (``crm_synth``: Account, Contact, Opportunity,
Case, Task and Note CSVs) into a temporary folder (never the repository), then runs each
measurement in its own process and reads that process's CPU time (user + system) and
peak RSS from ``os.wait4``:

- ``ingest``: ``knowable``'s streaming ingest into a fresh SQLite store;
- ``reingest``: the same export again (every row a duplicate, decided by hash look-up);
- ``verify``: ``knowable audit verify`` over the store (must pass);
- ``reference``: the standard library alone, in the same run: ``csv`` reader, a sha256 key
  per row, ``sqlite3`` ``INSERT OR IGNORE`` (no validation, links, versions or audit);
- ``startup``: what every ingest pays once whatever its size (interpreter, imports, the
  country and web-domain tables), so the per-row rate can be told from the fixed cost;
- ``floor``: what a set-at-a-time design could reach in CPython: the same records rows
  (same columns, id, row hash, dates, text, indexes built at the end) straight from the
  csv module's lists, with the header's sorted order worked out once per file, and the
  account taken from the row's own lookup by one dict get; no validation, Id checks,
  versions, subjects, quarantine or audit. Not an ingest: a bound on one.

CPU-seconds, not wall time: the machine is shared, and CPU time is what the work costs.
``--repeat N`` runs ingest and reference N times each, alternately, and keeps the least
CPU time of each (a shared machine only ever adds time).

    python bench/ingest_bench.py                  # 50,000 and 200,000 rows (minutes)
    python bench/ingest_bench.py --large          # 1,000,000 rows (the issue's size)
    python bench/ingest_bench.py --rows 3000000 --phases ingest   # memory at 3M rows
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

from common import RESULTS, write_result, write_sorted  # noqa: E402
from crm_synth import write_export  # noqa: E402


def _child(phase: str, export: Path, work: Path) -> dict[str, Any]:
    """Run one phase in this process; returns what it counted."""
    if phase == "reference":
        return _reference(export, work / "reference.db")
    if phase == "floor":
        return _floor(export, work / "floor.db")
    if phase == "columnar":
        return _columnar(export, work / "columnar.db")
    from knowable.jobs.ingest import ingest_crm
    from knowable.sources.crmfields import web_domain
    from knowable.sources.watchlist import country_code

    if phase == "startup":
        return {"country": country_code("Germany"), "domain": web_domain("www.example.com")}
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


def _floor(export: Path, db: Path) -> dict[str, Any]:
    import csv
    from json.encoder import encode_basestring

    from knowable.hashing import record_key_json, sha256_hex
    from knowable.sources.crmfields import available_at, record_text, valid_from
    from knowable.store.batches import _sqlite_time
    from knowable.store.rowhash import _record_hash
    from knowable.timeutil import utcnow

    conn = _records_db(db)
    now = _sqlite_time(utcnow())
    sqlite_cpu = 0.0
    owner: dict[str, str] = {}
    stored = 0
    order = ("Account", "Contact", "Opportunity", "Case", "Task", "Note")
    for kind in order:
        path = export / f"{kind}.csv"
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            # The payload's canonical JSON in sorted-key order, its member names written once.
            ranked = sorted(range(len(header)), key=lambda i: header[i])
            names = [encode_basestring(header[i]) + ":" for i in ranked]
            link = next((f for f in ("AccountId", "WhatId", "ParentId") if f in header), None)
            at = header.index(link) if link else -1
            batch = []
            for line, row in enumerate(reader, start=2):
                values = dict(zip(header, row, strict=False))
                payload_json = (
                    "{"
                    + ",".join(
                        n + encode_basestring(row[i]) for n, i in zip(names, ranked, strict=False)
                    )
                    + "}"
                )
                key = values["Id"]
                rid = sha256_hex(record_key_json("crm", kind, key, payload_json))
                subject = key if kind == "Account" else owner.get(row[at]) if at >= 0 else None
                if subject is not None and kind != "Task":
                    owner[key] = subject
                when = available_at(kind, values)
                text = record_text(kind, values)
                origin = f"{kind}.csv:{line}"
                hashed = _record_hash(
                    rid, "crm", kind, key, subject, when, origin, payload_json, text, 1
                )
                valid = valid_from(values)
                batch.append(
                    (
                        rid,
                        "crm",
                        kind,
                        key,
                        subject,
                        _sqlite_time(when),
                        now,
                        1,
                        origin,
                        payload_json,
                        text,
                        hashed,
                        None,
                        f"{kind}|{key}",
                        _sqlite_time(valid),
                        int(values.get("IsDeleted") == "true"),
                        2,
                    )
                )
                if len(batch) >= 10_000:
                    sqlite_cpu += write_sorted(conn, batch)
                    stored += len(batch)
                    batch = []
            sqlite_cpu += write_sorted(conn, batch)
            stored += len(batch)
    return {
        "stored": stored,
        "sqlite_insert_cpu_seconds": round(sqlite_cpu, 2),
        "index_build_cpu_seconds": _build_indexes(conn),
    }


def _records_db(db: Path) -> Any:
    """A fresh store file with the records table (its deferred indexes left out, as a large
    ingest does) and batch 1 on record, opened as the ingest writes it."""
    import sqlite3

    from sqlalchemy import create_engine

    from knowable.store import bulkindex
    from knowable.store import schema as t

    db.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{db}")
    t.metadata.create_all(engine, tables=[t.ingest_batches, t.records])
    engine.dispose()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA cache_size=-131072")
    for name in bulkindex.DEFERRED:
        conn.execute(f"DROP INDEX {name}")
    conn.execute(
        "INSERT INTO ingest_batches (id, source, path, actor, started_at, stored, duplicates,"
        " quarantined, subjects_stored, subjects_updated) VALUES (1, 'crm', '', 'bench', '',"
        " 0, 0, 0, 0, 0)"
    )
    return conn


def _build_indexes(conn: Any) -> float:
    """Build the deferred records indexes and close ``conn``; returns their CPU-seconds."""
    from sqlalchemy.schema import CreateIndex

    from knowable.store import bulkindex
    from knowable.store import schema as t

    started = time.process_time()
    for index in t.records.indexes:
        if index.name in bulkindex.DEFERRED:
            conn.execute(str(CreateIndex(index)))
    conn.commit()
    conn.close()
    return round(time.process_time() - started, 2)


def _columnar(export: Path, db: Path) -> dict[str, Any]:
    from ingest_columnar import write_columnar

    from knowable.store.batches import _sqlite_time
    from knowable.timeutil import utcnow

    conn = _records_db(db)
    out = write_columnar(export, conn, _sqlite_time(utcnow()))
    return {**out, "index_build_cpu_seconds": _build_indexes(conn)}


def same_records(one: Path, other: Path) -> bool:
    """Whether two stores hold the same records rows (all columns but ``ingested_at``)."""
    import hashlib
    import sqlite3

    def digest(db: Path) -> str:
        conn = sqlite3.connect(db)
        columns = [r[1] for r in conn.execute("PRAGMA table_info(records)")]
        kept = ", ".join(c for c in columns if c != "ingested_at")
        sha = hashlib.sha256()
        for row in conn.execute(f"SELECT {kept} FROM records ORDER BY id"):
            sha.update(repr(row).encode())
        conn.close()
        return sha.hexdigest()

    return digest(one) == digest(other)


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
        "cpu_seconds": round(cpu, 2),
        "user_seconds": round(usage.ru_utime, 2),
        "system_seconds": round(usage.ru_stime, 2),
        "wall_seconds": round(wall, 1),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        **json.loads(out.read_text()),
    }


def _size_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.glob("*") if p.is_file()) / 1024**2, 1)


def _best(phase: str, export: Path, work: Path, repeat: int) -> dict[str, Any]:
    """The run of ``phase`` with the least CPU time out of ``repeat`` (each from scratch)."""
    runs = []
    for _ in range(repeat):
        if phase == "ingest":
            for stale in work.glob("knowable.db*"):
                stale.unlink()
        runs.append(_measure(phase, export, work))
    best = min(runs, key=lambda r: r["cpu_seconds"])
    if repeat > 1:
        best["cpu_seconds_all_runs"] = [r["cpu_seconds"] for r in runs]
    return best


def run(rows: int, root: Path, phases: list[str], repeat: int = 1) -> dict[str, Any]:
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
    # Ingest and reference alternate, so that both see the same load on a shared machine.
    order = [p for p in phases if p in ("ingest", "reference")]
    for _ in range(repeat if len(order) == 2 else 1):
        for phase in order:
            result = _best(phase, export, work, 1 if len(order) == 2 else repeat)
            result["rows_per_cpu_second"] = round(rows / result["cpu_seconds"])
            kept = out.get(phase)
            if kept is not None:
                result["cpu_seconds_all_runs"] = [
                    *kept.get("cpu_seconds_all_runs", [kept["cpu_seconds"]]),
                    result["cpu_seconds"],
                ]
                if kept["cpu_seconds"] <= result["cpu_seconds"]:
                    kept["cpu_seconds_all_runs"] = result["cpu_seconds_all_runs"]
                    result = kept
            out[phase] = result
            print(f"{rows} rows, {phase}: {json.dumps(result)}", flush=True)
    if "ingest" in out:
        out["store_mb"] = round((work / "knowable.db").stat().st_size / 1024**2, 1)
    for phase in phases:
        if phase in order:
            continue
        result = _measure(phase, export, work)
        out[phase] = result
        print(f"{rows} rows, {phase}: {json.dumps(result)}", flush=True)
    if "floor" in out and "columnar" in out:
        out["columnar_same_rows_as_floor"] = same_records(work / "floor.db", work / "columnar.db")
        print(f"{rows} rows, columnar same rows as floor: {out['columnar_same_rows_as_floor']}")
    for phase in ("reingest", "floor", "columnar"):
        if phase in out:
            out[phase]["rows_per_cpu_second"] = round(rows / out[phase]["cpu_seconds"])
    if "startup" in out and "ingest" in out:
        marginal = out["ingest"]["cpu_seconds"] - out["startup"]["cpu_seconds"]
        out["ingest_rows_per_cpu_second_after_startup"] = round(rows / marginal)
    if "reference" in out and "ingest" in out:
        out["ingest_cpu_vs_reference"] = round(
            out["ingest"]["cpu_seconds"] / out["reference"]["cpu_seconds"], 2
        )
    shutil.rmtree(work, ignore_errors=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", help="Export sizes (default 50k, 200k).")
    parser.add_argument(
        "--large", action="store_true", help="1,000,000 rows (about an hour on a busy machine)."
    )
    parser.add_argument("--repeat", type=int, default=1, help="Runs of ingest and reference.")
    parser.add_argument("--work", type=Path, default=Path("/tmp/knowable-ingest-bench"))
    parser.add_argument(
        "--phases",
        nargs="+",
        default=["ingest", "reference", "startup", "reingest", "verify"],
        help="For sizes after the first only ingest and reference run unless --all.",
    )
    parser.add_argument("--all", action="store_true", help="Every phase at every size.")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--export", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child, args.export, args.work)))
        return
    sizes = args.rows or ([1_000_000] if args.large else [50_000, 200_000])
    results = []
    for index, rows in enumerate(sizes):
        phases = (
            args.phases
            if index == 0 or args.all
            else [p for p in args.phases if p in ("ingest", "reference")]
        )
        results.append(run(rows, args.work, phases, max(args.repeat, 1)))
    first = results[0]
    summary: dict[str, Any] = {
        "load_average_at_end": list(os.getloadavg()),
        "note": "CPU-seconds (user+system) and peak RSS of each phase's own process "
        "(os.wait4); the machine is shared, so wall time is not comparable across runs",
        "sizes": results,
    }
    if len(results) > 1 and all("ingest" in r for r in results):
        summary["peak_rss_mb_by_rows"] = {
            str(r["rows"]): r["ingest"]["peak_rss_mb"] for r in results
        }
        summary["rss_ratio_largest_to_smallest"] = round(
            results[-1]["ingest"]["peak_rss_mb"] / first["ingest"]["peak_rss_mb"], 2
        )
    summary["commit"] = _commit()
    # One file keeps each set of sizes' latest run (the default sizes, --large, ...).
    label = "rows_" + "_".join(str(rows) for rows in sizes)
    previous = RESULTS / "ingest.json"
    kept: dict[str, Any] = {}
    if previous.exists():
        kept = {k: v for k, v in json.loads(previous.read_text()).items() if k != "machine"}
    runs = {k: v for k, v in kept.get("runs", {}).items() if k != label}
    path = write_result("ingest", {**kept, "runs": {**runs, label: summary}})
    print(f"wrote {path}")


def _commit() -> str:
    try:
        found = subprocess.run(
            ["git", "-C", str(BENCH), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return "unknown"
    return found.stdout.strip() or "unknown"


if __name__ == "__main__":
    main()
