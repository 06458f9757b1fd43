"""Errors reach the user as one plain line and a non-zero exit, never as a traceback.

Messages are text: a bracket in them (``knowable[pdf]``) is printed as written, not read as
Rich markup.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from clirun import SRC, run

import knowable.cli
from knowable.errors import ConfigError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "report"))
from crm_fixture import write_export


def _one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: "), done.stderr
    assert done.stdout == ""
    return lines[0]


def test_unknown_option_is_one_line(tmp_path: Path) -> None:
    done = run(tmp_path, "report", "X", "--bogus")
    assert done.returncode != 0
    line = _one_error_line(done)
    assert "No such option: --bogus" in line
    assert "report --help" in line


def test_unknown_option_of_the_root_and_unknown_command(tmp_path: Path) -> None:
    for args in (("--bogus",), ("bogus",)):
        done = run(tmp_path, *args)
        assert done.returncode != 0
        _one_error_line(done)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("serve", "--port", "abc"), "Invalid value for '--port'"),
        (("cases", "list", "--state", "nope"), "Invalid value for '--state'"),
        (
            ("tools", "match-pairs", "pairs.csv", "--threshold", "high"),
            "Invalid value for '--threshold'",
        ),
        (("report", "X", "--format", "docx"), "'docx' is not one of 'html', 'pdf', 'json', 'csv'"),
        (("assess", "--as-of", "31/12/2016"), "does not match the formats '%Y-%m-%d'"),
    ],
)
def test_bad_value_is_one_line(tmp_path: Path, args: tuple[str, ...], expected: str) -> None:
    done = run(tmp_path, *args)
    assert done.returncode != 0
    assert expected in _one_error_line(done)


def test_missing_argument_is_one_line(tmp_path: Path) -> None:
    done = run(tmp_path, "report")
    assert done.returncode != 0
    assert "Missing argument" in _one_error_line(done)


def test_bad_setting_is_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": SRC, "KNOWABLE_ECHO_SQL": "perhaps"}
    done = subprocess.run(
        [sys.executable, "-m", "knowable", "--workspace", str(tmp_path), "subjects", "list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert "KNOWABLE_ECHO_SQL" in _one_error_line(done)


def test_brackets_in_a_message_print_literally(tmp_path: Path) -> None:
    done = run(tmp_path, "report", "X", "--format", "html[pdf]")
    assert done.returncode == 2
    assert "'html[pdf]' is not one of" in _one_error_line(done)


def test_knowable_error_text_is_not_markup(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = typer.Typer()

    @fake.command()
    def report() -> None:
        raise ConfigError("PDF needs WeasyPrint: install knowable[pdf] ([bold]really[/bold])")

    monkeypatch.setattr(knowable.cli, "app", fake)
    with pytest.raises(SystemExit) as exited:
        knowable.cli.main([])
    assert exited.value.code == 1
    assert capsys.readouterr().err == (
        "error: PDF needs WeasyPrint: install knowable[pdf] ([bold]really[/bold])\n"
    )


@pytest.mark.slow
def test_pdf_without_weasyprint_names_the_extra(tmp_path: Path) -> None:
    """The real message, with WeasyPrint hidden from the process."""
    export = write_export(tmp_path / "export")
    assert run(tmp_path, "init").returncode == 0
    assert run(tmp_path, "ingest", "crm", str(export)).returncode == 0
    hide = "import sys; sys.modules['weasyprint'] = None; from knowable.cli import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", hide, "--workspace", str(tmp_path), "report", "Pinboard",
         "--format", "pdf"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": SRC, "KNOWABLE_DATABASE_URL": ""},
        cwd=tmp_path,
        timeout=180,
    )  # fmt: skip
    assert done.returncode == 1
    assert _one_error_line(done) == (
        "error: PDF needs WeasyPrint, which is not installed: pip install 'knowable[pdf]' "
        "(or choose --format html)"
    )


def test_paths_and_quarantine_reasons_print_literally(tmp_path: Path) -> None:
    folder = tmp_path / "export[v2]"
    folder.mkdir()
    (folder / "Account.csv").write_text(
        "Id,Name,CreatedDate\n001A,Acme Widgets Inc.,2012-01-05\n001B,Brightline,[soon]\n"
    )
    assert run(tmp_path, "init").returncode == 0
    done = run(tmp_path, "ingest", "crm", str(folder))
    assert done.returncode == 0, done.stderr
    assert f"{folder}: 2 rows" in done.stdout
    assert "'[soon]'" in done.stdout
