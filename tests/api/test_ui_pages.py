"""Page counts for the queue and audit pagers."""

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
    assert 'href="?state=active&band=&page=2">Next' in first and "Previous" not in first
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
    assert 'class="indicator" title="' in page  # the quote is on hover
    assert '<option value="active" selected>not decided</option>' in page
    every = client.get("/?state=any").text
    assert '<option value="any" selected>any</option>' in every


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
