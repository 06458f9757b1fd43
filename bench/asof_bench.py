"""Benchmark: the as-of series in one pass, and ``cases scan`` read in bulk.

Builds a synthetic SQLite store at run time (fictional customers and signals, see
bench/asof_data.py), then measures CPU-seconds (this process; SQLite runs in it):

- before: ``assess_store`` for one date (the date-by-date path; 12 dates cost 12 times it);
- after: ``assess_store_series`` for one date and for 12 monthly dates (2024), each date
  written as its own run, as ``knowable assess --series monthly`` does;
- scores and knowable-since only (no contributions, nothing stored) at 1 and 12 dates,
  the work a columnar query does;
- ``cases scan`` after the assessments: the subject-by-subject scan as it was before
  (``scan_one_by_one`` below) and the bulk scan, each on its own copy of the store.

Peak RSS is the process's high-water mark after each phase (``rss_peak_mb_after``: it
only grows, so a phase's own peak shows where the mark moves). Writes the run into
bench/results/asof.json under its customer count (other sizes' runs are kept). Run:
PYTHONPATH=src python bench/asof_bench.py [--customers 50000] [--signals 500000]
[--skip-before-scan]
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from asof_data import build_store
from common import RESULTS, machine

from knowable.assess.combine import prepare, scores_at, to_days
from knowable.assess.series import assess_series_many
from knowable.assess.timeline import first_crossing
from knowable.cases.members import case_signals, membership
from knowable.cases.repository import CaseFilter, CaseRepository
from knowable.catalogue import indicators
from knowable.catalogue.policy import bundled_policy
from knowable.jobs.assess import assess_store, assess_store_series
from knowable.jobs.cases import scan
from knowable.model import Assessment, Signal
from knowable.settings import Settings
from knowable.store import Store
from knowable.store.repository import open_store

T = TypeVar("T")
DATES = [datetime(2024, m, 1, tzinfo=UTC) for m in range(1, 13)]


PEAKS: dict[str, float] = {}


def cpu(fn: Callable[[], T], phase: str = "") -> tuple[float, T]:
    start = time.process_time()
    value = fn()
    spent = time.process_time() - start
    if phase:
        PEAKS[phase] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return spent, value


def commit() -> str:
    found = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    )
    return found.stdout.strip()


def scan_one_by_one(store: Store, repo: CaseRepository) -> int:
    """The scan before it read in bulk: every subject read and judged on its own."""
    members = membership(store.subjects())
    latest: dict[str, Assessment] = {}
    for item in store.assessments(latest=False):
        if item.subject_key not in latest or item.as_of > latest[item.subject_key].as_of:
            latest[item.subject_key] = item
    keys = set(latest)
    for indicator_id, spec in indicators().items():
        if spec.spec.grave:
            keys.update(s.subject_key for s in store.signals(indicator=indicator_id))
    found, _ = repo.cases(CaseFilter(), limit=1_000_000)
    existing = {c.subject_key: c for c in found}
    keys.update(existing)
    touched = 0
    for key in sorted({members.case_subject(k) for k in keys}):
        before = existing.get(key)
        case = repo.on_evidence(
            key, case_signals(store, key, members), latest.get(key), members.names
        )
        touched += case is not None and (before is None or before.version != case.version)
    return touched


def sweep(store: Store, dates: list[datetime]) -> int:
    """Scores and knowable-since only (no contributions, nothing written): each customer's
    signals prepared once, the score evaluated at every date in one call."""
    policy = bundled_policy()
    grouped: dict[str, list[Signal]] = defaultdict(list)
    for signal in store.signals():
        grouped[signal.subject_key].append(signal)
    days = np.array([to_days(d) for d in dates])
    crossed = 0
    for found in grouped.values():
        p = prepare(found, policy, max(dates))
        crossing = first_crossing(p, policy.spec.should_know)
        scores_at(p, days)
        crossed += crossing is not None
    return crossed


def copy(db: Path, name: str) -> Store:
    """A copy of the store at ``db`` as it stands, through SQLite's backup (a copy of the
    file alone would leave out what its write-ahead log holds, the latest commits)."""
    target = db.with_name(name)
    source, copied = sqlite3.connect(db), sqlite3.connect(target)
    try:
        source.backup(copied)
    finally:
        copied.close()
        source.close()
    return open_store(Settings(database_url=f"sqlite:///{target}", workspace=db.parent))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument("--signals", type=int, default=500_000)
    parser.add_argument("--skip-before-scan", action="store_true")
    parser.add_argument(
        "--skip-reference",
        action="store_true",
        help="leave out the date-by-date path and the scores-only sweeps (a shorter run)",
    )
    args = parser.parse_args()
    policy = bundled_policy()
    out: dict[str, Any] = {"customers": args.customers, "signals": args.signals}
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        out["build_cpu_s"], store = cpu(
            lambda: build_store(db, args.customers, args.signals), "build"
        )
        one = DATES[-1]
        # Untimed warm-up (catalogues, policy, imports), whichever path is timed first.
        assess_series_many({}, ["warm-up"], policy, [one])
        if not args.skip_reference:
            out["before_one_date_cpu_s"], _ = cpu(
                lambda: assess_store(store, policy, one), "before_one_date"
            )
            out["before_12_dates_cpu_s_estimated"] = 12 * out["before_one_date_cpu_s"]
        out["after_one_date_cpu_s"], _ = cpu(
            lambda: assess_store_series(store, policy, [one]), "after_one_date"
        )
        out["after_12_dates_cpu_s"], runs = cpu(
            lambda: assess_store_series(store, policy, DATES), "after_12_dates"
        )
        out["ratio_12_dates_to_one"] = out["after_12_dates_cpu_s"] / out["after_one_date_cpu_s"]
        if not args.skip_reference:
            out["ratio_12_dates_to_one_date_before"] = (
                out["after_12_dates_cpu_s"] / out["before_one_date_cpu_s"]
            )
        out["bands_last_date"] = runs[-1].bands
        out["knowable_last_date"] = runs[-1].knowable
        out["assessments_stored"] = store.count("assessments")
        if not args.skip_reference:
            out["scores_only_one_date_cpu_s"], _ = cpu(lambda: sweep(store, [one]))
            out["scores_only_12_dates_cpu_s"], _ = cpu(lambda: sweep(store, DATES))
        if not args.skip_before_scan:
            before = copy(db, "before.db")
            out["scan_before_cpu_s"], touched = cpu(
                lambda: scan_one_by_one(before, CaseRepository(before))
            )
            out["scan_before_cases_touched"] = touched
            out["scan_before_again_cpu_s"], _ = cpu(
                lambda: scan_one_by_one(before, CaseRepository(before))
            )
        after = copy(db, "after.db")
        out["scan_after_cpu_s"], result = cpu(
            lambda: scan(after, CaseRepository(after), "bench"), "scan_after"
        )
        out["scan_after_cases_touched"] = len(result.cases_touched)
        out["scan_after_again_cpu_s"], again = cpu(
            lambda: scan(after, CaseRepository(after), "bench")
        )
        assert again.cases_touched == ()
        out["audit_full_verify_cpu_s"], verdict = cpu(after.verify_audit)
        out["audit_ok"] = verdict.ok
    out["rss_peak_mb_after"] = dict(PEAKS)
    out["machine"] = machine()
    out["commit"] = commit()
    out["run_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / "asof.json"
    kept = json.loads(path.read_text()) if path.exists() else {}
    kept = kept if isinstance(kept, dict) else {}  # other keys (earlier figures) are kept
    runs = kept.get("runs", {})
    runs[str(args.customers)] = out
    kept["runs"] = runs
    path.write_text(json.dumps(kept, indent=2, default=str) + "\n")
    for key, value in out.items():
        if key != "machine":
            print(f"{key:<40}{value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
