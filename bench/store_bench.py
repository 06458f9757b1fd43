"""Store benchmark: CRM ingest throughput and audit verification on a synthetic export.

Generates a Salesforce-style export (accounts and tasks) of a given size, ingests it into
a fresh SQLite store, re-ingests it (all duplicates), and verifies the audit chain.

    python bench/store_bench.py [--accounts 2000] [--tasks 100000]
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import write_result

from knowable.jobs.ingest import ingest_crm
from knowable.settings import Settings
from knowable.store import open_store


def make_export(folder: Path, accounts: int, tasks: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "Account.csv").open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Id", "Name", "Website", "BillingCountry", "CreatedDate"])
        for n in range(accounts):
            writer.writerow(
                [f"001B{n:08d}", f"Company {n} Ltd", f"company{n}.example", "GB", "2012-01-01"]
            )
    with (folder / "Task.csv").open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Id", "AccountId", "Subject", "Description", "ActivityDate"])
        for n in range(tasks):
            writer.writerow(
                [
                    f"00TB{n:010d}",
                    f"001B{n % accounts:08d}",
                    "Call",
                    f"Quarterly check-in number {n}; discussed invoices and roadmap.",
                    f"2014-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
                ]
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=2000)
    parser.add_argument("--tasks", type=int, default=50000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        make_export(root / "export", args.accounts, args.tasks)
        store = open_store(Settings(workspace=root, database_url=""))
        start = time.perf_counter()
        first = ingest_crm(store, root / "export")
        t_first = time.perf_counter() - start
        start = time.perf_counter()
        again = ingest_crm(store, root / "export")
        t_again = time.perf_counter() - start
        start = time.perf_counter()
        verdict = store.verify_audit()
        t_verify = time.perf_counter() - start
    rows = args.accounts + args.tasks
    result = {
        "rows": rows,
        "ingest_seconds": round(t_first, 2),
        "ingest_rows_per_second": round(rows / t_first),
        "reingest_seconds": round(t_again, 2),
        "reingest_duplicates": again.summary["duplicates"],
        "verify_seconds": round(t_verify, 2),
        "verify_ok": verdict.ok,
        "stored": first.summary["stored"],
    }
    print(f"{'measure':<28}{'value':>12}")
    for key, value in result.items():
        print(f"{key:<28}{value!s:>12}")
    print(f"written: {write_result('store', result)}")


if __name__ == "__main__":
    main()
