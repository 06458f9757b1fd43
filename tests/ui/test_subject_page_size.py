"""The subject page of a customer with 300 signals fits in under 3,000 px at 1366 px wide."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from review_seed import Seeded
from test_review_flow import login
from ui_helpers import check_page

from knowable.model import Evidence, Signal
from knowable.store import Store

T0 = datetime(2012, 1, 1, tzinfo=UTC)
QUOTE = (
    "The customer's operations manager said most of the paid listings in the adult section "
    "are posted by the same handful of agents from hotel rooms, every night, in six cities."
)


def test_page_with_300_signals_is_short(
    live_server: tuple[str, Seeded], page: Any, store: Store
) -> None:
    base, _ = live_server
    signals = [
        Signal(
            "ACC-1",
            f"REL-0{i % 9 + 1}",
            0.5,
            T0 + timedelta(days=i),
            "relationship",
            "1",
            (Evidence(f"rec-{i}", QUOTE, 0, len(QUOTE)),),
            f"rec-{i}",
        )
        for i in range(300)
    ]
    with store.screening_run(kind="relationship", actor="test") as run:
        run.add_signals(signals)
    page.set_viewport_size({"width": 1366, "height": 900})
    login(page, base, "reviewer")
    page.goto(f"{base}/subjects/ACC-1")
    page.get_by_role("heading", name="Evidence", exact=True).wait_for()
    assert "303 signals" in page.locator("#evidence-summary").inner_text()
    height = page.evaluate(
        "Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)"
    )
    check_page(page, "05-subject-300-signals")
    assert height < 3000, height
    # The 300 signals over 300 days sit on the timeline, one mark per family and month.
    assert page.locator("svg.timeline circle.mark").count() >= 10
