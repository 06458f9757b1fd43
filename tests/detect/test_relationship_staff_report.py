"""Rules 2026.12.34: the customer's own staff by title reporting to an authority defend
the record ("Site manager called the sheriff and the hotline"), as a sentence opening with
the customer's name does; a staff title without an authority does not (an office manager
"reports" an injury to the insurer). "A cut off the drivers" is a share of money, not the
customer cutting anyone off. A programme for people recovered from trafficking is victim
services."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import crm_record, indicators, note, sentence_role

from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.reader import RecordReader
from knowable.detect.relationship.roles import Identity, customer_identity
from knowable.model import Record

DAY = datetime(2018, 3, 9, tzinfo=UTC)
KEY = "acct-fuel"
SEEN = (
    "Fuel desk cashier messaged her lead: a girl, maybe 14, was going cab to cab on the "
    "back lot around 3am."
)
RULES = relationship_rules()


def _account() -> Record:
    return crm_record(
        "Account", KEY, DAY, "", Name="Redhill Fuel Stops", Description="Six truck stops."
    )


def test_a_minor_seen_in_the_sex_trade_is_read_against_the_customer() -> None:
    assert "REL-14" in indicators(_account(), note(KEY, DAY, SEEN))


def test_its_site_manager_calling_the_sheriff_defends_the_record() -> None:
    text = f"{SEEN} Site manager called the sheriff and the hotline right away."
    assert "REL-14" not in indicators(_account(), note(KEY, DAY, text))


def test_a_staff_title_without_an_authority_defends_nothing() -> None:
    text = f"{SEEN} Site manager asked us to add a new fuel grade."
    assert "REL-14" in indicators(_account(), note(KEY, DAY, text))


# Rules 2026.12.36: staff by title reporting, with the authority told named elsewhere in
# the record (the police's request before it, their result after it).
CASHIER = "Cashier reported a teen, maybe 14, walking from cab to cab while a man waited."


def test_its_cashier_reporting_with_the_sheriff_in_the_record_defends_it() -> None:
    text = f"Deputies asked for lot camera clips from 2-3am. {CASHIER} Clips sent same day."
    assert "REL-14" not in indicators(_account(), note(KEY, DAY, text))


def test_its_cashier_reporting_with_no_authority_in_the_record_defends_nothing() -> None:
    text = f"{CASHIER} Manager wants a second card reader at pump 4."
    assert "REL-14" in indicators(_account(), note(KEY, DAY, text))


def test_a_cashier_reporting_defends_nothing_where_police_target_the_customer() -> None:
    text = f"{CASHIER} Sheriff raided the truck stop and arrested the owner for pandering."
    assert "REL-14" in indicators(_account(), note(KEY, DAY, text))


def test_an_office_manager_reporting_an_injury_keeps_a_workers_words() -> None:
    text = (
        "Office mgr reports crew member hurt his wrist on site. Worker told adjuster the "
        "boss keeps all their passports in his safe."
    )
    assert "BEH-02" in indicators(note(KEY, DAY, text))


def test_a_cut_off_the_drivers_is_a_share_not_a_cut_off() -> None:
    share = note(KEY, DAY, "He takes a cut off the drivers and calls it out on the CB.")
    dropped = note(KEY, DAY, "They cut off the drivers who posted ads.")
    assert sentence_role(share) != "protective"
    assert sentence_role(dropped) == "protective"


def _identity(industry: str, description: str) -> Identity | None:
    account = crm_record(
        "Account", KEY, DAY, "", Name="Juniper House", Industry=industry, Description=description
    )
    return customer_identity(account, RecordReader(RULES).matcher, RULES)


def test_a_programme_for_those_recovered_from_trafficking_is_victim_services() -> None:
    found = _identity(
        "Individual & Family Services",
        "Ten-bed home for teens recovered from sex trafficking, CPS referrals.",
    )
    assert found is not None and found.kind == "victim services"


def test_a_group_home_for_teen_girls_is_no_protective_identity() -> None:
    assert _identity("Group Home", "Ten-bed group home for girls 12-17, CPS placements.") is None
