"""A nickname the Account's description gives one of its people ("Owner Guadalupe 'Lupita'
Aranda") names the customer as her Contact name does: staff write "Lupita called the
national hotline" of the owner."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import crm_record, indicators, note

from knowable.detect.relationship.names import customer_names
from knowable.model import Record

DAY = datetime(2018, 2, 26, tzinfo=UTC)
KEY = "acct-n"
HARM = (
    "Her new dishwasher broke down: the man who brought him from Honduras kept his "
    "passport and said he still owed $6,000."
)


def _restaurant(description: str) -> list[Record]:
    return [
        crm_record("Account", KEY, DAY, "", Name="Mariscos Norte LLC", Description=description),
        crm_record("Contact", KEY, DAY, "", FirstName="Guadalupe", LastName="Aranda"),
    ]


def test_a_quoted_nickname_between_a_contacts_names_is_a_name() -> None:
    names = customer_names(_restaurant("Seafood restaurant. Owner Guadalupe 'Lupita' Aranda."))
    assert "lupita" in names[KEY].words


def test_a_quoted_word_between_other_words_is_not() -> None:
    names = customer_names(_restaurant("Seafood place 'Faro' brand, owner Guadalupe Aranda."))
    assert "faro" not in names[KEY].words


def test_the_owner_by_her_nickname_reporting_shields_the_record() -> None:
    told = f"{HARM} Lupita called the national hotline; an HSI agent met them the next day."
    nicknamed = _restaurant("Seafood restaurant. Owner Guadalupe 'Lupita' Aranda.")
    assert "BEH-02" not in indicators(*nicknamed, note(KEY, DAY, told))
    plain = _restaurant("Seafood restaurant. Owner Guadalupe Aranda.")
    assert "BEH-02" in indicators(*plain, note(KEY, DAY, told))
