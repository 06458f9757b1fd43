"""The as-of series over a real store: the demo assessed at 12 dates in one pass equals
the demo assessed date by date, and each date is its own audited run."""

from __future__ import annotations

import importlib.util
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console
from sqlalchemy import select

from knowable.catalogue.policy import bundled_policy
from knowable.demo.runner import run_demo
from knowable.jobs import assess as assess_job
from knowable.jobs.assess import assess_store, assess_store_series
from knowable.model import Assessment
from knowable.store import Store
from knowable.store import schema as t
from knowable.store.assessrows import hashes_of
from knowable.store.convert import row_to_assessment

pytestmark = pytest.mark.slow

DATES = [datetime(2014 + m // 12, m % 12 + 1, 1, tzinfo=UTC) for m in range(0, 144, 12)]


def test_demo_series_equals_each_date_alone(tmp_path: Path) -> None:
    store = run_demo(tmp_path, Console(quiet=True))
    policy = bundled_policy()
    before = len(store.runs(kind="assess"))
    runs = assess_store_series(store, policy, list(reversed(DATES)), actor="t")
    assert [run.as_of for run in runs] == DATES
    stored_by_run: dict[int, dict[str, Assessment]] = {}
    for run_id, item in _stored(store):
        stored_by_run.setdefault(run_id, {})[item.subject_key] = item
    knowable = 0
    for run, when in zip(runs, DATES, strict=True):
        _, alone = assess_store(store, policy, when, actor="t")
        assert stored_by_run[run.run_id] == {a.subject_key: a for a in alone}
        assert run.customers == len(alone) > 0
        assert run.bands == dict(sorted(Counter(a.band for a in alone).items()))
        assert run.knowable == sum(1 for a in alone if a.knowable_since is not None)
        knowable += run.knowable
    assert knowable > 0
    assert len(store.runs(kind="assess")) == before + 2 * len(DATES)
    assert store.verify_audit().ok


def test_series_written_in_chunks_equals_one_chunk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Customers assessed and written a few at a time give the runs one pass gives."""
    store = run_demo(tmp_path, Console(quiet=True))
    policy = bundled_policy()
    whole = assess_store_series(store, policy, DATES[:3], actor="t")
    monkeypatch.setattr(assess_job, "SERIES_CHUNK", 7)
    done: list[int] = []
    chunked = assess_store_series(store, policy, DATES[:3], actor="t", progress=done.append)
    assert done == sorted(done) and done[-1] == whole[0].customers and len(done) > 1
    by_run: dict[int, list[tuple[str, Assessment]]] = {}
    for run_id, item in _stored(store):
        by_run.setdefault(run_id, []).append((item.subject_key, item))
    for a, b in zip(whole, chunked, strict=True):
        assert (a.as_of, a.customers, a.bands, a.knowable) == (
            b.as_of,
            b.customers,
            b.bands,
            b.knowable,
        )
        assert sorted(by_run[a.run_id]) == sorted(by_run[b.run_id])
    assert store.verify_audit().ok


def _stored(store: Store) -> list[tuple[int, Assessment]]:
    with store.read() as conn:
        rows = conn.execute(select(t.assessments).order_by(t.assessments.c.id)).all()
    return [(row.run_id, row_to_assessment(row._mapping)) for row in rows]


def test_bench_store_series_equals_each_date_alone(tmp_path: Path) -> None:
    """The as-of bench's fictional store at a small size (skewed signal counts, stages,
    mostly weak): 12 dates in one pass store exactly the rows, and row hashes, that each
    date assessed alone stores."""
    spec = importlib.util.spec_from_file_location(
        "asof_data", Path(__file__).resolve().parents[2] / "bench" / "asof_data.py"
    )
    assert spec is not None and spec.loader is not None
    asof_data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(asof_data)
    store = asof_data.build_store(tmp_path / "bench.db", 120, 1500)
    policy = bundled_policy()
    monthly = [datetime(2024, m, 1, tzinfo=UTC) for m in range(1, 13)]
    runs = assess_store_series(store, policy, monthly, actor="t")
    stored: dict[int, dict[str, tuple[Assessment, str]]] = {}
    with store.read() as conn:
        for row in conn.execute(select(t.assessments)):
            item = row_to_assessment(row._mapping)
            stored.setdefault(row.run_id, {})[item.subject_key] = (item, row.row_hash)
    for run, when in zip(runs, monthly, strict=True):
        _, alone = assess_store(store, policy, when, actor="t")
        assert {k: a for k, (a, _) in stored[run.run_id].items()} == {
            a.subject_key: a for a in alone
        }
        assert {k: h for k, (_, h) in stored[run.run_id].items()} == dict(
            zip((a.subject_key for a in alone), hashes_of(alone, run.run_id), strict=True)
        )
    assert sum(run.knowable for run in runs) > 0
    assert store.verify_audit().ok
