"""The case lifecycle as pure functions: every transition returns the new case and the
events that record it. Nothing here touches the store; the repository persists both in one
transaction, so a case never changes without its event.

States: ``open`` -> ``in_review`` -> ``decided``; a decided case can be reopened (by a
person with a reason, or by the evidence changing). A decision needs a person allowed to
make it, a written reason, and the evidence snapshot it was made on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from knowable.auth.roles import Actor, Permission
from knowable.cases.alerts import DUE_AFTER, SEVERITY_RANK, Alert, Severity, more_urgent
from knowable.cases.evidence import EvidenceSnapshot, diff
from knowable.cases.states import CaseState as CaseState
from knowable.cases.states import Disposition as Disposition
from knowable.errors import ConflictError, ForbiddenError, InputError
from knowable.hashing import content_hash

MIN_REASON_CHARS = 10
SYSTEM = "system"


#: Dispositions only a reviewer may decide.
GRAVE_DISPOSITIONS = frozenset({Disposition.OFFBOARD, Disposition.REPORT_TO_AUTHORITIES})


def case_id_for(subject_key: str) -> str:
    """One case per subject: the id follows from the subject key."""
    return "case-" + content_hash({"case": subject_key})[:20]


@dataclass(frozen=True, slots=True)
class Case:
    """A subject's case: its alerts' urgency, who works it, and what was decided."""

    id: str
    subject_key: str
    state: CaseState
    severity: Severity
    opened_at: datetime
    due_at: datetime
    updated_at: datetime
    band: str | None = None
    assignee: str | None = None
    disposition: Disposition | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    reason: str | None = None
    evidence: EvidenceSnapshot = field(default_factory=lambda: EvidenceSnapshot(()))
    evidence_hash: str | None = None
    reopen_count: int = 0
    version: int = 1
    approved_by: str | None = None
    approved_at: datetime | None = None

    def overdue(self, now: datetime) -> bool:
        return self.state != CaseState.DECIDED and self.due_at < now

    @property
    def suppressed(self) -> bool:
        """A cleared case stays quiet until the evidence it was cleared on changes."""
        return self.state == CaseState.DECIDED and self.disposition == Disposition.CLEARED


@dataclass(frozen=True, slots=True)
class CaseEvent:
    """One recorded step of a case: opened, alert added, assigned, commented, decided..."""

    case_id: str
    kind: str
    actor: str
    at: datetime
    details: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Transition:
    case: Case
    events: tuple[CaseEvent, ...]


def _event(case: Case, kind: str, actor: str, at: datetime, **details: Any) -> CaseEvent:
    return CaseEvent(case.id, kind, actor, at, details)


def _bump(case: Case, now: datetime, **changes: Any) -> Case:
    return replace(case, updated_at=now, version=case.version + 1, **changes)


def _alert_details(alert: Alert) -> dict[str, Any]:
    return {
        "alert_id": alert.id,
        "alert_kind": alert.kind,
        "severity": alert.severity.value,
        "band": alert.band,
        "signal_id": alert.signal_id,
        "indicator": alert.indicator,
        "detail": alert.detail,
    }


def open_case(alert: Alert, evidence: EvidenceSnapshot, now: datetime) -> Transition:
    """A new case for the alert's subject, due by the alert's severity."""
    case = Case(
        id=case_id_for(alert.subject_key),
        subject_key=alert.subject_key,
        state=CaseState.OPEN,
        severity=alert.severity,
        opened_at=now,
        due_at=now + DUE_AFTER[alert.severity],
        updated_at=now,
        band=alert.band,
        evidence=evidence,
    )
    return Transition(case, (_event(case, "opened", SYSTEM, now, **_alert_details(alert)),))


def _reopen(
    case: Case, actor: str, now: datetime, severity: Severity, **details: Any
) -> Transition:
    reopened = _bump(
        case,
        now,
        state=CaseState.OPEN,
        severity=severity,
        due_at=now + DUE_AFTER[severity],
        disposition=None,
        decided_by=None,
        decided_at=None,
        reason=None,
        reopen_count=case.reopen_count + 1,
    )
    return Transition(reopened, (_event(case, "reopened", actor, now, **details),))


def add_alert(case: Case, alert: Alert, evidence: EvidenceSnapshot, now: datetime) -> Transition:
    """Group a new alert into the subject's case.

    An open case takes the more urgent severity and the earlier due date. A decided case
    reopens, except a cleared one whose evidence has not changed: that alert is suppressed,
    and recorded as such (nothing is dropped silently).
    """
    details = _alert_details(alert)
    if case.state == CaseState.DECIDED:
        if case.suppressed and evidence.hash == case.evidence_hash:
            kept = _bump(case, now, band=alert.band or case.band)
            return Transition(kept, (_event(case, "alert_suppressed", SYSTEM, now, **details),))
        change = diff(case.evidence, evidence).as_dict()
        reopened = _reopen(
            case,
            SYSTEM,
            now,
            alert.severity,
            reason="new alert after decision",
            previous_disposition=case.disposition.value if case.disposition else None,
            evidence_diff=change,
            **details,
        )
        band = alert.band or case.band
        return Transition(replace(reopened.case, evidence=evidence, band=band), reopened.events)
    severity = more_urgent(case.severity, alert.severity)
    due_at = min(case.due_at, now + DUE_AFTER[alert.severity])
    band = alert.band or case.band
    updated = _bump(case, now, severity=severity, due_at=due_at, evidence=evidence, band=band)
    return Transition(updated, (_event(case, "alert_added", SYSTEM, now, **details),))


def note_band(case: Case, band: str, now: datetime) -> Transition | None:
    """Record the subject's latest assessment band on its case when it changed (the last
    band the case system has seen, against which the next band entry is judged); None when
    it is the same. The case's state, severity and due date stay as they are."""
    if case.band == band:
        return None
    updated = _bump(case, now, band=band)
    return Transition(
        updated, (_event(case, "band_changed", SYSTEM, now, before=case.band, after=band),)
    )


