"""`knowable cases show/decide/assign`, `knowable users role/disable/token` by a named person,
and piped tables that are never cut."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from review_seed import PASSWORD, seed

from knowable.cli import _load_commands, app
from knowable.settings import Settings
from knowable.store import open_store

runner = CliRunner()


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    _load_commands()
    assert runner.invoke(app, ["-w", str(tmp_path), "init"]).exit_code == 0
    seed(open_store(Settings(workspace=tmp_path)))
    assert runner.invoke(app, ["-w", str(tmp_path), "cases", "scan"]).exit_code == 0
    return tmp_path


def _cli(workspace: Path, *args: str, stdin: str | None = None) -> tuple[int, str]:
    result = runner.invoke(app, ["-w", str(workspace), *args], input=stdin)
    try:
        errors = result.stderr
    except ValueError:  # older click: stderr mixed into output
        errors = ""
    # Errors are printed by knowable's main(); through the runner they stay exceptions.
    raised = str(result.exception) if result.exception is not None else ""
    return result.exit_code, result.output + errors + raised


def _case_of(workspace: Path, key: str) -> str:
    _, out = _cli(workspace, "cases", "list", "--json")
    return next(c["id"] for c in json.loads(out) if c["subject_key"] == key)


def test_list_shows_names_and_is_not_cut_when_piped(workspace: Path) -> None:
    code, out = _cli(workspace, "cases", "list")
    assert code == 0 and "Harbourline Classifieds" in out and "…" not in out
    code, out = _cli(workspace, "cases", "list", "--json")
    assert json.loads(out)[0]["subject_name"]


def test_decide_from_the_cli_as_a_named_reviewer(workspace: Path) -> None:
    case = _case_of(workspace, "ACC-1")
    code, out = _cli(
        workspace, "cases", "decide", case, "--disposition", "offboard",
        "--reason", "Owners charged; domain seized.", "--as", "reviewer", "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0, out
    assert "second reviewer must approve" in out
    code, out = _cli(workspace, "cases", "show", case, "--json")
    assert json.loads(out)["state"] == "awaiting_approval"
    code, out = _cli(
        workspace, "cases", "approve", case, "--as", "reviewer", "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code != 0 and "four eyes" in out
    code, out = _cli(
        workspace, "cases", "approve", case, "--as", "second", "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0, out
    code, out = _cli(workspace, "cases", "show", case, "--json")
    shown = json.loads(out)
    assert shown["state"] == "decided" and shown["decided_by"] == "reviewer"
    assert shown["approved_by"] == "second"
    assert shown["disposition"] == "offboard" and shown["events"][-1]["kind"] == "decided"


def test_decide_needs_the_right_person_and_password(workspace: Path) -> None:
    case = _case_of(workspace, "ACC-1")
    args = ["cases", "decide", case, "--disposition", "offboard", "--reason", "Owners charged."]
    code, out = _cli(workspace, *args, "--as", "reviewer", "--password-stdin", stdin="wrong\n")
    assert code != 0 and "wrong password" in out
    code, out = _cli(workspace, *args, "--as", "analyst", "--password-stdin", stdin=PASSWORD + "\n")
    assert code != 0 and "offboard" in out  # an analyst may not decide grave dispositions


def test_assign_and_show(workspace: Path) -> None:
    case = _case_of(workspace, "ACC-1")
    code, out = _cli(
        workspace, "cases", "assign", case, "reviewer", "--as", "analyst", "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0, out
    code, out = _cli(workspace, "cases", "show", case)
    assert code == 0 and "assignee reviewer" in out and "Harbourline Classifieds" in out


def test_users_role_and_disable_by_an_admin_never_on_themselves(workspace: Path) -> None:
    admin = ["--as", "admin", "--password-stdin"]
    code, out = _cli(
        workspace, "users", "role", "analyst", "reviewer", *admin, stdin=PASSWORD + "\n"
    )
    assert code == 0 and "reviewer waits for a second admin" in out
    code, out = _cli(workspace, "users", "approve-role", "analyst", *admin, stdin=PASSWORD + "\n")
    assert code != 0 and "second admin" in out
    code, out = _cli(
        workspace,
        "users",
        "add",
        "admin2",
        "--role",
        "admin",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert code == 0
    other = ["--as", "admin2", "--password-stdin"]
    code, out = _cli(workspace, "users", "approve-role", "analyst", *other, stdin=PASSWORD + "\n")
    assert code == 0 and "has role reviewer" in out
    code, out = _cli(workspace, "users", "role", "admin", "reviewer", *admin, stdin=PASSWORD + "\n")
    assert code != 0 and "own role" in out
    code, out = _cli(workspace, "users", "disable", "auditor", *admin, stdin=PASSWORD + "\n")
    assert code == 0 and "disabled" in out
    code, out = _cli(workspace, "users", "list", "--json")
    assert {u["username"]: u["active"] for u in json.loads(out)}["auditor"] is False


def test_a_token_only_for_oneself(workspace: Path) -> None:
    code, out = _cli(workspace, "users", "token", "analyst", "--password-stdin", stdin="nope\n")
    assert code != 0
    code, out = _cli(
        workspace, "users", "token", "analyst", "--password-stdin", stdin=PASSWORD + "\n"
    )
    assert code == 0 and out.strip().startswith("kn_")


def test_users_password_changes_ones_own_with_the_current_one(workspace: Path) -> None:
    new = "violet kettle under marble sky"
    code, out = _cli(
        workspace,
        "users",
        "password",
        "analyst",
        "--password-stdin",
        stdin=f"wrong one entirely\n{new}\n",
    )
    assert code != 0
    code, out = _cli(
        workspace,
        "users",
        "password",
        "analyst",
        "--password-stdin",
        stdin=f"{PASSWORD}\n{new}\n",
    )
    assert code == 0 and "changed" in out
    code, out = _cli(
        workspace,
        "users",
        "password",
        "analyst",
        "--password-stdin",
        stdin=f"{new}\naaaaaaaaaaaa\n",
    )
    assert code != 0 and "weak" in out
