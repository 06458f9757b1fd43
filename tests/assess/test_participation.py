"""Services by month and revenue by month from CRM records."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from knowable.assess.participation import amount, participation
from knowable.model import Record


def _rec(
    kind: str, when: datetime | None, text: str = "", subject: str = "acct-1", **payload: object
) -> Record:
    return Record("crm", kind, {"text": text, **payload}, when, subject_key=subject, text=text)


def test_services_and_revenue_by_month() -> None:
    records = [
        _rec(
            "Event",
            datetime(2014, 3, 2, tzinfo=UTC),
            "Working session on a custom build-out for the escort section.",
        ),
        _rec("Event", datetime(2014, 3, 20, tzinfo=UTC), "Quarterly business review."),
        _rec("Task", datetime(2014, 3, 21, tzinfo=UTC), "Send the deck."),
        _rec("Case", datetime(2014, 4, 1, tzinfo=UTC), "Login problem."),
        _rec(
            "Opportunity",
            datetime(2014, 4, 30, tzinfo=UTC),
            "Renewal",
            StageName="Closed Won",
            Type="Renewal",
            Amount="48,000.00",
        ),
        _rec(
            "Opportunity",
            datetime(2014, 4, 30, tzinfo=UTC),
            "Upsell",
            StageName="Closed Lost",
            Type="Upsell",
            Amount=9000,
        ),
        _rec(
            "Opportunity",
            datetime(2014, 5, 30, tzinfo=UTC),
            "New",
            StageName="Closed Won",
            Type="New Business",
            Amount=1000,
        ),
        _rec("Event", None, "Undated meeting."),
        _rec("Event", datetime(2014, 3, 2, tzinfo=UTC), "Other customer.", subject="acct-2"),
    ]
    result = participation(records)
    p = result["acct-1"]
    assert [m.month for m in p.months] == ["2014-03", "2014-04", "2014-05"]
    march, april, may = p.months
    assert (march.meetings, march.tasks, march.custom_work, march.services) == (2, 1, 1, 4)
    assert (april.cases, april.deals_won, april.revenue, april.renewal_revenue) == (
        1,
        1,
        48000.0,
        48000.0,
    )
    assert (may.revenue, may.renewal_revenue) == (1000.0, 0.0)
    assert p.undated == 1
    assert p.total("revenue") == 49000.0
    assert len(march.record_ids) == 3
    assert result["acct-2"].total("meetings") == 1


def test_as_of_excludes_later_records() -> None:
    records = [
        _rec("Event", datetime(2014, 3, 2, tzinfo=UTC), "Meeting."),
        _rec("Event", datetime(2016, 3, 2, tzinfo=UTC), "Meeting."),
    ]
    result = participation(records, as_of=datetime(2015, 1, 1, tzinfo=UTC))
    assert [m.month for m in result["acct-1"].months] == ["2014-03"]


def test_declined_custom_work_is_not_custom_work() -> None:
    records = [
        _rec("Task", datetime(2014, 3, 2, tzinfo=UTC), "We declined to build the integration.")
    ]
    assert participation(records)["acct-1"].months[0].custom_work == 0


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1,200.50", 1200.5), ("$300", 300.0), ("", 0.0), ("n/a", 0.0), (5, 5.0)],
)
def test_amount(value: object, expected: float) -> None:
    assert amount(value) == expected


def _version(amount: int, changed: datetime | None, ingested: int, deleted: bool = False) -> Record:
    return Record(
        "crm",
        "Opportunity",
        {"Id": "006X", "StageName": "Closed Won", "Amount": amount, "Deleted": deleted},
        datetime(2020, 1, 5, tzinfo=UTC),
        external_id="006X",
        subject_key="acct-1",
        ingested_at=datetime(2021, 1, ingested, tzinfo=UTC),
        entity_key="Opportunity|006X",
        valid_from=changed,
        deleted=deleted,
    )


def _january(records: list[Record], as_of: datetime | None = None) -> tuple[int, float]:
    found = participation(records, as_of=as_of).get("acct-1")
    if found is None:
        return 0, 0.0
    (month,) = found.months
    return month.deals_won, month.revenue


def test_a_changed_opportunity_counts_once_in_the_version_of_the_date() -> None:
    old = _version(1000, datetime(2020, 1, 10, tzinfo=UTC), ingested=1)
    new = _version(1500, datetime(2020, 3, 1, tzinfo=UTC), ingested=2)
    for records in ([old, new], [new, old]):
        assert _january(records, datetime(2020, 2, 1, tzinfo=UTC)) == (1, 1000.0)
        assert _january(records, datetime(2020, 4, 1, tzinfo=UTC)) == (1, 1500.0)
        assert _january(records) == (1, 1500.0)
    # Before the first version's date, the first version stands.
    assert _january([old, new], datetime(2020, 1, 6, tzinfo=UTC)) == (1, 1000.0)


def test_an_undated_correction_supersedes_and_a_deletion_removes() -> None:
    first = _version(1000, None, ingested=1)
    corrected = _version(1100, None, ingested=2)
    assert _january([corrected, first]) == (1, 1100.0)
    gone = _version(1100, datetime(2020, 6, 1, tzinfo=UTC), ingested=3, deleted=True)
    assert _january([first, corrected, gone]) == (0, 0.0)
    assert _january([first, corrected, gone], datetime(2020, 5, 1, tzinfo=UTC)) == (1, 1100.0)
