"""Rules 2026.12.10: a rule marked ``adjacent`` reads two neighbouring sentences of a
record as one (a minor's age in one, the sex trade in the next), never across a sentence
that reads the customer on the protective side; English "clients" is not Spanish
"clientes"."""

from __future__ import annotations

from datetime import UTC, datetime

from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.detector import detect_relationship
from knowable.detect.relationship.reader import RecordReader, joined
from knowable.model import Record

DAY = datetime(2017, 10, 16, tzinfo=UTC)
RULES = relationship_rules()
RULES_ONLY = RULES.model_copy(update={"model": None})
READER = RecordReader(RULES)


def _note(text: str) -> Record:
    return Record("crm", "Note", {"Body": text}, DAY, subject_key="acct-4", text=text)


def _rel14(text: str) -> list[str]:
    signals = detect_relationship([_note(text)], rules=RULES_ONLY)
    return [e.quote for s in signals if s.indicator == "REL-14" for e in s.evidence]


def test_the_age_and_the_trade_in_two_sentences() -> None:
    text = "Partner msg: tenemos nuevas de 15 y 16 años. Los clientes pagan en efectivo."
    assert _rel14(text) == [text]


def test_the_rule_is_not_read_across_sentences_without_the_flag() -> None:
    rules = RULES_ONLY.model_copy(
        update={"rules": [r.model_copy(update={"adjacent": False}) for r in RULES_ONLY.rules]}
    )
    text = "Partner msg: tenemos nuevas de 15 y 16 años. Los clientes pagan en efectivo."
    signals = detect_relationship([_note(text)], rules=rules)
    assert not [s for s in signals if s.indicator == "REL-14"]


def test_not_across_a_sentence_where_the_customer_reports() -> None:
    text = (
        "Two applicants were 15 and 16. They reported the escort agency that sent them to police."
    )
    assert _rel14(text) == []


def test_english_clients_are_not_spanish_clientes() -> None:
    assert _rel14("New faces division has some 15-17 y/o talent. Clients book via the app.") == []


def test_joined_sentences_keep_offsets_and_hits() -> None:
    text = "Girls of 15. Clients ask for them."
    first, second = READER.read(_note(text))
    both = joined(first, second)
    assert both.sentence.quote(text) == text
    assert len(both.sentence.tokens) == len(first.sentence.tokens) + len(second.sentence.tokens)
    assert both.sentence.tokens[len(first.sentence.tokens)].breaks_before
    shifted = {h.concept for h in both.hits if h.first >= len(first.sentence.tokens)}
    assert shifted == {h.concept for h in second.hits}
