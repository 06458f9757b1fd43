"""Every API route, every role: who gets through, who gets 403, and anonymous gets 401.

The table below must name every route the app publishes (a test checks that), so a new
route cannot ship without its authorisation being decided and tested.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from review_seed import ROLES, Seeded, auth

ALL = set(ROLES)
WORKERS = {"analyst", "reviewer"}
CASE = "{case}"

# (method, path template, body or None, roles allowed)
MATRIX: list[tuple[str, str, dict[str, Any] | None, set[str]]] = [
    ("GET", "/api/me", None, ALL),
    ("GET", "/api/subjects", None, ALL),
    ("GET", "/api/subjects/ACC-1", None, ALL),
    ("GET", "/api/records", None, ALL),
    ("GET", "/api/records/{record}", None, ALL),
    ("GET", "/api/signals", None, ALL),
    ("GET", "/api/assessments", None, ALL),
    ("GET", "/api/subjects/ACC-1/assessment", None, ALL),
    ("GET", "/api/subjects/ACC-1/assessments", None, ALL),
    ("GET", "/api/cases", None, ALL),
    ("GET", f"/api/cases/{CASE}", None, ALL),
    ("GET", f"/api/cases/{CASE}/events", None, ALL),
    ("GET", f"/api/cases/{CASE}/alerts", None, ALL),
    ("GET", f"/api/cases/{CASE}/pack", None, ALL),
    ("POST", f"/api/cases/{CASE}/approve", {}, {"reviewer"}),  # nothing awaits it yet: 409
    ("POST", f"/api/cases/{CASE}/refuse", {"reason": "no"}, {"reviewer"}),
    ("GET", "/api/dispositions", None, ALL),
    ("GET", "/api/audit", None, ALL),
    ("GET", "/api/audit/verify", None, {"reviewer", "admin", "auditor"}),
    ("GET", "/api/users", None, {"admin"}),
    (
        "POST",
        "/api/users",
        {"username": "newbie", "role": "analyst", "password": "violet kettle under marble sky"},
        {"admin"},
    ),
    ("PATCH", "/api/users/{analyst_id}", {"active": True}, {"admin"}),
    ("POST", "/api/users/{analyst_id}/role/approve", None, {"admin"}),  # nothing pending: 409
    ("POST", "/api/users/{analyst_id}/role/refuse", None, {"admin"}),
    (
        "POST",
        "/api/users/{analyst_id}/password",
        {"old_password": "correct horse battery staple", "new_password": "violet kettle sky 42"},
        {"admin", "analyst"},  # oneself, or a reset by a user admin
    ),
    ("POST", "/api/users/{analyst_id}/tokens", {"name": "ci"}, {"analyst"}),  # only for yourself
    ("GET", "/api/users/{analyst_id}/tokens", None, {"admin", "analyst"}),
    ("DELETE", "/api/tokens/{spare_token}", None, {"admin", "analyst"}),
    ("POST", f"/api/cases/{CASE}/review", {}, WORKERS),
    ("POST", f"/api/cases/{CASE}/assign", {"assignee": "reviewer"}, WORKERS),
    ("POST", f"/api/cases/{CASE}/comments", {"text": "looked at it"}, WORKERS),
    ("POST", f"/api/cases/{CASE}/reopen", {"reason": "new facts"}, WORKERS),
    (
        "POST",
        f"/api/cases/{CASE}/disposition",
        {"disposition": "offboard", "reason": "charged and seized"},
        {"reviewer"},
    ),
    ("POST", "/api/cases/scan", None, WORKERS),
    ("GET", "/api/subjects/ACC-1/report", None, ALL),
    ("POST", "/api/assessments/run", {"as_of": "2019-01-01"}, {"analyst", "reviewer", "admin"}),
    ("POST", "/api/ingest/records", "jsonl", {"analyst", "reviewer", "admin"}),
    ("POST", "/api/ingest/crm", "crm", {"analyst", "reviewer", "admin"}),
]


def _call(
    client: TestClient, seeded: Seeded, method: str, path: str, body: Any, headers: dict[str, str]
) -> int:
    case = client.get("/api/cases?subject_key=ACC-1", headers=auth(seeded, "auditor")).json()
    url = path.format(
        case=case["items"][0]["id"],
        record=seeded.note.id,
        analyst_id=seeded.user_ids["analyst"],
        spare_token=seeded.spare_token_id,
    )
    if body == "jsonl":
        files = {
            "file": ("x.jsonl", b'{"kind": "note", "text": "hello"}\n', "application/x-ndjson")
        }
        return client.post(url, files=files, data={"source": "notes"}, headers=headers).status_code
    if body == "crm":
        csv = b"Id,Name,Website\n001A,Upload Co,upload.example\n"
        files_ = [("files", ("Account.csv", csv, "text/csv"))]
        return client.post(url, files=files_, headers=headers).status_code
    return client.request(method, url, json=body, headers=headers).status_code


def test_matrix_covers_every_api_route(client: TestClient) -> None:
    published = {
        (method, path)
        for path, item in client.get("/api/openapi.json").json()["paths"].items()
        for method in (m.upper() for m in item)
    }

    def norm(p: str) -> str:
        return (
            p.replace("{case}", "{case_id}")
            .replace("{record}", "{record_id}")
            .replace("{analyst_id}", "{user_id}")
            .replace("{spare_token}", "{token_id}")
            .replace("ACC-1", "{key}")
        )

    tested = {(m, norm(p)) for m, p, _, _ in MATRIX}
    assert published == tested


@pytest.mark.slow  # one request per route and caller: seconds in all
def test_every_route_for_every_role(client: TestClient, seeded: Seeded) -> None:
    """One seeded store for the whole table (fast); failures are collected and listed."""
    wrong: list[str] = []
    for method, path, body, allowed in MATRIX:
        for label, headers in (("anonymous", {}), ("forged", {"Authorization": "Bearer kn_x"})):
            status = _call(client, seeded, method, path, body, headers)
            if status != 401:
                wrong.append(f"{method} {path} {label}: {status}, expected 401")
        for role in ROLES:
            status = _call(client, seeded, method, path, body, auth(seeded, role))
            if role in allowed and status in (401, 403, 500):
                wrong.append(f"{method} {path} {role}: {status}, expected access")
            if role not in allowed and status != 403:
                wrong.append(f"{method} {path} {role}: {status}, expected 403")
    assert not wrong, "\n".join(wrong)


def test_error_shape_for_401_403_404_422(client: TestClient, seeded: Seeded) -> None:
    for response in (
        client.get("/api/cases"),
        client.post("/api/users", json={}, headers=auth(seeded, "auditor")),
        client.get("/api/subjects/NOPE", headers=auth(seeded, "auditor")),
        client.get("/api/cases?limit=0", headers=auth(seeded, "auditor")),
        client.get("/api/nothing-here", headers=auth(seeded, "auditor")),
    ):
        body = response.json()
        assert set(body) == {"error"}
        assert set(body["error"]) == {"code", "message", "details"}
    assert client.get("/api/cases").json()["error"]["code"] == "unauthorized"
    assert client.get("/api/cases?limit=0", headers=auth(seeded, "auditor")).status_code == 422
