"""Synthetic store for the as-of and cases-scan benchmarks (fictional data, built at run time).

Customers ``cust-NNNNNN`` (companies) carry signals whose counts per customer follow a
skewed (log-normal) distribution; indicators are drawn from the catalogue, dates span
2015-2024, a third of media signals carry an allegation stage, strengths are mostly weak so
most customers never cross the threshold (the sweep's worst case) and some do.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from knowable.catalogue import indicators
from knowable.model import Signal, Subject
from knowable.settings import Settings
from knowable.store import Store
from knowable.store.repository import open_store


def synthetic_signals(customers: int, total: int, seed: int = 11) -> list[Signal]:
    rng = np.random.default_rng(seed)
    ids = sorted(indicators())
    weights = rng.lognormal(0.0, 1.0, customers)
    counts = np.floor(weights / weights.sum() * total).astype(int)
    counts[: total - int(counts.sum())] += 1
    start = datetime(2015, 1, 1, tzinfo=UTC)
    stages = ["allegation", "charge", "conviction", ""]
    out: list[Signal] = []
    n = 0
    for c, count in enumerate(counts.tolist()):
        days = rng.integers(0, 3650, count).tolist()
        picks = rng.integers(0, len(ids), count).tolist()
        strengths = np.clip(rng.beta(1.2, 6.0, count), 0.01, 1.0).tolist()
        stage_picks = rng.integers(0, len(stages), count).tolist()
        for d, k, s, g in zip(days, picks, strengths, stage_picks, strict=True):
            stage = stages[g]
            out.append(
                Signal(
                    f"cust-{c:06d}",
                    ids[k],
                    round(s, 3),
                    start + timedelta(days=d, hours=n % 24),
                    "bench",
                    "1",
                    details={"stage": stage} if stage else {},
                    id=f"sig-{n:07d}",
                )
            )
            n += 1
    return out


def build_store(path: Path, customers: int, total: int) -> Store:
    """A SQLite store at ``path`` holding the customers and their signals, all screened."""
    store = open_store(Settings(database_url=f"sqlite:///{path}", workspace=path.parent))
    keys = [f"cust-{c:06d}" for c in range(customers)]
    with store.ingest_batch("crm", "bench") as batch:
        for key in keys:
            batch.add_subject(Subject(key, "Company", f"Bench Customer {key[5:]}"))
    with store.screening_run(kind="bench", params={"synthetic": True}) as run:
        run.add_signals(synthetic_signals(customers, total))
        run.mark_screened(keys)
    return store
