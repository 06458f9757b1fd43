"""The cases scan over a real store: which customers get a case, and whose case it is."""

from __future__ import annotations

from datetime import UTC, datetime

from knowable.auth.roles import Actor, Role
from knowable.cases.lifecycle import CaseState, Disposition
from knowable.cases.members import case_signals
from knowable.cases.repository import CaseFilter, CaseRepository
from knowable.jobs.cases import scan
from knowable.model import Assessment, Signal, Subject
from knowable.store import Store

T2018 = datetime(2018, 6, 30, tzinfo=UTC)
TODAY = datetime(2026, 1, 5, tzinfo=UTC)
REY = Actor("rey", Role.REVIEWER)


def clock() -> datetime:
    return TODAY


def subjects(store: Store, *items: Subject) -> None:
    with store.ingest_batch(source="crm", path="t", actor="t") as batch:
        for item in items:
            batch.add_subject(item)


def test_customer_in_review_after_escalate_gets_a_case(store: Store) -> None:
    """Defect: a customer in band review today, escalate as of 2018, got no case, because
    the scan compared the two newest assessments and escalate -> review is not an entry.
    Band entry is judged against the last band the case system saw (none here)."""
    subjects(store, Subject("H1", "Company", "Harbor Staffing"), Subject("Q1", "Company", "Q"))
    store.add_assessments(
        [
            Assessment("H1", T2018, 0.9, "escalate", "p", "h"),
            Assessment("Q1", T2018, 0.7, "review", "p", "h"),
        ]
    )
    store.add_assessments(
        [
            Assessment("H1", TODAY, 0.6, "review", "p", "h"),
            Assessment("Q1", TODAY, 0.1, "clear", "p", "h"),
        ]
    )
    repo = CaseRepository(store, clock)
    scan(store, repo, "t")
    case = repo.case_for_subject("H1")
    assert case is not None and case.state == CaseState.OPEN
    assert case.band == "review" and case.severity.value == "review"
    assert repo.case_for_subject("Q1") is None  # clear now: nothing to review
    assert scan(store, repo, "t").cases_touched == ()  # idempotent
    # Back up to escalate: entering a higher band than the case last saw alerts again.
    store.add_assessments(
        [Assessment("H1", datetime(2026, 2, 1, tzinfo=UTC), 0.9, "escalate", "p", "h")]
    )
    scan(store, repo, "t")
    case = repo.case_for_subject("H1")
    assert case is not None and case.band == "escalate" and case.severity.value == "escalate"
    assert [a["band"] for a in repo.alerts(case.id)] == ["review", "escalate"]


def test_person_signals_open_the_customers_case_naming_the_person(store: Store) -> None:
    """Defect: a Person subject whose parent_key is a customer got a case of its own for
    grave media signals about them. Cases are one per customer: the alert goes to the
    customer's case and names the person; the case band is the customer's latest band."""
    subjects(
        store,
        Subject("ACC", "Company", "ListLoop"),
        Subject("P1", "Person", "Gordon Pell", parent_key="ACC"),
        Subject("LONE", "Person", "Loner Person"),
    )
    grave = Signal("P1", "NEWS-01", 0.9, T2018, "media", "1", record_id="r1")
    lone = Signal("LONE", "NEWS-01", 0.9, T2018, "media", "1", record_id="r2")
    with store.screening_run(kind="t", actor="t") as run:
        run.add_signals([grave, lone, Signal("ACC", "AD-01", 0.5, T2018, "ads", "1")])
    store.add_assessments([Assessment("ACC", TODAY, 0.9, "escalate", "p", "h")])
    repo = CaseRepository(store, clock)
    scan(store, repo, "t")
    assert repo.case_for_subject("P1") is None
    case = repo.case_for_subject("ACC")
    assert case is not None and case.severity.value == "grave"
    assert case.band == "escalate"
    details = [a["detail"] for a in repo.alerts(case.id) if a["kind"] == "grave_signal"]
    assert len(details) == 1 and "Gordon Pell" in details[0]
    assert len(case.evidence.items) == 2  # the customer's signal and the person's
    # A person with no customer stored keeps their own case.
    assert repo.case_for_subject("LONE") is not None
    assert repo.cases(CaseFilter())[1] == 2
    assert scan(store, repo, "t").cases_touched == ()
    # A decision takes the same evidence (the customer's and its people's signals), so a
    # cleared case stays suppressed on the next scan.
    signals = case_signals(store, "ACC")
    assert {s.subject_key for s in signals} == {"ACC", "P1"}
    repo.decide(case.id, Disposition.CLEARED, "namesake, other company", signals, REY)
    assert scan(store, repo, "t").cases_touched == ()
    assert repo.case(case.id).state == CaseState.DECIDED


def test_grave_signal_case_shows_the_latest_assessment_band(store: Store) -> None:
    """Defect: a case opened by a grave signal showed no band ("–") in the queue although
    the customer's latest assessment was in review (it was in review in 2018 too, so the
    scan saw no band entry). The case band follows the latest assessment."""
    subjects(store, Subject("L1", "Company", "Lotus"))
    with store.screening_run(kind="t", actor="t") as run:
        run.add_signals([Signal("L1", "NEWS-01", 0.9, T2018, "media", "1", record_id="r")])
    store.add_assessments([Assessment("L1", T2018, 0.6, "review", "p", "h")])
    store.add_assessments([Assessment("L1", TODAY, 0.6, "review", "p", "h")])
    repo = CaseRepository(store, clock)
    scan(store, repo, "t")
    case = repo.case_for_subject("L1")
    assert case is not None and case.band == "review" and case.severity.value == "grave"
    later = datetime(2026, 3, 1, tzinfo=UTC)
    store.add_assessments([Assessment("L1", later, 0.2, "watch", "p", "h")])
    scan(store, repo, "t")
    case = repo.case_for_subject("L1")
    assert case is not None and case.band == "watch" and case.state == CaseState.OPEN
    assert repo.events(case.id)[-1].event.kind == "band_changed"
    assert scan(store, repo, "t").cases_touched == ()
