"""Rules 2026.12.34: a Contact's name right before a colon is the one speaking, not a
party to what is told ("Sgt. Varga: vice unit records interviews of minors recovered in
stings"); police action the customer received about one of its parties, named after it,
is about that party ("got a grand jury subpoena about a former merchant"); a list of the
signs a customer screens for ("Their red-flag list: ...") is its screening."""

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
