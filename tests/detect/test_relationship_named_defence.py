"""Rules 2026.12.10, roles: a record in which the customer, by name, reports or cuts off
the one doing harm gives no harm signal; a police department by its initials; a bracketed
aside between a party and its verb; a worker's former boss; a participle right after a
guest; police action the sentence places elsewhere; ages written after "they're"."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import RULES_ONLY, crm_record, indicators

from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.detector import detect_relationship
from knowable.detect.relationship.names import customer_names
from knowable.detect.relationship.reader import RecordReader
from knowable.detect.relationship.roles import read_roles
from knowable.model import Record

DAY = datetime(2019, 5, 6, tzinfo=UTC)
RULES = relationship_rules()
READER = RecordReader(RULES)
KEY = "acct-9"


def _account(name: str) -> Record:
    return crm_record("Account", KEY, DAY, name, Name=name)


def _contact(first: str, last: str) -> Record:
    return crm_record("Contact", KEY, DAY, f"{first} {last}", FirstName=first, LastName=last)


def _note(text: str) -> Record:
    return crm_record("Note", KEY, DAY, text, Body=text)


def _roles(text: str) -> list[str]:
    record = _note(text)
    return [
        read_roles(r.sentence, r.hits, RULES, None, record.text).role for r in READER.read(record)
    ]


HARM = "Workers told us the crew boss was holding their passports and charging rent."


def test_names_are_the_distinctive_words_of_the_account_and_its_contacts() -> None:
    names = customer_names([_account("Granite Peak Builders LLC"), _contact("Odalys", "Ferro")])
    assert names[KEY].words == frozenset({"granite", "peak", "odalys", "ferro"})
    assert names[KEY].principals == frozenset({"granite", "peak", "ferro"})


def test_a_contact_named_as_police_target_is_the_customers_own() -> None:
    text = "Local paper: Dale Ferro arrested by HSI, indicted for forced labor at the farm."
    contact = _contact("Dale", "Ferro")
    assert "REL-13" in indicators(_account("Granite Peak Builders"), contact, _note(text))
    strength = {
        s.indicator: s.strength for s in detect_relationship([_note(text)], rules=RULES_ONLY)
    }
    assert strength.get("REL-13", 0.0) < 0.95  # without the contact: police action only
    named = detect_relationship(
        [_account("Granite Peak Builders"), contact, _note(text)], rules=RULES_ONLY
    )
    assert max(s.strength for s in named if s.indicator == "REL-13") == 0.95


def test_customer_named_as_the_one_reporting_shields_the_record() -> None:
    text = f"{HARM} Granite terminated the crew, reported it to DOL and the HSI tip line."
    assert "BEH-02" not in indicators(_account("Granite Peak Builders"), _note(text))


def test_a_contact_named_as_the_one_reporting_shields_the_record() -> None:
    text = f"{HARM} Odalys reported to police and paid the workers directly."
    assert "BEH-02" not in indicators(
        _account("Granite Peak Builders"), _contact("Odalys", "Ferro"), _note(text)
    )


def test_staff_giving_the_hotline_number_do_not_shield_the_customer() -> None:
    text = f"{HARM} Gave the caller the hotline number. Granite mgr says it is an HR matter."
    assert "BEH-02" in indicators(_account("Granite Peak Builders"), _note(text))


def test_without_the_account_record_the_named_report_does_not_shield() -> None:
    text = f"{HARM} Granite terminated the crew, reported it to DOL and the HSI tip line."
    assert "BEH-02" in indicators(_note(text))


def test_a_police_department_by_its_initials_is_an_authority() -> None:
    assert _roles("Karen reported to LAPD + NCMEC, wants comments locked.") == ["protective"]
    assert _roles("Karen reported to XYZ + ABC, wants comments locked.") != ["protective"]


def test_an_aside_between_a_party_and_its_verb_is_passed_over() -> None:
    text = "Found out their drywall sub (not our merchant) was holding workers' passports."
    assert _roles(text) == ["third_party"]
    assert "BEH-02" not in indicators(_note(text))
    own = "Found out the owner (per the clerk) was holding workers' passports."
    assert "BEH-02" in indicators(_note(own))


def test_a_workers_former_boss_is_a_third_party() -> None:
    text = "New hire told her his last boss kept his passport."
    assert _roles(text) == ["third_party"]
    assert "BEH-02" in indicators(_note("New hire told her the boss kept his passport."))


def test_a_guest_arrested_is_police_acting_on_a_third_party() -> None:
    text = "Night auditor flagged room 12, police recovered a 16 y/o, guest arrested."
    assert "REL-13" not in indicators(_note(text))
    assert "REL-13" in indicators(_note("Police recovered a 16 y/o, owner arrested."))


def test_police_action_placed_elsewhere_is_not_about_the_customer() -> None:
    text = "News on a police raid at a spa 2 blocks away (not theirs) for prostitution."
    assert "REL-13" not in indicators(_note(text))
    assert "REL-13" in indicators(_note("News on a police raid at their spa for prostitution."))


def test_ages_after_theyre_and_some_are() -> None:
    text = "Manager admits the hostesses who sit with clients after hours, some are 16-17."
    assert "REL-14" in indicators(_note(text))
    assert "REL-14" not in indicators(_note("They are 12 people on the team serving clients."))


def test_reporting_workers_to_immigration_is_a_threat_not_a_report() -> None:
    text = "Driver says the boss holds their passports and reports them to ICE if they quit."
    assert _roles(text) == ["actor"]
    assert "BEH-02" in indicators(_note(text))
    police = "Driver says a stranger holds his passport; the owner reported it to police."
    assert "BEH-02" not in indicators(_note(police))


def test_police_acting_right_after_the_customer_called_them_answer_the_call() -> None:
    text = "Front desk spotted a trafficking situation, called police, minor recovered."
    assert _roles(text) == ["protective"]
    assert "REL-13" not in indicators(_note(text))
    raid = (
        "Owner called police about a neighbour's dog; later police raided the spa, minor recovered."
    )
    assert "REL-13" in indicators(_note(raid))


def test_police_thanking_the_customer_is_the_protective_side() -> None:
    text = "Sheriff publicly thanked the night cashier: her call led to the rescue of a 16 y/o."
    assert "REL-13" not in indicators(_note(text))
    assert "REL-13" in indicators(_note("Sheriff: rescue of a 16 y/o from room 9 last night."))


def test_a_protective_looking_customers_own_contact_arrested_is_a_target() -> None:
    account = Record(
        "crm",
        "Account",
        {"Name": "Harbor Visa Consultants", "Industry": "Legal Services"},
        DAY,
        subject_key=KEY,
        text="Harbor Visa Consultants",
    )
    text = "Paper: Ferro arrested by HSI, indicted for forced labor of placed workers."
    named = indicators(account, _contact("Dale", "Ferro"), _note(text))
    assert "REL-13" in named
    assert "REL-13" not in indicators(account, _contact("Dale", "Brenner"), _note(text))


def test_she_after_the_customers_name_is_the_customer() -> None:
    # Rules 2026.12.12: the report opens with a pronoun right after a sentence that opened
    # with the customer's Contact.
    harm = (
        "Elena found out the labor agency supplying her dishwashers kept the workers' "
        "passports and charged them rent."
    )
    people = (_account("Tres Hermanas Cocina"), _contact("Elena", "Ruiz"))
    assert "BEH-02" in indicators(*people, _note(harm))
    reported = harm + " She reported it to the state AG and ended the contract."
    assert "BEH-02" not in indicators(*people, _note(reported))
    # A pronoun after a sentence that named someone else is not the customer.
    other = (
        "The labor agency supplying the dishwashers kept the workers' passports. "
        "She reported it to the state AG."
    )
    assert "BEH-02" in indicators(*people, _note(other))


def test_a_chaperone_holding_students_passports_is_not_retention() -> None:
    trip = "Group of 14 students abroad; the chaperone holds all passports in the hotel safe."
    assert "BEH-02" not in indicators(_account("Wanderlust Tours"), _note(trip))
    boss = "Group of 14 girls abroad; the manager holds all passports in the hotel safe."
    assert "BEH-02" in indicators(_account("Wanderlust Tours"), _note(boss))


def test_a_name_written_with_accents_is_the_customers() -> None:
    # Rules 2026.12.15: "Tomás", "Inês" are name words (they were cut at the accent).
    assert customer_names([_contact("Tomás", "Peña")])[KEY].words == frozenset({"tomás", "peña"})
    harm = (
        "Tomás: clinic staff hear workers say other labor contractors hold their passports "
        "until the bus and room debts are paid."
    )
    people = (_account("Campo Unido Clinic"), _contact("Tomás", "Reyna"))
    assert "BEH-02" in indicators(*people, _note(harm))
    assert "BEH-02" not in indicators(*people, _note(harm + " They refer them to legal aid."))


def test_a_brand_that_repaid_the_fees_and_dropped_the_supplier_defends_itself() -> None:
    # Rules 2026.12.16: remedying a supplier's abuse is the protective side.
    audit = (
        "Their social audit found a subcontractor where migrant workers paid recruitment "
        "fees and had passports held until the fees were paid off."
    )
    brand = _account("Kestrel Outdoor Apparel")
    assert "BEH-02" in indicators(brand, _note(audit))
    remedied = audit + " Kestrel repaid the fees and dropped the supplier."
    assert "BEH-02" not in indicators(brand, _note(remedied))
    # fees repaid are the debt the passports are held for, not a remedy
    agency = (_account("Maison Bleue Placement"), _contact("Hélène", "Marchand"))
    held = (
        "Called Hélène. She confirmed the agency keeps the passports of all the girls until "
        "the placement fee is repaid."
    )
    assert "BEH-02" in indicators(*agency, _note(held))


def test_staff_clearing_the_customer_by_name_defends_the_record() -> None:
    # Rules 2026.12.17: "Spotless not involved" is staff's finding; the customer's own
    # denial ("Garza says he is not involved") is not.
    police = "Detective called: sex trafficking case vs a boyfriend, may subpoena card records."
    cleaner = _account("Spotless Office Cleaning")
    assert "REL-13" in indicators(cleaner, _note(police))
    cleared = police + " Spotless not involved other than as the employer who reported."
    assert "REL-13" not in indicators(cleaner, _note(cleared))
    denied = police + " Spotless says it is not involved."
    assert "REL-13" in indicators(cleaner, _note(denied))
