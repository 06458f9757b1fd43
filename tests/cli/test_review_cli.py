"""`knowable users`, `knowable cases` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from knowable.cli import _load_commands, app
from knowable.settings import Settings
from knowable.store import open_store

runner = CliRunner()


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    _load_commands()
    assert runner.invoke(app, ["-w", str(tmp_path), "init"]).exit_code == 0
    return tmp_path


def test_users_add_with_password_stdin_and_list(workspace: Path) -> None:
    ok = runner.invoke(
        app,
        ["-w", str(workspace), "users", "add", "Root", "--role", "admin", "--password-stdin"],
        input="a long enough password\n",
    )
    assert ok.exit_code == 0, ok.output
    listed = runner.invoke(app, ["-w", str(workspace), "users", "list", "--json"])
    assert json.loads(listed.output) == [
        {"id": 1, "username": "root", "role": "admin", "active": True, "pending_role": None}
    ]
    events = open_store(Settings(workspace=workspace)).audit_events(limit=1)
    assert events[0].action == "user.add" and events[0].entity_id == "root"


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (["users", "add", "x1", "--role", "boss", "--password-stdin"], "a long enough password\n"),
        (["users", "add", "x2", "--role", "admin", "--password-stdin"], "short\n"),
        (["users", "add", "x3", "--role", "admin", "--password-stdin"], "\n"),
    ],
)
def test_users_add_rejects_bad_input(workspace: Path, args: list[str], stdin: str) -> None:
    result = runner.invoke(app, ["-w", str(workspace), *args], input=stdin)
    assert result.exit_code != 0


def test_cases_scan_and_list(workspace: Path) -> None:
    assert runner.invoke(app, ["-w", str(workspace), "cases", "scan"]).exit_code == 0
    listed = runner.invoke(app, ["-w", str(workspace), "cases", "list", "--json"])
    assert listed.exit_code == 0 and json.loads(listed.output) == []


def test_serve_refuses_several_workers_on_sqlite(workspace: Path) -> None:
    result = runner.invoke(app, ["-w", str(workspace), "serve", "--workers", "2"])
    assert result.exit_code != 0
    assert "PostgreSQL" in str(result.exception)
