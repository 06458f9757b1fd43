"""The subject page's cost in SQL statements, and what a watchlist hit shows.

Issue 15 measured 90 statements for one subject page (68 one-row record look-ups); the
page now reads everything in one connection, whatever the number of signals.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from fastapi.testclient import TestClient
from review_seed import PASSWORD, Seeded, post_login
from sqlalchemy import event
from test_evidence_page import _many_listings

from knowable.model import Evidence, Record, Signal
from knowable.store import Store

#: The budget of issue 15: at most this many statements for one subject page.
BUDGET = 10


@contextmanager
def counted(store: Store) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(*args: Any) -> None:
        seen.append(str(args[2]))

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


def test_subject_page_stays_within_ten_statements(
    client: TestClient, seeded: Seeded, store: Store
) -> None:
    post_login(client, data={"username": "reviewer", "password": PASSWORD})
    with counted(store) as few:
        assert client.get("/subjects/ACC-1").status_code == 200
    assert 0 < len(few) <= BUDGET, few
    _many_listings(store)  # 120 more signals, 80 more records
    with counted(store) as many:
        page = client.get("/subjects/ACC-1")
    assert page.status_code == 200
    assert len(many) == len(few), many  # no statement per signal or per record
    with counted(store) as then:
        assert client.get("/subjects/ACC-1?as_of=2015-01-01").status_code == 200
    assert len(then) <= BUDGET


def test_counting_sees_a_statement_per_record_lookup(store: Store, seeded: Seeded) -> None:
    """The listener counts what it should: one-row look-ups each add one."""
    with counted(store) as seen:
        for record in (seeded.note, seeded.news):
            store.record(record.id)
    assert len([s for s in seen if s.lstrip().upper().startswith("SELECT")]) == 2


def test_watchlist_hit_shows_its_stored_scores(
    client: TestClient, seeded: Seeded, store: Store
) -> None:
    entry = Record(
        "watchlist",
        "entry",
        {"name": ["HARBOURLINE CLASSIFIEDS LTD"], "programs": ["TIP-1"]},
        datetime(2016, 5, 1, tzinfo=UTC),
        "E-77",
        None,
        "",
    )
    with store.ingest_batch(source="watchlist", path="list", actor="test") as batch:
        batch.add_record(entry)
    details = {
        "list": "fictional-sanctions",
        "list_version": "2016-05-01",
        "entry_id": "E-77",
        "entry_name": "HARBOURLINE CLASSIFIEDS LTD",
        "matched_name": "Harbourline Classifieds Ltd",
        "programs": ["TIP-1"],
        "confidence": 0.9312,
        "completeness": 0.5,
        "features": [
            {"feature": "name_tokens", "score": 0.97, "weight": 0.8, "detail": "3 of 3 tokens"},
            {"feature": "country", "score": 0.0, "weight": -0.2, "detail": "no country given"},
        ],
    }
    hit = Signal(
        "ACC-1",
        "NEWS-08",
        0.93,
        entry.available_at,
        "watchlist",
        "2",
        (Evidence(entry.id, "Harbourline Classifieds Ltd", 0, 27, "name"),),
        entry.id,
        details,
    )
    with store.screening_run(kind="watchlist", actor="test") as run:
        run.add_signals([hit])
    post_login(client, data={"username": "reviewer", "password": PASSWORD})
    html = client.get("/subjects/ACC-1").text
    box = html[html.index('<dl class="facts hit">') :]
    box = box[: box.index("</table>")]
    for shown in ("fictional-sanctions", "TIP-1", "0.93", "0.50", "name_tokens", "3 of 3 tokens"):
        assert shown in box, shown
    assert "Field name:" not in html
    # Only watchlist hits carry the box: the seed's other signals do not.
    assert html.count('<dl class="facts hit">') == 1
