"""Spark bench: every detector and the assessment over a synthetic org, in one process and
on Spark local[2], with an exact-match check.

The org is the demo's book of business copied (``scripts/synthetic_org.py``), generated
at run time under /tmp; its inputs are parsed with knowable's own parsers and written as
the Parquet tables ``knowable spark export`` writes (no store: a 1M-row ingest is the
ingest bench's subject). Both engines then run the same stage functions over the same
Parquet (``knowable.spark.local.run_local`` and ``knowable.spark.job.run``).

CPU-seconds count this process and, for Spark, every process it started (the JVM and its
Python workers, sampled before the session stops), so other jobs on the machine do not
distort the ratio; wall time is reported beside them.

    python bench/spark_bench.py [--copies 846]     # 846 copies ~ 1M CRM rows
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=846)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--memory", default="2g")
    parser.add_argument("--root", type=Path, default=Path("/tmp/knowable-spark-bench"))
    args = parser.parse_args()
    root = args.root
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    inputs = write_inputs(root, args.copies)
    print(f"inputs: {inputs}", flush=True)

    started, cpu = time.perf_counter(), cpu_self()
    counts = run_local(root / "in", root / "local", DATES, SALT)
    local = {"cpu_s": round(cpu_self() - cpu, 1), "wall_s": round(time.perf_counter() - started, 1)}
    print(f"in-process: {local} {counts}", flush=True)

    from knowable.spark.job import run, session

    started, cpu = time.perf_counter(), cpu_tree()
    spark = session(args.master, args.memory, app="knowable-bench")
    try:
        summary = run(spark, str(root / "in"), str(root / "spark"), DATES, SALT)
        spark_cpu = cpu_tree() - cpu
    finally:
        spark.stop()
    remote = {"cpu_s": round(spark_cpu, 1), "wall_s": round(time.perf_counter() - started, 1)}
    print(f"spark {args.master}: {remote} {summary.signals}", flush=True)

    local_keys, spark_keys = keys(root / "local"), keys(root / "spark")
    result = {
        "what": "every detector + assessment at 2 dates over a synthetic org (demo book "
        "copied), in one process vs Spark; same stage code, same Parquet inputs",
        "copies": args.copies,
        "inputs": inputs,
        "signals": counts,
        "assessments": summary.assessments,
        "in_process": local,
        "spark": {"master": args.master, **remote},
        "crm_rows_per_cpu_s": {
            "in_process": round(inputs["crm_rows"] / max(local["cpu_s"], 1e-9)),
            "spark": round(inputs["crm_rows"] / max(remote["cpu_s"], 1e-9)),
        },
        "crm_rows_per_wall_s": {
            "in_process": round(inputs["crm_rows"] / max(local["wall_s"], 1e-9)),
            "spark": round(inputs["crm_rows"] / max(remote["wall_s"], 1e-9)),
        },
        "exact_match": {
            "signals": local_keys[0] == spark_keys[0],
            "assessments": local_keys[1] == spark_keys[1],
        },
        "load_average_at_end": [round(x, 1) for x in psutil.getloadavg()],
    }
    print(write_result("spark", result))
    return 0 if all(result["exact_match"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
