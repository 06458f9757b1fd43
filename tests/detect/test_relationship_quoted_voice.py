"""Rules 2026.12.33: a quote of the customer's own words, opened by one of its names and a
colon ("Fwd from Grace: 'We pulled 14 employer accounts ..."), speaks for the customer until
the quote closes: its protective sentences defend the record as a sentence opening with the
customer's name does. Postings the customer's moderation holds back ("hold rule",
"held postings") and what it requires of the employers that post are its screening."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import crm_record, indicators

from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.names import named_openings
from knowable.detect.relationship.reader import RecordReader
from knowable.model import Record

DAY = datetime(2019, 3, 5, tzinfo=UTC)
READER = RecordReader(relationship_rules())
KEY = "acct-jobboard"
NAMES = frozenset({"grace", "whitaker", "fieldrow"})


def _account() -> Record:
    return crm_record("Account", KEY, DAY, "Fieldrow Jobs LLC", Name="Fieldrow Jobs LLC")


def _contact() -> Record:
    return crm_record("Contact", KEY, DAY, "Grace Whitaker", FirstName="Grace", LastName="Whitaker")


def _note(text: str) -> Record:
    return crm_record("Note", KEY, DAY, text, Body=text)


def _named(text: str) -> list[bool]:
    reads = READER.read(_note(text))
    return named_openings([r.sentence for r in reads], text, NAMES)


BANNED = (
    "Fwd from Grace: 'We pulled 9 employer accounts this week. Two postings said the "
    'employer would "keep passports safe during the season". We reported them to DOL and '
    "the HSI tip line.'"
)


def test_the_customers_quoted_words_speak_for_it_until_the_quote_closes() -> None:
    text = BANNED + " Renewal call set for May. Workers say the boss keeps passports."
    assert _named(text) == [True, True, True, False, False]


def test_a_quote_of_the_customer_that_bans_and_reports_gives_no_harm_signal() -> None:
    found = indicators(_account(), _contact(), _note(BANNED))
    assert "BEH-02" not in found


def test_the_same_harm_told_by_staff_outside_any_quote_is_a_signal() -> None:
    text = (
        "Two of their postings said the employer would keep passports safe during the "
        "season; Grace asked us to leave them up."
    )
    assert "BEH-02" in indicators(_account(), _contact(), _note(text))


def test_a_quote_opened_by_someone_else_is_not_the_customers_voice() -> None:
    text = "Fwd from a worker: 'We reported it. The boss keeps our passports.'"
    assert _named(text) == [False, False]


def test_a_moderation_hold_rule_on_fee_and_passport_words_is_no_harm() -> None:
    text = (
        "Built hold rule EN/ES ('deposit', 'fee', 'pasaporte', 'deuda'). Held postings go "
        "to Grace's queue."
    )
    assert "BEH-02" not in indicators(_note(text))


def test_a_passport_hold_until_the_fee_is_repaid_is_harm() -> None:
    text = "Wants a passport hold field: workers get docs back only after the fee is repaid."
    assert "BEH-02" in indicators(_note(text))


def test_questions_the_customer_requires_of_employers_are_screening() -> None:
    text = (
        "They want the API to require employers to answer: does employer hold worker "
        "documents (must be No), deductions over 30% of wage?"
    )
    assert "BEH-02" not in indicators(_note(text))
