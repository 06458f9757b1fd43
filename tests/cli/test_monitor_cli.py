"""``knowable monitor`` and ``knowable alerts`` as a user runs them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from clirun import SRC, run

from knowable.cli.common import parse_interval
from knowable.errors import InputError


def test_intervals() -> None:
    assert parse_interval("90s") == 90
    assert parse_interval("15m") == 900
    assert parse_interval("1h") == 3600
    assert parse_interval("1h30m") == 5400
    assert parse_interval("1d") == 86400
    for bad in ("", "1", "h", "1x", "1h junk", "0s", "-1h"):
        with pytest.raises(InputError):
            parse_interval(bad)
    with pytest.raises(InputError, match="field '--lookback'"):
        parse_interval("5 minutes", "--lookback")  # the option given is the one named


@pytest.mark.slow
def test_monitor_once_twice_and_alert_commands(tmp_path: Path) -> None:
    assert run(tmp_path, "init").returncode == 0
    (tmp_path / "Account.csv").write_text(
        "Id,Name,CreatedDate\n001A,Zephyr Kites Ltd,2013-01-01\n001B,Quillon Bakeries,2014-02-02\n"
    )
    assert run(tmp_path, "ingest", "crm", "Account.csv").returncode == 0
    first = run(tmp_path, "monitor", "--json")
    assert first.returncode == 0, first.stderr
    body = json.loads(first.stdout)
    assert body["changed_customers"] == ["001A", "001B"] and not body["empty"]
    second = run(tmp_path, "monitor")
    assert second.returncode == 0
    assert "nothing changed since ingest batch 1; audit event written" in second.stdout
    listed = run(tmp_path, "alerts", "list", "--failed", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
    retried = run(tmp_path, "alerts", "retry", "7")
    assert retried.returncode == 1 and "not a dead letter: 7" in retried.stderr
    assert run(tmp_path, "audit", "verify").returncode == 0


@pytest.mark.slow
def test_monitor_loop_stops_on_sigterm_after_its_run(tmp_path: Path) -> None:
    assert run(tmp_path, "init").returncode == 0
    env = {**os.environ, "PYTHONPATH": SRC, "KNOWABLE_DATABASE_URL": ""}
    proc = subprocess.Popen(
        [sys.executable, "-m", "knowable", "-w", str(tmp_path), "monitor", "--every", "1h"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 120
        assert proc.stdout is not None
        line = proc.stdout.readline()  # the first run's summary: the loop now waits
        assert line.startswith("monitor run 1:"), line
        assert time.monotonic() < deadline
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0
    assert "SIGTERM received" in err and "monitor: stopped" in err
    assert "monitor run 2" not in out


def test_env_file_that_is_missing_is_one_clear_error(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": SRC, "KNOWABLE_ENV_FILE": str(tmp_path / "nope.env")}
    done = subprocess.run(
        [sys.executable, "-m", "knowable", "-w", str(tmp_path), "monitor"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == f"error: KNOWABLE_ENV_FILE: no such file: {tmp_path / 'nope.env'}"


def test_env_file_is_read(tmp_path: Path) -> None:
    """A value from the file reaches the settings (here one they refuse, naming it)."""
    settings_file = tmp_path / "knowable.env"
    settings_file.write_text("KNOWABLE_ALERT_ATTEMPTS=0\n")
    env = {**os.environ, "PYTHONPATH": SRC, "KNOWABLE_ENV_FILE": str(settings_file)}
    done = subprocess.run(
        [sys.executable, "-m", "knowable", "-w", str(tmp_path), "monitor"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("error: setting alert_attempts (KNOWABLE_ALERT_ATTEMPTS)")
