"""Spark bench: every detector and the assessment over a synthetic org, in one process and
on Spark local[2], with an exact-match check.

The org is the demo's book of business copied (``scripts/synthetic_org.py``), generated
at run time under /tmp; its inputs are parsed with knowable's own parsers and written as
the Parquet tables ``knowable spark export`` writes (no store: a 1M-row ingest is the
ingest bench's subject). Both engines then run the same stage functions over the same
Parquet (``knowable.spark.local.run_local`` and ``knowable.spark.job.run``).

Each engine runs in a child process of its own (this script with ``--phase``), started
after the inputs are written, so neither pays for or inherits the other's memory:

- in-process: CPU-seconds and peak RSS of the child from ``os.wait4``;
- Spark: CPU-seconds of the child and every process it started (the JVM, which holds the
  driver and the local executor, and its Python workers), sampled before the session
  stops; peak RSS sampled every half second over that process tree, as the largest sum
  at one instant and the largest of each part (Python driver, JVM, Python workers).

CPU-seconds do not count other jobs on the machine, so the ratio holds on a shared box;
wall time is reported beside them.

    python bench/spark_bench.py [--copies 846]     # 846 copies ~ 1M CRM rows
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import psutil
import pyarrow.parquet as pq
from common import write_result
from synthetic_org import write_crm

from knowable.demo.runner import LIST_DATE, data_dir
from knowable.jobs.content import demo_content_files
from knowable.model import Quarantined, Record
from knowable.sources.formats import load_watchlist
from knowable.sources.listings import read_listings
from knowable.sources.news import read_media
from knowable.sources.salesforce import discover, parse_export
from knowable.spark import tables as tb
from knowable.spark.export import CHUNK
from knowable.spark.local import run_local

DATES = (datetime(2018, 6, 30, 23, 59, 59, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC))
SALT = b"bench-contact-salt-0123456789abc"


def cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_tree() -> float:
    """CPU-seconds of this process and every live descendant (with their reaped children)."""
    total = 0.0
    for proc in [psutil.Process(), *psutil.Process().children(recursive=True)]:
        try:
            t = proc.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += t.user + t.system + t.children_user + t.children_system
    return total


def cpu_by_role() -> dict[str, float]:
    """CPU-seconds of this process (the Python driver), of the JVM (Spark's driver and
    local executor) and of everything else it started (Python workers, with the reaped)."""
    me = psutil.Process()
    roles = {"driver": 0.0, "jvm": 0.0, "workers": 0.0}
    for proc in [me, *me.children(recursive=True)]:
        try:
            t = proc.cpu_times()
            name = proc.name()
        except psutil.NoSuchProcess:
            continue
        own, reaped = t.user + t.system, t.children_user + t.children_system
        if proc.pid == me.pid:
            roles["driver"] += own
        elif name == "java":
            roles["jvm"] += own
        else:
            roles["workers"] += own
        if proc.pid != me.pid:
            roles["workers"] += reaped  # the JVM's and daemon's reaped children are workers
    return roles


def write_inputs(root: Path, copies: int) -> dict[str, Any]:
    """Generate the org's CRM export and write every input as Parquet under root/in."""
    started, cpu = time.perf_counter(), cpu_self()
    crm_dir = root / "crm"
    rows = write_crm(crm_dir, copies)
    export = parse_export(discover(crm_dir))
    out = root / "in"
    customers = {s.key: tb.customer_of(s) for s in export.subjects}
    _write(out / "subjects", [tb.subjects_table(export.subjects)])
    records = export.records
    _write(
        out / "crm",
        [
            tb.records_table(records[i : i + CHUNK], customers)
            for i in range(0, len(records), CHUNK)
        ],
    )
    watchlist = load_watchlist(data_dir("watchlist"), "ofac-csv", LIST_DATE)
    _write(out / "watchlist", [tb.records_table(watchlist.records, customers)])
    news = read_media(data_dir("news"))
    _write(out / "articles", [tb.records_table(news.records, customers)])
    listings: list[Record] = []
    for path, key in demo_content_files():
        listings += [
            r
            for r in read_listings(path, subject_key=key, salt=SALT)
            if not isinstance(r, Quarantined)
        ]
    _write(out / "listings", [tb.records_table(listings, customers)])
    return {
        "crm_rows": rows,
        "crm_records": len(records),
        "quarantined": len(export.quarantined),
        "subjects": len(export.subjects),
        "customers": sum(1 for s in export.subjects if s.schema != "Person"),
        "list_entries": len(watchlist.records),
        "articles": len(news.records),
        "listings": len(listings),
        "prepare_cpu_s": round(cpu_self() - cpu, 1),
        "prepare_wall_s": round(time.perf_counter() - started, 1),
    }


