"""The core commands as a user runs them: real processes, a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest
from clirun import run

# Every test runs the CLI as a real process (start-up included): make test-fast skips them.
pytestmark = pytest.mark.slow


def _export(tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Account.csv").write_text(
        "Id,Name,Website,BillingCountry,CreatedDate\n"
        "001A,Acme Widgets Inc.,acme.example,US,2012-01-05\n"
        "001B,Brightline Ltd,,GB,2012-13-01\n"
    )
    (folder / "Note.csv").write_bytes(
        b"Id,ParentId,Title,Body,CreatedDate\n"
        b"002A,001A,Visit,All fine,2014-01-02\n"
        b"002B,001A,Caf\xe9,latin-1,2014-01-03\n"
    )
    return folder


def test_commands_before_init_fail_with_one_line(tmp_path: Path) -> None:
    result = run(tmp_path, "subjects", "list")
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error: no store at")
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_ingest_list_verify_and_tamper(tmp_path: Path) -> None:
    assert run(tmp_path, "init").returncode == 0
    first = run(tmp_path, "ingest", "crm", str(_export(tmp_path)))
    assert first.returncode == 0, first.stderr
    assert "2 stored" in first.stdout and "2 quarantined" in first.stdout
    again = run(tmp_path, "ingest", "crm", str(tmp_path / "export"))
    assert "0 stored, 2 duplicate" in again.stdout

    listed = json.loads(run(tmp_path, "subjects", "list", "--json").stdout)
    assert [s["name"] for s in listed] == ["Acme Widgets Inc."]
    assert listed[0]["band"] == "not screened"

    quarantined = json.loads(run(tmp_path, "quarantine", "list", "--json").stdout)
    assert {(q["field"], q["line"]) for q in quarantined} == {("CreatedDate", 3), ("Title", 3)}

    assert run(tmp_path, "audit", "verify").returncode == 0
    with sqlite3.connect(tmp_path / "knowable.db") as conn:
        conn.execute("UPDATE records SET text = 'edited' WHERE external_id = '002A'")
    broken = run(tmp_path, "audit", "verify")
    assert broken.returncode == 1
    assert "content was changed" in broken.stdout


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    run(tmp_path, "init")
    empty = tmp_path / "Account.csv"
    empty.write_text("Id,Name\n,\n")
    result = run(tmp_path, "ingest", "crm", str(empty))
    assert result.returncode == 1
    assert "nothing could be read" in result.stderr


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    run(tmp_path, "init")
    result = run(tmp_path, "ingest", "crm", str(tmp_path / "nope"))
    assert result.returncode == 1
    assert "no such file or folder" in result.stderr


@pytest.mark.postgres
def test_database_url_selects_postgresql(tmp_path: Path, pg_url: str) -> None:
    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return run(tmp_path, *args, database_url=pg_url)

    assert cli("init").returncode == 0
    result = cli("ingest", "crm", str(_export(tmp_path)))
    assert "2 stored" in result.stdout, result.stderr
    assert not (tmp_path / "knowable.db").exists()
    assert cli("audit", "verify").returncode == 0


def test_audit_log_json(tmp_path: Path) -> None:
    run(tmp_path, "init")
    run(tmp_path, "ingest", "crm", str(_export(tmp_path)))
    events = json.loads(run(tmp_path, "audit", "log", "--json").stdout)
    assert [e["action"] for e in events] == ["ingest", "init"]
    assert all(len(e["hash"]) == 64 for e in events)


def test_version_says_which_name_matcher_build_runs(tmp_path: Path) -> None:
    import knowable.names

    done = run(tmp_path, "--version")
    assert done.returncode == 0, done.stderr
    build = "compiled (mypyc)" if knowable.names.native() else "pure Python"
    assert done.stdout.strip().endswith(f"name matcher: {build}")


def test_report_style_export_is_refused_in_one_line(tmp_path: Path) -> None:
    run(tmp_path, "init")
    report = tmp_path / "Accounts-Contacts.csv"
    report.write_text(
        "Account: Account Name,Contact: First Name,Contact: Last Name\n"
        "Larchmont Tea Rooms,Edith,Marrable\nPellworth Marine Supplies,Colm,Dervish\n"
    )
    result = run(tmp_path, "ingest", "crm", str(report))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "report-style export refused" in lines[0]
    assert "Accounts-Contacts.csv" in lines[0]
    quarantined = json.loads(run(tmp_path, "quarantine", "list", "--json").stdout)
    assert len(quarantined) == 1 and quarantined[0]["line"] is None


def test_ingest_crm_with_org_keeps_two_orgs_apart(tmp_path: Path) -> None:
    run(tmp_path, "init")
    first = run(tmp_path, "ingest", "crm", str(_export(tmp_path)), "--org", "north")
    assert first.returncode == 0, first.stderr
    other = tmp_path / "other"
    other.mkdir()
    (other / "Account.csv").write_text("Id,Name,CreatedDate\n001A,Zephyr Kites,2013-01-01\n")
    second = run(tmp_path, "ingest", "crm", str(other), "--org", "south")
    assert second.returncode == 0, second.stderr
    listed = json.loads(run(tmp_path, "subjects", "list", "--json").stdout)
    assert sorted((s["key"], s["name"]) for s in listed) == [
        ("north/001A", "Acme Widgets Inc."),
        ("south/001A", "Zephyr Kites"),
    ]


def test_audit_checkpoint_and_verify_against_it(tmp_path: Path) -> None:
    run(tmp_path, "init")
    assert run(tmp_path, "ingest", "crm", str(_export(tmp_path))).returncode == 0
    key = tmp_path / "keys" / "audit.key"
    key.parent.mkdir()
    made = run(tmp_path, "audit", "keygen", "--key", str(key))
    assert made.returncode == 0, made.stderr
    pub = tmp_path / "audit.pub"
    pub.write_text(made.stdout)
    assert key.stat().st_mode & 0o777 == 0o600
    out = tmp_path / "cp.json"
    signed = run(tmp_path, "audit", "checkpoint", "--key", str(key), "--out", str(out))
    assert signed.returncode == 0, signed.stderr
    checked = run(tmp_path, "audit", "verify", "--checkpoints", str(out), "--public-key", str(pub))
    assert checked.returncode == 0 and "1 anchor(s) hold" in checked.stdout, checked.stdout
    head = json.loads(out.read_text())
    with sqlite3.connect(tmp_path / "knowable.db") as conn:
        conn.execute("DELETE FROM audit_events")
        conn.execute("UPDATE audit_head SET seq = 0, hash = ?", ("0" * 64,))
    broken = run(
        tmp_path,
        "audit",
        "verify",
        "--checkpoints",
        str(out),
        "--public-key",
        str(pub),
        "--expect-head",
        f"{head['seq']}:{head['hash']}",
    )
    assert broken.returncode == 1
    assert "events removed together with the head" in broken.stdout


def test_ingest_crm_takes_its_field_cap_from_the_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Account.csv").write_text(
        "Id,Name,Description\n001A,Acme Widgets Inc.,short\n001B,Long Co," + "d" * 300 + "\n"
    )
    run(tmp_path, "init")
    default = run(tmp_path, "ingest", "crm", str(folder))
    assert default.returncode == 0 and "0 quarantined" in default.stdout, default.stdout
    capped = tmp_path / "capped"
    capped.mkdir()
    monkeypatch.setenv("KNOWABLE_MAX_FIELD_BYTES", "100")
    run(capped, "init")
    result = run(capped, "ingest", "crm", str(folder))
    assert result.returncode == 0, result.stderr
    assert "1 quarantined" in result.stdout
    assert "field 'Description': field larger than the limit of 100 bytes (300 bytes)" in (
        result.stdout
    )


def test_audit_verify_since_checkpoint(tmp_path: Path) -> None:
    run(tmp_path, "init")
    key, pub, out = tmp_path / "audit.key", tmp_path / "audit.pub", tmp_path / "cp.json"
    pub.write_text(run(tmp_path, "audit", "keygen", "--key", str(key)).stdout)
    assert run(tmp_path, "ingest", "crm", str(_export(tmp_path))).returncode == 0
    assert (
        run(tmp_path, "audit", "checkpoint", "--key", str(key), "--out", str(out)).returncode == 0
    )
    assert run(tmp_path, "assess", "--as-of", "2016-06-30").returncode == 0
    since = ("audit", "verify", "--since-checkpoint", str(out), "--public-key", str(pub))
    checked = run(tmp_path, *since)
    assert checked.returncode == 0, checked.stdout
    assert (
        "trusted up to the checkpoint" in checked.stdout and "rows not re-hashed" in checked.stdout
    )
    assert run(tmp_path, "audit", "verify", "--since-checkpoint", str(out)).returncode != 0
    with sqlite3.connect(tmp_path / "knowable.db") as conn:
        conn.execute(
            "UPDATE assessments SET score = 0.99 WHERE id = (SELECT max(id) FROM assessments)"
        )
    broken = run(tmp_path, *since)
    assert broken.returncode == 1 and "content was changed" in broken.stdout
