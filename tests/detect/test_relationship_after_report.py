"""Rules 2026.12.40: police action told after the customer reported to an authority in the
same record acts on what the customer reported, not on the customer; a sentence that
names the customer as police's target keeps that reading."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import crm_record, indicators, note

from knowable.model import Record

DAY = datetime(2017, 2, 27, tzinfo=UTC)
KEY = "acct-h"


def _rental_marketplace() -> list[Record]:
    return [crm_record("Account", KEY, DAY, "", Name="Lodgewell Inc.", Industry="Internet")]


def test_a_raid_after_the_customers_report_is_on_what_it_reported() -> None:
    told = (
        "Their T&S found 7 listings run by one host network. Lodgewell removed the "
        "listings, banned the hosts, reported to local PD + NCMEC. PD raided 2 units: 3 "
        "women and 1 minor recovered."
    )
    assert "REL-13" not in indicators(*_rental_marketplace(), note(KEY, DAY, told))


def test_the_raid_alone_still_reads_against_the_customer() -> None:
    told = "PD raided 2 units: 3 women and 1 minor recovered."
    assert "REL-13" in indicators(*_rental_marketplace(), note(KEY, DAY, told))


def test_police_naming_the_customer_after_its_report_still_read_against_it() -> None:
    told = (
        "Lodgewell reported a host to local PD. Two months later FBI raided Lodgewell "
        "offices and seized their servers."
    )
    assert "REL-13" in indicators(*_rental_marketplace(), note(KEY, DAY, told))
