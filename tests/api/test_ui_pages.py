"""Page counts for the queue and audit pagers."""

import re

import pytest
from fastapi.testclient import TestClient
from review_seed import PASSWORD

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
    client.post("/login", data={"username": "reviewer", "password": PASSWORD})
    first = client.get("/?band=").text
    assert 'aria-label="Pages"' in first and "Page 1 of" in first
    assert 'href="?state=active&amp;sort=due&amp;page=2">Next' in first and "Previous" not in first
    audit = client.get("/audit?page=2").text
    assert 'href="?page=1">Newer' in audit and 'href="?page=3">Older' in audit


def test_a_single_page_has_no_pager(client: TestClient) -> None:
    client.post("/login", data={"username": "reviewer", "password": PASSWORD})
    assert 'aria-label="Pages"' not in client.get("/audit").text
    assert 'aria-label="Pages"' not in client.get("/?band=review").text


def test_queue_rows_say_why_and_hide_decided_cases(client: TestClient) -> None:
    client.post("/login", data={"username": "reviewer", "password": PASSWORD})
    page = client.get("/").text
    assert "Knowable since" in page and "Why (top indicators)" in page
    assert 'class="indicator" tabindex="0" title="' in page  # the quote is on hover
    assert '<option value="active" selected>not decided</option>' in page
    every = client.get("/?state=any").text
    assert '<option value="any" selected>any (decided too)</option>' in every


def test_customers_page_lists_searches_and_filters(client: TestClient, store: Store) -> None:
    with store.ingest_batch(source="crm", path="late", actor="test") as batch:
        batch.add_subject(Subject("ACC-9", "Company", "Newcomer Logistics"))
    client.post("/login", data={"username": "reviewer", "password": PASSWORD})
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
    client.post("/login", data={"username": "reviewer", "password": PASSWORD})
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
    client.post("/login", data={"username": "reviewer", "password": PASSWORD})
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
    client.post("/login", data={"username": "auditor", "password": PASSWORD})
    page = client.get("/").text
    assert 'id="bulk"' not in page and len(_queue_names(page)) == 2
    ids = re.findall(r'href="/subjects/([^"#]+)#case"', page)
    assert ids
    case_id = re.search(r'action="/cases/([^/"]+)/', client.get(f"/subjects/{ids[0]}").text)
    assert case_id is None  # no case forms for a read-only role