def refresh_evidence(case: Case, evidence: EvidenceSnapshot, now: datetime) -> Transition | None:
    """Reopen a cleared case whose evidence changed, showing the difference; else None."""
    if not case.suppressed or evidence.hash == case.evidence_hash:
        return None
    change = diff(case.evidence, evidence)
    reopened = _reopen(
        case,
        SYSTEM,
        now,
        case.severity,
        reason="evidence changed since it was cleared",
        previous_disposition=Disposition.CLEARED.value,
        evidence_diff=change.as_dict(),
    )
    return Transition(replace(reopened.case, evidence=evidence), reopened.events)


def _require_open(case: Case, action: str) -> None:
    if case.state == CaseState.DECIDED:
        raise ConflictError(f"case {case.id} is decided; reopen it before you {action}")
    if case.state == CaseState.AWAITING_APPROVAL:
        raise ConflictError(
            f"case {case.id} awaits a second person's approval; approve or refuse it before "
            f"you {action}"
        )


def start_review(case: Case, actor: Actor, now: datetime) -> Transition:
    """Move an open case into review; the reviewer becomes the assignee when none is set."""
    actor.require(Permission.WORK_CASES)
    if case.state != CaseState.OPEN:
        raise ConflictError(f"case {case.id} is {case.state.value}, not open")
    updated = _bump(case, now, state=CaseState.IN_REVIEW, assignee=case.assignee or actor.username)
    return Transition(updated, (_event(case, "review_started", actor.username, now),))


def assign(case: Case, assignee: str | None, actor: Actor, now: datetime) -> Transition:
    """Give the case to ``assignee`` (None unassigns); the change is recorded."""
    actor.require(Permission.WORK_CASES)
    _require_open(case, "reassign it")
    updated = _bump(case, now, assignee=assignee)
    event = _event(case, "assigned", actor.username, now, before=case.assignee, after=assignee)
    return Transition(updated, (event,))


def comment(case: Case, text: str, actor: Actor, now: datetime) -> Transition:
    """Add a comment; allowed in every state, because notes after a decision matter too."""
    actor.require(Permission.WORK_CASES)
    body = text.strip()
    if not body:
        raise InputError("a comment cannot be empty", field="text")
    return Transition(
        _bump(case, now), (_event(case, "commented", actor.username, now, text=body),)
    )


