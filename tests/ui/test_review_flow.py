"""End to end in headless Chromium: log in, open the top case, read the evidence, record a
disposition, see it in the audit view. Screenshots go to test-artifacts/."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect
from review_seed import PASSWORD, Seeded
from ui_helpers import shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def login(page: Any, base: str, username: str) -> None:
    page.goto(f"{base}/")
    assert "/login" in page.url
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base}/")


def test_reviewer_decides_top_case_and_sees_it_audited(
    live_server: tuple[str, Seeded], page: Any
) -> None:
    base, _ = live_server
    login(page, base, "reviewer")
    page.get_by_role("heading", name="Case queue").wait_for()
    shot(page, "01-queue")
    rows = page.locator("table.queue tbody tr")
    assert rows.count() == 2
    top = rows.first.get_by_role("link")
    assert top.inner_text() == "Harbourline Classifieds"
    top.click()

    page.get_by_role("heading", name="Harbourline Classifieds", level=1).wait_for()
    assert page.locator("#knowable-since").inner_text() == "2014-03-05"
    assert page.locator("svg.chart line.since").count() == 1
    # Each signal is one table row; its quotes, source and explanation open on demand.
    assert page.locator("table.evidence tr.signal").count() == 3
    for summary in page.locator("table.evidence details.why > summary").all():
        summary.click()
    marks = [m.inner_text() for m in page.locator(".record-text mark").all()]
    assert "strips words like teen" in marks
    assert "charged the owners of Harbourline Classifieds" in marks
    shot(page, "02-subject-evidence")

    page.get_by_label("offboard").check()
    page.get_by_label("Reason (required, at least 10 characters)").fill(
        "Owners charged with facilitating trafficking; domain seized."
    )
    page.get_by_role("button", name="Record decision").click()
    page.get_by_role("status").filter(has_text="Decision proposed").wait_for()
    assert page.locator("#case-state").inner_text() == "awaiting approval"
    assert page.get_by_role("button", name="Approve").count() == 0  # not by the proposer
    shot(page, "03-proposed")

    # Four eyes: a second reviewer approves.
    page.get_by_role("button", name="Log out").click()
    login(page, base, "second")
    page.goto(f"{base}/subjects/ACC-1")
    page.get_by_role("button", name="Approve").click()
    page.get_by_role("status").filter(has_text="Decision recorded").wait_for()
    assert page.locator("#case-state").inner_text() == "decided"
    disposition = page.locator("#case-disposition").inner_text()
    assert disposition.startswith("offboard by reviewer") and "approved by second" in disposition
    shot(page, "03-decided")

    page.get_by_role("link", name="Audit trail").click()
    page.get_by_role("button", name="Verify the chain").click()
    result = page.locator("#verify-result")
    assert result.inner_text().startswith("Chain verified")
    first = page.locator("table.audit tbody tr").first
    assert "case.decided" in first.inner_text() and "second" in first.inner_text()
    shot(page, "04-audit")


def test_analyst_is_not_offered_offboard_and_forms_are_labelled(
    live_server: tuple[str, Seeded], page: Any
) -> None:
    base, _ = live_server
    login(page, base, "analyst")
    page.goto(f"{base}/subjects/ACC-1")
    options = page.locator("input[name=disposition]")
    values = {options.nth(i).get_attribute("value") for i in range(options.count())}
    assert values == {"cleared", "enhanced_due_diligence"}
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
              .filter(el => !(el.labels && el.labels.length)).map(el => el.name)"""
    )
    assert unlabelled == []
    # Keyboard: the skip link is the first stop and moves focus to the main content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    shot(page, "05-analyst-subject")


def test_queue_filters(live_server: tuple[str, Seeded], page: Any) -> None:
    base, _ = live_server
    login(page, base, "auditor")
    page.get_by_label("Band").select_option("review")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"band=review"))
    # expect() retries until the new page's table is there (reading at once can race it).
    expect(page.locator("table.queue tbody th")).to_have_text(["Quiet Spa Group"])
    assert page.locator("form[action$='/decide']").count() == 0
