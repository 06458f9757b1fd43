"""Fuzzing the upload routes (issue 17): hostile JSON lines and CRM files posted to
``/api/ingest/records`` and ``/api/ingest/crm`` never get a 5xx; every answer is a 201
with a summary or a 4xx with one JSON error, and the audit chain still verifies."""

from __future__ import annotations

import sys
from pathlib import Path

from fastapi.testclient import TestClient
from hypothesis import given

from knowable.api import create_app
from knowable.settings import Settings
from knowable.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from review_seed import auth, seed

from fuzz.test_parsers_fuzz import CRM_ACCOUNT, FUZZ, MEDIA, edits, mutate


def _answered(status: int, body: dict[str, object]) -> None:
    assert status < 500, body
    if status == 201:
        assert isinstance(body.get("summary"), dict)
    else:
        assert 400 <= status < 500 and isinstance(body.get("error"), dict | str), body


def test_records_and_crm_uploads(store: Store, tmp_path: Path) -> None:
    seeded = seed(store)
    settings = Settings(workspace=tmp_path, secret_key="test-secret", max_upload_bytes=200_000)
    with TestClient(create_app(settings, store)) as client:

        @FUZZ
        @given(plan=edits)
        def records(plan: list[tuple[str, float, bytes]]) -> None:
            r = client.post(
                "/api/ingest/records",
                files={"file": ("n.jsonl", mutate(MEDIA, plan), "application/x-ndjson")},
                data={"source": "fuzz"},
                headers=auth(seeded, "analyst"),
            )
            _answered(r.status_code, r.json())

        @FUZZ
        @given(plan=edits)
        def crm(plan: list[tuple[str, float, bytes]]) -> None:
            r = client.post(
                "/api/ingest/crm",
                files=[("files", ("Account.csv", mutate(CRM_ACCOUNT, plan), "text/csv"))],
                headers=auth(seeded, "admin"),
            )
            _answered(r.status_code, r.json())

        records()
        crm()
    result = store.verify_audit()
    assert result.ok, result.problems[:3]
