"""Rules 2026.12.34: a Contact's name right before a colon is the one speaking, not a
party to what is told ("Sgt. Varga: vice unit records interviews of minors recovered in
stings"); police action the customer received about one of its parties, named after it,
is about that party ("got a grand jury subpoena about a former merchant"); a list of the
signs a customer screens for ("Their red-flag list: ...") is its screening; the
customer's own team as the subject after someone else is named ("after the card brands'
crackdown their team terminated 40 merchants") is the customer acting; a severed
employer ("records of a banned employer") is a third party."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import crm_record, indicators, note, sentence_role

from knowable.model import Record

DAY = datetime(2017, 5, 2, tzinfo=UTC)
KEY = "acct-x"


def _customer(name: str, industry: str, first: str = "", last: str = "") -> list[Record]:
    out = [crm_record("Account", KEY, DAY, "", Name=name, Industry=industry)]
    if last:
        out.append(crm_record("Contact", KEY, DAY, "", FirstName=first, LastName=last))
    return out


def test_a_detective_speaking_is_not_the_target_of_the_stings_he_tells() -> None:
    said = "Sgt. Varga: vice unit records interviews of minors recovered in trafficking stings."
    records = _customer("Eastport Police Department", "Government", "Imre", "Varga")
    assert "REL-13" not in indicators(*records, note(KEY, DAY, said))


def test_the_same_contact_arrested_is_the_target() -> None:
    told = "Sgt. Varga was arrested in a sting for trafficking minors."
    records = _customer("Eastport Police Department", "Government", "Imre", "Varga")
    assert "REL-13" in indicators(*records, note(KEY, DAY, told))


def test_a_subpoena_about_a_former_merchant_is_about_that_merchant() -> None:
    told = (
        "Lumen got a grand jury subpoena about a former merchant (closed by them for escort ads)."
    )
    assert "REL-13" not in indicators(*_customer("Lumen Pay Inc.", "Finance"), note(KEY, DAY, told))


def test_a_subpoena_about_its_own_ads_is_against_the_customer() -> None:
    told = "Lumen got a grand jury subpoena about escort ads on its site."
    assert "REL-13" in indicators(*_customer("Lumen Pay Inc.", "Finance"), note(KEY, DAY, told))


def test_a_red_flag_list_is_screening() -> None:
    listed = note(KEY, DAY, "Their red-flag list: travel debts, pay withheld, passports held.")
    assert sentence_role(listed) == "protective"


def test_red_flags_staff_saw_are_not() -> None:
    seen = note(KEY, DAY, "Red flags on site visit: travel debts, pay withheld, passports held.")
    assert sentence_role(seen) != "protective"


def test_its_team_terminating_merchants_after_a_card_brand_crackdown_is_protective() -> None:
    told = note(
        KEY,
        DAY,
        "After the card brands' crackdown on escort sites their team terminated 40 merchants.",
    )
    assert sentence_role(told) == "protective"
    assert "REL-01" not in indicators(told)


def test_card_brands_terminating_the_customer_is_a_payer_drop() -> None:
    told = note(KEY, DAY, "After the escort crackdown the card brands terminated them.")
    assert sentence_role(told) != "protective"
    assert "REL-01" in indicators(told)


def test_records_of_a_banned_employer_are_about_that_employer() -> None:
    asked = "DOL asked Jobwell for payment records of a banned employer."
    assert sentence_role(note(KEY, DAY, asked)) == "third_party"


def test_records_of_the_employer_stay_ambiguous() -> None:
    asked = "DOL asked for payment records of the employer."
    assert sentence_role(note(KEY, DAY, asked)) != "third_party"
