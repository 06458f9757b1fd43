"""Watchlist commands end to end: ingest, screen (with a store), match pairs and search."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import knowable.cli.core  # registers init
import knowable.cli.watchlist  # noqa: F401  (registers the commands)
from knowable.cli.app import app
from knowable.model import Subject
from knowable.settings import Settings
from knowable.store import open_store

FIXTURES = Path(__file__).parents[1] / "sources" / "fixtures"
runner = CliRunner()


@pytest.fixture()
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KNOWABLE_WORKSPACE", str(tmp_path))
    assert runner.invoke(app, ["init"]).exit_code == 0
    return tmp_path


def test_ingest_then_screen_records_run_and_signal(workspace: Path) -> None:
    args = [
        "ingest",
        "watchlist",
        str(FIXTURES / "ofac"),
        "--format",
        "ofac-csv",
        "--list-date",
        "2024-05-01",
        "--json",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["stored"] == 3 and summary["quarantined"] > 0
    assert summary["list"] == "ofac-sdn" and summary["status"] == "stored"
    assert summary["entries"] == summary["stored"] + summary["duplicates"] == 3
    # The same files again: no new version, nothing stored.
    again = json.loads(runner.invoke(app, args).stdout.strip().splitlines()[-1])
    assert again["status"] == "unchanged" and again["stored"] == 0
    assert again["version"] == summary["version"] and again["duplicates"] == 3
    store = open_store(Settings())
    with store.ingest_batch(source="crm", path="test", actor="test") as batch:
        batch.add_subject(Subject("001", "Company", "Northwind Trading Company Limited"))
        batch.add_subject(Subject("002", "Company", "Southwind Bakery"))
    result = runner.invoke(app, ["screen", "watchlist", "--json"])
    assert result.exit_code == 0, result.output
    hits = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert [h["subject"] for h in hits] == ["001"]
    assert len(store.signals()) == 1
    assert store.runs()[-1]["subjects_screened"] == 2
    # A reviewer decided it is not a match: the next run leaves the pair out.
    decided = workspace / "decided.jsonl"
    decided.write_text(json.dumps({k: hits[0][k] for k in ("subject_fingerprint", "entry_hash")}))
    result = runner.invoke(app, ["screen", "watchlist", "--json", "--decided", str(decided)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == ""


def test_commands_need_an_initialised_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KNOWABLE_WORKSPACE", str(tmp_path))
    result = runner.invoke(app, ["screen", "watchlist"])
    assert result.exit_code != 0


def test_screen_with_nothing_loaded_still_records_a_run(workspace: Path) -> None:
    result = runner.invoke(app, ["screen", "watchlist"])
    assert result.exit_code == 0, result.output
    assert len(open_store(Settings()).runs()) == 1


def test_match_pairs_csv_passes_columns_through(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text(
        'schema,name1,name2,ref\nPerson,Сергей Лавров,"LAVROV, Sergei",a\n'
        "Company,Acme Ltd,Zenith GmbH,b\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["tools", "match-pairs", str(pairs)])
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.stdout.strip().splitlines())
    assert first["ref"] == "a" and first["match"] is True and first["explanations"]
    assert second["ref"] == "b" and second["match"] is False


def test_match_pairs_jsonl(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.jsonl"
    left = {"schema": "Person", "properties": {"name": ["Ivan Petrov"], "birthDate": ["1961"]}}
    right = {
        "schema": "Person",
        "properties": {"name": ["PETROV, Ivan"], "birthDate": ["1961-03-03"]},
    }
    pairs.write_text(json.dumps({"left": left, "right": right}) + "\n")
    result = runner.invoke(app, ["tools", "match-pairs", str(pairs)])
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    assert row["match"] is True and row["completeness"] == 0.5


def test_match_pairs_jsonl_reads_entities_as_list_entries_are_read(tmp_path: Path) -> None:
    # A weak alias is a name, and "Russia" is the same country as "ru".
    left = {"schema": "Company", "properties": {"name": ["Kestrel Freight"], "country": ["ru"]}}
    right = {
        "schema": "Company",
        "properties": {
            "name": ["Bluewater Lines"],
            "weakAlias": ["Kestrel"],
            "country": ["Russia"],
        },
    }
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"left": left, "right": right}) + "\n")
    result = runner.invoke(app, ["tools", "match-pairs", str(pairs)])
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    features = {f["feature"]: f for f in row["explanations"]}
    assert "Kestrel" in features["name"]["detail"]
    assert features["country_match"]["score"] == 1.0


def test_match_pairs_jsonl_rejects_properties_that_are_not_an_object(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.jsonl"
    bad = {"left": {"schema": "Person", "properties": ["x"]}, "right": {"schema": "Person"}}
    pairs.write_text(json.dumps(bad) + "\n")
    result = runner.invoke(app, ["tools", "match-pairs", str(pairs)])
    assert result.exit_code == 1
    assert "line 1" in str(result.exception) and "properties" in str(result.exception)


def test_match_search(tmp_path: Path) -> None:
    queries = tmp_path / "q.csv"
    queries.write_text(
        "full_name,date_of_birth,nationality\nIvan Petrov,1961-03-03,Russia\nJane Nobody,,\n"
    )
    result = runner.invoke(
        app,
        [
            "match",
            "search",
            "--watchlist",
            str(FIXTURES / "ofac"),
            "--format",
            "ofac-csv",
            str(queries),
        ],
    )
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.stdout.strip().splitlines())
    assert first["candidates"][0]["entry_id"] == "ofac-sdn-11"
    assert second["candidates"] == []
