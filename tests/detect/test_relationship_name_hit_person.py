"""Rules 2026.12.43: a screening hit on a person that staff checked and found to be a
different person (a common name, another date of birth) clears the record; without the
name match, "different person" clears nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import crm_record, indicators

from knowable.model import Record

DAY = datetime(2016, 7, 12, tzinfo=UTC)
KEY = "acct-p"
HIT = 'Jill: prospect agency owner hit on "charged with human trafficking" article, common name.'


def _payroll() -> list[Record]:
    return [crm_record("Account", KEY, DAY, "", Name="Paywell Payroll LLC", Industry="Finance")]


def _case(text: str, closing: str) -> Record:
    return crm_record(
        "Case",
        KEY,
        DAY,
        f"{text} {closing}",
        Subject="Screening question",
        Description=text,
        Comments=closing,
        Status="Closed",
    )


def test_a_common_name_hit_on_a_different_person_is_cleared() -> None:
    closing = "Reviewed: DOB + city don't match, different person."
    assert "REL-13" not in indicators(*_payroll(), _case(HIT, closing))


def test_the_same_hit_unchecked_reads_against_the_customer() -> None:
    assert "REL-13" in indicators(*_payroll(), _case(HIT, "Sent to risk."))


def test_different_person_without_a_name_match_clears_nothing() -> None:
    told = "Owner charged with human trafficking of minors. Different person signs the checks."
    assert "REL-13" in indicators(*_payroll(), _case(told, "Sent to risk."))
