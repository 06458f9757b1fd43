"""The Salesforce sync's high-water marks: per (org, object), the last record stored.

A mark is written in the transaction of the ingest batch that stores the records it
covers (:func:`set_mark` takes that batch's connection), so a crash never leaves a mark
ahead of its records, nor records behind a mark that was not moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select

from knowable.store import schema as t
from knowable.timeutil import as_utc, utcnow


@dataclass(frozen=True)
class Mark:
    """Where a sync of one object stands: the last (SystemModstamp, Id) stored, and up
    to when deletions were asked for."""

    org: str
    object: str
    mark: datetime | None
    mark_id: str | None
    checked_to: datetime | None = None


def get_mark(conn: Connection, org: str, obj: str) -> Mark | None:
    m = t.sync_marks.c
    row = conn.execute(select(t.sync_marks).where(m.org == org, m.object == obj)).one_or_none()
    if row is None:
        return None
    return Mark(
        row.org,
        row.object,
        as_utc(row.mark) if row.mark is not None else None,
        row.mark_id,
        as_utc(row.checked_to) if row.checked_to is not None else None,
    )


def all_marks(conn: Connection) -> list[Mark]:
    rows = conn.execute(select(t.sync_marks.c.org, t.sync_marks.c.object)).all()
    found = (get_mark(conn, r.org, r.object) for r in rows)
    return [m for m in found if m is not None]


def set_mark(
    conn: Connection,
    org: str,
    obj: str,
    mark: datetime | None,
    mark_id: str | None,
    batch_id: int | None,
    checked_to: datetime | None = None,
) -> None:
    """Move the mark of (org, object) in ``conn``'s transaction; ``checked_to`` records
    up to when the org was asked for deleted Ids (the start of a completed run)."""
    now = utcnow()
    m = t.sync_marks.c
    values = {
        "mark": as_utc(mark) if mark is not None else None,
        "mark_id": mark_id,
        "batch_id": batch_id,
        "updated_at": now,
        **({"checked_to": as_utc(checked_to)} if checked_to is not None else {}),
    }
    exists = conn.execute(select(m.org).where(m.org == org, m.object == obj)).one_or_none()
    if exists is None:
        conn.execute(t.sync_marks.insert().values(org=org, object=obj, **values))
    else:
        conn.execute(t.sync_marks.update().where(m.org == org, m.object == obj).values(**values))
