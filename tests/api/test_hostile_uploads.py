"""Hostile uploads: never a 500, bad lines quarantined, the rest stored."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from review_seed import Seeded, auth

from knowable.api.app import create_app
from knowable.settings import Settings
from knowable.store import Store

DEEP = b"[" * 100_000


def test_deeply_nested_record_line_is_quarantined_not_500(
    client: TestClient, seeded: Seeded
) -> None:
    lines = b'{"kind": "note", "text": "ok", "available_at": "2020-01-02"}\n' + DEEP + b"\n"
    r = client.post(
        "/api/ingest/records",
        files={"file": ("notes.jsonl", lines, "application/x-ndjson")},
        data={"source": "notes"},
        headers=auth(seeded, "analyst"),
    )
    assert r.status_code == 201, r.text
    summary = r.json()["summary"]
    assert (summary["stored"], summary["quarantined"]) == (1, 1)


def test_deeply_nested_crm_json_is_quarantined_not_500(client: TestClient, seeded: Seeded) -> None:
    r = client.post(
        "/api/ingest/crm",
        files=[
            ("files", ("Account.csv", b"Id,Name\n001000000000009AAA,Up Co\n", "text/csv")),
            ("files", ("Deep.json", DEEP, "application/json")),
        ],
        headers=auth(seeded, "admin"),
    )
    assert r.status_code == 201, r.text
    summary = r.json()["summary"]
    assert summary["subjects_stored"] == 1 and summary["quarantined"] == 1


def test_nul_byte_in_an_uploaded_record_is_quarantined_not_500(
    client: TestClient, seeded: Seeded
) -> None:
    lines = (
        b'{"kind": "note", "text": "ok", "available_at": "2020-01-02"}\n'
        b'{"kind": "note", "text": "bad\\u0000", "available_at": "2020-01-02"}\n'
    )
    r = client.post(
        "/api/ingest/records",
        files={"file": ("notes.jsonl", lines, "application/x-ndjson")},
        data={"source": "notes"},
        headers=auth(seeded, "analyst"),
    )
    assert r.status_code == 201, r.text
    summary = r.json()["summary"]
    assert (summary["stored"], summary["quarantined"]) == (1, 1)


def _post(
    app: Any, headers: dict[str, str], chunks: list[bytes], length: bool = True
) -> tuple[int, int]:
    """POST ``chunks`` to /api/ingest/records straight through ASGI; (status, chunks read)."""
    boundary = "xyz"
    raw_headers = [(b"content-type", f"multipart/form-data; boundary={boundary}".encode())]
    raw_headers += [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    if length:
        raw_headers.append((b"content-length", str(sum(map(len, chunks))).encode()))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/ingest/records",
        "raw_path": b"/api/ingest/records",
        "query_string": b"",
        "root_path": "",
        "headers": raw_headers,
        "client": ("127.0.0.1", 1234),
        "server": ("testserver", 80),
    }
    pending = list(chunks)
    read = 0
    status = 0

    async def receive() -> dict[str, Any]:
        nonlocal read
        if not pending:
            return {"type": "http.disconnect"}
        read += 1
        body = pending.pop(0)
        return {"type": "http.request", "body": body, "more_body": bool(pending)}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    # In a thread of its own: a session-wide Playwright browser in the same test process
    # keeps an event loop running in the main thread, where asyncio.run() is refused.
    worker = threading.Thread(target=lambda: asyncio.run(app(scope, receive, send)))
    worker.start()
    worker.join(timeout=60)
    return status, read


def _body(size: int) -> list[bytes]:
    head = (
        b'--xyz\r\nContent-Disposition: form-data; name="source"\r\n\r\nnotes\r\n'
        b'--xyz\r\nContent-Disposition: form-data; name="file"; filename="n.jsonl"\r\n'
        b"Content-Type: application/x-ndjson\r\n\r\n"
    )
    line = b'{"kind": "note", "text": "ok"}\n'
    return [head, *([line * 100] * (size // (len(line) * 100) + 1)), b"\r\n--xyz--\r\n"]


def test_anonymous_upload_gets_401_before_its_body_is_read(
    client: TestClient, seeded: Seeded
) -> None:
    status, read = _post(client.app, {}, _body(200_000))
    assert (status, read) == (401, 0)
    status, read = _post(client.app, {"Authorization": "Bearer wrong"}, _body(200_000))
    assert (status, read) == (401, 0)
    status, read = _post(client.app, auth(seeded, "auditor"), _body(200_000))
    assert (status, read) == (403, 0)


def test_upload_over_the_cap_gets_413_before_the_body_is_stored(
    store: Store, seeded: Seeded, tmp_path: Path
) -> None:
    settings = Settings(workspace=tmp_path, secret_key="test-secret", max_upload_bytes=50_000)
    with TestClient(create_app(settings, store)) as small:
        status, read = _post(small.app, auth(seeded, "analyst"), _body(200_000))
        assert (status, read) == (413, 0)
        chunks = _body(200_000)
        status, read = _post(small.app, auth(seeded, "analyst"), chunks, length=False)
        assert status == 413 and read < len(chunks)
        status, _ = _post(small.app, auth(seeded, "analyst"), _body(10_000))
        assert status == 201


class _Spool:
    """Counts what upload parsing writes to its spooled files (memory, then disk)."""

    written = 0
    rolled = False

    def __init__(self) -> None:
        _Spool.written = 0
        _Spool.rolled = False


def _counting_spool(real: Any) -> Any:
    class Counting(real):  # type: ignore[misc, valid-type]
        def write(self, data: bytes) -> int:
            _Spool.written += len(data)
            return int(super().write(data))

        def rollover(self) -> None:
            _Spool.rolled = True
            super().rollover()

    return Counting


def test_upload_without_length_is_cut_at_the_cap_spooling_no_more_than_it(
    store: Store, seeded: Seeded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17: an upload past the cap streams into the spool only up to the cap (on disk
    past 1 MiB) and gets 413 after authentication; memory stays far below the body."""
    import tracemalloc

    import starlette.formparsers as formparsers

    monkeypatch.setattr(
        formparsers, "SpooledTemporaryFile", _counting_spool(formparsers.SpooledTemporaryFile)
    )
    cap = 2_000_000
    settings = Settings(workspace=tmp_path, secret_key="test-secret", max_upload_bytes=cap)
    with TestClient(create_app(settings, store)) as small:
        _Spool()
        chunks = _body(20_000_000)  # ten times the cap, sent without a Content-Length
        total = sum(map(len, chunks))
        tracemalloc.start()
        try:
            status, read = _post(small.app, auth(seeded, "analyst"), chunks, length=False)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert status == 413
        assert read * len(chunks[1]) < cap + 2 * len(chunks[1])  # reading stopped at the cap
        assert 1 << 20 < _Spool.written <= cap and _Spool.rolled  # spooled to disk, capped
        assert peak < total // 4, (peak, total)
        _Spool()
        status, read = _post(small.app, {}, chunks, length=False)
        assert (status, read, _Spool.written) == (401, 0, 0)  # anonymous: nothing read


def test_non_utf8_line_in_an_upload_is_quarantined_and_the_rest_stored(
    client: TestClient, seeded: Seeded, store: Store
) -> None:
    lines = (
        b"\xef\xbb\xbf"
        + b'{"kind": "note", "text": "first", "available_at": "2020-01-02"}\n'
        + b'{"kind": "note", "text": "caf\xe9"}\n'
        + b'{"kind": "note", "text": "third"}\r\n'
    )
    r = client.post(
        "/api/ingest/records",
        files={"file": ("notes.jsonl", lines, "application/x-ndjson")},
        data={"source": "notes"},
        headers=auth(seeded, "analyst"),
    )
    assert r.status_code == 201, r.text
    assert (r.json()["summary"]["stored"], r.json()["summary"]["quarantined"]) == (2, 1)
    rows = [row for row in store.quarantined(None) if row["file"] == "notes.jsonl"]
    fault = lines.index(b"\xe9")  # counted from the start of the upload, its BOM included
    assert [(row["line"], row["reason"]) for row in rows] == [(2, f"not UTF-8 at byte {fault}")]
    assert "caf\\xe9" in rows[0]["raw"]
