"""Working the case queue through the API: decisions, conflicts, paging, audit, as_of."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from review_seed import Seeded, auth, post_login

from knowable.api.deps import CSRF_HEADER


def top_case(client: TestClient, seeded: Seeded) -> dict[str, object]:
    page = client.get("/api/cases", headers=auth(seeded, "analyst")).json()
    assert page["total"] == 2
    return page["items"][0]  # type: ignore[no-any-return]


def test_queue_has_grave_case_first_and_pages(client: TestClient, seeded: Seeded) -> None:
    top = top_case(client, seeded)
    assert top["subject_key"] == "ACC-1" and top["severity"] == "grave"
    second = client.get("/api/cases?limit=1&offset=1", headers=auth(seeded, "analyst")).json()
    assert second["total"] == 2 and second["limit"] == 1 and second["offset"] == 1
    assert [c["subject_key"] for c in second["items"]] == ["ACC-2"]
    alerts = client.get(f"/api/cases/{top['id']}/alerts", headers=auth(seeded, "analyst")).json()
    assert {a["kind"] for a in alerts["items"]} == {"band", "grave_signal"}
    banded = client.get("/api/cases?band=review", headers=auth(seeded, "analyst")).json()
    assert [c["subject_key"] for c in banded["items"]] == ["ACC-2"]


def test_analyst_cannot_offboard_reviewer_decides_once(client: TestClient, seeded: Seeded) -> None:
    top = top_case(client, seeded)
    url = f"/api/cases/{top['id']}/disposition"
    body = {
        "disposition": "offboard",
        "reason": "owners charged, domain seized",
        "version": top["version"],
    }
    denied = client.post(url, json=body, headers=auth(seeded, "analyst"))
    assert denied.status_code == 403
    assert "offboard" in denied.json()["error"]["message"]
    short = client.post(url, json={**body, "reason": "bad"}, headers=auth(seeded, "reviewer"))
    assert short.status_code == 400 and short.json()["error"]["details"] == {"field": "reason"}
    done = client.post(url, json=body, headers=auth(seeded, "reviewer"))
    assert done.status_code == 200, done.text
    proposed = done.json()
    assert proposed["state"] == "awaiting_approval" and proposed["decided_by"] == "reviewer"
    approve = f"/api/cases/{top['id']}/approve"
    own = client.post(approve, headers=auth(seeded, "reviewer"))
    assert own.status_code == 403 and "four eyes" in own.json()["error"]["message"]
    assert client.post(approve, headers=auth(seeded, "analyst")).status_code == 403
    approved = client.post(approve, json={"note": "agreed"}, headers=auth(seeded, "second"))
    assert approved.status_code == 200, approved.text
    decided = approved.json()
    assert decided["state"] == "decided" and decided["decided_by"] == "reviewer"
    assert decided["approved_by"] == "second"
    assert decided["evidence_hash"] and len(decided["evidence"]) == 3
    again = client.post(
        url, json={**body, "version": decided["version"]}, headers=auth(seeded, "reviewer")
    )
    assert again.status_code == 409
    stale = client.post(url, json=body, headers=auth(seeded, "reviewer"))
    assert stale.status_code == 409
    listed = client.get("/api/dispositions", headers=auth(seeded, "auditor")).json()
    assert listed["total"] == 1 and listed["items"][0]["disposition"] == "offboard"
    cleared = client.get("/api/dispositions?disposition=cleared", headers=auth(seeded, "auditor"))
    assert cleared.json()["total"] == 0
    audit = client.get("/api/audit?limit=5", headers=auth(seeded, "auditor")).json()
    assert audit["items"][0]["action"] == "case.decided"
    assert audit["items"][0]["actor"] == "second"
    verify = client.get("/api/audit/verify", headers=auth(seeded, "auditor")).json()
    assert verify["ok"], verify["problems"]


def test_comment_assign_reopen_are_case_events(client: TestClient, seeded: Seeded) -> None:
    top = top_case(client, seeded)
    base = f"/api/cases/{top['id']}"
    h = auth(seeded, "analyst")
    assert client.post(f"{base}/review", json={}, headers=h).json()["state"] == "in_review"
    assert (
        client.post(f"{base}/assign", json={"assignee": "reviewer"}, headers=h).json()["assignee"]
        == "reviewer"
    )
    assert client.post(f"{base}/assign", json={"assignee": "ghost"}, headers=h).status_code == 404
    assert (
        client.post(f"{base}/comments", json={"text": "asked the bank"}, headers=h).status_code
        == 200
    )
    client.post(
        f"{base}/disposition",
        json={"disposition": "cleared", "reason": "namesake of another firm"},
        headers=h,
    )
    assert (
        client.post(f"{base}/reopen", json={"reason": "a second article"}, headers=h).json()[
            "state"
        ]
        == "open"
    )
    events = client.get(f"{base}/events", headers=h).json()
    kinds = [e["kind"] for e in events["items"]]
    assert kinds == [
        "opened",
        "alert_added",
        "alert_added",
        "review_started",
        "assigned",
        "commented",
        "decided",
        "reopened",
    ]


def test_assessment_as_of(client: TestClient, seeded: Seeded) -> None:
    h = auth(seeded, "auditor")
    early = client.get("/api/subjects/ACC-1/assessment?as_of=2014-06-30", headers=h).json()
    assert early["band"] == "watch"
    later = client.get("/api/subjects/ACC-1/assessment?as_of=2015-01-01", headers=h).json()
    assert later["band"] == "review" and later["knowable_since"].startswith("2014-03-05")
    assert (
        client.get("/api/subjects/ACC-1/assessment?as_of=2000-01-01", headers=h).status_code == 404
    )
    assert client.get("/api/subjects/ACC-1/assessment?as_of=soon", headers=h).status_code == 400
    history = client.get("/api/subjects/ACC-1/assessments", headers=h).json()
    assert [a["band"] for a in history["items"]] == ["watch", "review", "escalate"]
    ranked = client.get("/api/assessments?as_of=2015-06-30", headers=h).json()
    assert [a["subject_key"] for a in ranked["items"]] == ["ACC-1"]
    now = client.get("/api/assessments", headers=h).json()
    assert [(a["subject_key"], a["band"]) for a in now["items"]] == [
        ("ACC-1", "escalate"),
        ("ACC-2", "review"),
        ("ACC-3", "clear"),
    ]
    review = client.get("/api/assessments?band=review&limit=1", headers=h).json()
    assert review["total"] == 1 and review["items"][0]["subject_key"] == "ACC-2"


def test_ingest_upload_quarantines_bad_lines(client: TestClient, seeded: Seeded) -> None:
    lines = (
        b'{"kind": "note", "text": "ok", "available_at": "2020-01-02"}\n'
        b"not json\n"
        b'{"kind": "note", "available_at": "someday"}\n'
    )
    r = client.post(
        "/api/ingest/records",
        files={"file": ("notes.jsonl", lines, "application/x-ndjson")},
        data={"source": "notes"},
        headers=auth(seeded, "analyst"),
    )
    assert r.status_code == 201, r.text
    summary = r.json()["summary"]
    assert (summary["stored"], summary["duplicates"], summary["quarantined"]) == (1, 0, 2)
    again = client.post(
        "/api/ingest/records",
        files={"file": ("notes.jsonl", lines, "application/x-ndjson")},
        data={"source": "notes"},
        headers=auth(seeded, "analyst"),
    )
    assert again.json()["summary"]["duplicates"] == 1


@pytest.mark.slow
def test_crm_upload_uses_the_crm_reader(client: TestClient, seeded: Seeded) -> None:
    csv = b"Id,Name,Website,BillingCountry\n001UP,Upload Co,https://upload.example,Germany\n"
    r = client.post(
        "/api/ingest/crm",
        files=[("files", ("Account.csv", csv, "text/csv"))],
        headers=auth(seeded, "admin"),
    )
    assert r.status_code == 201, r.text
    assert r.json()["summary"]["subjects_stored"] == 1
    subject = client.get("/api/subjects/001UP", headers=auth(seeded, "auditor")).json()
    assert subject["name"] == "Upload Co"
    bad = client.post(
        "/api/ingest/crm",
        files=[("files", ("evil.sh", b"x", "text/plain"))],
        headers=auth(seeded, "admin"),
    )
    assert bad.status_code == 400


def test_users_and_tokens(client: TestClient, seeded: Seeded) -> None:
    h = auth(seeded, "admin")
    made = client.post(
        "/api/users",
        json={"username": "Olga", "role": "reviewer", "password": "long enough pw"},
        headers=h,
    )
    assert made.status_code == 201 and made.json()["username"] == "olga"
    dup = client.post(
        "/api/users",
        json={"username": "olga", "role": "reviewer", "password": "long enough pw"},
        headers=h,
    )
    assert dup.status_code == 409
    # An admin may not mint a token for another user (it would let the admin act as them).
    minted = client.post(f"/api/users/{made.json()['id']}/tokens", json={"name": "bot"}, headers=h)
    assert minted.status_code == 403
    # Olga mints her own, from her own session.
    olga = TestClient(client.app)
    post_login(olga, data={"username": "olga", "password": "long enough pw"})
    page = olga.get("/").text
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    csrf = found.group(1) if found else ""
    token = olga.post(
        f"/api/users/{made.json()['id']}/tokens",
        json={"name": "bot"},
        headers={CSRF_HEADER: csrf},
    ).json()["token"]
    me = client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).json()
    # Reviewer rights wait for a second admin: until then olga works as an analyst.
    assert me["username"] == "olga" and "decide_grave" not in me["permissions"]
    assert made.json()["pending_role"] == "reviewer"
    off = client.patch(f"/api/users/{made.json()['id']}", json={"active": False}, headers=h)
    assert off.json()["active"] is False
    assert client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    other = client.post(
        f"/api/users/{seeded.user_ids['admin']}/tokens",
        json={"name": "x"},
        headers=auth(seeded, "analyst"),
    )
    assert other.status_code == 403


def test_cookie_session_needs_csrf_for_writes(client: TestClient, seeded: Seeded) -> None:
    login = post_login(
        client,
        data={"username": "analyst", "password": "correct horse battery staple"},
        follow_redirects=False,
    )
    assert login.status_code == 303
    assert client.get("/api/me").json()["via"] == "session"
    top = client.get("/api/cases").json()["items"][0]
    no_csrf = client.post(f"/api/cases/{top['id']}/comments", json={"text": "hi"})
    assert no_csrf.status_code == 403
    bad = post_login(
        client, data={"username": "analyst", "password": "wrong password"}, follow_redirects=False
    )
    assert bad.status_code == 401


def test_openapi_is_published(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert spec["info"]["title"] == "knowable"
    assert "/api/cases/{case_id}/disposition" in spec["paths"]


def test_values_the_database_refuses_are_400_not_500(client: TestClient, seeded: Seeded) -> None:
    h = auth(seeded, "analyst")
    top = client.get("/api/cases", headers=h).json()["items"][0]
    r = client.post(f"/api/cases/{top['id']}/comments", json={"text": "nul \u0000 here"}, headers=h)
    assert r.status_code in (200, 400), r.text  # SQLite stores NUL; PostgreSQL refuses it
    assert client.get("/api/subjects/%00", headers=h).status_code in (400, 404)
    assert (
        client.patch("/api/users/99999999999", json={}, headers=auth(seeded, "admin")).status_code
        == 422
    )


def test_report_and_assessment_run(client: TestClient, seeded: Seeded) -> None:
    h = auth(seeded, "auditor")
    html = client.get("/api/subjects/ACC-1/report?as_of=2019-01-01", headers=h)
    assert html.status_code == 200 and "Harbourline Classifieds" in html.text
    data = client.get("/api/subjects/ACC-1/report?format=json&as_of=2019-01-01", headers=h)
    assert data.status_code == 200 and data.json()
    assert client.get("/api/subjects/NOPE/report", headers=h).status_code == 404
    run = client.post(
        "/api/assessments/run", json={"as_of": "2019-01-01"}, headers=auth(seeded, "analyst")
    )
    assert run.status_code == 200, run.text
    assert run.json()["assessed"] == 3
    actions = [e["action"] for e in client.get("/api/audit?limit=3", headers=h).json()["items"]]
    assert "assess" in actions and "cases.scan" in actions


def test_evidence_lists_page_in_the_database(client: TestClient, seeded: Seeded) -> None:
    h = auth(seeded, "auditor")
    first = client.get("/api/signals?subject_key=ACC-1&limit=2", headers=h).json()
    rest = client.get("/api/signals?subject_key=ACC-1&limit=2&offset=2", headers=h).json()
    assert first["total"] == rest["total"] == 3
    assert len(first["items"]) == 2 and len(rest["items"]) == 1
    assert {s["id"] for s in first["items"]}.isdisjoint({s["id"] for s in rest["items"]})
    early = client.get("/api/records?as_of=2015-01-01", headers=h).json()
    assert early["total"] == 1 and early["items"][0]["external_id"] == "N1"
    assert client.get("/api/records?source=new*", headers=h).json()["total"] == 1
    found = client.get("/api/subjects?q=harbour", headers=h).json()
    assert [s["key"] for s in found["items"]] == ["ACC-1"]
    assert client.get("/api/subjects?limit=1&offset=2", headers=h).json()["total"] == 3


def test_tokens_are_listed_without_secrets_and_revocable(
    client: TestClient, seeded: Seeded
) -> None:
    h = auth(seeded, "analyst")
    listed = client.get(f"/api/users/{seeded.user_ids['analyst']}/tokens", headers=h).json()
    assert listed["total"] == 2 and all("token" not in t for t in listed["items"])
    mine = listed["items"][0]["id"]  # the token this client authenticates with
    other = client.delete(f"/api/tokens/{seeded.spare_token_id}", headers=auth(seeded, "reviewer"))
    assert other.status_code == 403
    assert client.delete(f"/api/tokens/{mine}", headers=h).status_code == 204
    assert client.get("/api/me", headers=h).status_code == 401
    assert client.delete("/api/tokens/99999", headers=auth(seeded, "admin")).status_code == 404


def test_documented_subject_filter_works_and_unknown_parameters_are_refused(
    client: TestClient, seeded: Seeded
) -> None:
    h = auth(seeded, "analyst")
    everyone = client.get("/api/signals", headers=h).json()
    keys = {s["subject_key"] for s in everyone["items"]}
    assert len(keys) > 1
    one = sorted(keys)[0]
    mine = client.get("/api/signals", params={"subject": one}, headers=h).json()
    assert mine["total"] > 0 and {s["subject_key"] for s in mine["items"]} == {one}
    typo = client.get("/api/signals", params={"subjekt": one}, headers=h)
    assert typo.status_code == 400
    assert "subjekt" in typo.json()["error"]["message"]
    assert "subject" in typo.json()["error"]["message"]


def test_start_review_needs_no_body(client: TestClient, seeded: Seeded) -> None:
    h = auth(seeded, "analyst")
    top = client.get("/api/cases", params={"state": "open"}, headers=h).json()["items"][0]
    r = client.post(f"/api/cases/{top['id']}/review", headers=h)
    assert r.status_code == 200, r.text
    assert r.json()["state"] == "in_review"


def test_case_pack_download(client: TestClient, seeded: Seeded) -> None:
    h = auth(seeded, "auditor")
    top = client.get("/api/cases", headers=h).json()["items"][0]
    r = client.get(f"/api/cases/{top['id']}/pack", headers=h)
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    assert r.content[:2] == b"PK" and "attachment" in r.headers["content-disposition"]
    assert client.get(f"/api/cases/{top['id']}/pack").status_code == 401
