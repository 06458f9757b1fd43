"""One scheme for the commands: shared options worded alike and typed, old names hidden but
working, names beside keys, and piped output never cut."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
import typer.main
from clirun import run
from typer.testing import CliRunner

from knowable.cli import _load_commands, app
from knowable.cli.common import (
    AS_HELP,
    AS_OF_FORMATS,
    AS_OF_HELP,
    FORMAT_HELP,
    JSON_HELP,
    LIMIT_HELP,
)

_load_commands()

#: Options every command words alike: exactly this help.
SHARED = {"--json": JSON_HELP, "--limit": LIMIT_HELP, "--as": AS_HELP, "--as-of": AS_OF_HELP}


# Typer carries its own copy of click from 0.26 on: classes are told apart by what they
# are called and offer, not by which click they came from.


def _commands(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every command a user sees in the help, with its path (hidden aliases left out)."""
    yield path, command
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        if not sub.hidden:
            yield from _commands(sub, (*path, name))


def problems(command: Any, shown: str) -> list[str]:
    """What in one command's options, and in its rendered help ``shown`` (flattened),
    breaks the shared wording or typing."""
    found = []
    for param in command.params:
        if param.param_type_name != "option" or param.hidden:
            continue
        for name in param.opts:
            if name in SHARED and param.help != SHARED[name]:
                found.append(f"{name}: {param.help!r}")
            if name in SHARED and param.help and _flat(param.help) not in shown:
                found.append(f"{name}: help not shown")
            if name == "--as-of" and f"--as-of <{'|'.join(AS_OF_FORMATS)}>" not in shown:
                found.append("--as-of is not typed as a date")
            if name == "--format":
                if not re.search(r"--format (?:-\w )?<[\w-]+(?:\|[\w-]+)+>", shown):
                    found.append("--format is not a choice")
                if not (param.help or "").startswith(FORMAT_HELP):
                    found.append(f"--format: {param.help!r}")
            if name == "--show":
                found.append("--show shown: the row limit is --limit")
    return found


def _flat(text: str) -> str:
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", text).split())


def _help(target: Any, path: tuple[str, ...]) -> str:
    result = CliRunner().invoke(target, [*path, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, (path, result.output)
    return _flat(result.output)


ROOT = typer.main.get_command(app)
ALL = list(_commands(ROOT))


def test_every_help_uses_the_shared_wording() -> None:
    seen: set[str] = set()
    for path, command in ALL:
        found = problems(command, _help(app, path))
        assert not found, (path, found)
        for param in command.params:
            for name in getattr(param, "opts", []):
                if name in {*SHARED, "--format"} and not getattr(param, "hidden", False):
                    seen.add(name)
    # The walk reached every shared option (a test that checks nothing would pass too).
    assert seen == {*SHARED, "--format"}
    assert len(ALL) > 40


def test_checker_flags_other_wordings_and_untyped_options() -> None:
    bad = typer.Typer()

    @bad.command()
    def listing(
        as_json: bool = typer.Option(False, "--json", help="Print JSON."),
        as_of: str = typer.Option("", "--as-of", help=AS_OF_HELP),
        fmt: str = typer.Option("html", "--format", help=FORMAT_HELP),
        show: int = typer.Option(10, "--show"),
    ) -> None:
        """A command as they were before."""

    found = " | ".join(problems(typer.main.get_command(bad), _help(bad, ())))
    assert "--json: 'Print JSON.'" in found
    assert "--as-of is not typed" in found and "--format is not a choice" in found
    assert "--show shown" in found


def test_one_name_per_thing() -> None:
    names = [path for path, _ in ALL]
    top = {path[0] for path in names if len(path) == 1}
    assert {"ingest", "screen", "assess", "report", "cases", "users", "watchlist"} <= top
    assert {"audit", "quarantine", "subjects", "tools"} <= top
    # The old names are gone from the help ...
    assert not top & {"media", "content", "match"}
    assert ("screen", "watchlist") in names and ("screen", "watchlists") not in names
    assert {("tools", "classify-media"), ("tools", "classify-content")} <= set(names)
    # ... and no sub-command name is used by two top-level nouns except the shared verbs.
    leaves: dict[str, set[str]] = {}
    for path in names:
        if len(path) == 2:
            leaves.setdefault(path[1], set()).add(path[0])
    shared = {k for k, v in leaves.items() if len(v) > 1}
    verbs = {"list", "show", "export"}
    sources = {"crm", "watchlist", "media", "content"}
    assert shared <= verbs | sources, shared
    # A source named under ingest is screened under the same name.
    for source in ("watchlist", "media", "content"):
        assert ("ingest", source) in names and ("screen", source) in names


@pytest.mark.slow
def test_old_names_still_work_with_a_note(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("schema,name1,name2\nPerson,Anna Kowalska,Anna Kowalski\n")
    new = run(tmp_path, "tools", "match-pairs", str(pairs))
    old = run(tmp_path, "match", "pairs", str(pairs))
    assert new.returncode == old.returncode == 0, old.stderr
    assert old.stdout == new.stdout and '"score"' in new.stdout
    assert old.stderr.strip() == (
        "note: `knowable match pairs` is deprecated; use `knowable tools match-pairs`"
    )
    assert new.stderr == ""
    assert run(tmp_path, "init").returncode == 0
    cases = run(tmp_path, "cases", "list", "--show", "5")
    assert cases.returncode == 0 and "0 cases" in cases.stdout
    assert "note: `--show` is deprecated; use `--limit`" in cases.stderr
    screened = run(tmp_path, "screen", "watchlists", "--json")
    assert screened.returncode == 0, screened.stderr
    assert "use `knowable screen watchlist`" in screened.stderr


@pytest.mark.slow
def test_piped_tables_keep_whole_values(tmp_path: Path) -> None:
    """stdout is a pipe here: a long name and key are printed whole, never "…"."""
    long_name = "Northern Harbour Logistics and Freight Forwarding Holdings International " * 2
    long_name = long_name.strip()
    export = tmp_path / "export"
    export.mkdir()
    (export / "Account.csv").write_text(
        "Id,Name,Website,BillingCountry,CreatedDate\n"
        f"001LONGKEY0000000001,{long_name},harbour.example,US,2012-01-05\n"
    )
    assert run(tmp_path, "init").returncode == 0
    assert run(tmp_path, "ingest", "crm", str(export)).returncode == 0
    listed = run(tmp_path, "subjects", "list")
    assert listed.returncode == 0, listed.stderr
    assert long_name in listed.stdout and "001LONGKEY0000000001" in listed.stdout
    assert "…" not in listed.stdout
    screened = run(tmp_path, "screen", "relationship")
    assert screened.returncode == 0, screened.stderr
    assert "…" not in screened.stdout
