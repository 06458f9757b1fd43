"""``knowable watchlist update|list|show`` and ``ingest watchlist`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from clirun import run

FIXTURES = Path(__file__).parents[1] / "sources" / "fixtures"


def _last_json(out: str) -> dict[str, object]:
    loaded = json.loads(out.strip().splitlines()[-1])
    assert isinstance(loaded, dict)
    return loaded


def test_update_list_show(tmp_path: Path) -> None:
    assert run(tmp_path, "init").returncode == 0
    lists = FIXTURES / "lists"
    done = run(tmp_path, "watchlist", "update", "eu-fsf", str(lists / "eu_fsf.xml"))
    assert done.returncode == 0, done.stderr
    assert "list eu-fsf: version 1 (2025-04-02, dated by the list): entries=2" in done.stderr
    assert "stored=2 duplicates=0 quarantined=2; added=2 removed=0 changed=0" in done.stderr
    again = run(tmp_path, "watchlist", "update", "eu-fsf", str(lists / "eu_fsf.xml"), "--json")
    assert again.returncode == 0, again.stderr
    summary = _last_json(again.stdout)
    assert summary["status"] == "unchanged" and summary["version"] == 1
    # The CSL CSV, told from its content (it was refused before: "missing column(s) id").
    csl = run(tmp_path, "ingest", "watchlist", str(lists / "csl.csv"), "--json")
    assert csl.returncode == 0, csl.stderr
    summary = _last_json(csl.stdout)
    assert summary["list"] == "us-csl" and summary["format"] == "csl-csv"
    assert summary["entries"] == summary["stored"] == 2 and summary["quarantined"] == 2
    assert "states no date; this version is dated by its load time" in csl.stderr
    listed = run(tmp_path, "watchlist", "list", "--json")
    rows = [json.loads(line) for line in listed.stdout.strip().splitlines()]
    assert [(r["list"], r["version"], r["entries"]) for r in rows] == [
        ("eu-fsf", 1, 2),
        ("us-csl", 2, 2),
    ]
    shown = run(tmp_path, "watchlist", "show", "eu-fsf")
    assert shown.returncode == 0, shown.stderr
    assert "list eu-fsf, version 1 (2025-04-02): 2 entries" in shown.stdout
    assert "against nothing (first version): added 2, removed 0, changed 0" in shown.stdout
    assert "added    eu-fsf-700101" in shown.stdout
    missing = run(tmp_path, "watchlist", "show", "eu-fsf", "--version", "7")
    assert missing.returncode == 1
    assert missing.stderr.strip() == "error: list 'eu-fsf' has no version 7 (1)"


def test_ftm_file_is_named_by_its_dataset_and_counts_agree(tmp_path: Path) -> None:
    assert run(tmp_path, "init").returncode == 0
    path = FIXTURES / "entities.ftm.jsonl"
    done = run(tmp_path, "ingest", "watchlist", str(path), "--list-date", "2025-01-01", "--json")
    assert done.returncode == 0, done.stderr
    summary = _last_json(done.stdout)
    # 3 entities read (2 of them parties to screen; the Sanction is stored, not screened):
    # entries counts what was stored or found already stored, never more or less.
    assert summary["list"] == "ex_sanctions"
    assert (summary["entries"], summary["parties"], summary["stored"]) == (3, 2, 3)
    assert summary["quarantined"] == 4


def test_all_rows_quarantined_exits_non_zero_with_one_line(tmp_path: Path) -> None:
    assert run(tmp_path, "init").returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name,countries\n1,,\n2,Nobody,Atlantis\n", encoding="utf-8")
    done = run(tmp_path, "watchlist", "update", "ours", str(bad), "--format", "csv")
    assert done.returncode == 1
    [line] = done.stderr.strip().splitlines()
    assert line == (
        f"error: {bad}: every row was quarantined (2), nothing stored; first: {bad}, line 2, "
        "field 'name': name is empty"
    )
    quarantine = run(tmp_path, "quarantine", "list", "--json")
    assert quarantine.returncode == 0 and "Atlantis" in quarantine.stdout


def test_format_is_a_typed_choice(tmp_path: Path) -> None:
    done = run(tmp_path, "watchlist", "update", "x", "y.csv", "--format", "xlsx")
    assert done.returncode == 2
    assert "'xlsx' is not one of" in done.stderr and "ofac-xml" in done.stderr
