"""Rules 2026.12.43: a demand for records in a record written after the customer reported
to an authority, within a year of the report, is the authority following up what the
customer reported; coercive process, a demand before the report or long after it, and a
demand with no report at all still read against the customer."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import crm_record, indicators, note

from knowable.model import Record

KEY = "acct-v"
OPENED = datetime(2016, 9, 19, tzinfo=UTC)
REPORTED = datetime(2017, 8, 22, tzinfo=UTC)
LATER = datetime(2018, 1, 17, tzinfo=UTC)
YEARS_LATER = datetime(2019, 11, 4, tzinfo=UTC)

REPORT = (
    "Context: their safety team found a few member-drivers using vans off-hours to move "
    "women between hotels. Wayfare removed the members and reported to Tacoma PD + the "
    "FBI task force."
)
DEMAND = "Preserve GPS for 2 vans Oct-Dec 2017 pending police subpoena to Wayfare."


def _vanpool() -> list[Record]:
    return [crm_record("Account", KEY, OPENED, "", Name="Wayfare Vanpool", Industry="Transport")]


def _case(day: datetime, text: str) -> Record:
    return crm_record(
        "Case", KEY, day, text, Subject="Preservation request", Description=text, Status="Closed"
    )


def test_a_subpoena_months_after_the_customers_report_follows_it_up() -> None:
    found = indicators(*_vanpool(), note(KEY, REPORTED, REPORT), _case(LATER, DEMAND))
    assert "REL-13" not in found
    assert "REL-09" not in found


def test_the_same_subpoena_with_no_report_reads_against_the_customer() -> None:
    assert "REL-13" in indicators(*_vanpool(), _case(LATER, DEMAND))


def test_a_subpoena_before_the_report_reads_against_the_customer() -> None:
    found = indicators(*_vanpool(), _case(REPORTED, DEMAND), note(KEY, LATER, REPORT))
    assert "REL-13" in found


def test_a_subpoena_more_than_a_year_after_the_report_reads_against_the_customer() -> None:
    found = indicators(*_vanpool(), note(KEY, REPORTED, REPORT), _case(YEARS_LATER, DEMAND))
    assert "REL-13" in found


def test_a_raid_after_the_report_still_reads_against_the_customer() -> None:
    raid = "FBI raided the depot and arrested the dispatcher."
    found = indicators(*_vanpool(), note(KEY, REPORTED, REPORT), _case(LATER, raid))
    assert "REL-13" in found


def test_a_subpoena_in_the_same_record_after_the_report_follows_it_up() -> None:
    told = f"{REPORT} Police subpoenaed Wayfare for the vans' GPS, Wayfare asked us to preserve."
    assert "REL-13" not in indicators(*_vanpool(), note(KEY, REPORTED, told))


NESTED = (
    "Colin: Tempe PD told them one host's 4 condos were being used for commercial sex "
    "incl. a 15 y/o."
)


def _rentals() -> list[Record]:
    return [crm_record("Account", KEY, OPENED, "", Name="Roostly Stays", Industry="Technology")]


def test_the_customer_answering_the_subpoena_about_its_host_is_on_its_side() -> None:
    answered = f"{NESTED} Roostly removed both, preserved data, answered the PD subpoena in 48h."
    assert "REL-14" not in indicators(*_rentals(), note(KEY, LATER, answered))


def test_the_host_told_alone_still_reads_against_the_customer() -> None:
    assert "REL-14" in indicators(*_rentals(), note(KEY, LATER, NESTED))
