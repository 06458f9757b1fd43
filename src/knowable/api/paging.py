"""Paged reads for the API: LIMIT/OFFSET and a COUNT in the database, so a list route never
loads a whole table (a store can hold millions of signals)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, and_, func, or_, select

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


def _page(
    store: Store,
    table: Table,
    conds: list[ColumnElement[bool]],
    order: list[Any],
    limit: int,
    offset: int,
) -> tuple[list[Any], int]:
    where = and_(True, *conds)
    query: Select[Any] = select(table).where(where).order_by(*order).limit(limit).offset(offset)
    with store.read() as conn:
        rows = [r._mapping for r in conn.execute(query)]
        total = int(conn.execute(select(func.count()).select_from(table).where(where)).scalar_one())
    return rows, total


def subjects(store: Store, q: str | None, limit: int, offset: int) -> tuple[list[Subject], int]:
    """Subjects by name then key; ``q`` matches the key exactly or a part of the name."""
    c = t.subjects.c
    conds: list[ColumnElement[bool]] = []
    if q:
        conds.append(or_(c.key == q, func.lower(c.name).like(f"%{q.lower()}%")))
    rows, total = _page(store, t.subjects, conds, [c.name, c.key], limit, offset)
    return [row_to_subject(r) for r in rows], total


def records(
    store: Store,
    *,
    subject_key: str | None,
    kind: str | None,
    source: str | None,
    available_before: datetime | None,
    limit: int,
    offset: int,
) -> tuple[list[Record], int]:
    """Records oldest first (undated last), as the store lists them."""
    c = t.records.c
    conds: list[ColumnElement[bool]] = []
    if subject_key is not None:
        conds.append(c.subject_key == subject_key)
    if kind is not None:
        conds.append(c.kind == kind)
    if source is not None:  # "news*" lists every news source, as the store does
        conds.append(
            c.source.like(source[:-1] + "%") if source.endswith("*") else c.source == source
        )
    if available_before is not None:
        conds.append(c.available_at <= as_utc(available_before))
    order = [c.available_at.is_(None), c.available_at, c.id]
    rows, total = _page(store, t.records, conds, order, limit, offset)
    return [row_to_record(r) for r in rows], total


def signals(
    store: Store,
    *,
    subject_key: str | None,
    indicator: str | None,
    observed_before: datetime | None,
    limit: int,
    offset: int,
) -> tuple[list[Signal], int]:
    """Signals by observation date, then id."""
    c = t.signals.c
    conds: list[ColumnElement[bool]] = []
    if subject_key is not None:
        conds.append(c.subject_key == subject_key)
    if indicator is not None:
        conds.append(c.indicator == indicator)
    if observed_before is not None:
        conds.append(c.observed_at <= as_utc(observed_before))
    rows, total = _page(store, t.signals, conds, [c.observed_at, c.id], limit, offset)
    return [row_to_signal(r) for r in rows], total


def newest_assessments(
    store: Store, as_of: datetime | None, band: str | None, limit: int, offset: int
) -> tuple[list[Assessment], int]:
    """Each subject's newest assessment made as of ``as_of`` (latest ``as_of``, then the
    latest run), highest score first."""
    c = t.assessments.c
    ranked = select(
        t.assessments,
        func.row_number()
        .over(partition_by=c.subject_key, order_by=(c.as_of.desc(), c.id.desc()))
        .label("rank"),
    )
    if as_of is not None:
        ranked = ranked.where(c.as_of <= as_utc(as_of))
    inner = ranked.subquery()
    conds: list[ColumnElement[bool]] = [inner.c.rank == 1]
    if band:
        conds.append(inner.c.band == band)
    where = and_(*conds)
    query = (
        select(inner)
        .where(where)
        .order_by(inner.c.score.desc(), inner.c.subject_key)
        .limit(limit)
        .offset(offset)
    )
    with store.read() as conn:
        rows = [r._mapping for r in conn.execute(query)]
        total = int(conn.execute(select(func.count()).select_from(inner).where(where)).scalar_one())
    return [row_to_assessment(r) for r in rows], total


def subject_names(store: Store, keys: list[str]) -> dict[str, str]:
    """Names of the given subjects (for a page of cases)."""
    if not keys:
        return {}
    c = t.subjects.c
    with store.read() as conn:
        return {k: n for k, n in conn.execute(select(c.key, c.name).where(c.key.in_(keys)))}


def latest_assessments(store: Store, keys: list[str]) -> dict[str, Assessment]:
    """Each given subject's newest stored assessment (one query for a page of cases)."""
    if not keys:
        return {}
    a = t.assessments.c
    newest = (
        select(a.subject_key, func.max(a.id).label("id"))
        .where(a.subject_key.in_(keys))
        .group_by(a.subject_key)
        .subquery()
    )
    query = select(t.assessments).join(newest, newest.c.id == a.id)
    with store.read() as conn:
        found = [row_to_assessment(r._mapping) for r in conn.execute(query)]
    return {x.subject_key: x for x in found}


