"""The subject page's evidence: ordered, grouped and paged, with every signal decided on."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from review_seed import PASSWORD, Seeded, post_login

from knowable.api.web.evidence import PAGE_SIZE, SignalGroup, arrange, paginate
from knowable.cases.repository import CaseRepository
from knowable.model import Evidence, Record, Signal, Subject
from knowable.store import Store

T0 = datetime(2011, 3, 7, tzinfo=UTC)


def sig(indicator: str, strength: float, days: int, detector: str = "media", n: int = 0) -> Signal:
    return Signal(
        "S", indicator, strength, T0 + timedelta(days=days), detector, "1", record_id=f"r{n}"
    )


def test_order_is_contribution_then_strength_then_date() -> None:
    a, b, c, d = (
        sig("X-1", 0.9, 5),
        sig("X-2", 0.5, 1, n=1),
        sig("X-3", 0.9, 1, n=2),
        sig("X-4", 0.1, 0, n=3),
    )
    rows = arrange([a, b, c, d], {d.id: 0.4})
    assert rows == [d, c, a, b]


def test_repeated_ad_level_signals_fold_into_one_group_row() -> None:
    ads = [sig("AD-01", 0.45, 30 * i, detector="content", n=i) for i in range(5)]
    pair = [sig("AD-02", 0.4, i, detector="content", n=10 + i) for i in range(2)]
    news = sig("NEWS-01", 0.95, 3, n=99)
    rows = arrange([*ads, *pair, news], {})
    assert rows[0] == news
    group = rows[1]
    assert isinstance(group, SignalGroup) and group.key == "AD-01.content"
    assert len(group.signals) == 5 and group.records == 5
    assert group.first == T0 and group.last == T0 + timedelta(days=120)
    assert rows[2:] == pair  # two of a kind are not worth a group
    assert not any(isinstance(r, SignalGroup) for r in arrange([news, *pair], {}))


def test_paging_clamps_and_counts() -> None:
    n = 2 * PAGE_SIZE + 10
    rows = arrange([sig(f"X-{i}", 0.5, i, n=i) for i in range(n)], {})
    first = paginate(rows, 1, n)
    assert len(first.rows) == PAGE_SIZE and first.pages == 3 and first.first_index == 1
    last = paginate(rows, 99, n)
    assert last.page == 3 and len(last.rows) == 10 and last.first_index == 2 * PAGE_SIZE + 1


def _many_listings(store: Store) -> int:
    """ACC-1 gets 80 listing-level AD-01 signals and 40 distinct media signals."""
    records, signals = [], []
    for i in range(80):
        text = f"Listing {i}: sweet young girl new in town"
        rec = Record(
            "content",
            "listing",
            {"body": text},
            T0 + timedelta(days=i),
            external_id=f"L-{i}",
            subject_key="ACC-1",
            text=text,
        )
        records.append(rec)
        quote = Evidence(rec.id, "young girl", text.index("young"), text.index("young") + 10)
        signals.append(
            Signal("ACC-1", "AD-01", 0.8, rec.available_at, "content", "1", (quote,), rec.id)
        )
    for i in range(40):
        signals.append(
            Signal(
                "ACC-1",
                f"NEWS-0{i % 9 + 1}",
                0.3 + i / 100,
                T0 + timedelta(days=i),
                "media",
                str(i),
            )
        )
    with store.ingest_batch(source="content", path="ads", actor="test") as batch:
        for rec in records:
            batch.add_record(rec)
    with store.screening_run(kind="content", actor="test") as run:
        run.add_signals(signals)
    return len(store.signals(subject_key="ACC-1"))


def test_subject_page_pages_and_groups_evidence(
    client: TestClient, seeded: Seeded, store: Store
) -> None:
    """Defect: the subject page rendered every signal with its full source text (ListLoop,
    294 signals, made a 120,000-px page). Now one page of 25 rows, listing-level signals
    grouped with a link to open them, paging links, and the decision note still counts
    every signal (the evidence snapshot covers all of them)."""
    total = _many_listings(store)
    post_login(client, data={"username": "reviewer", "password": PASSWORD})
    html = client.get("/subjects/ACC-1").text
    rows = html.count('<tr class="signal" ') + html.count('<tr class="group" ')
    assert rows == PAGE_SIZE
    assert f"The decision records the {total} signal(s)" in html
    assert re.search(r"2011-03 \.\. 2011-05.*?AD-01.*?80 signals in 80 listings", html, re.S)
    assert "group=AD-01.content" in html and "evidence_page=2" in html
    assert html.count("young girl</mark>") == 0  # the group's source texts are not inlined
    page2 = client.get("/subjects/ACC-1?evidence_page=2").text
    assert '<tr class="signal" ' in page2 and "Evidence page 2 of" in page2
    group = client.get("/subjects/ACC-1?group=AD-01.content").text
    assert group.count('<tr class="signal" ') == PAGE_SIZE
    assert group.count("young girl</mark>") == PAGE_SIZE
    assert "Back to all evidence" in group and "evidence_page=2" in group
    pages = -(-80 // PAGE_SIZE)
    last = client.get(f"/subjects/ACC-1?group=AD-01.content&evidence_page={pages}").text
    assert last.count('<tr class="signal" ') == 80 - (pages - 1) * PAGE_SIZE
    assert f"The decision records the {total} signal(s)" in last
    # Deciding from a page that shows a few of them records all signals.
    csrf = re.search(r'name="csrf" value="([^"]+)"', last)
    action = re.search(r'action="/cases/([^/"]+)/decide"', last)
    assert csrf and action
    client.post(
        f"/cases/{action.group(1)}/decide",
        data={"disposition": "offboard", "reason": "listings advertise minors", "csrf": csrf[1]},
    )
    proposed = CaseRepository(store).events(action.group(1))[-1].event
    assert proposed.kind == "proposed" and proposed.details["signals"] == total


def test_person_page_points_to_the_customers_case(
    client: TestClient, seeded: Seeded, store: Store
) -> None:
    """A person tied to a customer has no case of their own; the page says whose it is, and
    the customer's page lists the person's signals with the customer's."""
    with store.ingest_batch(source="crm", path="people", actor="test") as batch:
        batch.add_subject(Subject("P-1", "Person", "Gordon Example", parent_key="ACC-1"))
    with store.screening_run(kind="media", actor="test") as run:
        run.add_signals([Signal("P-1", "NEWS-01", 0.9, T0, "media", "1", record_id="rp")])
    post_login(client, data={"username": "reviewer", "password": PASSWORD})
    person = client.get("/subjects/P-1").text
    assert 'id="parent-note"' in person and "Harbourline Classifieds" in person
    assert "No case of its own" in person
    customer = client.get("/subjects/ACC-1").text
    assert 'about <a href="/subjects/P-1">Gordon Example</a>' in customer


def test_subject_page_respects_as_of(client: TestClient, seeded: Seeded) -> None:
    """Defect: the page ignored as_of for its latest assessment and its signal list."""
    post_login(client, data={"username": "reviewer", "password": PASSWORD})
    now = client.get("/subjects/ACC-1").text
    assert now.count('<tr class="signal" ') == 3 and "0.95" in now
    then = client.get("/subjects/ACC-1?as_of=2015-01-01").text
    assert then.count('<tr class="signal" ') == 1  # the 2018 news is not known yet
    table = then[then.index('id="evidence"') :]
    assert "BIZ-03" in table and "NEWS-05" not in table
    assert "<dt>Score</dt><dd>0.62</dd>" in then
    before = client.get("/subjects/ACC-1?as_of=2013-01-01").text
    assert "Not assessed yet." in before and "No signals observed by 2013-01-01" in before
