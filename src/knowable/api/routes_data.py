"""Read-only routes over the evidence: subjects, records, signals, assessments."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from knowable.api import paging
from knowable.api.deps import Limit, Offset, Reader, ServicesDep
from knowable.api.errors import ERROR_RESPONSES
from knowable.api.schemas import AssessmentOut, Page, RecordOut, SignalOut, SubjectOut
from knowable.errors import InputError, NotFoundError
from knowable.model import Assessment
from knowable.store import Store
from knowable.timeutil import parse_as_of

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)
AsOf = Annotated[
    str | None,
    Query(max_length=40, description="Date or date-time; a date means the end of that day"),
]


def as_of_param(text: str | None) -> datetime | None:
    if text is None or not text.strip():
        return None
    when = parse_as_of(text)
    if when is None:
        raise InputError(f"not a date: {text!r}", field="as_of")
    return when


def assessment_history(store: Store, subject_key: str, as_of: datetime | None) -> list[Assessment]:
    """A subject's stored assessments, oldest first, none later than ``as_of``."""
    items = store.assessments(subject_key=subject_key, latest=False)
    kept = [a for a in items if as_of is None or a.as_of <= as_of]
    return sorted(kept, key=lambda a: a.as_of)


@router.get("/subjects", response_model=Page[SubjectOut], tags=["evidence"])
def list_subjects(
    svc: ServicesDep,
    _: Reader,
    limit: Limit = 50,
    offset: Offset = 0,
    q: Annotated[str | None, Query(max_length=200, description="Key or part of the name")] = None,
) -> Page[SubjectOut]:
    found, total = paging.subjects(svc.store, q, limit, offset)
    return Page(items=[SubjectOut.of(s) for s in found], total=total, limit=limit, offset=offset)


@router.get("/subjects/{key}", response_model=SubjectOut, tags=["evidence"])
def get_subject(key: str, svc: ServicesDep, _: Reader) -> SubjectOut:
    return SubjectOut.of(svc.store.subject(key))


@router.get("/records", response_model=Page[RecordOut], tags=["evidence"])
def list_records(
    svc: ServicesDep,
    _: Reader,
    limit: Limit = 50,
    offset: Offset = 0,
    subject_key: Annotated[str | None, Query(max_length=64)] = None,
    kind: Annotated[str | None, Query(max_length=32)] = None,
    source: Annotated[str | None, Query(max_length=64)] = None,
    as_of: AsOf = None,
) -> Page[RecordOut]:
    found, total = paging.records(
        svc.store,
        subject_key=subject_key,
        kind=kind,
        source=source,
        available_before=as_of_param(as_of),
        limit=limit,
        offset=offset,
    )
    return Page(items=[RecordOut.of(r) for r in found], total=total, limit=limit, offset=offset)


@router.get("/records/{record_id}", response_model=RecordOut, tags=["evidence"])
def get_record(record_id: str, svc: ServicesDep, _: Reader) -> RecordOut:
    return RecordOut.of(svc.store.record(record_id))


@router.get("/signals", response_model=Page[SignalOut], tags=["evidence"])
def list_signals(
    svc: ServicesDep,
    _: Reader,
    limit: Limit = 50,
    offset: Offset = 0,
    subject: Annotated[
        str | None, Query(max_length=64, description="the subject's key (CRM Id)")
    ] = None,
    subject_key: Annotated[
        str | None, Query(max_length=64, description="same as subject", deprecated=True)
    ] = None,
    indicator: Annotated[str | None, Query(max_length=16)] = None,
    as_of: AsOf = None,
) -> Page[SignalOut]:
    """Signals, filtered by subject, indicator and the date they were observed by."""
    if subject and subject_key and subject != subject_key:
        raise InputError("subject and subject_key name different subjects", field="subject")
    found, total = paging.signals(
        svc.store,
        subject_key=subject or subject_key,
        indicator=indicator,
        observed_before=as_of_param(as_of),
        limit=limit,
        offset=offset,
    )
    return Page(items=[SignalOut.of(s) for s in found], total=total, limit=limit, offset=offset)


@router.get("/assessments", response_model=Page[AssessmentOut], tags=["assessments"])
def list_assessments(
    svc: ServicesDep,
    _: Reader,
    limit: Limit = 50,
    offset: Offset = 0,
    as_of: AsOf = None,
    band: Annotated[str | None, Query(max_length=32)] = None,
) -> Page[AssessmentOut]:
    """Each subject's newest assessment made as of the date (default: now)."""
    found, total = paging.newest_assessments(svc.store, as_of_param(as_of), band, limit, offset)
    return Page(items=[AssessmentOut.of(a) for a in found], total=total, limit=limit, offset=offset)


@router.get("/subjects/{key}/assessment", response_model=AssessmentOut, tags=["assessments"])
def subject_assessment(key: str, svc: ServicesDep, _: Reader, as_of: AsOf = None) -> AssessmentOut:
    """The subject's assessment as of a date: the newest one made on or before it."""
    history = assessment_history(svc.store, key, as_of_param(as_of))
    if not history:
        svc.store.subject(key)  # 404 for an unknown subject
        raise NotFoundError(f"subject {key!r} has no assessment as of {as_of or 'now'}")
    return AssessmentOut.of(history[-1])


@router.get("/subjects/{key}/assessments", response_model=Page[AssessmentOut], tags=["assessments"])
def subject_assessments(
    key: str,
    svc: ServicesDep,
    _: Reader,
    limit: Limit = 50,
    offset: Offset = 0,
    as_of: AsOf = None,
) -> Page[AssessmentOut]:
    """The subject's score over time, oldest first."""
    history = assessment_history(svc.store, key, as_of_param(as_of))
    items = [AssessmentOut.of(a) for a in history[offset : offset + limit]]
    return Page(items=items, total=len(history), limit=limit, offset=offset)
