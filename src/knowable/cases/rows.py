"""Mapping between Case objects and rows of the ``cases`` table."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row

from knowable.cases import lifecycle as lc
from knowable.cases.alerts import Severity
from knowable.cases.evidence import EvidenceSnapshot
from knowable.timeutil import as_utc


def case_from_row(row: Row[Any]) -> lc.Case:
    m = row._mapping
    return lc.Case(
        id=m["key"],
        subject_key=m["subject_key"],
        state=lc.CaseState(m["state"]),
        severity=Severity(m["severity"]),
        band=m["band"],
        opened_at=as_utc(m["opened_at"]),
        due_at=as_utc(m["due_at"]),
        updated_at=as_utc(m["updated_at"] or m["opened_at"]),
        assignee=m["assignee"],
        disposition=lc.Disposition(m["disposition"]) if m["disposition"] else None,
        decided_by=m["reviewer"],
        decided_at=as_utc(m["decided_at"]) if m["decided_at"] else None,
        reason=m["reason"],
        evidence=EvidenceSnapshot.from_list(m["evidence"] or []),
        evidence_hash=m["evidence_hash"],
        reopen_count=m["reopen_count"],
        version=m["version"],
        approved_by=m.get("approved_by"),
        approved_at=as_utc(m["approved_at"]) if m.get("approved_at") else None,
    )


def case_values(case: lc.Case, evidence: bool = True) -> dict[str, Any]:
    """The row of a case; without ``evidence`` the evidence column is left out (for a
    row hash that is given the evidence's JSON already)."""
    values: dict[str, Any] = {
        "key": case.id,
        "subject_key": case.subject_key,
        "state": case.state.value,
        "severity": case.severity.value,
        "band": case.band,
        "opened_at": case.opened_at,
        "due_at": case.due_at,
        "updated_at": case.updated_at,
        "assignee": case.assignee,
        "disposition": case.disposition.value if case.disposition else None,
        "reviewer": case.decided_by,
        "decided_at": case.decided_at,
        "reason": case.reason,
        "evidence_hash": case.evidence_hash,
        "reopen_count": case.reopen_count,
        "version": case.version,
        "approved_by": case.approved_by,
        "approved_at": case.approved_at,
    }
    if evidence:
        values["evidence"] = case.evidence.as_list()
    return values
