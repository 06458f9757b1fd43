"""Rules 2026.12.43: the customer's own detection lists (keyword alerts, a reject-on-
publish list, a red-flags page it publishes) are safeguards it keeps: the harm words they
list are what it screens its users for. Switched off, they are not."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import crm_record, indicators, note, sentence_role

from knowable.model import Record

DAY = datetime(2019, 3, 19, tzinfo=UTC)
KEY = "acct-c"


def _cam_site() -> list[Record]:
    return [crm_record("Account", KEY, DAY, "", Name="Velvet Lens", Industry="Internet")]


def test_keyword_alerts_on_harm_words_are_the_customers_screening() -> None:
    asked = "Asks for chat keyword alerts: 'passport', 'owe', 'not allowed', 'he takes'."
    assert sentence_role(note(KEY, DAY, asked)) == "protective"
    assert "BEH-02" not in indicators(*_cam_site(), note(KEY, DAY, asked))


def test_the_same_harm_words_told_as_fact_read_against_the_customer() -> None:
    told = "Performer chat: 'he takes my passport and says I owe him for the flat'."
    assert "BEH-02" in indicators(*_cam_site(), note(KEY, DAY, told))


def test_keyword_alerts_switched_off_are_not_a_safeguard() -> None:
    asked = "Owner wants us to turn off the keyword alerts on 'new girls' and 'young'."
    assert sentence_role(note(KEY, DAY, asked)) != "protective"
    assert sentence_role(note(KEY, DAY, "Keyword alerts off.")) != "protective"


def test_a_reject_on_publish_list_and_a_red_flags_page_are_screening() -> None:
    listed = "Jesse wants a reject-on-publish list (not edit): 'incall', 'outcall', 'GFE'."
    page = "Ingrid sent their public 'employer red flags' page - recruitment fees, debts."
    assert sentence_role(note(KEY, DAY, listed)) == "protective"
    assert sentence_role(note(KEY, DAY, page)) == "protective"
