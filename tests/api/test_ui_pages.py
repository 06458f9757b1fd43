"""Page counts for the queue and audit pagers."""

import csv
import io
import json
import re

import pytest
from fastapi.testclient import TestClient
from review_seed import PASSWORD, Seeded, post_login

from knowable.api.web import ui
from knowable.api.web.ui import _page_count
from knowable.model import Subject
from knowable.store import Store


def test_page_count_rounds_up_and_has_at_least_one_page() -> None:
    assert _page_count(0, 25) == 1
    assert _page_count(1, 25) == 1
    assert _page_count(25, 25) == 1
    assert _page_count(26, 25) == 2
    assert _page_count(101, 50) == 3


def test_queue_and_audit_pagers_link_pages_and_keep_filters(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ui, "PAGE", 1)
    monkeypatch.setattr(ui, "AUDIT_PAGE", 1)
    post_login(client, data={"username": "reviewer", "password": PASSWORD})
    first = client.get("/?band=").text
    assert 'aria-label="Pages"' in first and "Page 1 of" in first
    assert 'href="?state=active&amp;sort=due&amp;page=2">Next' in first and "Previous" not in first
    audit = client.get("/audit?page=2").text
    assert 'href="?page=1">Newer' in audit and 'href="?page=3">Older' in audit


def test_a_single_page_has_no_pager(client: TestClient) -> None:
    post_login(client, data={"username": "reviewer", "password": PASSWORD})
    assert 'aria-label="Pages"' not in client.get("/audit").text
    assert 'aria-label="Pages"' not in client.get("/?band=review").text


def test_queue_rows_say_why_and_hide_decided_cases(client: TestClient) -> None:
    post_login(client, data={"username": "reviewer", "password": PASSWORD})
    page = client.get("/").text
    assert "Knowable since" in page and "Why (top indicators)" in page
    assert 'class="indicator" tabindex="0" title="' in page  # the quote is on hover
    assert '<option value="active" selected>not decided</option>' in page
    every = client.get("/?state=any").text
    assert '<option value="any" selected>any (decided too)</option>' in every


def test_customers_page_lists_searches_and_filters(client: TestClient, store: Store) -> None:
    with store.ingest_batch(source="crm", path="late", actor="test") as batch:
        batch.add_subject(Subject("ACC-9", "Company", "Newcomer Logistics"))
    post_login(client, data={"username": "reviewer", "password": PASSWORD})
    every = client.get("/customers").text
    for name in ("Harbourline Classifieds", "Quiet Spa Group", "Benign Bakery", "Newcomer"):
        assert name in every
    assert every.index("Harbourline Classifieds") < every.index("Benign Bakery")  # by score
    found = client.get("/customers?q=spa").text
    assert "Quiet Spa Group" in found and "Benign Bakery" not in found
    clear = client.get("/customers?band=clear").text
    assert "Benign Bakery" in clear and "Quiet Spa Group" not in clear
    never = client.get("/customers?band=not_screened").text
    assert "Newcomer Logistics" in never and "Benign Bakery" not in never
    assert "not screened" in never
    assert '<a href="/customers">Customers</a>' in every


def _queue_names(html: str) -> list[str]:
    return re.findall(r'<a class="open" href="[^"]+">([^<]+)</a>', html)


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found
    return found.group(1)


def test_queue_sorts_by_each_column_and_searches(client: TestClient) -> None:
    post_login(client, data={"username": "reviewer", "password": PASSWORD})
    assert _queue_names(client.get("/").text) == ["Harbourline Classifieds", "Quiet Spa Group"]
    by_score = _queue_names(client.get("/?sort=score&dir=asc").text)
    assert by_score == ["Quiet Spa Group", "Harbourline Classifieds"]
    assert _queue_names(client.get("/?sort=score&dir=desc").text) == by_score[::-1]
    by_name = _queue_names(client.get("/?sort=customer&dir=desc").text)
    assert by_name == ["Quiet Spa Group", "Harbourline Classifieds"]
    for col in ui.qd.SORTS:
        page = client.get(f"/?sort={col}&dir=desc").text
        assert len(_queue_names(page)) == 2, col
        assert 'aria-sort="descending"' in page, col
    assert _queue_names(client.get("/?q=harbour").text) == ["Harbourline Classifieds"]
    assert _queue_names(client.get("/?q=ACC-2").text) == ["Quiet Spa Group"]
    assert _queue_names(client.get("/?q=bakery").text) == []
    assert _queue_names(client.get("/?sort=nonsense").text)[0] == "Harbourline Classifieds"


