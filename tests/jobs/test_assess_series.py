"""The as-of series over a real store: the demo assessed at 12 dates in one pass equals
the demo assessed date by date, and each date is its own audited run."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console

from knowable.catalogue.policy import bundled_policy
from knowable.demo.runner import run_demo
from knowable.jobs.assess import assess_store, assess_store_series

pytestmark = pytest.mark.slow

DATES = [datetime(2014 + m // 12, m % 12 + 1, 1, tzinfo=UTC) for m in range(0, 144, 12)]


def test_demo_series_equals_each_date_alone(tmp_path: Path) -> None:
    store = run_demo(tmp_path, Console(quiet=True))
    policy = bundled_policy()
    before = len(store.runs(kind="assess"))
    runs = assess_store_series(store, policy, list(reversed(DATES)), actor="t")
    assert [results[0].as_of for _, results in runs] == DATES
    knowable = 0
    for (run_id, series), when in zip(runs, DATES, strict=True):
        _, alone = assess_store(store, policy, when, actor="t")
        assert series == alone
        stored = {a.subject_key: a for a in store.assessments(latest=False) if a.as_of == when}
        assert len(stored) == len(series) and run_id > 0
        knowable += sum(1 for a in series if a.knowable_since is not None)
    assert knowable > 0
    assert len(store.runs(kind="assess")) == before + 2 * len(DATES)
    assert store.verify_audit().ok
