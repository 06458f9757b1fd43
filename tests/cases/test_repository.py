"""Cases in a real store: grouping, decisions, conflicts, events and the audit chain."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from knowable.auth.roles import Actor, Role
from knowable.cases.lifecycle import CaseState, Disposition
from knowable.cases.repository import CaseFilter, CaseRepository
from knowable.errors import ConflictError, ForbiddenError, NotFoundError
from knowable.model import Assessment, Signal
from knowable.store import Store

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
ANA = Actor("ana", Role.ANALYST)
REY = Actor("rey", Role.REVIEWER)


def sig(indicator: str, subject: str = "S1", record: str = "r1") -> Signal:
    return Signal(subject, indicator, 0.7, T0, "test", "1", record_id=record)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def test_assessment_opens_case_grave_signal_groups_into_it(store: Store) -> None:
    clock = Clock()
    repo = CaseRepository(store, clock)
    signals = [sig("AD-01")]
    case = repo.on_assessment(Assessment("S1", T0, 0.6, "review", "p", "h"), signals)
    assert case is not None and case.state == CaseState.OPEN
    clock.now = T0 + timedelta(hours=2)
    signals.append(sig("NEWS-01", record="r2"))
    again = repo.on_assessment(Assessment("S1", clock.now, 0.6, "review", "p", "h"), signals)
    assert again is not None and again.id == case.id
    assert again.severity.value == "grave"
    assert again.due_at == clock.now + timedelta(days=1)
    assert [a["kind"] for a in repo.alerts(case.id)] == ["band", "grave_signal"]
    # The same grave signal never alerts twice.
    repo.on_assessment(Assessment("S1", clock.now, 0.6, "review", "p", "h"), signals)
    assert len(repo.alerts(case.id)) == 2
    # No alert, no case.
    assert repo.on_assessment(Assessment("S2", T0, 0.1, "clear", "p", "h"), []) is None


def test_decision_is_stored_with_events_and_audit(store: Store) -> None:
    repo = CaseRepository(store, Clock())
    signals = [sig("AD-01")]
    case = repo.on_assessment(Assessment("S1", T0, 0.6, "review", "p", "h"), signals)
    assert case is not None
    with pytest.raises(ForbiddenError):
        repo.decide(case.id, Disposition.OFFBOARD, "trafficking venue per news", signals, ANA)
    repo.start_review(case.id, ANA)
    repo.comment(case.id, "checked the CRM notes", ANA)
    decided = repo.decide(case.id, Disposition.CLEARED, "namesake, other city", signals, REY)
    assert decided.state == CaseState.DECIDED and decided.decided_by == "rey"
    kinds = [e.event.kind for e in repo.events(case.id)]
    assert kinds == ["opened", "review_started", "commented", "decided"]
    actions = [e.action for e in store.audit_events()]
    assert actions[:4] == ["case.decided", "case.commented", "case.review_started", "case.opened"]
    assert store.verify_audit().ok
    # Cleared and unchanged: suppressed; changed evidence: reopened with the difference.
    assert repo.refresh(case.id, signals) is None
    reopened = repo.refresh(case.id, [*signals, sig("NEWS-02", record="r3")])
    assert reopened is not None and reopened.state == CaseState.OPEN
    last = repo.events(case.id)[-1].event
    assert last.kind == "reopened"
    assert [i["indicator"] for i in last.details["evidence_diff"]["added"]] == ["NEWS-02"]


def test_stale_version_is_a_conflict_and_writes_nothing(store: Store) -> None:
    repo = CaseRepository(store, Clock())
    case = repo.on_assessment(Assessment("S1", T0, 0.9, "escalate", "p", "h"), [])
    assert case is not None
    repo.assign(case.id, "rey", ANA, version=case.version)
    with pytest.raises(ConflictError):
        repo.decide(
            case.id, Disposition.CLEARED, "stale view of the case", [], REY, version=case.version
        )
    assert repo.case(case.id).state == CaseState.OPEN
    assert [e.event.kind for e in repo.events(case.id)] == ["opened", "assigned"]
    with pytest.raises(NotFoundError):
        repo.case("case-missing")


def test_queue_filters_and_overdue_first(store: Store) -> None:
    clock = Clock()
    repo = CaseRepository(store, clock)
    repo.on_assessment(Assessment("A", T0, 0.6, "review", "p", "h"), [])
    clock.now = T0 + timedelta(days=1)
    repo.on_assessment(Assessment("B", clock.now, 0.9, "escalate", "p", "h"), [])
    clock.now = T0 + timedelta(days=8)  # A (due T0+7d) and B (due T0+3d) overdue
    repo.on_assessment(Assessment("C", clock.now, 0.9, "escalate", "p", "h"), [])
    cases, total = repo.cases(CaseFilter())
    assert total == 3 and [c.subject_key for c in cases] == ["B", "A", "C"]
    overdue, n = repo.cases(CaseFilter(overdue=True))
    assert n == 2 and {c.subject_key for c in overdue} == {"A", "B"}
    assert repo.cases(CaseFilter(band="escalate"))[1] == 2
    page, total = repo.cases(CaseFilter(), limit=1, offset=1)
    assert total == 3 and [c.subject_key for c in page] == ["A"]


def test_scan_alerts_on_grave_signal_without_assessment_and_is_idempotent(store: Store) -> None:
    from knowable.jobs.cases import scan

    repo = CaseRepository(store, Clock())
    with store.screening_run(kind="t", actor="t") as run:
        run.add_signals([sig("NEWS-08", subject="W1"), sig("AD-02", subject="W2")])
    first = scan(store, repo, "t")
    assert first.subjects == 1 and len(first.cases_touched) == 1
    case = repo.case_for_subject("W1")
    assert case is not None and case.severity.value == "grave"
    assert repo.case_for_subject("W2") is None  # an ordinary signal alone opens nothing
    again = scan(store, repo, "t")
    assert again.cases_touched == ()
    assert [e.event.kind for e in repo.events(case.id)] == ["opened"]


def test_concurrent_alerts_open_one_case_and_decisions_do_not_double(store: Store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    repo = CaseRepository(store, Clock())
    signals = [sig("NEWS-01", subject="R1")]
    assessment = Assessment("R1", T0, 0.9, "escalate", "p", "h")
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda _: repo.on_assessment(assessment, signals), range(8)))
    case = repo.case_for_subject("R1")
    assert case is not None
    assert len(repo.alerts(case.id)) == 2  # the band entry and the grave signal, once each

    def decide(i: int) -> str:
        try:
            edd = Disposition.ENHANCED_DUE_DILIGENCE
            repo.decide(case.id, edd, f"decision number {i}", signals, REY)
        except ConflictError:
            return "conflict"
        return "decided"

    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(decide, range(8)))
    assert outcomes.count("decided") == 1 and outcomes.count("conflict") == 7
    kinds = [e.event.kind for e in repo.events(case.id)]
    assert kinds.count("opened") == 1 and kinds.count("decided") == 1
    assert store.verify_audit().ok
