"""Rules 2026.12.26 (crm_language 2026.12.6): staff call a customer by its kind ("College
terminated agent"); a number that labels something ("room 12") is not an age; calling "the
sheriff" is calling an authority; recruitment fees the customer itself acted against."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import crm_record, indicators

from knowable.catalogue.crm_language import minor_age_spans
from knowable.detect.relationship.names import customer_names
from knowable.model import Record

DAY = datetime(2017, 8, 15, tzinfo=UTC)
KEY = "acct-kind"

HARM = (
    "Students from one Cebu sub-agent said the agent charged them 150k PHP placement fee "
    "and kept passports until paid."
)


def _account(name: str, description: str = "") -> Record:
    text = f"{name} {description}"
    return crm_record("Account", KEY, DAY, text, Name=name, Description=description)


def _case(text: str) -> Record:
    return crm_record("Case", KEY, DAY, text, Description=text)


def test_a_customers_kind_comes_from_its_name_or_the_first_in_its_description() -> None:
    names = customer_names(
        [_account("Manila Bridge Career Academy", "Vocational college recruiting via agents.")]
    )
    assert names[KEY].kinds == frozenset({"academy", "college"})
    other = customer_names([_account("Blue Tide Staffing", "Places cooks at hotels and spas.")])
    assert other[KEY].kinds == frozenset()  # "hotels" is where it places people, not what it is


def test_the_customer_called_by_its_kind_reporting_shields_the_record() -> None:
    account = _account("Manila Bridge Career Academy", "Vocational college (caregiving).")
    text = f"{HARM} College terminated agent, returned passports, reported to POEA."
    assert not {"BEH-02", "BEH-05"} & indicators(account, _case(text))
    after_the = f"{HARM} The college terminated agent and reported to POEA."
    assert not {"BEH-02", "BEH-05"} & indicators(account, _case(after_the))


def test_another_kind_of_business_reporting_does_not_shield_the_customer() -> None:
    account = _account("Manila Bridge Career Academy", "Vocational college (caregiving).")
    text = f"{HARM} Hotel terminated agent and reported to POEA."
    assert {"BEH-02", "BEH-05"} & indicators(account, _case(text))
    # nor the kind in lower case mid-sentence, nor without the Account record
    assert {"BEH-02", "BEH-05"} & indicators(
        account, _case(f"{HARM} Staff at the college called it fine.")
    )
    assert {"BEH-02", "BEH-05"} & indicators(
        _case(f"{HARM} College terminated agent, reported to POEA.")
    )


def test_recruitment_fees_the_customer_by_name_acted_against_are_not_its_own() -> None:
    letter = (
        "Letter from one worker: 'El reclutador nos cobro 1,200 dolares a cada uno de "
        "comision de reclutamiento y dijo que era para Pioneer.'"
    )
    account = _account("Pioneer Staffing Solutions", "Seasonal resort staffing.")
    alone = indicators(account, _case(letter))
    assert "BIZ-17" in alone
    acted = f"{letter} Pioneer never authorized fees, fired the recruiter, reported to DOL."
    assert "BIZ-17" not in indicators(account, _case(acted))


def test_a_number_that_labels_something_is_not_an_age() -> None:
    assert minor_age_spans("men calling for 'the girls in room 12' and rates") == []
    assert minor_age_spans("the girls in unit 14 pay weekly") == []
    assert minor_age_spans("girl in rm #12") == []
    assert minor_age_spans("one of the girls looked about 14") != []
    assert minor_age_spans("16 yo girls in room 12") == [(0, 5)]


def test_girls_in_a_room_number_are_not_a_minor_in_the_sex_trade() -> None:
    text = "Men call the FD for 'the girls in room 12' from escort ads with the hotel's number."
    assert "REL-14" not in indicators(_case(text))
    minor = "Men call the FD for 'the girls, 15 and 16' from escort ads with the hotel's number."
    assert "REL-14" in indicators(_case(minor))


def test_calling_the_sheriff_is_the_customer_reporting() -> None:
    text = "Owner called the sheriff, who arrested the man in the parking lot."
    assert "REL-13" not in indicators(_case(text))
    reported = "Neighbors called the sheriff, who arrested the owner."
    assert "REL-13" in indicators(_case(reported))