def decide(
    case: Case,
    disposition: Disposition,
    reason: str,
    evidence: EvidenceSnapshot,
    actor: Actor,
    now: datetime,
) -> Transition:
    """Record a disposition with the person, the reason and the evidence it rests on."""
    actor.require(Permission.WORK_CASES)
    actor.require(
        Permission.DECIDE_GRAVE if disposition in GRAVE_DISPOSITIONS else Permission.DECIDE_ROUTINE
    )
    if case.state == CaseState.DECIDED:
        raise ConflictError(f"case {case.id} is already decided ({case.disposition})")
    if case.state == CaseState.AWAITING_APPROVAL:
        raise ConflictError(
            f"case {case.id} already awaits approval of {case.disposition}; approve or refuse it"
        )
    text = reason.strip()
    if len(text) < MIN_REASON_CHARS:
        raise InputError(
            f"a decision needs a written reason of at least {MIN_REASON_CHARS} characters",
            field="reason",
        )
    grave = disposition in GRAVE_DISPOSITIONS
    updated = _bump(
        case,
        now,
        state=CaseState.AWAITING_APPROVAL if grave else CaseState.DECIDED,
        disposition=disposition,
        decided_by=actor.username,
        decided_at=now,
        reason=text,
        evidence=evidence,
        evidence_hash=evidence.hash,
        approved_by=None,
        approved_at=None,
    )
    event = _event(
        case,
        "proposed" if grave else "decided",
        actor.username,
        now,
        disposition=disposition.value,
        reason=text,
        evidence_hash=evidence.hash,
        signals=len(evidence.items),
    )
    return Transition(updated, (event,))


def approve(case: Case, actor: Actor, now: datetime, note: str = "") -> Transition:
    """A second person approves the proposed grave disposition: the case is decided.

    Four eyes: the approver needs the right to decide grave dispositions and must not be
    the person who proposed it.
    """
    actor.require(Permission.WORK_CASES)
    actor.require(Permission.DECIDE_GRAVE)
    if case.state != CaseState.AWAITING_APPROVAL:
        raise ConflictError(f"case {case.id} is {case.state.value}, not awaiting approval")
    if actor.username == case.decided_by:
        raise ForbiddenError("four eyes: a second person must approve the disposition you proposed")
    updated = _bump(case, now, state=CaseState.DECIDED, approved_by=actor.username, approved_at=now)
    event = _event(
        case,
        "decided",
        actor.username,
        now,
        disposition=case.disposition.value if case.disposition else None,
        proposed_by=case.decided_by,
        reason=case.reason,
        note=note.strip(),
        evidence_hash=case.evidence_hash,
        signals=len(case.evidence.items),
    )
    return Transition(updated, (event,))


def refuse(case: Case, reason: str, actor: Actor, now: datetime) -> Transition:
    """A second person refuses the proposed grave disposition; the case goes back to review."""
    actor.require(Permission.WORK_CASES)
    actor.require(Permission.DECIDE_GRAVE)
    if case.state != CaseState.AWAITING_APPROVAL:
        raise ConflictError(f"case {case.id} is {case.state.value}, not awaiting approval")
    if actor.username == case.decided_by:
        raise ForbiddenError("four eyes: a second person must decide on your proposal")
    text = reason.strip()
    if not text:
        raise InputError("refusing a proposal needs a reason", field="reason")
    proposed = case.disposition.value if case.disposition else None
    updated = _bump(
        case,
        now,
        state=CaseState.IN_REVIEW,
        disposition=None,
        decided_by=None,
        decided_at=None,
        reason=None,
    )
    event = _event(case, "proposal_refused", actor.username, now, disposition=proposed, reason=text)
    return Transition(updated, (event,))


def reopen(case: Case, reason: str, actor: Actor, now: datetime) -> Transition:
    """A person reopens a decided case, saying why."""
    actor.require(Permission.WORK_CASES)
    if case.state != CaseState.DECIDED:
        raise ConflictError(f"case {case.id} is not decided")
    text = reason.strip()
    if not text:
        raise InputError("reopening needs a reason", field="reason")
    return _reopen(
        case,
        actor.username,
        now,
        case.severity,
        reason=text,
        previous_disposition=case.disposition.value if case.disposition else None,
    )


def queue_order(cases: Iterable[Case], now: datetime) -> list[Case]:
    """Cases to work: overdue first, then by due date, severity and subject."""

    def key(case: Case) -> tuple[int, int, datetime, int, str]:
        return (
            case.state == CaseState.DECIDED,
            not case.overdue(now),
            case.due_at,
            SEVERITY_RANK[case.severity],
            case.subject_key,
        )

    return sorted(cases, key=key)
