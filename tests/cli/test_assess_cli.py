"""``screen relationship``, ``assess`` and ``report`` as a user runs them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "report"))
from clirun import run
from crm_fixture import write_export

# Every test runs the CLI as a real process (start-up included): make test-fast skips them.
pytestmark = pytest.mark.slow


def test_screen_assess_report(tmp_path: Path) -> None:
    export = write_export(tmp_path / "export")
    assert run(tmp_path, "init").returncode == 0
    assert run(tmp_path, "ingest", "crm", str(export)).returncode == 0
    screened = run(tmp_path, "screen", "relationship", "--json")
    assert screened.returncode == 0, screened.stderr
    assert any("REL-05" in v for v in json.loads(screened.stdout).values())
    assessed = run(tmp_path, "assess", "--as-of", "2016-06-30", "--json")
    assert assessed.returncode == 0, assessed.stderr
    body = json.loads(assessed.stdout)
    top = body["assessments"][0]
    # Knowable from the record that corroborates the CFO's call (most revenue from the
    # escort section: REL-05, which the relationship model reads too): one record counts
    # once, however many methods read it, and alone it stays below review.
    assert (top["name"], top["band"], top["knowable_since"]) == (
        "Pinboard Listings Co.",
        "review",
        "2014-02-12",
    )
    as_json = run(
        tmp_path, "report", "Pinboard", "--as-of", "2016-06-30", "--format", "json", "--out", "-"
    )
    assert json.loads(as_json.stdout)["knowable_since"] == "2014-02-12"
    pdf = run(tmp_path, "report", "Pinboard", "--format", "pdf")
    assert pdf.returncode == 0, pdf.stderr
    [written] = (tmp_path / "reports").glob("*.pdf")
    assert written.read_bytes().startswith(b"%PDF")


def test_report_errors_are_one_line(tmp_path: Path) -> None:
    assert run(tmp_path, "init").returncode == 0
    missing = run(tmp_path, "report", "Nobody", "--format", "json")
    assert missing.returncode == 1
    assert missing.stderr.strip().startswith("error: no customer matches")
    bad = run(tmp_path, "assess", "--as-of", "2016-13-40")
    assert bad.returncode == 2 and "Invalid value for '--as-of'" in bad.stderr
    assert "%Y-%m-%d" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    wrong = run(tmp_path, "report", "Nobody", "--format", "docx")
    assert wrong.returncode == 2 and "'docx' is not one of" in wrong.stderr


def test_assess_several_dates_in_one_pass(tmp_path: Path) -> None:
    export = write_export(tmp_path / "export")
    assert run(tmp_path, "init").returncode == 0
    assert run(tmp_path, "ingest", "crm", str(export)).returncode == 0
    assert run(tmp_path, "screen", "relationship").returncode == 0
    series = run(
        tmp_path,
        "assess",
        "--series",
        "monthly",
        "--from",
        "2016-01-01",
        "--to",
        "2016-06-30",
        "--as-of",
        "2013-01-01",
        "--json",
    )
    assert series.returncode == 0, series.stderr
    runs = json.loads(series.stdout)["runs"]
    assert [r["as_of"][:10] for r in runs] == [
        "2013-01-01",
        "2016-01-01",
        "2016-02-01",
        "2016-03-01",
        "2016-04-01",
        "2016-05-01",
        "2016-06-01",
    ]
    assert runs[0]["knowable"] == 0 and runs[-1]["knowable"] >= 1
    bad = run(
        tmp_path, "assess", "--series", "weekly", "--from", "2016-01-01", "--to", "2016-02-01"
    )
    assert bad.returncode != 0 and "--series" in bad.stderr
    missing = run(tmp_path, "assess", "--series", "monthly", "--from", "2016-01-01")
    assert missing.returncode != 0 and "--to" in missing.stderr
