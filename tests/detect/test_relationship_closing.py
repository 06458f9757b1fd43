"""A case's closing comment counts from the day the case was closed, not the day it was
opened: evidence is never dated before it was written."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np

from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.detector import detect_relationship
from knowable.detect.relationship.reader import closed_at, closing_start, written_at
from knowable.model import Record

RULES_ONLY = relationship_rules().model_copy(update={"model": None})
OPENED = datetime(2016, 3, 1, tzinfo=UTC)
CLOSED = datetime(2016, 3, 9, tzinfo=UTC)
# Fictional: a red flag the rules read (documents and debt held by a third party).
RED = "The mgr holds the girls' passports and they owe a debt they must work off."
ROUTINE = "Password reset for the front desk."


def _case(subject: str, description: str, comments: str, closed: str = "2016-03-09") -> Record:
    payload = {
        "Subject": subject,
        "Description": description,
        "Comments": comments,
        "Status": "Closed",
        "CreatedDate": "2016-03-01T10:00:00.000+0000",
        "ClosedDate": closed,
    }
    text = "\n".join(p for p in (subject, description, comments) if p)
    return Record("crm", "Case", payload, OPENED, subject_key="acct-1", text=text)


def test_the_closing_comment_is_dated_by_the_closing() -> None:
    case = _case("Login help", ROUTINE, RED)
    begin = closing_start(case)
    assert begin == case.text.index(RED)
    assert closed_at(case) == CLOSED
    assert written_at(case, begin) == CLOSED
    assert written_at(case, 0) == OPENED


def test_a_rule_reading_only_the_comment_counts_from_the_closing() -> None:
    found = detect_relationship([_case("Login help", ROUTINE, RED)], rules=RULES_ONLY)
    assert found
    assert {s.observed_at for s in found if s.indicator == "BEH-02"} == {CLOSED}


def test_a_rule_reading_the_opening_text_counts_from_the_opening() -> None:
    found = detect_relationship([_case("Site visit", RED, "Closed. " + RED)], rules=RULES_ONLY)
    beh = [s for s in found if s.indicator == "BEH-02"]
    assert [s.observed_at for s in beh] == [OPENED]
    # Only the opening sentence is quoted: the comment did not exist yet.
    assert [e.quote for e in beh[0].evidence] == [RED]


def test_a_case_closed_the_day_it_opened_or_without_a_date_keeps_its_own_date() -> None:
    same_day = _case("Login help", ROUTINE, RED, closed="2016-03-01")
    undated = _case("Login help", ROUTINE, RED, closed="")
    for case in (same_day, undated):
        assert closing_start(case) is None
        found = detect_relationship([case], rules=RULES_ONLY)
        assert {s.observed_at for s in found if s.indicator == "BEH-02"} == {OPENED}


def test_closed_escalation_is_dated_by_the_closing() -> None:
    case = _case("Concern", "Caller worried about minors at the site.", "Closed, no action.")
    found = [s for s in detect_relationship([case], rules=RULES_ONLY) if s.indicator == "REL-09"]
    assert [s.observed_at for s in found] == [CLOSED]


class _Keyword:
    """A stand-in model: 0.9 for text naming passports, 0.05 otherwise."""

    version = "test"

    def __init__(self) -> None:
        self.meta: dict[str, Any] = {"emit_threshold": 0.4}

    def scores(self, texts: Sequence[str], kinds: Sequence[str] = ()) -> Any:
        return np.array([0.9 if "passports" in t else 0.05 for t in texts])


def _model_signals(case: Record) -> list[Any]:
    found = detect_relationship([case], model=_Keyword())  # type: ignore[arg-type]
    return [s for s in found if s.indicator == "REL-12"]


def test_the_model_reads_a_case_whole_from_its_closing() -> None:
    # The model reads the whole record, comment included: whole from the closing on.
    closed = _model_signals(_case("Login help", ROUTINE, RED))
    assert [s.observed_at for s in closed] == [CLOSED]
    assert any(RED in e.quote for e in closed[0].evidence)


def test_the_model_dates_a_case_without_a_later_closing_comment_by_the_case() -> None:
    no_comment = _case("Site visit", RED, "")
    same_day = _case("Site visit", RED, "Closed.", closed="2016-03-01")
    for case in (no_comment, same_day):
        assert [s.observed_at for s in _model_signals(case)] == [OPENED]
