"""One CRM record read by both the relationship rules and the relationship model is one
piece of evidence: the assessment counts one method's reading of it, never both."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from knowable.assess.score import assess
from knowable.catalogue.policy import bundled_policy
from knowable.detect.relationship.detector import detect_relationship
from knowable.model import Record, Signal

DAY = datetime(2016, 5, 4, tzinfo=UTC)
AS_OF = datetime(2020, 12, 31, tzinfo=UTC)
# Fictional: read by the rules (documents held, debt, confinement) and by the model.
TEXT = (
    "Site visit: mgr holds the girls' passports and they owe a debt they must work off. "
    "They live in the back room and are not allowed to leave."
)


def _note(text: str, when: datetime = DAY) -> Record:
    return Record("crm", "Note", {"Body": text}, when, subject_key="acct-1", text=text)


def _by_method(signals: list[Signal]) -> dict[str, list[Signal]]:
    out: dict[str, list[Signal]] = {}
    for s in signals:
        out.setdefault(str(s.details["reading"]), []).append(s)
    return out


def test_both_methods_read_the_record_and_only_one_reading_counts() -> None:
    found = detect_relationship([_note(TEXT)])
    methods = _by_method(found)
    assert set(methods) == {"rules", "model"}
    assert len({s.details["reading_of"] for s in found}) == 1
    policy = bundled_policy()
    both = assess("acct-1", found, policy, AS_OF)
    counted = {c.signal_id for c in both.contributions if c.value > 0}
    counted_methods = {str(s.details["reading"]) for s in found if s.id in counted}
    assert len(counted_methods) == 1
    for s in methods[({"rules", "model"} - counted_methods).pop()]:
        note = next(c.note for c in both.contributions if c.signal_id == s.id)
        assert "counted once" in note
    # The score is the counted method's own score, and lower than the two readings
    # compounded as if they were two records.
    kept = assess("acct-1", methods[counted_methods.pop()], policy, AS_OF).score
    assert both.score == kept
    apart = [
        replace(s, details={**s.details, "reading_of": "record|another"})
        if s.details["reading"] == "model"
        else s
        for s in found
    ]
    assert both.score < assess("acct-1", apart, policy, AS_OF).score


def test_two_records_saying_the_same_count_twice() -> None:
    # The negative case: the same words in a second record (a later visit) are new
    # evidence, so both records count.
    later = datetime(2016, 9, 1, tzinfo=UTC)
    found = detect_relationship([_note(TEXT), _note(TEXT + " Second visit.", later)])
    a = assess("acct-1", found, bundled_policy(), AS_OF)
    counted = {c.signal_id for c in a.contributions if c.value > 0}
    records = {str(s.details["reading_of"]) for s in found if s.id in counted}
    assert len(records) == 2
