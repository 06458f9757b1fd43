"""The bulk scan gives the same cases, alerts and case events as applying the opening
rules subject by subject (the scan as it was before it read in bulk), on the demo."""

from __future__ import annotations

import importlib.util
import shutil
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from rich.console import Console
from sqlalchemy import delete, select

from knowable.cases.members import case_signals, membership
from knowable.cases.repository import CaseFilter, CaseRepository
from knowable.catalogue import indicators
from knowable.catalogue.policy import bundled_policy
from knowable.demo.runner import run_demo
from knowable.jobs.assess import assess_store
from knowable.jobs.cases import latest_assessments, scan
from knowable.model import Assessment
from knowable.settings import Settings
from knowable.store import Store
from knowable.store import schema as t
from knowable.store.repository import open_store

pytestmark = pytest.mark.slow

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


def one_by_one(store: Store, repo: CaseRepository) -> list[str]:
    """The reference: every subject read and judged on its own, as the scan did before."""
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
    touched = []
    for key in sorted({members.case_subject(k) for k in keys}):
        before = existing.get(key)
        case = repo.on_evidence(
            key, case_signals(store, key, members), latest.get(key), members.names
        )
        if case is not None and (before is None or before.version != case.version):
            touched.append(case.id)
    return touched


def state(store: Store, event_ids: bool = True) -> dict[str, list[Any]]:
    """Cases, alerts, case events (with their row hashes) and the audit events since the
    demo's; without ``event_ids`` case events are compared without their ids, which
    depend on the order subjects are written in (and so do their row hashes)."""
    out: dict[str, list[Any]] = {}
    with store.read() as conn:
        for table, order in (("cases", "key"), ("alerts", "id"), ("case_events", "id")):
            tbl = t.metadata.tables[table]
            rows = conn.execute(select(tbl).order_by(tbl.c[order])).all()
            drop = {"id"} if table != "alerts" else set()
            if table == "case_events" and not event_ids:
                drop.add("row_hash")
            found = [{k: v for k, v in r._asdict().items() if k not in drop} for r in rows]
            out[table] = sorted(found, key=repr) if not event_ids else found
        events = conn.execute(
            select(t.audit_events).where(t.audit_events.c.action.like("case.%"))
        ).all()
        out["audit"] = [
            (e.action, e.entity_id, e.payload if event_ids else e.payload.get("version"))
            for e in events
        ]
        if not event_ids:
            out["audit"].sort(key=repr)
    return out


def copy(source: Path, target: Path) -> Store:
    target.mkdir()
    shutil.copy(source / "knowable.db", target / "knowable.db")
    return open_store(Settings(database_url=f"sqlite:///{target / 'knowable.db'}"))


def test_bulk_scan_equals_subject_by_subject_on_the_demo(tmp_path: Path) -> None:
    run_demo(tmp_path / "demo", Console(quiet=True))
    stores = [copy(tmp_path / "demo", tmp_path / name) for name in ("bulk", "ref")]
    for store in stores:  # start from no cases at all: every case is opened by the scan
        with store.write() as conn:
            for table in (t.case_events, t.alerts, t.cases):
                conn.execute(delete(table))
    bulk, ref = stores
    first = scan(bulk, CaseRepository(bulk, clock), "t").cases_touched
    assert first and list(first) == one_by_one(ref, CaseRepository(ref, clock))
    assert state(bulk) == state(ref)
    # A later assessment moves bands: noted on the cases the same way.
    for store in stores:
        assess_store(store, bundled_policy(), datetime(2016, 1, 1, tzinfo=UTC), actor="t")
    second = scan(bulk, CaseRepository(bulk, clock), "t").cases_touched
    assert list(second) == one_by_one(ref, CaseRepository(ref, clock))
    assert second and state(bulk, event_ids=False) == state(ref, event_ids=False)
    assert scan(bulk, CaseRepository(bulk, clock), "t").cases_touched == ()
    assert bulk.verify_audit().ok and ref.verify_audit().ok


def test_latest_assessment_is_the_latest_as_of_then_the_newest_run(tmp_path: Path) -> None:
    store = open_store(Settings(database_url=f"sqlite:///{tmp_path / 'k.db'}"))
    early, late = datetime(2020, 1, 1, tzinfo=UTC), datetime(2021, 1, 1, tzinfo=UTC)
    store.add_assessments([Assessment("A", late, 0.5, "review", "p", "h")])
    store.add_assessments([Assessment("A", early, 0.9, "escalate", "p", "h")])
    store.add_assessments([Assessment("B", late, 0.1, "clear", "p", "h")])
    store.add_assessments([Assessment("B", late, 0.6, "review", "p", "h")])
    found = latest_assessments(store)
    assert (found["A"].as_of, found["A"].band) == (late, "review")
    assert found["B"].band == "review"


def _asof_data() -> ModuleType:
    """bench/asof_data.py, the as-of bench's fictional store."""
    spec = importlib.util.spec_from_file_location(
        "asof_data", Path(__file__).resolve().parents[2] / "bench" / "asof_data.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bulk_scan_equals_subject_by_subject_on_the_bench_store(tmp_path: Path) -> None:
    """The as-of bench's store at a small size (many cases with long evidence lists,
    grave signals, several alerts per case): the same rows, hashes and audit events."""
    (tmp_path / "src").mkdir()
    built = _asof_data().build_store(tmp_path / "src" / "knowable.db", 150, 2500)
    assess_store(built, bundled_policy(), datetime(2024, 6, 1, tzinfo=UTC), actor="t")
    built.engine.dispose()
    bulk, ref = (copy(tmp_path / "src", tmp_path / name) for name in ("bulk", "ref"))
    first = scan(bulk, CaseRepository(bulk, clock), "t").cases_touched
    assert len(first) > 40 and list(first) == one_by_one(ref, CaseRepository(ref, clock))
    assert state(bulk) == state(ref)
    assert scan(bulk, CaseRepository(bulk, clock), "t").cases_touched == ()
    assert bulk.verify_audit().ok and ref.verify_audit().ok
