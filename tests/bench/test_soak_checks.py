"""The soak bench's own parts, fast: its CRM export is what ingest accepts, and its check
of acknowledged decisions finds a lost, a mismatched and a duplicated one.

The soak itself (minutes of load, a PostgreSQL restart, a kill -9) is bench/soak_bench.py;
it is far too long for a test."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import insert, select

from knowable.api import create_app
from knowable.jobs.ingest import ingest_crm
from knowable.settings import Settings
from knowable.store import Store, open_store
from knowable.store import schema as t

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "api"))

from review_seed import auth, seed  # noqa: E402


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("soak_bench", ROOT / "bench" / "soak_bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["soak_bench"] = module
    spec.loader.exec_module(module)
    return module


soak = _bench()


@pytest.fixture
def sqlite(tmp_path: Path) -> tuple[Settings, Store]:
    settings = Settings(workspace=tmp_path, database_url=f"sqlite:///{tmp_path / 'k.db'}")
    return settings, open_store(settings)


@pytest.mark.slow
def test_crm_export_is_ingested_whole(sqlite: tuple[Settings, Store], tmp_path: Path) -> None:
    _, store = sqlite
    soak.crm_export(tmp_path / "export", 3, 4)
    result = ingest_crm(store, tmp_path / "export", actor="test")
    assert result.summary["quarantined"] == 0
    assert result.summary["subjects_stored"] == 4
    keys = {s.key for s in store.subjects()}
    assert all(len(k) == 18 for k in keys if k.startswith("001SOAK"))


@pytest.mark.slow
def test_verify_finds_lost_mismatched_and_duplicated(
    sqlite: tuple[Settings, Store], tmp_path: Path
) -> None:
    settings, store = sqlite
    seeded = seed(store)
    app = create_app(Settings(workspace=tmp_path, secret_key="t"), store)
    with TestClient(app) as http:
        case = http.get("/api/cases?state=open", headers=auth(seeded, "analyst")).json()["items"][0]
        body = {
            "disposition": "cleared",
            "reason": "soak test decision",
            "version": case["version"],
        }
        done = http.post(
            f"/api/cases/{case['id']}/disposition", json=body, headers=auth(seeded, "analyst")
        )
        assert done.status_code == 200
    ok = {
        "case": case["id"],
        "kind": "decided",
        "actor": "analyst",
        "disposition": "cleared",
        "version": done.json()["version"],
        "state": "decided",
    }
    shared = soak.Shared()
    shared.acked = [ok]
    clean = soak.verify(settings, shared)
    assert (clean["lost"], clean["mismatched"], clean["duplicated"]) == (0, 0, 0)
    assert clean["case_events_missing"] == 0
    assert clean["audit_chain_ok"] and clean["cli_audit_verify"]["exit_code"] == 0

    # A decision the client was told about but the store never saw; one stored as another
    # disposition than the client asked for.
    shared.acked = [
        ok,
        {**ok, "version": ok["version"] + 7},
        {**ok, "disposition": "enhanced_due_diligence"},
    ]
    found = soak.verify(settings, shared)
    assert found["lost"] == 1
    assert found["mismatched"] == 1
    # Neither extra acknowledgement has a case event of its own behind it.
    assert found["case_events_missing"] == 2

    # The same decision twice in the audit log (written behind the chain's back).
    with store.read() as conn:
        row = conn.execute(
            select(t.audit_events).where(t.audit_events.c.action == "case.decided")
        ).first()
        top = conn.execute(
            select(t.audit_events.c.seq).order_by(t.audit_events.c.seq.desc())
        ).first()
    assert row is not None and top is not None
    with store.engine.begin() as conn:
        conn.execute(insert(t.audit_events).values({**row._asdict(), "seq": top.seq + 1}))
    shared.acked = [ok]
    doubled = soak.verify(settings, shared)
    assert doubled["duplicated"] == 1
    assert doubled["doubled_in_store"] == 1
    assert not doubled["audit_chain_ok"]
