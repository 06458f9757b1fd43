"""The optional mypyc build of the CRM ingest's per-row modules: never stale, switchable
off, and storing exactly what pure Python stores."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import knowable
from knowable.native import INGEST_COMPILED, native, pure_python_forced, source_of, stale

SRC = Path(knowable.__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent


def test_every_listed_module_has_its_source() -> None:
    for module in INGEST_COMPILED:
        assert Path(source_of(module)).is_file(), module


def test_no_compiled_ingest_module_is_older_than_its_source() -> None:
    old = stale()
    assert not old, (
        f"compiled ingest modules {old} are older than their .py files: "
        "run `make native` (or `make clean-native`)"
    )


def test_native_reports_where_the_modules_came_from() -> None:
    loaded = [importlib.import_module(m).__file__ for m in INGEST_COMPILED]
    assert native() == all(not str(f).endswith(".py") for f in loaded)
    if pure_python_forced():
        assert native() is False


def test_pure_python_can_be_forced() -> None:
    env = {**os.environ, "KNOWABLE_PURE_PYTHON": "1", "PYTHONPATH": str(SRC)}
    code = (
        "import knowable.native as n, knowable.sources.salesforce as s; "
        "print(n.native(), s.__file__)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[0] == "False"
    assert out[1].endswith("salesforce.py")


def _ingested(workspace: str, *exports: str) -> list[list[str]]:
    """Every stored row of ingests of ``exports`` (what holds the run's time left out: the
    clock columns, and the row hashes and batch digests over them; the golden tests pin
    those with each build), and whether the audit chain verifies."""
    from sqlalchemy import select

    from knowable.jobs.ingest import ingest_crm
    from knowable.settings import Settings
    from knowable.store import open_store
    from knowable.store import schema as t

    store = open_store(Settings(workspace=Path(workspace), database_url=""))
    for export in exports:
        ingest_crm(store, Path(export), chunk_rows=200)
    out: list[list[str]] = []
    skip = {"ingested_at", "created_at", "updated_at", "at", "started_at", "finished_at"}
    skip |= {"row_hash", "digest"}
    with store.read() as conn:
        for table in (t.records, t.subjects, t.quarantine, t.ingest_batches):
            cols = [c for c in table.c if c.name not in skip]
            for row in conn.execute(select(*cols).order_by(*table.primary_key.columns)):
                out.append([table.name, *map(str, row)])
    out.append(["audit ok", str(store.verify_audit().ok)])
    return out


def test_compiled_and_pure_python_store_alike(tmp_path: Path) -> None:
    if not native():
        pytest.skip("no compiled ingest build loaded (make check runs this after make native)")
    from knowable.demo.runner import data_dir

    exports = [str(data_dir("crm")), str(HERE / "fixtures" / "crm_broken")]
    env = {**os.environ, "KNOWABLE_PURE_PYTHON": "1", "PYTHONPATH": f"{SRC}:{HERE}"}
    code = (
        "import json, sys, test_native_ingest as t; "
        "print(json.dumps(t._ingested(sys.argv[1], *sys.argv[2:])))"
    )
    (tmp_path / "pure").mkdir()
    pure = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "pure"), *exports],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    (tmp_path / "compiled").mkdir()
    assert json.loads(pure) == _ingested(str(tmp_path / "compiled"), *exports)
