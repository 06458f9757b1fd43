"""The case queue's page of rows: cases joined with their customer's name and newest
assessment, filtered, searched by customer name and sorted by any column, in two
statements (the page and its count)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select

from knowable.cases import lifecycle as lc
from knowable.cases.repository import ACTIVE
from knowable.cases.rows import case_from_row
from knowable.cases.tables import cases
from knowable.store import Store
from knowable.store import schema as t

#: Sortable columns; "due" (overdue first, decided last) is the default order.
SORTS = ("due", "customer", "band", "score", "since", "age", "assignee", "state")
#: The assignee filter's special values besides a user name.
ANYONE, NOBODY = "", "nobody"


@dataclass(frozen=True, slots=True)
class QueueFilter:
    state: str | None = ACTIVE  # ACTIVE (not decided), a state, or None for any
    band: str | None = None
    assignee: str = ANYONE  # a user name, NOBODY, or ANYONE
    overdue: bool = False
    q: str | None = None  # a part of the customer's name, or its key


@dataclass(frozen=True, slots=True)
class QueueRow:
    case: lc.Case
    name: str


def queue_page(
    store: Store,
    filt: QueueFilter,
    sort: str,
    descending: bool,
    bands: tuple[str, ...],
    now: datetime,
    limit: int,
    offset: int,
) -> tuple[list[QueueRow], int]:
    """One page of the queue and the number of cases that match. ``bands`` lists the
    policy's bands from lowest to highest (the band column sorts by that rank)."""
    c, s, a = cases.c, t.subjects.c, t.assessments.c
    newest = select(a.subject_key, func.max(a.id).label("id")).group_by(a.subject_key).subquery()
    latest = (
        select(a.subject_key, a.score, a.knowable_since)
        .join(newest, newest.c.id == a.id)
        .subquery()
    )
    conds: list[ColumnElement[bool]] = []
    decided = lc.CaseState.DECIDED.value
    if filt.state == ACTIVE:
        conds.append(c.state != decided)
    elif filt.state:
        conds.append(c.state == filt.state)
    if filt.band:
        conds.append(c.band == filt.band)
    if filt.assignee == NOBODY:
        conds.append(c.assignee.is_(None))
    elif filt.assignee:
        conds.append(c.assignee == filt.assignee)
    if filt.overdue:
        conds.extend([c.state != decided, c.due_at < now])
    if filt.q:
        conds.append(or_(c.subject_key == filt.q, func.lower(s.name).like(f"%{filt.q.lower()}%")))
    base = (
        select(cases, s.name.label("subject_name"))
        .select_from(cases)
        .outerjoin(t.subjects, s.key == c.subject_key)
        .outerjoin(latest, latest.c.subject_key == c.subject_key)
        .where(and_(True, *conds))
    )
    rank = case({b: i for i, b in enumerate(bands)}, value=c.band, else_=-1)
    keys: dict[str, list[Any]] = {
        "customer": [func.lower(s.name)],
        "band": [rank],
        "score": [latest.c.score],
        "since": [latest.c.knowable_since],
        "age": [c.opened_at],
        "assignee": [c.assignee],
        "state": [c.state],
    }
    if sort in keys:
        # Missing values (no assessment, nobody assigned) go last either way.
        order = [k.is_(None) for k in keys[sort]] + [
            k.desc() if descending else k.asc() for k in keys[sort]
        ]
        # "age" ascending means youngest first: the newest opened_at first.
        if sort == "age":
            order = [c.opened_at.asc() if descending else c.opened_at.desc()]
    else:
        decided_last = (c.state == decided).cast(type_=c.reopen_count.type)
        order = [decided_last, c.due_at.desc() if descending else c.due_at.asc()]
    query = base.order_by(*order, c.subject_key).limit(limit).offset(offset)
    with store.read() as conn:
        rows = conn.execute(query).all()
        total = int(conn.execute(select(func.count()).select_from(base.subquery())).scalar_one())
    return [QueueRow(case_from_row(r), r.subject_name or r.subject_key) for r in rows], total
