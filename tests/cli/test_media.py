"""Media commands as a user runs them: ingest media, screen media, tools classify-media."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clirun import run

# Every test runs the CLI as a real process (start-up included): make test-fast skips them.
pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parents[1] / "sources" / "fixtures" / "media"


def test_ingest_and_screen_media(tmp_path: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    (export / "Account.csv").write_text(
        "Id,Name,Website,BillingCountry,CreatedDate\n"
        "001A,Brightwater Holdings Ltd,brightwater.example,US,2012-01-05\n"
        "001B,Quillfeather Market,,US,2012-01-05\n"
    )
    news = tmp_path / "news.jsonl"
    story = "Detectives said the girl was advertised for sex on Brightwater Holdings in two cities."
    news.write_text(
        json.dumps(
            {
                "url": "https://a.example/1",
                "title": "Girl found",
                "published_at": "2012-03-01",
                "text": story,
            }
        )
        + "\n"
        + json.dumps(
            {
                "url": "https://b.example/9",
                "title": "Girl found",
                "published_at": "2018-03-01",
                "text": story,
            }
        )
        + "\n"
        + "{broken\n"
    )
    assert run(tmp_path, "init").returncode == 0
    assert run(tmp_path, "ingest", "crm", str(export)).returncode == 0
    ingested = run(tmp_path, "ingest", "media", str(news))
    assert ingested.returncode == 0, ingested.stderr
    assert "2 articles in 1 stories" in ingested.stdout
    assert "1 quarantined" in ingested.stdout and "line 3" in ingested.stdout
    screened = run(tmp_path, "screen", "media", "--json")
    assert screened.returncode == 0, screened.stderr
    result = json.loads(screened.stdout)
    assert result["subjects"] == 2 and result["stories"] == 1
    (finding,) = result["by_subject"]["001A"]
    assert finding["indicator"] == "NEWS-02" and finding["observed_at"] == "2012-03-01"
    assert "001B" not in result["by_subject"]
    again = json.loads(run(tmp_path, "screen", "media", "--json").stdout)
    assert again["new"] == 0 and again["signals"] == 1


def test_classify_with_and_without_subjects(tmp_path: Path) -> None:
    articles = tmp_path / "articles.csv"
    articles.write_text(
        "id,title,article,published_at\n"
        'a1,Charged,"Brightwater Holdings was charged with sex trafficking.",2015-01-02\n'
        'a2,Bakery,"The bakery on Mill Street won a prize for its rye bread.",\n'
        "a3,Empty,,\n"
    )
    subjects = tmp_path / "subjects.csv"
    subjects.write_text("id,name,aliases\nB,Brightwater Holdings Ltd,BWH|Brightwater Group\n")
    plain = run(tmp_path, "tools", "classify-media", str(articles))
    assert plain.returncode == 0, plain.stderr
    rows = [json.loads(line) for line in plain.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a1", "a2", "a3"]
    assert rows[0]["adverse"] == 1 and "findings" not in rows[0]
    assert "error" in rows[2]
    out = tmp_path / "out.jsonl"
    with_subjects = run(
        tmp_path,
        "tools",
        "classify-media",
        str(articles),
        "--subjects",
        str(subjects),
        "-o",
        str(out),
    )
    assert with_subjects.returncode == 0, with_subjects.stderr
    first = json.loads(out.read_text().splitlines()[0])
    (finding,) = first["findings"]
    assert finding["subject"] == "B" and finding["role"] == "charged"
    assert finding["field"] == "article" and finding["start"] == 0
    assert "human_trafficking" in finding["categories"]


def test_classify_missing_column_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("id,headline\n1,x\n")
    result = run(tmp_path, "tools", "classify-media", str(bad))
    assert result.returncode == 1
    assert "field 'title'" in result.stderr and "bad.csv" in result.stderr
