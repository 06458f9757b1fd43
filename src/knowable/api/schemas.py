"""What the API returns and accepts. Plain pydantic models built from the vocabulary."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

from knowable.auth.users import User
from knowable.cases.lifecycle import Case
from knowable.cases.repository import StoredEvent
from knowable.explain import explanation_json
from knowable.model import Assessment, AuditEvent, Evidence, Record, Signal, Subject

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list: the items, the total matching, and where the page starts."""

    items: list[T]
    total: int
    limit: int
    offset: int


class SubjectOut(BaseModel):
    key: str
    schema_: str = Field(alias="schema", serialization_alias="schema")
    name: str
    aliases: list[str]
    domains: list[str]
    countries: list[str]
    identifiers: list[str]
    parent_key: str | None
    source: str

    model_config = {"populate_by_name": True}

    @classmethod
    def of(cls, s: Subject) -> SubjectOut:
        return cls.model_validate(
            {
                "key": s.key,
                "schema": s.schema,
                "name": s.name,
                "aliases": list(s.aliases),
                "domains": list(s.domains),
                "countries": list(s.countries),
                "identifiers": list(s.identifiers),
                "parent_key": s.parent_key,
                "source": s.source,
            }
        )


class RecordOut(BaseModel):
    id: str
    source: str
    kind: str
    external_id: str | None
    subject_key: str | None
    available_at: datetime | None
    ingested_at: datetime | None
    origin: str | None
    text: str
    payload: dict[str, Any]

    @classmethod
    def of(cls, r: Record) -> RecordOut:
        return cls(
            id=r.id,
            source=r.source,
            kind=r.kind,
            external_id=r.external_id,
            subject_key=r.subject_key,
            available_at=r.available_at,
            ingested_at=r.ingested_at,
            origin=r.origin,
            text=r.text,
            payload=dict(r.payload),
        )


class EvidenceOut(BaseModel):
    record_id: str
    quote: str
    start: int
    end: int
    field: str | None

    @classmethod
    def of(cls, e: Evidence) -> EvidenceOut:
        return cls(**e.as_dict())


class SignalOut(BaseModel):
    id: str
    subject_key: str
    indicator: str
    strength: float
    observed_at: datetime | None
    detector: str
    detector_version: str
    record_id: str | None
    evidence: list[EvidenceOut]
    details: dict[str, Any]
    #: Why the detector found it: summary, method, facts, features (see knowable.explain).
    explanation: dict[str, Any]

    @classmethod
    def of(cls, s: Signal) -> SignalOut:
        return cls(
            id=s.id,
            subject_key=s.subject_key,
            indicator=s.indicator,
            strength=s.strength,
            observed_at=s.observed_at,
            detector=s.detector,
            detector_version=s.detector_version,
            record_id=s.record_id,
            evidence=[EvidenceOut.of(e) for e in s.evidence],
            details=dict(s.details),
            explanation=explanation_json(s),
        )


class ContributionOut(BaseModel):
    signal_id: str
    indicator: str
    family: str
    weight: float
    value: float
    note: str


class AssessmentOut(BaseModel):
    subject_key: str
    as_of: datetime
    score: float
    band: str
    policy_version: str
    policy_hash: str
    knowable_since: datetime | None
    screened: bool
    contributions: list[ContributionOut]

    @classmethod
    def of(cls, a: Assessment) -> AssessmentOut:
        return cls(
            subject_key=a.subject_key,
            as_of=a.as_of,
            score=a.score,
            band=a.band,
            policy_version=a.policy_version,
            policy_hash=a.policy_hash,
            knowable_since=a.knowable_since,
            screened=a.screened,
            contributions=[
                ContributionOut(
                    signal_id=c.signal_id,
                    indicator=c.indicator,
                    family=c.family,
                    weight=c.weight,
                    value=c.value,
                    note=c.note,
                )
                for c in a.contributions
            ],
        )


class SnapshotItemOut(BaseModel):
    signal_id: str
    indicator: str
    strength: float


