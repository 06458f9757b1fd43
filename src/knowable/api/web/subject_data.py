"""Everything the subject page reads, in a handful of statements (no query per signal or
per record), on one connection: the subject with its people and parent and whether a
screening covered them; their signals; the records those signals quote plus the
customer's CRM records; the stored assessments; the case, its events and its alerts.

A content platform's customer can have hundreds of signals; reading each one's record
separately made the page issue about a hundred statements.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, or_, select

from knowable.cases import lifecycle as lc
from knowable.cases.repository import StoredEvent
from knowable.cases.rows import case_from_row
from knowable.cases.tables import alerts, case_events, cases
from knowable.errors import NotFoundError
from knowable.model import Assessment, Record, Signal, Subject
from knowable.store import Store
from knowable.store import schema as t
from knowable.store.convert import (
    row_to_assessment,
    row_to_record,
    row_to_signal,
    row_to_subject,
)
from knowable.timeutil import as_utc

#: Record ids per IN (...) list: well under SQLite's limit of bound parameters.
_CHUNK = 5000


@dataclass(frozen=True, slots=True)
class SubjectMaterial:
    subject: Subject
    parent: Subject | None
    people: dict[str, str]  # key -> name of the customer's people
    signals: list[Signal]  # its own and its people's, observed by ``as_of`` (undated kept)
    records: dict[str, Record]  # the records the signals quote, and the CRM records
    screened: bool
    history: list[Assessment]  # stored assessments made on or before ``as_of``, oldest first
    case: lc.Case | None
    events: list[StoredEvent]
    alerts: list[dict[str, Any]]


def load(store: Store, key: str, as_of: datetime | None) -> SubjectMaterial:
    """Read the subject page's material as of ``as_of`` (None: everything stored)."""
    s, g, r, a = t.subjects.c, t.signals.c, t.records.c, t.assessments.c
    parent_of = select(s.parent_key).where(s.key == key).scalar_subquery()
    cut = as_utc(as_of) if as_of is not None else None
    screened_one = exists().where(t.screened_subjects.c.subject_key == s.key)
    with store.read() as conn:
        rows = conn.execute(
            select(t.subjects, screened_one.label("covered")).where(
                or_(
                    s.key == key,
                    and_(s.parent_key == key, s.schema == "Person"),
                    s.key == parent_of,
                )
            )
        ).all()
        found = [row_to_subject(row._mapping) for row in rows]
        covered = {row.key for row in rows if row.covered}
        subject = next((x for x in found if x.key == key), None)
        if subject is None:
            raise NotFoundError(f"no subject with key {key!r}")
        parent = next((x for x in found if x.key == subject.parent_key), None)
        people = {
            x.key: x.name
            for x in found
            if x.key != key and x.parent_key == key and x.schema == "Person"
        }
        keys = [key, *sorted(people)]
        query = select(t.signals).where(g.subject_key.in_(keys))
        if cut is not None:
            query = query.where(or_(g.observed_at.is_(None), g.observed_at <= cut))
        signals = [
            row_to_signal(row._mapping) for row in conn.execute(query.order_by(g.observed_at, g.id))
        ]
        quoted = sorted(
            {e.record_id for x in signals for e in x.evidence}
            | {x.record_id for x in signals if x.record_id}
        )
        wanted = or_(
            r.subject_key.in_(keys),
            *(r.id.in_(quoted[i : i + _CHUNK]) for i in range(0, len(quoted), _CHUNK)),
        )
        records = {
            rec.id: rec
            for rec in (
                row_to_record(row._mapping) for row in conn.execute(select(t.records).where(wanted))
            )
        }
        screened = any(k in covered for k in keys)
        query_a = select(t.assessments).where(a.subject_key == key)
        if cut is not None:
            query_a = query_a.where(a.as_of <= cut)
        history = [
            row_to_assessment(row._mapping) for row in conn.execute(query_a.order_by(a.as_of, a.id))
        ]
        row = conn.execute(select(cases).where(cases.c.subject_key == key)).first()
        case = case_from_row(row) if row is not None else None
        events: list[StoredEvent] = []
        found_alerts: list[dict[str, Any]] = []
        if case is not None:
            e = case_events.c
            events = [
                StoredEvent(
                    r.id,
                    lc.CaseEvent(r.case_key, r.kind, r.actor, as_utc(r.at), dict(r.details or {})),
                )
                for r in conn.execute(
                    select(case_events).where(e.case_key == case.id).order_by(e.id)
                )
            ]
            found_alerts = [
                {**r._mapping, "opened_at": as_utc(r.opened_at)}
                for r in conn.execute(
                    select(alerts).where(alerts.c.case_key == case.id).order_by(alerts.c.opened_at)
                )
            ]
    return SubjectMaterial(
        subject, parent, people, signals, records, screened, history, case, events, found_alerts
    )
