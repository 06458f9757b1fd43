"""NET-04: many phone numbers across one poster account's ads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from knowable.catalogue.content import content_catalogue
from knowable.detect.content.account_signals import account_listing, account_signals
from knowable.model import Record

KEY = "001TEST0000PLAT"
T0 = datetime(2015, 3, 1, tzinfo=UTC)
MIN = content_catalogue().network_params.min_account_contacts


def _record(n: int, days: float, account: str | None, contacts: tuple[str, ...]) -> Record:
    payload: dict[str, object] = {
        "id": f"L{n}",
        "title": f"Ad number {n}",
        "contact_hashes": list(contacts),
    }
    if account:
        payload["account_hash"] = account
    return Record(
        source="content",
        kind="listing",
        payload=payload,
        available_at=T0 + timedelta(days=days),
        external_id=f"{KEY}:L{n}",
        subject_key=KEY,
        text=f"Ad number {n}",
    )


def _signals(records: list[Record]) -> list[object]:
    views = [account_listing(r) for r in records]
    return list(account_signals([v for v in views if v is not None], KEY))


def test_one_account_many_phones_is_net04() -> None:
    records = [_record(i, i, "account:a", (f"phone:{i}",)) for i in range(MIN + 1)]
    records.append(_record(99, 2, "account:b", ("phone:x",)))
    (signal,) = account_signals([v for r in records if (v := account_listing(r))], KEY)
    assert signal.indicator == "NET-04" and signal.subject_key == KEY
    assert signal.details["account"] == "account:a"
    assert signal.details["contacts"] == MIN + 1
    assert signal.observed_at == records[MIN - 1].available_at  # when the MIN-th number came
    assert {e.quote for e in signal.evidence} == {f"Ad number {i}" for i in range(MIN + 1)}
    assert all(e.field == "title" for e in signal.evidence)


def test_few_phones_or_reused_phone_is_not_net04() -> None:
    few = [_record(i, i, "account:a", (f"phone:{i}",)) for i in range(MIN - 1)]
    reused = [_record(10 + i, i, "account:c", ("phone:same", "email:e")) for i in range(9)]
    assert _signals(few + reused) == []


def test_phones_spread_beyond_the_window_are_not_net04() -> None:
    days = content_catalogue().network_params.account_window_days
    records = [_record(i, i * (days + 1), "account:a", (f"phone:{i}",)) for i in range(MIN + 2)]
    assert _signals(records) == []


def test_emails_do_not_count_and_listings_without_account_are_skipped() -> None:
    emails = [_record(i, i, "account:a", (f"email:{i}",)) for i in range(MIN + 2)]
    anonymous = [_record(20 + i, i, None, (f"phone:{i}",)) for i in range(MIN + 2)]
    assert _signals(emails + anonymous) == []
    assert account_listing(anonymous[0]) is None
