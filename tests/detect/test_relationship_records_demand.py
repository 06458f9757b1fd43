"""Rules 2026.12.39: a demand for records (a subpoena, a records or preservation request, a
grand jury's subpoena) reads weaker than police acting on someone (a raid, an arrest,
charges, a seizure): a provider's customer receives such demands about its users, staff,
riders and payees, and the demand alone does not say whose conduct is investigated."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from crm_fixtures import RULES_ONLY, crm_record

from knowable.detect.relationship.detector import detect_relationship
from knowable.model import Signal


def _rel13(text: str) -> list[Signal]:
    case = crm_record("Case", "acct-1", datetime(2018, 5, 1, tzinfo=UTC), text, Description=text)
    return [s for s in detect_relationship([case], rules=RULES_ONLY) if s.indicator == "REL-13"]


@pytest.mark.parametrize(
    "text",
    [
        "HSI subpoena for the rider's trip records, Jan-May.",
        "Sheriff records request: GPS clock data of one tech for 7/18.",
        "HSI grand jury subpoena for payment records, Jan-May 2016.",
    ],
)
def test_a_records_demand_is_the_weaker_reading(text: str) -> None:
    (signal,) = _rel13(text)
    assert signal.details["rules"] == ["rel13-agency-records-demand"]
    assert signal.strength == pytest.approx(0.5)


@pytest.mark.parametrize(
    "text",
    ["HSI raided the spa on Friday.", "A grand jury indicted the owner last week."],
)
def test_police_acting_on_someone_is_the_stronger_reading(text: str) -> None:
    assert [s.strength >= 0.7 for s in _rel13(text)] == [True]


def test_a_grand_jury_subpoena_does_not_make_the_customer_the_target() -> None:
    (signal,) = _rel13("Grand jury subpoena re the spa's card payments.")
    assert "rel13-customer-targeted" not in signal.details["rules"]
