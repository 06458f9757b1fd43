"""Hostile uploads: never a 500, bad lines quarantined, the rest stored."""

from __future__ import annotations

from fastapi.testclient import TestClient
from review_seed import Seeded, auth

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
