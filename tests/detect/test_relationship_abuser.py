"""Rules 2026.12.47: police action in a sentence that names someone's abuser through the
victim ("a 15 y/o resident's trafficker", "her former pimp") is about that abuser, not the
customer whose records it seeks: a shelter served a search warrant for its chat logs gets
no police-target red flag. A trafficker named without a victim's possessive, one whose
possessor is the customer ("the motel's pimp"), or a sentence that names the customer or
its people other than as a possessive ("... was the night manager") still reads the
customer as police's target. A customer's own investigators ("so our investigator can reach
them") are the customer investigating others."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import RULES_ONLY, crm_record, indicators, note

from knowable.detect.relationship.reader import RecordReader
from knowable.detect.relationship.roles import read_roles
from knowable.model import Record

DAY = datetime(2018, 2, 26, tzinfo=UTC)
SHELTER = "acct-harborlight"
MOTEL = "acct-starlite"


def _shelter() -> Record:
    return crm_record(
        "Account",
        SHELTER,
        DAY,
        "",
        Name="Harborlight Youth House",
        Description="Residential shelter for sexually exploited girls 12-17; confidential address.",
    )


def _motel() -> Record:
    return crm_record(
        "Account", MOTEL, DAY, "", Name="Starlite Motor Inn", Description="40-room motel off I-5."
    )


def _role(text: str) -> str:
    record = note(MOTEL, DAY, text)
    (read,) = RecordReader(RULES_ONLY).read(record)
    return read_roles(read.sentence, read.hits, RULES_ONLY, None, record.text).role


def test_a_warrant_naming_a_residents_trafficker_is_about_the_trafficker() -> None:
    text = (
        "Search warrant from Tacoma PD for the web chat logs: a 15 y/o resident's trafficker "
        "allegedly used the shelter's chat to reach her."
    )
    assert "REL-13" not in indicators(_shelter(), note(SHELTER, DAY, text))


def test_a_subpoena_naming_her_former_pimp_reads_police_acting_on_someone_else() -> None:
    text = "HSI search warrant for the shelter's chat logs: her former pimp messaged a resident."
    assert _role(text) == "third_party"
    assert _role(text.replace("her former pimp", "a pimp")) == "target"


def test_a_trafficker_named_without_a_victim_keeps_the_customer_the_target() -> None:
    text = (
        "Search warrant from Tacoma PD for the web chat logs: a trafficker allegedly used the "
        "shelter's chat to reach a 15 y/o."
    )
    assert "REL-13" in indicators(_shelter(), note(SHELTER, DAY, text))


def test_the_customer_named_beside_the_abuser_keeps_it_the_target() -> None:
    text = (
        "Tacoma PD served a search warrant on the motel: one girl's trafficker was the night "
        "manager."
    )
    assert "REL-13" in indicators(_motel(), note(MOTEL, DAY, text))


def test_the_customers_own_pimp_is_not_someone_elses_abuser() -> None:
    # the possessor is the customer itself: police stay on it (the first sentence of the
    # old version of this test held no police action, so it tested nothing)
    text = "HSI search warrant for the shelter's chat logs: the shelter's pimp messaged a resident."
    assert _role(text) == "target"


def _card_program() -> Record:
    return crm_record(
        "Account",
        "acct-wagecard",
        DAY,
        "",
        Name="Keelson Wage Card",
        Description="Prepaid payroll cards for seafarers.",
    )


def _crew_note(body: str) -> Record:
    return crm_record(
        "Note", "acct-wagecard", DAY, f"Question on crew w/ no phone. {body}", Title="", Body=body
    )


def test_the_customers_own_investigator_reaching_crew_reads_protective() -> None:
    # rules 2026.12.47: a customer with investigators of its own investigates others
    body = (
        "Keelson: 'Some crew show no mobile and the agency phone is on their card record. "
        "Which vessel are they on, so our investigator can reach them at the next port?'"
    )
    assert "BEH-05" not in indicators(_card_program(), _crew_note(body))


def test_crew_with_no_phone_counts_without_an_investigator() -> None:
    body = (
        "Keelson: 'Some crew show no mobile and the agency phone is on their card record. "
        "Which vessel are they on, so we can reach them at the next port?'"
    )
    assert "BEH-05" in indicators(_card_program(), _crew_note(body))
