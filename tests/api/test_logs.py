"""Structured logs: one JSON object per line, unexpected failures logged with their
traceback and answered with a plain 500, and `knowable serve` says why it stopped."""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from knowable.api import logs


def test_json_lines_carry_time_level_fields_and_traceback() -> None:
    formatter = logs.JsonLines()
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.getLogger("knowable.t").makeRecord(
            "knowable.t",
            logging.ERROR,
            __file__,
            1,
            "failed %s",
            ("x",),
            sys.exc_info(),
            extra={"path": "/api/x", "status": 500},
        )
    line = formatter.format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == "failed x" and entry["level"] == "error"
    assert entry["path"] == "/api/x" and entry["status"] == 500
    assert entry["error"] == "ValueError" and "boom" in entry["traceback"]
    assert entry["at"].endswith("+00:00")


def test_a_plain_record_has_no_error_fields() -> None:
    record = logging.makeLogRecord({"name": "knowable", "msg": "hello", "levelname": "INFO"})
    entry = json.loads(logs.JsonLines().format(record))
    assert entry["message"] == "hello" and "error" not in entry and "traceback" not in entry


def test_an_unexpected_failure_is_logged_and_answered_without_internals(
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = FastAPI()
    logs.install(app)

    @app.get("/explode")
    def explode() -> None:
        raise RuntimeError("secret internal detail")

    with caplog.at_level(logging.ERROR, logger="knowable.api"):
        answer = TestClient(app, raise_server_exceptions=False).get("/explode")
    assert answer.status_code == 500
    assert "secret" not in answer.text and answer.json()["error"]["code"] == "internal"
    [record] = [r for r in caplog.records if r.name == "knowable.api"]
    assert record.path == "/explode" and record.exc_info is not None  # type: ignore[attr-defined]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
def test_serve_logs_json_from_start_to_stop(tmp_path: Path) -> None:
    env = {**os.environ, "KNOWABLE_WORKSPACE": str(tmp_path), "COLUMNS": "200"}
    cli = [sys.executable, "-m", "knowable"]
    subprocess.run([*cli, "init"], env=env, check=True, capture_output=True)
    port = _free_port()
    server = subprocess.Popen(
        [*cli, "serve", "--port", str(port), "--log-format", "json", "--log-level", "info"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.3)
    finally:
        server.send_signal(signal.SIGTERM)
        _, err = server.communicate(timeout=30)
    entries = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    messages = [e["message"] for e in entries]
    assert messages[0] == "starting" and entries[0]["port"] == port
    assert messages[-1] == "stopped" and entries[-1]["signal"] == "SIGTERM"
    assert server.returncode == 0
    assert any(e["logger"] == "uvicorn.access" for e in entries)  # the GET /login


def test_an_unreachable_database_is_a_503_with_retry_after(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from sqlalchemy.exc import OperationalError

    app = FastAPI()
    logs.install(app)

    @app.get("/down")
    def down() -> None:
        raise OperationalError("SELECT 1", {}, Exception("connection failed: Connection refused"))

    @app.get("/locked")
    def locked() -> None:
        raise OperationalError("UPDATE x", {}, Exception("deadlock detected"))

    client = TestClient(app, raise_server_exceptions=False)
    with caplog.at_level(logging.WARNING, logger="knowable.api"):
        answer = client.get("/down")
    assert answer.status_code == 503 and answer.headers["Retry-After"] == "5"
    assert answer.json()["error"]["code"] == "unavailable"
    assert all(r.exc_info is None for r in caplog.records if r.name == "knowable.api")
    # A statement that failed on a reachable database stays a server error.
    assert client.get("/locked").status_code == 500


def test_the_cli_tells_a_lost_database_from_other_failures() -> None:
    from sqlalchemy.exc import OperationalError

    from knowable.cli import _database_lost

    lost = OperationalError("INSERT", {}, Exception("server closed the connection unexpectedly"))
    assert _database_lost(lost)
    assert not _database_lost(OperationalError("UPDATE", {}, Exception("deadlock detected")))
    assert not _database_lost(ValueError("connection refused"))
