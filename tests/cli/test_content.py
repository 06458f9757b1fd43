"""Content commands as a user runs them: ingest, screen, classify."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from clirun import run

from knowable.jobs.content import workspace_salt
from knowable.settings import Settings
from knowable.sources.sfid import to18

# Every test runs the CLI as a real process (start-up included): make test-fast skips them.
pytestmark = pytest.mark.slow

LISTINGS = (
    "id,posted_at,title,body,category,location,phone\n"
    "x1,2015-03-02,Sofa,Leather sofa for sale. $120 pick up only,sale,Springfield,\n"
    "x2,2015-03-03,Sweet Amber,Sweet y0ung Amber 100% real pics call two one six 555 O1 23,"
    "adult,Riverton,216-555-0123\n"
    "x3,2015-13-03,Bad date,Some text,sale,Springfield,\n"
)


def test_ingest_and_screen_content(tmp_path: Path) -> None:
    assert run(tmp_path, "init").returncode == 0
    path = tmp_path / "ads.csv"
    path.write_text(LISTINGS)
    ingest = run(tmp_path, "ingest", "content", str(path), "--subject", "001PLAT")
    assert ingest.returncode == 0, ingest.stderr
    assert "2 stored" in ingest.stdout and "1 quarantined" in ingest.stdout
    assert "line 4" in ingest.stdout
    db = sqlite3.connect(tmp_path / "knowable.db")
    payloads = [row[0] for row in db.execute("select payload from records")]
    assert payloads and all("216-555-0123" not in p and "2165550123" not in p for p in payloads)
    screen = run(tmp_path, "screen", "content", "--json")
    assert screen.returncode == 0, screen.stderr
    summary = json.loads(screen.stdout)
    assert summary[0]["subject"] == "001PLAT" and summary[0]["listings"] == 2
    assert summary[0]["months"][0]["status"] == "insufficient sample"
    assert db.execute("select count(*) from screening_runs where kind='content'").fetchone()[0] == 1


def test_classify_writes_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "ads.csv"
    path.write_text(
        "id,text,posted_at\n"
        "a,Oak dining table for sale seats six $120 pick up only,2016-01-02\n"
        'b,"Sweet Y0UNG girl, 100% real pics, incall outcall $150 hh",2016-01-03\n'
    )
    result = run(tmp_path, "tools", "classify-content", str(path), "--summary")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in lines] == ["a", "b"]
    assert set(lines[0]) == {"id", "ad_type", "indicators", "score"}
    young = [i for i in lines[1]["indicators"] if i["id"] == "AD-01"]
    assert young and young[0]["span"] == [6, 11]  # "Y0UNG" in the original text
    assert "insufficient sample" in result.stderr


def test_classify_missing_column_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "ads.csv"
    path.write_text("id,body\n1,x\n")
    result = run(tmp_path, "tools", "classify-content", str(path))
    assert result.returncode == 1
    assert "missing column 'text'" in result.stderr


def test_workspace_salt_is_stable_and_private(tmp_path: Path) -> None:
    settings = Settings(workspace=tmp_path)
    first = workspace_salt(settings)
    assert len(first) == 32 and workspace_salt(settings) == first
    assert (tmp_path / ".knowable-contact-salt").stat().st_mode & 0o077 == 0
    other = workspace_salt(Settings(workspace=tmp_path / "other"))
    assert other != first
    keyed = Settings(workspace=tmp_path, secret_key="k")
    assert workspace_salt(keyed) != first


def test_screen_content_finds_customer_contacts_in_adult_ads(tmp_path: Path) -> None:
    assert run(tmp_path, "init").returncode == 0
    crm = tmp_path / "crm"
    crm.mkdir()
    (crm / "Account.csv").write_text(
        "Id,Name,Phone\n001CUST00000001,Lakeside Spa LLC,(419) 555-0188\n"
        "001CUST00000002,Plain Bakery,(419) 555-0111\n"
    )
    (crm / "Contact.csv").write_text(
        "Id,AccountId,FirstName,LastName,Email\n"
        "003CUST00000001,001CUST00000001,Dee,Manager,dee@lakeside.example\n"
    )
    assert run(tmp_path, "ingest", "crm", str(crm)).returncode == 0
    ads = tmp_path / "ads.csv"
    ads.write_text(
        "id,posted_at,title,body,location,email\n"
        "m1,2016-04-02,Sweet Candy,Sexy Candy new in town incall outcall real pics "
        "call 419 555 0188,Riverton,\n"
        "m2,2016-04-03,Hot Lexi,Hot Lexi gfe incall 100% real pics,Riverton,"
        "dee@lakeside.example\n"
        "m3,2016-04-04,Oak table,Oak table for sale seats six call 419 555 0111,Riverton,\n"
    )
    assert run(tmp_path, "ingest", "content", str(ads), "--subject", "001PLAT").returncode == 0
    screen = run(tmp_path, "screen", "content", "--json")
    assert screen.returncode == 0, screen.stderr
    (summary,) = json.loads(screen.stdout)
    # 15-character Salesforce Ids are keyed by their 18-character form.
    assert summary["customer_signals"] == {to18("001CUST00000001"): 2}  # not the bakery
    assert "NET-07" not in summary["signals"]
    table = run(tmp_path, "screen", "content")
    assert "NET-07" in table.stdout and f"{to18('001CUST00000001')} x2" in table.stdout
