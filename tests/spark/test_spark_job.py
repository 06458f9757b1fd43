"""``knowable spark run`` in local mode gives exactly the in-process results.

Each case ingests the same inputs into a store, exports them as Parquet, runs the Spark
job (local[2]) and then the in-process jobs on the store, and compares every signal and
every assessment. The Spark output is also loaded into an untouched copy of the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from orgs import (
    DATES,
    assessment_keys,
    build_store,
    copy_workspace,
    run_in_process,
    settings,
    signal_keys,
)

from knowable.jobs.content import workspace_salt
from knowable.model import Assessment, Signal
from knowable.spark import tables as tb
from knowable.spark.export import export_inputs
from knowable.spark.job import RunSummary, run
from knowable.spark.load import load_output
from knowable.store import Store, open_store

pytestmark = [pytest.mark.spark, pytest.mark.slow]


@dataclass
class Case:
    store: Store  # after the in-process jobs
    untouched: Path  # a copy of the workspace before any screening
    output: Path
    summary: RunSummary
    assessments: list[Assessment]


def _case(root: Path, spark: object, copies: int) -> Case:
    workspace = root / "ws"
    store = build_store(workspace, copies)
    salt = workspace_salt(settings(workspace))
    export_inputs(store, root / "in", salt)
    untouched = root / "untouched"
    copy_workspace(store, workspace, untouched)
    summary = run(spark, str(root / "in"), str(root / "out"), DATES, salt)  # type: ignore[arg-type]
    return Case(store, untouched, root / "out", summary, run_in_process(store, workspace))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, spark: object) -> Case:
    return _case(tmp_path_factory.mktemp("spark-demo"), spark, copies=0)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory, spark: object) -> Case:
    return _case(tmp_path_factory.mktemp("spark-org"), spark, copies=2)


def _spark_signals(case: Case) -> list[Signal]:
    return tb.signals_from(pq.read_table(case.output / "signals"))


def _check_identical(case: Case) -> None:
    spark_signals = _spark_signals(case)
    assert len({s.id for s in spark_signals}) == len(spark_signals), "a signal written twice"
    assert signal_keys(spark_signals) == signal_keys(case.store.signals())
    by_run = {r["kind"]: r["signals_found"] for r in case.store.runs() if r["kind"] != "assess"}
    assert case.summary.signals == by_run
    spark_assessed = tb.assessments_from(pq.read_table(case.output / "assessments"))
    assert len(spark_assessed) == len(case.assessments)
    assert assessment_keys(spark_assessed) == assessment_keys(case.assessments)


def test_the_local_jvm_runs_with_the_lean_options(spark: Any) -> None:
    from knowable.spark.job import LOCAL_JAVA_OPTIONS

    runtime = spark.sparkContext._jvm.java.lang.management.ManagementFactory.getRuntimeMXBean()
    given = set(runtime.getInputArguments())
    assert set(LOCAL_JAVA_OPTIONS.split()) <= given


def test_demo_spark_equals_in_process(demo: Case) -> None:
    assert all(demo.summary.signals.values()), demo.summary.signals  # every detector found some
    _check_identical(demo)
    bands = {a.band for a in demo.assessments}
    assert {"escalate", "clear"} <= bands


def test_synthetic_org_spark_equals_in_process(synthetic: Case, demo: Case) -> None:
    # two copies of the book: twice the customers, each with the demo's story
    assert synthetic.summary.assessments == 2 * demo.summary.assessments
    _check_identical(synthetic)


def test_loading_spark_output_gives_the_in_process_store(demo: Case) -> None:
    store = open_store(settings(demo.untouched))
    result = load_output(store, demo.output, actor="test")
    assert signal_keys(store.signals()) == signal_keys(demo.store.signals())
    assert assessment_keys(store.assessments()) == assessment_keys(demo.store.assessments())
    assert [r["kind"] for r in store.runs()][-7:] == [
        "watchlist",
        "media",
        "content",
        "relationship",
        "assess",
        "assess",
        "assess",
    ]
    assert {r[0] for r in result.assessment_runs} == {d.date().isoformat() for d in DATES}
    verdict = store.verify_audit()
    assert verdict.ok, verdict.problems