def _write(folder: Path, tables: list[Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(tb.concat(tables, tables[0].schema), folder / "part-0.parquet")


def keys(folder: Path) -> tuple[set[Any], set[Any]]:
    signals = tb.signals_from(pq.read_table(folder / "signals"))
    assessed = tb.assessments_from(pq.read_table(folder / "assessments"))
    return (
        {
            (s.subject_key, s.indicator, s.record_id, s.observed_at, s.strength, s.id)
            for s in signals
        },
        {
            (a.subject_key, a.as_of, a.score, a.band, a.knowable_since, a.contributions)
            for a in assessed
        },
    )


class TreeMemory:
    """Peak RSS of this process and its descendants, sampled in a thread."""

    def __init__(self, interval: float = 0.5) -> None:
        self.interval = interval
        self.peak: dict[str, int] = {"total": 0, "driver": 0, "jvm": 0, "workers": 0}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def sample(self) -> None:
        me = psutil.Process()
        parts = {"driver": 0, "jvm": 0, "workers": 0}
        for proc in [me, *me.children(recursive=True)]:
            try:
                rss = proc.memory_info().rss
                name = proc.name()
            except psutil.NoSuchProcess:
                continue
            role = "driver" if proc.pid == me.pid else "jvm" if name == "java" else "workers"
            parts[role] += rss
        for role, rss in parts.items():
            self.peak[role] = max(self.peak[role], rss)
        self.peak["total"] = max(self.peak["total"], sum(parts.values()))

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def mb(self) -> dict[str, float]:
        return {role: round(rss / 2**20, 1) for role, rss in self.peak.items()}


def phase_local(root: Path) -> dict[str, Any]:
    started = time.perf_counter()
    counts = run_local(root / "in", root / "local", DATES, SALT)
    return {"signals": counts, "wall_s": round(time.perf_counter() - started, 1)}


def phase_spark(root: Path, master: str, memory: str) -> dict[str, Any]:
    from knowable.spark.job import run, session

    started, cpu = time.perf_counter(), cpu_tree()
    with TreeMemory() as memory_use:
        spark = session(master, memory, app="knowable-bench")
        try:
            summary = run(spark, str(root / "in"), str(root / "spark"), DATES, SALT)
            memory_use.sample()
            spark_cpu = cpu_tree() - cpu
            roles = cpu_by_role()
        finally:
            spark.stop()
    return {
        "signals": summary.signals,
        "assessments": summary.assessments,
        "cpu_s": round(spark_cpu, 1),
        "cpu_s_by_role": {role: round(v, 1) for role, v in roles.items()},
        "wall_s": round(time.perf_counter() - started, 1),
        "peak_rss_mb": memory_use.mb(),
    }


def child(root: Path, phase: str, extra: list[str]) -> tuple[dict[str, Any], Any]:
    """Run one phase in a fresh interpreter; its JSON result and its rusage."""
    out = root / f"{phase}.json"
    cmd = [sys.executable, __file__, "--phase", phase, "--root", str(root), *extra]
    proc = subprocess.Popen(cmd)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{phase} phase failed (status {status})")
    found: dict[str, Any] = json.loads(out.read_text())
    return found, usage


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=846)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--memory", default="2g")
    parser.add_argument("--root", type=Path, default=Path("/tmp/knowable-spark-bench"))
    parser.add_argument("--phase", choices=("all", "local", "spark"), default="all")
    parser.add_argument("--result", default="spark", help="bench/results/NAME.json")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the inputs and in-process results of an earlier run under --root "
        "(same --copies) and run only Spark again",
    )
    parser.add_argument(
        "--reuse-spark",
        action="store_true",
        help="with --reuse: take the result of a Spark phase run on its own "
        "(--phase spark, same --root) instead of running it",
    )
    args = parser.parse_args()
    root = args.root
    if args.phase != "all":
        if args.phase == "local":
            found = phase_local(root)
        else:
            found = phase_spark(root, args.master, args.memory)
        (root / f"{args.phase}.json").write_text(json.dumps(found))
        return 0

    kept = root / "kept.json"
    reused = args.reuse and kept.exists()
    if reused:
        inputs, local, counts = json.loads(kept.read_text())
        if inputs["copies"] != args.copies:
            raise SystemExit(f"{root} holds {inputs['copies']} copies, not {args.copies}")
        print(f"reusing {root}: inputs and in-process results", flush=True)
    else:
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        inputs = {"copies": args.copies, **write_inputs(root, args.copies)}
        print(f"inputs: {inputs}", flush=True)
        found, usage = child(root, "local", [])
        counts = found["signals"]
        local = {
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
            "wall_s": found["wall_s"],
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        }
        kept.write_text(json.dumps([inputs, local, counts]))
    print(f"in-process: {local} {counts}", flush=True)

    if args.reuse_spark:
        # The Spark phase was run on its own (--phase spark) over the same --root.
        remote = json.loads((root / "spark.json").read_text())
    else:
        remote, usage = child(root, "spark", ["--master", args.master, "--memory", args.memory])
        remote["peak_rss_mb"]["driver_wait4"] = round(usage.ru_maxrss / 1024, 1)
    print(f"spark {args.master}: {remote}", flush=True)

    local_keys, spark_keys = keys(root / "local"), keys(root / "spark")
    result = {
        "what": "every detector + assessment at 2 dates over a synthetic org (demo book "
        "copied), in one process vs Spark; same stage code, same Parquet inputs; each "
        "engine in its own child process",
        "copies": args.copies,
        "reused_inputs_and_in_process": reused,
        "spark_phase_run_separately": args.reuse_spark,
        "inputs": inputs,
        "signals": counts,
        "assessments": remote["assessments"],
        "in_process": local,
        "spark": {
            "master": args.master,
            "driver_memory": args.memory,
            "cpu_s": remote["cpu_s"],
            "cpu_s_by_role": remote.get("cpu_s_by_role"),
            "wall_s": remote["wall_s"],
            "peak_rss_mb": remote["peak_rss_mb"],
        },
        "crm_rows_per_cpu_s": {
            "in_process": round(inputs["crm_rows"] / max(local["cpu_s"], 1e-9)),
            "spark": round(inputs["crm_rows"] / max(remote["cpu_s"], 1e-9)),
        },
        "crm_rows_per_wall_s": {
            "in_process": round(inputs["crm_rows"] / max(local["wall_s"], 1e-9)),
            "spark": round(inputs["crm_rows"] / max(remote["wall_s"], 1e-9)),
        },
        "compared": {
            "signals": {"in_process": len(local_keys[0]), "spark": len(spark_keys[0])},
            "assessments": {"in_process": len(local_keys[1]), "spark": len(spark_keys[1])},
        },
        "exact_match": {
            "signals": local_keys[0] == spark_keys[0],
            "assessments": local_keys[1] == spark_keys[1],
            "signal_counts_per_run": counts == remote["signals"],
        },
        "load_average_at_end": [round(x, 1) for x in psutil.getloadavg()],
    }
    print(write_result(args.result, result))
    return 0 if all(result["exact_match"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
