"""The case lifecycle: opening, grouping, deciding, suppression, reopening, ordering."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from knowable.auth.roles import Actor, Role
from knowable.cases.alerts import Severity, band_alert, grave_alerts
from knowable.cases.evidence import diff, snapshot
from knowable.cases.lifecycle import (
    CaseState,
    Disposition,
    add_alert,
    approve,
    assign,
    comment,
    decide,
    note_band,
    open_case,
    queue_order,
    refresh_evidence,
    refuse,
    reopen,
    start_review,
)
from knowable.errors import ConflictError, ForbiddenError, InputError
from knowable.model import Assessment, Signal

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
ANALYST = Actor("ana", Role.ANALYST)
REVIEWER = Actor("rey", Role.REVIEWER)
AUDITOR = Actor("aud", Role.AUDITOR)
ADMIN = Actor("adm", Role.ADMIN)


def sig(indicator: str, strength: float = 0.5, subject: str = "S1", record: str = "r1") -> Signal:
    return Signal(
        subject_key=subject,
        indicator=indicator,
        strength=strength,
        observed_at=T0,
        detector="test",
        detector_version="1",
        record_id=record,
    )


def assessment(band: str, subject: str = "S1", score: float = 0.6) -> Assessment:
    return Assessment(subject, T0, score, band, "p1", "h1")


def new_case(severity_band: str = "review"):  # type: ignore[no-untyped-def]
    alert = band_alert(None, assessment(severity_band))
    assert alert is not None
    return open_case(alert, snapshot([sig("AD-01")]), T0).case


@pytest.mark.parametrize(
    ("previous", "band", "opens"),
    [
        (None, "review", True),
        ("clear", "review", True),
        ("watch", "escalate", True),
        ("review", "escalate", True),
        ("review", "review", False),
        ("escalate", "review", False),
        ("clear", "watch", False),
        (None, "clear", False),
        (None, "not_screened", False),
    ],
)
def test_band_alert_opens_only_on_entering_a_review_band(
    previous: str | None, band: str, opens: bool
) -> None:
    assert (band_alert(previous, assessment(band)) is not None) is opens


def test_grave_signal_opens_alert_and_ordinary_or_known_does_not() -> None:
    grave = sig("NEWS-01")
    ordinary = sig("AD-02")
    alerts = grave_alerts([grave, ordinary], known_ids=[], now=T0)
    assert [a.signal_id for a in alerts] == [grave.id]
    assert alerts[0].severity == Severity.GRAVE
    assert alerts[0].due_at == T0 + timedelta(days=1)
    assert grave_alerts([grave], known_ids=[grave.id], now=T0) == []


def test_due_dates_by_severity() -> None:
    assert new_case("review").due_at == T0 + timedelta(days=7)
    assert new_case("escalate").due_at == T0 + timedelta(days=2)


def test_second_alert_groups_into_case_and_tightens_due_date() -> None:
    case = new_case("review")
    grave = grave_alerts([sig("NEWS-05")], [], T0 + timedelta(hours=1))[0]
    t = add_alert(case, grave, snapshot([sig("AD-01"), sig("NEWS-05")]), T0 + timedelta(hours=1))
    assert t.case.id == case.id
    assert t.case.severity == Severity.GRAVE
    assert t.case.due_at == T0 + timedelta(hours=25)
    assert [e.kind for e in t.events] == ["alert_added"]


def test_analyst_cannot_offboard_reviewer_can() -> None:
    case = new_case()
    ev = snapshot([sig("AD-01")])
    with pytest.raises(ForbiddenError):
        decide(case, Disposition.OFFBOARD, "clear evidence of trafficking", ev, ANALYST, T0)
    with pytest.raises(ForbiddenError):
        decide(case, Disposition.REPORT_TO_AUTHORITIES, "report this case", ev, ANALYST, T0)
    done = decide(case, Disposition.OFFBOARD, "clear evidence of trafficking", ev, REVIEWER, T0)
    assert done.case.state == CaseState.AWAITING_APPROVAL  # four eyes
    assert done.case.decided_by == "rey"
    assert done.case.evidence_hash == ev.hash
    assert done.events[0].kind == "proposed"
    assert done.events[0].details["disposition"] == "offboard"


def test_a_grave_decision_needs_a_second_reviewer() -> None:
    proposed = decide(
        new_case(), Disposition.OFFBOARD, "clear evidence", snapshot([sig("AD-01")]), REVIEWER, T0
    ).case
    with pytest.raises(ForbiddenError):
        approve(proposed, REVIEWER, T0)  # not the proposer
    with pytest.raises(ForbiddenError):
        approve(proposed, ANALYST, T0)  # not without the right to decide grave cases
    with pytest.raises(ConflictError):
        decide(proposed, Disposition.CLEARED, "changed my mind", snapshot([]), ANALYST, T0)
    second = Actor("sam", Role.REVIEWER, 9)
    done = approve(proposed, second, T0, note="agreed")
    assert done.case.state == CaseState.DECIDED and done.case.approved_by == "sam"
    assert done.events[0].kind == "decided" and done.events[0].details["proposed_by"] == "rey"
    with pytest.raises(ConflictError):
        approve(done.case, second, T0)


def test_a_refused_proposal_goes_back_to_review() -> None:
    proposed = decide(
        new_case(), Disposition.REPORT_TO_AUTHORITIES, "report it now", snapshot([]), REVIEWER, T0
    ).case
    second = Actor("sam", Role.REVIEWER, 9)
    with pytest.raises(InputError):
        refuse(proposed, "  ", second, T0)
    back = refuse(proposed, "the news was about a namesake", second, T0).case
    assert back.state == CaseState.IN_REVIEW and back.disposition is None
    routine = decide(back, Disposition.CLEARED, "namesake, cleared", snapshot([]), ANALYST, T0)
    assert routine.case.state == CaseState.DECIDED  # routine dispositions need no approval


@pytest.mark.parametrize("actor", [AUDITOR, ADMIN])
def test_auditor_and_admin_cannot_decide(actor: Actor) -> None:
    with pytest.raises(ForbiddenError):
        decide(new_case(), Disposition.CLEARED, "nothing of concern", snapshot([]), actor, T0)


def test_decision_needs_a_written_reason_and_cannot_repeat() -> None:
    case = new_case()
    with pytest.raises(InputError):
        decide(case, Disposition.CLEARED, "  ok ", snapshot([]), ANALYST, T0)
    done = decide(case, Disposition.CLEARED, "false positive: namesake", snapshot([]), ANALYST, T0)
    with pytest.raises(ConflictError):
        decide(done.case, Disposition.CLEARED, "false positive again", snapshot([]), ANALYST, T0)


def test_cleared_case_suppressed_until_evidence_changes_then_reopens_with_diff() -> None:
    case = new_case()
    first = snapshot([sig("AD-01"), sig("AD-02")])
    cleared = decide(case, Disposition.CLEARED, "namesake, different city", first, ANALYST, T0).case
    assert cleared.suppressed
    # Same evidence: a new alert is recorded as suppressed, the case stays decided.
    again = band_alert("clear", assessment("review"))
    assert again is not None
    t = add_alert(cleared, again, first, T0 + timedelta(days=1))
    assert t.case.state == CaseState.DECIDED
    assert [e.kind for e in t.events] == ["alert_suppressed"]
    assert refresh_evidence(cleared, first, T0) is None
    # Changed evidence: reopens, the difference is shown.
    changed = snapshot([sig("AD-01"), sig("NEWS-02")])
    r = refresh_evidence(cleared, changed, T0 + timedelta(days=2))
    assert r is not None
    assert r.case.state == CaseState.OPEN and r.case.reopen_count == 1
    delta = r.events[0].details["evidence_diff"]
    assert [i["indicator"] for i in delta["added"]] == ["NEWS-02"]
    assert [i["indicator"] for i in delta["removed"]] == ["AD-02"]


def test_strength_change_is_an_evidence_change() -> None:
    a = snapshot([sig("AD-01", 0.4)])
    b = snapshot([sig("AD-01", 0.4)])
    assert a.hash == b.hash
    # Signals with another strength have another id too, so this shows as added + removed.
    c = snapshot([sig("AD-01", 0.9)])
    assert a.hash != c.hash
    assert not diff(a, c).empty


def test_review_assign_comment_reopen_are_recorded() -> None:
    case = new_case()
    t1 = start_review(case, ANALYST, T0)
    assert t1.case.state == CaseState.IN_REVIEW and t1.case.assignee == "ana"
    t2 = assign(t1.case, "rey", ANALYST, T0)
    assert t2.events[0].details == {"before": "ana", "after": "rey"}
    t3 = comment(t2.case, "called the account manager", REVIEWER, T0)
    assert t3.events[0].details["text"] == "called the account manager"
    with pytest.raises(InputError):
        comment(t3.case, "   ", REVIEWER, T0)
    with pytest.raises(ForbiddenError):
        comment(t3.case, "auditors only read", AUDITOR, T0)
    done = decide(
        t3.case,
        Disposition.ENHANCED_DUE_DILIGENCE,
        "watch renewals closely",
        snapshot([]),
        REVIEWER,
        T0,
    )
    with pytest.raises(ConflictError):
        assign(done.case, "ana", REVIEWER, T0)
    with pytest.raises(InputError):
        reopen(done.case, " ", REVIEWER, T0)
    back = reopen(done.case, "new information from bank", REVIEWER, T0)
    assert back.case.state == CaseState.OPEN and back.case.disposition is None
    assert back.events[0].details["previous_disposition"] == "enhanced_due_diligence"
    assert back.case.version > case.version


def test_queue_lists_overdue_first() -> None:
    later = new_case("review")  # due T0+7d
    soon = open_case(
        grave_alerts([sig("NEWS-01", subject="S2")], [], T0 - timedelta(days=3))[0],
        snapshot([]),
        T0 - timedelta(days=3),
    ).case  # due T0-2d: overdue
    mid = open_case(band_alert(None, assessment("escalate", "S3")), snapshot([]), T0).case  # type: ignore[arg-type]
    order = queue_order([later, mid, soon], now=T0)
    assert [c.subject_key for c in order] == ["S2", "S3", "S1"]
    assert soon.overdue(T0) and not later.overdue(T0)


def test_note_band_records_a_changed_band_only() -> None:
    case = new_case("escalate")
    assert note_band(case, "escalate", T0) is None
    t = note_band(case, "review", T0 + timedelta(hours=1))
    assert t is not None and t.case.band == "review" and t.case.version == case.version + 1
    assert t.case.state == case.state and t.case.severity == case.severity
    assert t.case.due_at == case.due_at
    assert t.events[0].kind == "band_changed" and t.events[0].details == {
        "before": "escalate",
        "after": "review",
    }


def test_suppressed_alert_still_records_the_band_it_saw() -> None:
    ev = snapshot([sig("AD-01")])
    cleared = decide(new_case(), Disposition.CLEARED, "namesake, other city", ev, ANALYST, T0)
    up = band_alert(cleared.case.band, assessment("escalate"))
    assert up is not None
    t = add_alert(cleared.case, up, ev, T0 + timedelta(days=1))
    assert t.case.state == CaseState.DECIDED and t.events[0].kind == "alert_suppressed"
    assert t.case.band == "escalate"


def test_band_alert_prints_the_score_as_the_band_reads_it() -> None:
    # 0.495 is stored as 0.49499999...: Python's own rounding prints 0.49 beside "review".
    alert = band_alert(None, assessment("review", score=0.495))
    assert alert is not None
    assert alert.detail.startswith("score 0.50 entered band review")
