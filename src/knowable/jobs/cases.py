"""Turn stored assessments and signals into alerts and cases (the opening rules, applied).

For each customer its newest assessment is judged against the last band its case recorded
(none when it has no case), so a customer in ``review`` or ``escalate`` without a case gets
one; every customer with an assessment, a case or a grave signal (its own or one about its
people) has its signals checked for new grave ones; a cleared case whose evidence changed
is reopened. People tied to a customer share the customer's case. Running it twice changes
nothing the second time.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from knowable.cases.alerts import SEVERITY_RANK
from knowable.cases.lifecycle import Case
from knowable.cases.members import case_signals, membership
from knowable.cases.repository import CaseFilter, CaseRepository
from knowable.cases.states import CaseState
from knowable.catalogue import indicators
from knowable.model import Assessment
from knowable.store import Store


@dataclass(frozen=True, slots=True)
class ScanResult:
    subjects: int
    cases_touched: tuple[str, ...]
    #: Cases this scan opened, and open cases it made more urgent or reopened.
    opened: tuple[str, ...] = ()
    escalated: tuple[str, ...] = ()


def _escalated(before: Case, after: Case) -> bool:
    """True when ``after`` is more urgent than ``before``, or reopens a decided case."""
    if SEVERITY_RANK[after.severity] < SEVERITY_RANK[before.severity]:
        return True
    return before.state == CaseState.DECIDED and after.state != CaseState.DECIDED


def scan(
    store: Store, repo: CaseRepository, actor: str, subject_keys: Collection[str] | None = None
) -> ScanResult:
    """Apply the opening rules to everything stored; one audit event records the scan.

    ``subject_keys`` (a monitoring run) applies them only to the cases of those subjects.
    """
    members = membership(store.subjects())
    scope: set[str] | None = None
    if subject_keys is not None:  # these customers, and the people whose case is theirs
        scope = {members.case_subject(k) for k in subject_keys}
        scope |= {p for k in list(scope) for p in members.people.get(k, ())}
    latest: dict[str, Assessment] = {}
    # Newest run first; the latest as-of wins.
    for item in store.assessments(latest=False, subject_keys=scope):
        if item.subject_key not in latest or item.as_of > latest[item.subject_key].as_of:
            latest[item.subject_key] = item
    keys = set(latest)
    if scope is None:
        for indicator_id, spec in indicators().items():
            if spec.spec.grave:
                keys.update(s.subject_key for s in store.signals(indicator=indicator_id))
    else:  # whether they have grave signals is read with each one's signals below
        keys |= scope
    found, _ = repo.cases(CaseFilter(), limit=1_000_000)
    existing = {c.subject_key: c for c in found}  # one case per subject, read once
    keys.update(existing if scope is None else set(existing) & scope)
    keys = {members.case_subject(k) for k in keys}
    touched: list[str] = []
    opened: list[str] = []
    escalated: list[str] = []
    for subject_key in sorted(keys):
        before = existing.get(subject_key)
        signals = case_signals(store, subject_key, members)
        case = repo.on_evidence(subject_key, signals, latest.get(subject_key), members.names)
        if case is not None and (before is None or before.version != case.version):
            touched.append(case.id)
            if before is None:
                opened.append(case.id)
            elif _escalated(before, case):
                escalated.append(case.id)
    payload: dict[str, object] = {"subjects": len(keys), "cases_touched": touched}
    if opened or escalated:
        payload |= {"opened": opened, "escalated": escalated}
    entity = "all" if subject_keys is None else "subjects"
    store.append_audit(actor, "cases.scan", "cases", entity, payload)
    return ScanResult(len(keys), tuple(touched), tuple(opened), tuple(escalated))
