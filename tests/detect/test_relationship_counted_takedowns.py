"""Rules 2026.12.43: content items a platform's team takes down, counted under a number
("We delisted 27 massage listings"), are someone else's: the customer acting on its
users. Without a number ("removed their listings") they may be the customer's own."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import crm_record, indicators, note, sentence_role

from knowable.model import Record

DAY = datetime(2017, 2, 27, tzinfo=UTC)
KEY = "acct-g"

DELISTED = (
    'Quarterly note from their T&S lead: "We delisted 27 massage listings after finding '
    "them reviewed on sex-buyer boards, and 3 more where reviewers described workers "
    "living on site and 'very young'.\""
)


def _booking_marketplace() -> list[Record]:
    return [crm_record("Account", KEY, DAY, "", Name="Lumabook Inc.", Industry="Technology")]


def test_counted_listings_taken_down_are_the_customers_moderation() -> None:
    assert sentence_role(note(KEY, DAY, "We delisted 27 massage listings.")) == "protective"
    assert sentence_role(note(KEY, DAY, "Since March: 212 guest accts suspended.")) == (
        "protective"
    )
    assert (
        indicators(*_booking_marketplace(), note(KEY, DAY, DELISTED))
        & {
            "REL-05",
            "BIZ-17",
        }
        == set()
    )


def test_the_same_words_without_the_takedown_read_against_the_customer() -> None:
    told = (
        "Their massage listings are reviewed on sex-buyer boards; reviewers describe "
        "workers living on site and 'very young'."
    )
    assert indicators(*_booking_marketplace(), note(KEY, DAY, told)) & {"REL-05", "BIZ-17"}


def test_listings_without_a_number_are_not_someone_elses() -> None:
    assert sentence_role(note(KEY, DAY, "They removed their listings after the raid.")) != (
        "protective"
    )
    assert sentence_role(note(KEY, DAY, "Owner bought 30 ads on the escort site.")) != (
        "protective"
    )


def test_counted_items_flagged_or_named_as_another_firms_are_not_its_takedowns() -> None:
    flagged = "Post-editor Ana M. flagged ~15 ads in batch 0614."
    pulled = "StayFinder pulled 11 Lakeshore listings after guest complaints."
    assert sentence_role(note(KEY, DAY, flagged)) != "protective"
    assert sentence_role(note(KEY, DAY, pulled)) != "protective"


def test_police_asking_about_counted_listings_still_read_against_the_customer() -> None:
    asked = "LVMPD subpoena for session logs on 3 listings."
    assert "REL-13" in indicators(*_booking_marketplace(), note(KEY, DAY, asked))


def test_counted_employers_taken_down_are_the_customers_moderation() -> None:
    # rules 2026.12.47: "27 employers" under a takedown are someone else's, as listings are
    delisted = (
        "Arif's team delisted 27 employers/agents in Q2: charging workers recruitment fees, "
        "contracts with passport 'safekeeping' clauses."
    )
    assert sentence_role(note(KEY, DAY, delisted)) == "protective"
    assert "BEH-02" not in indicators(*_booking_marketplace(), note(KEY, DAY, delisted))


def test_employers_holding_passports_without_a_takedown_still_count() -> None:
    told = "27 employers/agents charge workers recruitment fees and keep their passports."
    assert "BEH-02" in indicators(*_booking_marketplace(), note(KEY, DAY, told))
    assert sentence_role(note(KEY, DAY, "Owner hired 3 agents to recruit in Nepal.")) != (
        "protective"
    )
