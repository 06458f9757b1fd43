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

from knowable.assess.combine import prepare, signal_numbers, to_days
from knowable.assess.score import assess_many
from knowable.assess.timeline import first_crossing
from knowable.catalogue import indicators
from knowable.catalogue.policy import Policy, bundled_policy
from knowable.model import Signal

RESULTS = Path(__file__).resolve().parent / "results" / "assess.json"
#: The plain-Python baseline runs on this many customers (it is O(n^2) per customer).
BASELINE_CUSTOMERS = 1_000


def naive_knowable_since(signals: list[Signal], policy: Policy, as_of: datetime) -> float | None:
    """Baseline: re-score from scratch at every signal date in plain Python."""
    rows = []
    for s in signals:
        numbers = signal_numbers(s, policy)
        if isinstance(numbers, str) or s.observed_at is None or s.observed_at > as_of:
            continue
        family, base, _, half_life = numbers
        rows.append((to_days(s.observed_at), family, base, half_life))
    rows.sort()
    caps = {name: spec.cap for name, spec in policy.spec.families.items()}
    for day in sorted({r[0] for r in rows}):
        keep: dict[str, float] = {}
        for t, family, base, half_life in rows:
            if t > day:
                break
            value = min(base * 2 ** (-(day - t) / half_life), 1 - 1e-12)
            keep[family] = keep.get(family, 1.0) * (1 - value)
        score = 1.0
        for family, product in keep.items():
            score *= 1 - min(1 - product, caps[family])
        if 1 - score >= policy.spec.should_know:
            return day
    return None


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
        # Mostly weak findings (mean ~0.17), as screening output is: most customers never
        # cross the threshold, which makes the sweep visit every date (its worst case).
        strengths = np.clip(rng.beta(1.2, 6.0, count), 0.01, 1.0).tolist()
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
    # Peer: the same first-crossing question answered by a plain-Python re-scoring sweep,
    # on the first BASELINE_CUSTOMERS customers, against the vectorised sweep on the same.
    subset = keys[:BASELINE_CUSTOMERS]
    t2 = time.perf_counter()
    naive = [naive_knowable_since(grouped.get(k, []), policy, as_of) for k in subset]
    naive_seconds = time.perf_counter() - t2
    t3 = time.perf_counter()
    fast = [
        first_crossing(prepare(grouped.get(k, []), policy, as_of), policy.spec.should_know)
        for k in subset
    ]
    fast_seconds = time.perf_counter() - t3
    agree = sum(
        (n is None) == (c is None) and (n is None or c is None or abs(n - to_days(c.at)) < 1e-6)
        for n, c in zip(naive, fast, strict=True)
    )
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
        "baseline": {
            "customers": len(subset),
            "signals": sum(len(grouped.get(k, [])) for k in subset),
            "plain_python_seconds": round(naive_seconds, 2),
            "vectorised_seconds": round(fast_seconds, 2),
            "knowable_since_agree": agree,
        },
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
    # Worst case for a sweep: one customer with many weak signals that never cross.
    weak = [
        Signal(
            "w",
            "AD-05",
            0.05,
            datetime(2010, 1, 1, tzinfo=UTC) + timedelta(hours=20 * i),
            "bench",
            "1",
            details={"stage": "allegation"},
            id=f"w{i}",
        )
        for i in range(4000)
    ]
    t4 = time.perf_counter()
    naive_knowable_since(weak, policy, as_of)
    worst_naive = time.perf_counter() - t4
    t5 = time.perf_counter()
    first_crossing(prepare(weak, policy, as_of), policy.spec.should_know)
    worst_fast = time.perf_counter() - t5
    result["worst_case_4000_signals_never_crossing"] = {
        "plain_python_seconds": round(worst_naive, 2),
        "vectorised_seconds": round(worst_fast, 2),
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
    print(
        f"knowable-since on {len(subset):,} customers: plain-Python re-scoring "
        f"{naive_seconds:.2f} s vs vectorised sweep {fast_seconds:.2f} s; "
        f"knowable-since agrees for {agree:,}/{len(subset):,}"
    )
    print(
        f"worst case (one customer, 4,000 weak signals, never crosses): plain-Python "
        f"{worst_naive:.2f} s vs vectorised {worst_fast:.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
