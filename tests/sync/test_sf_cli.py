"""`knowable sync salesforce` as a user runs it: a real process against the test server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sfserver import CLIENT_ID, CLIENT_SECRET, PASSWORD, SECURITY_TOKEN, USERNAME, Running

SRC = str(Path(__file__).resolve().parents[2] / "src")
pytestmark = pytest.mark.slow  # a real process per command


def knowable(
    workspace: Path, server: Running, *args: str, **env: str
) -> subprocess.CompletedProcess[str]:
    environ = {
        **os.environ,
        "PYTHONPATH": SRC,
        "COLUMNS": "200",
        "KNOWABLE_DATABASE_URL": "",
        "KNOWABLE_SF_LOGIN_URL": server.base,
        "KNOWABLE_SF_CA_BUNDLE": str(server.cert),
        "KNOWABLE_SF_USERNAME": USERNAME,
        "KNOWABLE_SF_PASSWORD": PASSWORD,
        "KNOWABLE_SF_SECURITY_TOKEN": SECURITY_TOKEN,
        "KNOWABLE_SF_CLIENT_ID": CLIENT_ID,
        "KNOWABLE_SF_CLIENT_SECRET": CLIENT_SECRET,
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "knowable", "--workspace", str(workspace), *args],
        capture_output=True,
        text=True,
        env=environ,
        cwd=workspace,
        timeout=180,
    )


def _row(out: str, obj: str) -> list[str]:
    line = next(line for line in out.splitlines() if line.startswith(f"│ {obj} "))
    return [cell.strip() for cell in line.strip("│").split("│")]


def test_sync_prints_a_summary_per_object_and_a_second_run_fetches_nothing(
    tmp_path: Path, server: Running
) -> None:
    assert knowable(tmp_path, server, "init").returncode == 0
    server.org.add(
        "Opportunity",
        Id="006Fk0000000009",  # a 15-character Id is fine; this one's Amount is not
        AccountId="001Fk0000000001IAA",
        Name="Broken deal",
        StageName="Closed Won",
        Amount="lots",
        SystemModstamp="2025-03-01T09:40:00.000+0000",
    )
    first = knowable(
        tmp_path,
        server,
        "sync",
        "salesforce",
        "--org",
        "acme",
        "--objects",
        "Account,Contact,Opportunity",
    )
    assert first.returncode == 0, first.stderr
    assert _row(first.stdout, "Account")[:7] == ["Account", "rest", "5", "5", "0", "0", "0"]
    assert _row(first.stdout, "Opportunity")[:7] == ["Opportunity", "rest", "5", "4", "0", "0", "1"]
    assert (
        "quarantined salesforce:acme/Opportunity/006Fk0000000009, field 'Amount': "
        "Opportunity: not a number: 'lots'" in first.stdout
    )
    second = knowable(
        tmp_path, server, "sync", "salesforce", "--org", "acme", "--objects", "Account"
    )
    assert second.returncode == 0
    # The default 5-minute lookback reads the last rows again; all come back unchanged.
    assert _row(second.stdout, "Account")[:5] == ["Account", "rest", "5", "0", "5"]
    verify = knowable(tmp_path, server, "audit", "verify")
    assert verify.returncode == 0 and "intact" in verify.stdout


def test_a_sync_killed_mid_run_resumes_without_losing_or_doubling(
    tmp_path: Path, server: Running
) -> None:
    """kill -9 while the process waits for page 3: pages 1 and 2 are stored with their
    mark; the next run fetches the rest."""
    import signal
    import sqlite3

    knowable(tmp_path, server, "init")
    server.org.hold_page = 3
    environ = {**os.environ, "PYTHONPATH": SRC, "KNOWABLE_DATABASE_URL": ""}
    environ.update(
        KNOWABLE_SF_LOGIN_URL=server.base,
        KNOWABLE_SF_CA_BUNDLE=str(server.cert),
        KNOWABLE_SF_USERNAME=USERNAME,
        KNOWABLE_SF_PASSWORD=PASSWORD,
        KNOWABLE_SF_SECURITY_TOKEN=SECURITY_TOKEN,
        KNOWABLE_SF_CLIENT_ID=CLIENT_ID,
        KNOWABLE_SF_CLIENT_SECRET=CLIENT_SECRET,
    )
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "knowable",
            "--workspace",
            str(tmp_path),
            "sync",
            "salesforce",
            "--org",
            "acme",
            "--objects",
            "Account",
        ],
        env=environ,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert server.org.held.wait(timeout=150), "the sync never asked for page 3"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        server.org.hold_page = None
        server.org.release.set()
        if process.poll() is None:
            process.kill()
    db = sqlite3.connect(tmp_path / "knowable.db")
    stored = db.execute("SELECT count(*) FROM records WHERE kind='Account'").fetchone()[0]
    mark = db.execute("SELECT mark_id FROM sync_marks WHERE object='Account'").fetchone()[0]
    assert (stored, mark) == (4, "001Fk0000000004IAA")
    resumed = knowable(
        tmp_path, server, "sync", "salesforce", "--org", "acme", "--objects", "Account"
    )
    assert resumed.returncode == 0, resumed.stderr
    # From 5 minutes before the mark: the 4 stored rows come back unchanged, 1 is new.
    assert _row(resumed.stdout, "Account")[:5] == ["Account", "rest", "5", "1", "4"]
    rows = db.execute(
        "SELECT count(*), count(DISTINCT entity_key) FROM records WHERE kind='Account'"
    ).fetchone()
    assert rows == (5, 5)
    db.close()
    assert knowable(tmp_path, server, "audit", "verify").returncode == 0


def test_sync_exits_non_zero_when_every_object_failed(tmp_path: Path, server: Running) -> None:
    knowable(tmp_path, server, "init")
    out = knowable(
        tmp_path,
        server,
        "sync",
        "salesforce",
        "--org",
        "acme",
        "--objects",
        "Account",
        KNOWABLE_SF_PASSWORD="wrong",
    )
    assert out.returncode == 1
    assert "Account failed: login at" in out.stdout and "password flow, HTTP 400" in out.stdout
    assert "wrong" not in out.stdout + out.stderr  # the secret is never echoed


def test_secrets_are_not_taken_on_the_command_line(tmp_path: Path, server: Running) -> None:
    help_text = knowable(tmp_path, server, "sync", "salesforce", "--help").stdout
    assert "--org" in help_text
    assert "--password" not in help_text and "--token" not in help_text
    out = knowable(tmp_path, server, "sync", "salesforce", "--org", "a", "--password", "x")
    assert out.returncode == 2


def test_a_bad_since_date_or_object_name_is_one_line(tmp_path: Path, server: Running) -> None:
    knowable(tmp_path, server, "init")
    out = knowable(tmp_path, server, "sync", "salesforce", "--org", "a", "--since", "soon")
    assert out.returncode == 1 and "--since" in out.stderr and "not a date" in out.stderr
    out = knowable(tmp_path, server, "sync", "salesforce", "--org", "a", "--objects", "Acc;DROP")
    assert out.returncode == 1 and "not an object API name" in out.stderr
