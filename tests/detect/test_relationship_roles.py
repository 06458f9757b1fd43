"""Roles over a whole record, and protective cues that name what is removed."""

from __future__ import annotations

from datetime import UTC, datetime

from knowable.catalogue.relationship import RelationshipRules, relationship_rules
from knowable.detect.relationship.detector import detect_relationship, role_of
from knowable.detect.relationship.reader import RecordReader
from knowable.model import Record

DAY = datetime(2016, 5, 4, tzinfo=UTC)
RULES_ONLY = relationship_rules().model_copy(update={"model": None})
RED = (
    "Site visit: mgr holds the girls' passports and they owe a debt they must work off. "
    "They live in the back room and are not allowed to leave."
)


def _note(text: str) -> Record:
    return Record("crm", "Note", {"Body": text}, DAY, subject_key="acct-1", text=text)


def _scope(scope: str) -> RelationshipRules:
    rules = relationship_rules()
    assert rules.model is not None
    return rules.model_copy(
        update={"model": rules.model.model_copy(update={"protective_scope": scope})}
    )


def _model_signals(text: str, rules: RelationshipRules) -> list[str]:
    return [
        s.indicator
        for s in detect_relationship([_note(text)], rules=rules)
        if s.indicator == "REL-12"
    ]


def test_red_record_gives_a_model_signal() -> None:
    assert _model_signals(RED, _scope("record")) == ["REL-12"]


def test_a_record_showing_the_customer_reporting_gives_no_model_signal() -> None:
    text = RED + " The customer reported it to the police the same day."
    assert _model_signals(text, _scope("record")) == []


def test_quoted_scope_keeps_the_signal_when_the_quoted_sentences_are_the_customers_own() -> None:
    text = RED + " The customer reported it to the police the same day."
    assert _model_signals(text, _scope("quoted")) == ["REL-12"]


def test_police_target_in_the_record_overrides_the_protective_sentence() -> None:
    text = RED + " The owner was arrested; the hotline had a call about it."
    [signal] = [
        s
        for s in detect_relationship([_note(text)], rules=_scope("record"))
        if s.indicator == "REL-12"
    ]
    assert signal.details["role"] == "target"


def _role(text: str) -> str:
    reader = RecordReader(relationship_rules())
    [read] = reader.read(_note(text))
    return role_of(read, relationship_rules())


def test_removing_listings_is_protective() -> None:
    assert _role("Their moderators remove the listings with escort terms.") == "protective"


def test_removing_a_word_and_publishing_is_not_protective() -> None:
    text = "Wants a flow: if the title has teen, remove the word and publish the room."
    assert _role(text) == "actor"
    fired = detect_relationship([_note(text)], rules=RULES_ONLY)
    assert [s.indicator for s in fired if s.indicator == "REL-11"] == ["REL-11"]


def test_an_intake_form_alone_is_not_protective() -> None:
    # The provider configuring a staffing agency's worker intake form is not the customer
    # serving victims; a victim-services intake is.
    assert _role("Sat in on onboarding calls to test the worker intake form.") == "actor"
    assert _role("Their victim intake form asks about debts.") == "protective"