class CaseOut(BaseModel):
    id: str
    subject_key: str
    state: str
    severity: str
    band: str | None
    opened_at: datetime
    due_at: datetime
    overdue: bool
    updated_at: datetime
    assignee: str | None
    disposition: str | None
    decided_by: str | None
    decided_at: datetime | None
    reason: str | None
    evidence_hash: str | None
    evidence: list[SnapshotItemOut]
    reopen_count: int
    version: int
    #: The second person who approved a grave disposition (four eyes).
    approved_by: str | None = None
    approved_at: datetime | None = None

    @classmethod
    def of(cls, c: Case, now: datetime) -> CaseOut:
        return cls(
            id=c.id,
            subject_key=c.subject_key,
            state=c.state.value,
            severity=c.severity.value,
            band=c.band,
            opened_at=c.opened_at,
            due_at=c.due_at,
            overdue=c.overdue(now),
            updated_at=c.updated_at,
            assignee=c.assignee,
            disposition=c.disposition.value if c.disposition else None,
            decided_by=c.decided_by,
            decided_at=c.decided_at,
            reason=c.reason,
            evidence_hash=c.evidence_hash,
            evidence=[
                SnapshotItemOut(signal_id=i.signal_id, indicator=i.indicator, strength=i.strength)
                for i in c.evidence.items
            ],
            reopen_count=c.reopen_count,
            version=c.version,
            approved_by=c.approved_by,
            approved_at=c.approved_at,
        )


class CaseEventOut(BaseModel):
    id: int
    case_id: str
    kind: str
    actor: str
    at: datetime
    details: dict[str, Any]

    @classmethod
    def of(cls, e: StoredEvent) -> CaseEventOut:
        ev = e.event
        return cls(
            id=e.id,
            case_id=ev.case_id,
            kind=ev.kind,
            actor=ev.actor,
            at=ev.at,
            details=dict(ev.details),
        )


class AlertOut(BaseModel):
    id: str
    case_id: str
    subject_key: str
    kind: str
    severity: str
    band: str | None
    signal_id: str | None
    indicator: str | None
    detail: str
    opened_at: datetime
    suppressed: bool


class UserOut(BaseModel):
    id: int
    username: str
    role: str
    active: bool
    created_at: datetime
    pending_role: str | None = Field(
        default=None, description="A role waiting for a second admin's approval."
    )
    pending_by: str | None = None

    @classmethod
    def of(cls, u: User) -> UserOut:
        return cls(
            id=u.id,
            username=u.username,
            role=u.role.value,
            active=u.active,
            created_at=u.created_at,
            pending_role=u.pending_role.value if u.pending_role else None,
            pending_by=u.pending_by,
        )


class AuditEventOut(BaseModel):
    seq: int
    at: datetime
    actor: str
    action: str
    entity_type: str
    entity_id: str
    payload: dict[str, Any]
    prev_hash: str
    hash: str

    @classmethod
    def of(cls, e: AuditEvent) -> AuditEventOut:
        return cls(
            seq=e.seq,
            at=e.at,
            actor=e.actor,
            action=e.action,
            entity_type=e.entity_type,
            entity_id=e.entity_id,
            payload=dict(e.payload),
            prev_hash=e.prev_hash,
            hash=e.hash,
        )


class VerifyOut(BaseModel):
    ok: bool
    events: int
    rows_checked: int
    problems: list[str]


class MeOut(BaseModel):
    username: str
    role: str
    via: str
    permissions: list[str]


class TokenOut(BaseModel):
    token: str
    name: str
    user_id: int


class IngestOut(BaseModel):
    source: str
    files: list[str]
    summary: dict[str, Any]


class ScanOut(BaseModel):
    subjects: int
    cases_touched: list[str]


class TokenInfoOut(BaseModel):
    id: int
    name: str
    created_at: datetime
    revoked_at: datetime | None
    expires_at: datetime | None = None
    issued_by: str | None = None
