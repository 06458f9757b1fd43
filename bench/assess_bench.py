"""Benchmark: assess 10,000 customers carrying 1,000,000 synthetic signals.

Synthetic data only (no third-party data is needed): signal counts per customer follow a
skewed (log-normal) distribution, indicators are drawn from the catalogue, dates span
2010-2020, a third of media signals carry an allegation stage. Measures the time of
``assess_many`` (grouping included, data generation excluded) and writes
bench/results/assess.json. Target: under one minute on the project machine.

Run: PYTHONPATH=src python bench/assess_bench.py [--customers N] [--signals M]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from knowable.assess.policy import bundled_policy
from knowable.assess.score import assess_many
from knowable.catalogue import indicators
from knowable.model import Signal

RESULTS = Path(__file__).resolve().parent / "results" / "assess.json"


def synthetic(customers: int, total: int, seed: int = 7) -> list[Signal]:
    rng = np.random.default_rng(seed)
    ids = sorted(indicators())
    weights = rng.lognormal(0.0, 1.0, customers)
    counts = np.floor(weights / weights.sum() * total).astype(int)
    counts[: total - int(counts.sum())] += 1
    start = datetime(2010, 1, 1, tzinfo=UTC)
    stages = ["allegation", "charge", "conviction", ""]
    out: list[Signal] = []
    n = 0
    for c, count in enumerate(counts.tolist()):
        days = rng.integers(0, 3650, count).tolist()
        picks = rng.integers(0, len(ids), count).tolist()
        strengths = rng.uniform(0.05, 1.0, count).tolist()
        stage_picks = rng.integers(0, len(stages), count).tolist()
        for d, k, s, g in zip(days, picks, strengths, stage_picks, strict=True):
            stage = stages[g]
            out.append(
                Signal(
                    f"cust-{c:05d}",
                    ids[k],
                    round(s, 3),
                    start + timedelta(days=d),
                    "bench",
                    "1",
                    details={"stage": stage} if stage else {},
                    id=f"sig-{n}",
                )
            )
            n += 1
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--signals", type=int, default=1_000_000)
    args = parser.parse_args()
    policy = bundled_policy()
    t0 = time.perf_counter()
    signals = synthetic(args.customers, args.signals)
    generated = time.perf_counter() - t0
    keys = [f"cust-{c:05d}" for c in range(args.customers)]
    as_of = datetime(2021, 1, 1, tzinfo=UTC)
    t1 = time.perf_counter()
    grouped: dict[str, list[Signal]] = defaultdict(list)
    for signal in signals:
        grouped[signal.subject_key].append(signal)
    results = assess_many(grouped, keys, policy, as_of)
    elapsed = time.perf_counter() - t1
    bands: dict[str, int] = defaultdict(int)
    for a in results:
        bands[a.band] += 1
    knowable = sum(1 for a in results if a.knowable_since is not None)
    try:
        import psutil

        rss_mb = psutil.Process().memory_info().rss / 2**20
    except ImportError:  # pragma: no cover - psutil is a bench extra
        rss_mb = float("nan")
    largest = max(len(v) for v in grouped.values())
    result = {
        "customers": args.customers,
        "signals": len(signals),
        "largest_customer_signals": largest,
        "seconds_assess": round(elapsed, 2),
        "seconds_generate": round(generated, 2),
        "customers_per_second": round(args.customers / elapsed, 1),
        "signals_per_second": round(len(signals) / elapsed, 1),
        "target_seconds": 60,
        "met_target": elapsed < 60,
        "bands": dict(sorted(bands.items())),
        "knowable": knowable,
        "rss_mb": round(rss_mb, 1),
        "machine": {
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "numpy": np.__version__,
        },
        "policy": {"version": policy.version, "sha256": policy.sha256},
        "run_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"{'customers':<28}{args.customers:>14,}")
    print(f"{'signals':<28}{len(signals):>14,}")
    print(f"{'largest customer (signals)':<28}{largest:>14,}")
    print(f"{'assess seconds':<28}{elapsed:>14.2f}  (target < 60)")
    print(f"{'signals / second':<28}{len(signals) / elapsed:>14,.0f}")
    print(f"{'knowable customers':<28}{knowable:>14,}")
    print(f"{'bands':<28}{json.dumps(result['bands']):>14}")
    print(f"{'rss MB':<28}{rss_mb:>14.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
