"""`knowable backup`: a consistent, private copy of the SQLite store that restores and
verifies (docs/deploy.md)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from review_seed import seed
from typer.testing import CliRunner

from knowable.cli import _load_commands, app
from knowable.errors import InputError
from knowable.settings import Settings
from knowable.store import Store, open_store
from knowable.store.backup import backup_sqlite

runner = CliRunner()


def _restore(copy: Path) -> Store:
    return open_store(Settings(database_url=f"sqlite:///{copy}", workspace=copy.parent))


def test_a_backup_restores_with_the_same_rows_and_an_intact_chain(
    tmp_path: Path, store: Store
) -> None:
    if store.engine.dialect.name != "sqlite":
        with pytest.raises(InputError, match="pg_dump"):
            backup_sqlite(store.engine, tmp_path / "copy.db")
        return
    seed(store)
    copy = tmp_path / "backups" / "copy.db"
    size = backup_sqlite(store.engine, copy)
    assert size == copy.stat().st_size > 0
    assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600
    restored = _restore(copy)
    try:
        for table in ("records", "signals", "cases", "users", "audit_events"):
            assert restored.count(table) == store.count(table), table
        assert restored.verify_audit().ok
    finally:
        restored.engine.dispose()
    with pytest.raises(InputError, match="already exists"):
        backup_sqlite(store.engine, copy)


def test_the_backup_command_writes_the_copy_and_audits_it(tmp_path: Path) -> None:
    _load_commands()
    work = tmp_path / "work"
    assert runner.invoke(app, ["-w", str(work), "init"]).exit_code == 0
    copy = tmp_path / "copy.db"
    done = runner.invoke(app, ["-w", str(work), "backup", str(copy)])
    assert done.exit_code == 0, done.output
    assert "backed up" in done.output and copy.exists()
    live = open_store(Settings(workspace=work))
    try:
        assert live.audit_events(limit=1)[0].action == "backup"
    finally:
        live.engine.dispose()
    again = runner.invoke(app, ["-w", str(work), "backup", str(copy)])
    assert again.exit_code != 0
