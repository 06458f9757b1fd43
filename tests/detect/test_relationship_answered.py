"""Rules 2026.12.26: a concern staff checked and cleared, with what they checked, stops
holding on the day it was cleared; someone's word in place of a check, a clearance with no
check, police action and a clearance months later answer nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.detector import detect_relationship
from knowable.model import Record, Signal

RULES_ONLY = relationship_rules().model_copy(update={"model": None})
KEY = "acct-answered"
ALLEGATION = (
    "Anon msg via report-ad: 'this salon is trafficking its workers, they live upstairs "
    "and never leave'."
)
CHECKED = (
    "Checked: state licenses for all 9 techs verified on the board site; staff paid W-2 "
    "via payroll provider; upstairs unit is the owner's own apt per lease. Cleared."
)


def _record(kind: str, text: str, day: datetime, **payload: str) -> Record:
    body = {"Description": text, **payload}
    return Record("crm", kind, body, day, subject_key=KEY, text=text)


def _renewal(day: datetime) -> Record:
    payload = {"Type": "Renewal", "StageName": "Closed Won", "Amount": "4200.00"}
    return Record("crm", "Opportunity", payload, day, subject_key=KEY, text="Renewal.")


def _signals(*records: Record) -> list[Signal]:
    return detect_relationship(list(records), rules=RULES_ONLY)


def _by_indicator(signals: list[Signal]) -> dict[str, Signal]:
    return {s.indicator: s for s in signals}


FEB_20 = datetime(2018, 2, 20, tzinfo=UTC)
FEB_27 = datetime(2018, 2, 27, tzinfo=UTC)
APR_4 = datetime(2018, 4, 4, tzinfo=UTC)


def test_a_checked_clearance_ends_the_concern_and_the_renewal_after_it_is_not_flagged() -> None:
    concern = _signals(_record("Case", ALLEGATION, FEB_20), _renewal(APR_4))
    assert "BEH-05" in _by_indicator(concern) and "REL-06" in _by_indicator(concern)
    answered = _signals(
        _record("Case", ALLEGATION, FEB_20), _record("Task", CHECKED, FEB_27), _renewal(APR_4)
    )
    found = _by_indicator(answered)
    assert found["BEH-05"].details["ended_at"] == FEB_27.isoformat()
    assert found["BEH-05"].explanation is not None
    assert "answered" in dict(found["BEH-05"].explanation.facts)
    assert "REL-06" not in found


def test_someones_word_in_place_of_a_check_answers_nothing() -> None:
    claimed = "Checked the volume. Owner says the workers are family. Cleared."
    found = _by_indicator(
        _signals(_record("Case", ALLEGATION, FEB_20), _record("Task", claimed, FEB_27))
    )
    assert "ended_at" not in found["BEH-05"].details


def test_a_clearance_with_no_check_answers_nothing() -> None:
    for text in ("No concerns.", "Annual exec check-in w/ owner. no concerns."):
        found = _by_indicator(
            _signals(_record("Case", ALLEGATION, FEB_20), _record("Event", text, FEB_27))
        )
        assert "ended_at" not in found["BEH-05"].details


def test_a_clearance_months_later_or_before_answers_nothing() -> None:
    late = datetime(2018, 8, 1, tzinfo=UTC)
    found = _by_indicator(
        _signals(_record("Case", ALLEGATION, FEB_20), _record("Task", CHECKED, late))
    )
    assert "ended_at" not in found["BEH-05"].details
    before = datetime(2018, 1, 2, tzinfo=UTC)
    found = _by_indicator(
        _signals(_record("Case", ALLEGATION, FEB_20), _record("Task", CHECKED, before))
    )
    assert "ended_at" not in found["BEH-05"].details


def test_police_action_is_not_answered_by_a_check() -> None:
    raid = "HSI raided the salon and arrested the owner for trafficking its workers."
    found = _by_indicator(_signals(_record("Case", raid, FEB_20), _record("Task", CHECKED, FEB_27)))
    assert "REL-13" in found and "ended_at" not in found["REL-13"].details


def _listing(ended_at: str | None) -> Signal:
    details = {"ended_at": ended_at} if ended_at else {}
    return Signal(KEY, "NEWS-08", 0.9, FEB_20, "watchlist", "1", details=details)


def test_a_flag_that_ended_before_the_renewal_is_not_renewed_after() -> None:
    open_flag = detect_relationship([_renewal(APR_4)], [_listing(None)], rules=RULES_ONLY)
    assert "REL-06" in _by_indicator(open_flag)
    later = detect_relationship(
        [_renewal(APR_4)], [_listing("2018-05-01T00:00:00+00:00")], rules=RULES_ONLY
    )
    assert "REL-06" in _by_indicator(later)
    ended = detect_relationship([_renewal(APR_4)], [_listing(FEB_27.isoformat())], rules=RULES_ONLY)
    assert "REL-06" not in _by_indicator(ended)
    # an end written without a zone is UTC, as the assessment reads it
    naive = detect_relationship(
        [_renewal(APR_4)], [_listing("2018-02-27T00:00:00")], rules=RULES_ONLY
    )
    assert "REL-06" not in _by_indicator(naive)
