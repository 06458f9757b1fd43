"""Rules 2026.12.24: a yes/no question asserts nothing; staff's initials for a customer
are one of its names; a "training fee" is a charge, not a course."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.detector import authority_words, detect_relationship
from knowable.detect.relationship.names import customer_names, initials
from knowable.detect.relationship.questions import in_question
from knowable.detect.relationship.reader import RecordReader
from knowable.detect.relationship.roles import read_roles
from knowable.model import Record

DAY = datetime(2018, 9, 3, tzinfo=UTC)
RULES = relationship_rules()
RULES_ONLY = RULES.model_copy(update={"model": None})
READER = RecordReader(RULES)
KEY = "acct-24"


def _account(name: str) -> Record:
    return Record("crm", "Account", {"Name": name}, DAY, subject_key=KEY, text=name)


def _note(text: str) -> Record:
    return Record("crm", "Note", {"Body": text}, DAY, subject_key=KEY, text=text)


def _indicators(*records: Record) -> set[str]:
    return {s.indicator for s in detect_relationship(list(records), rules=RULES_ONLY)}


# --- questions ---------------------------------------------------------------------------


def test_a_yes_no_question_on_a_form_gives_no_signal() -> None:
    asked = _note("Survey item 7: 'Did your crew leader keep your passport?', then item 8.")
    assert "BEH-02" not in _indicators(asked)
    told = _note("Survey item 7 answers: the crew leader keeps their passports in his truck.")
    assert "BEH-02" in _indicators(told)


def test_a_question_that_takes_the_holding_as_given_still_counts() -> None:
    text = "Picker asked Luis: 'and why does the foreman keep our passports?'"
    assert "BEH-02" in _indicators(_note(text))
    spanish = "Mensaje de una trabajadora: '¿y cuándo nos devuelven los pasaportes?'"
    assert "BEH-02" in _indicators(_note(spanish))


def test_a_statement_before_a_comma_is_not_part_of_the_question_after_it() -> None:
    note = _note("The boss keeps our passports in the safe, so where would we go?")
    [read] = READER.read(note)
    held = [h for h in read.hits if h.concept == "documents"]
    assert held and not in_question(read.sentence, held[0], note.text, frozenset({"when"}))
    assert "BEH-02" in _indicators(note)


# --- initials ----------------------------------------------------------------------------


def test_initials_are_a_name_only_where_the_records_write_them_in_capitals() -> None:
    assert initials("Harbor Lane Crew Works LLC") == "HLCW"
    assert initials("Harbor") is None
    used = customer_names([_account("Harbor Lane Crew Works"), _note("HLCW renewal sent.")])
    assert "hlcw" in used[KEY].words
    unused = customer_names([_account("Harbor Lane Crew Works"), _note("hlcw? typo.")])
    assert "hlcw" not in unused[KEY].words


def test_initials_that_name_an_authority_are_never_the_customer_s() -> None:
    records = [_account("Harbor Side Imports"), _note("HSI asked for the invoices.")]
    assert "hsi" in customer_names(records)[KEY].words
    reserved = authority_words(RULES)
    assert {"hsi", "ice", "cbp"} <= reserved
    assert "hsi" not in customer_names(records, reserved)[KEY].words


def test_a_customer_named_by_its_initials_on_the_protective_side_is_defended() -> None:
    harm = "Workers told their site lead the labour broker kept their passports."
    acted = "HLCW dropped the broker and reported it to the labour inspectorate."
    account = _account("Harbor Lane Crew Works")
    assert "BEH-02" not in _indicators(account, _note(f"{harm} {acted}"))
    unnamed = "Someone dropped the broker and says it was reported."
    assert "BEH-02" in _indicators(account, _note(f"{harm} {unnamed}"))


# --- a training fee ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Agent said she owes a training fee before they give the passport back.", "actor"),
        ("Their staff took a training on passport retention red flags.", "protective"),
    ],
)
def test_a_training_word_before_a_charge_is_no_course(text: str, role: str) -> None:
    record = _note(text)
    [read] = READER.read(record)
    assert read_roles(read.sentence, read.hits, RULES, None, record.text).role == role