def signals_by_id(store: Store, ids: list[str]) -> dict[str, Signal]:
    """The signals with these ids (one query)."""
    if not ids:
        return {}
    with store.read() as conn:
        rows = conn.execute(select(t.signals).where(t.signals.c.id.in_(ids)))
        return {s.id: s for s in (row_to_signal(r._mapping) for r in rows)}


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One customer in the customers list: its newest assessment and last screening."""

    key: str
    name: str
    band: str | None
    score: float | None
    knowable_since: datetime | None
    screened_at: datetime | None


#: Customer list orders: by score (highest first, unassessed last) or by name.
CUSTOMER_ORDERS = ("score", "name")


def customers(
    store: Store,
    q: str | None,
    band: str | None,
    order: str,
    limit: int,
    offset: int,
) -> tuple[list[CustomerRow], int]:
    """Every customer (Company subjects) with its newest assessment and last screening.

    ``band`` filters on the newest assessment's band; ``not_screened`` lists the customers
    no screening has covered. One query for the page and one for the count.
    """
    s, a, sc = t.subjects.c, t.assessments.c, t.screened_subjects.c
    newest = select(a.subject_key, func.max(a.id).label("id")).group_by(a.subject_key).subquery()
    latest = (
        select(a.subject_key, a.band, a.score, a.knowable_since)
        .join(newest, newest.c.id == a.id)
        .subquery()
    )
    screened = (
        select(sc.subject_key, func.max(sc.screened_at).label("at"))
        .group_by(sc.subject_key)
        .subquery()
    )
    conds: list[ColumnElement[bool]] = [s.schema == "Company"]
    if q:
        conds.append(or_(s.key == q, func.lower(s.name).like(f"%{q.lower()}%")))
    if band == "not_screened":
        conds.append(screened.c.at.is_(None))
    elif band:
        conds.append(latest.c.band == band)
    base = (
        select(
            s.key,
            s.name,
            latest.c.band,
            latest.c.score,
            latest.c.knowable_since,
            screened.c.at,
        )
        .select_from(t.subjects)
        .outerjoin(latest, latest.c.subject_key == s.key)
        .outerjoin(screened, screened.c.subject_key == s.key)
        .where(and_(*conds))
    )
    if order == "name":
        ordered = base.order_by(s.name, s.key)
    else:
        ordered = base.order_by(latest.c.score.is_(None), latest.c.score.desc(), s.name, s.key)
    with store.read() as conn:
        rows = conn.execute(ordered.limit(limit).offset(offset)).all()
        total = int(conn.execute(select(func.count()).select_from(base.subquery())).scalar_one())
    return [
        CustomerRow(
            r[0],
            r[1],
            r[2],
            float(r[3]) if r[3] is not None else None,
            as_utc(r[4]) if r[4] is not None else None,
            as_utc(r[5]) if r[5] is not None else None,
        )
        for r in rows
    ], total