def test_queue_bulk_assign_review_and_assignee_filter(client: TestClient) -> None:
    post_login(client, data={"username": "reviewer", "password": PASSWORD})
    page = client.get("/").text
    ids = re.findall(r'name="case" value="([^"]+)"', page)
    assert len(ids) == 2
    assert _queue_names(client.get("/?assignee=me").text) == []
    done = client.post(
        "/queue/bulk",
        data={"action": "assign_me", "case": ids, "csrf": _csrf(page), "back": "/?sort=score"},
    )
    assert "2 cases assigned to reviewer" in done.text and "sort=score" in str(done.url)
    assert len(_queue_names(client.get("/?assignee=me").text)) == 2
    assert _queue_names(client.get("/?assignee=nobody").text) == []
    given = client.post(
        "/queue/bulk",
        data={"action": "assign", "assignee": "second", "case": ids[:1], "csrf": _csrf(page)},
    )
    assert "1 case assigned to second" in given.text
    assert len(_queue_names(client.get("/?assignee=second").text)) == 1
    refused = client.post(
        "/queue/bulk",
        data={"action": "assign", "assignee": "auditor", "case": ids, "csrf": _csrf(page)},
    )
    assert "is not a user who can work cases" in refused.text
    review = client.post("/queue/bulk", data={"action": "review", "case": ids, "csrf": _csrf(page)})
    assert "2 cases taken into review" in review.text
    again = client.post("/queue/bulk", data={"action": "review", "case": ids, "csrf": _csrf(page)})
    assert "0 cases taken into review" in again.text and "not open" in again.text
    stale = client.post("/queue/bulk", data={"action": "unassign", "case": ids, "csrf": "x"})
    assert "The form expired" in stale.text
    assert len(_queue_names(client.get("/?assignee=nobody").text)) == 0
    none = client.post("/queue/bulk", data={"action": "unassign", "csrf": _csrf(page)})
    assert "Tick at least one case" in none.text


def test_auditor_gets_no_bulk_form_and_cannot_assign(client: TestClient) -> None:
    post_login(client, data={"username": "auditor", "password": PASSWORD})
    page = client.get("/").text
    assert 'id="bulk"' not in page and len(_queue_names(page)) == 2
    ids = re.findall(r'href="/subjects/([^"#]+)#case"', page)
    assert ids
    case_id = re.search(r'action="/cases/([^/"]+)/', client.get(f"/subjects/{ids[0]}").text)
    assert case_id is None  # no case forms for a read-only role


def test_audit_page_reads_as_sentences_and_filters(client: TestClient, seeded: Seeded) -> None:
    post_login(client, data={"username": "reviewer", "password": PASSWORD})
    page = client.get("/audit").text
    assert "Case opened: score 0.95 entered band escalate (escalate)" in page
    assert "User analyst added as analyst" in page
    assert "rows=" not in page and "digest=" not in page  # no raw key=value dumps
    harbour = client.get("/audit?customer=harbour").text
    assert "Case opened: score 0.95" in harbour and "score 0.55" not in harbour
    assert "User analyst added" not in harbour
    assert "3 events match the filter" in harbour  # opened and two grave alerts
    case_id = re.search(r'href="/audit\?case=([^"]+)"', harbour)
    assert case_id
    by_case = client.get(f"/audit?case={case_id.group(1)}").text
    assert "3 events match" in by_case
    by_actor = client.get("/audit?actor=system").text
    assert "4 events match" in by_actor and "User analyst added" not in by_actor
    by_action = client.get("/audit?action=user.add").text
    assert "5 events match" in by_action
    assert "No events match." in client.get("/audit?actor=nobody-at-all").text


def test_audit_export_holds_every_filtered_event(client: TestClient, seeded: Seeded) -> None:
    post_login(client, data={"username": "reviewer", "password": PASSWORD})
    rows = client.get("/audit/export?customer=ACC-1&format=csv")
    assert rows.headers["content-type"].startswith("text/csv")
    assert "attachment" in rows.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(rows.text)))
    assert len(table) == 3 and {r["action"] for r in table} == {"case.opened", "case.alert_added"}
    assert all(json.loads(r["payload"])["subject_key"] == "ACC-1" for r in table)
    lines = client.get("/audit/export?actor=system&format=jsonl").text.splitlines()
    assert len(lines) == 4 and all(json.loads(x)["actor"] == "system" for x in lines)
    whole = client.get("/audit/export?format=jsonl").text.splitlines()
    assert len(whole) > 15  # unfiltered: the whole chain, not one page
    seqs = [json.loads(x)["seq"] for x in whole]
    assert seqs == sorted(seqs)
    assert client.get("/audit/export?format=xml").status_code == 422


def test_audit_export_reads_in_batches(store: Store, seeded: Seeded) -> None:
    from knowable.api.web import audit_view as av

    every = [e.seq for e in av.all_events(store, av.AuditFilter(), batch=3)]
    assert every == sorted(e.seq for e in store.audit_events())
