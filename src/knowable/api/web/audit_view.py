"""The audit page: events read as sentences, filtered by customer, case, actor and action,
and exported (CSV or JSON lines) exactly as filtered."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from knowable.cases.tables import cases
from knowable.model import AuditEvent
from knowable.store import Store
from knowable.store import schema as t
from knowable.store.audit import ROWS_KEY
from knowable.timeutil import as_utc

#: Payload keys that are machinery (hashes of rows and digests), not what happened.
MACHINERY = frozenset({ROWS_KEY, "digest", "quarantine_digest", "alert_id", "version"})


@dataclass(frozen=True, slots=True)
class AuditFilter:
    customer: str = ""  # a customer's key, or a part of its name
    case: str = ""  # a case id
    actor: str = ""
    action: str = ""  # an action, or a prefix ending in "." (e.g. "case.")

    def active(self) -> bool:
        return any((self.customer, self.case, self.actor, self.action))


def _v(payload: Mapping[str, Any], key: str, default: str = "?") -> str:
    value = payload.get(key)
    return default if value is None or value == "" else str(value).replace("_", " ")


def describe(event: AuditEvent) -> str:
    """One sentence for an event; unknown actions fall back to their readable fields."""
    p, a, who = event.payload, event.action, event.entity_id
    sentences: dict[str, Callable[[], str]] = {
        "ingest": lambda: (
            f"Ingested {_v(p, 'stored', '0')} records from {_v(p, 'source')}"
            f" ({_v(p, 'duplicates', '0')} duplicates, {_v(p, 'quarantined', '0')} quarantined,"
            f" {_v(p, 'subjects_stored', '0')} new customers)"
        ),
        "screen": lambda: (
            f"Screening run {who} ({_v(p, 'kind')}): {_v(p, 'subjects_screened', '0')} subjects"
            f" screened, {_v(p, 'signals_new', '0')} new signals of {_v(p, 'signals_found', '0')}"
        ),
        "assess": lambda: f"Assessment run {who}: {_v(p, 'assessments', '0')} customers assessed",
        "cases.scan": lambda: (
            f"Case scan: {_v(p, 'subjects', '0')} customers,"
            f" {len(p.get('cases_touched') or [])} cases touched"
        ),
        "case.opened": lambda: f"Case opened: {_v(p, 'detail')} ({_v(p, 'severity')})",
        "case.alert_added": lambda: f"Alert added: {_v(p, 'detail')} ({_v(p, 'severity')})",
        "case.alert_suppressed": lambda: f"Alert suppressed: {_v(p, 'detail')}",
        "case.band_changed": lambda: f"Band changed from {_v(p, 'before')} to {_v(p, 'after')}",
        "case.review_started": lambda: "Taken into review",
        "case.assigned": lambda: (
            f"Assigned to {_v(p, 'after', 'nobody')} (was {_v(p, 'before', 'nobody')})"
        ),
        "case.commented": lambda: f"Comment: “{_v(p, 'text', '')}”",
        "case.proposed": lambda: (
            f"Proposed {_v(p, 'disposition')} (awaits a second person): {_v(p, 'reason', '')}"
        ),
        "case.decided": lambda: f"Decided {_v(p, 'disposition')}: {_v(p, 'reason', '')}",
        "case.approved": lambda: f"Approved {_v(p, 'disposition')}",
        "case.proposal_refused": lambda: (
            f"Refused the proposed {_v(p, 'disposition')}: {_v(p, 'reason', '')}"
        ),
        "case.reopened": lambda: f"Reopened: {_v(p, 'reason', 'the evidence changed')}",
        "case.export": lambda: "Case pack exported",
        "report": lambda: f"Dossier written ({_v(p, 'format')}, as of {_v(p, 'as_of')})",
        "login": lambda: f"{who} logged in",
        "login.failed": lambda: f"Failed login as {who}",
        "login.throttled": lambda: f"Login as {who} refused: too many failures",
        "user.add": lambda: f"User {who} added as {_v(p, 'role')}",
        "user.update": lambda: f"User {who} changed: " + _fields(p),
        "token.issue": lambda: f"API token “{_v(p, 'name')}” issued to {who}",
        "token.revoke": lambda: f"API token of {who} revoked",
        "audit.export": lambda: f"Audit events exported ({_v(p, 'format')}, {_v(p, 'events')})",
    }
    make = sentences.get(a)
    if make is not None:
        return make()
    rest = _fields(p)
    return a.replace(".", " ").replace("_", " ").capitalize() + (f": {rest}" if rest else "")


def _fields(payload: Mapping[str, Any]) -> str:
    """The readable fields of a payload, without hashes and digests."""
    shown = []
    for key, value in payload.items():
        if key in MACHINERY or value is None or value == "" or isinstance(value, dict | list):
            continue
        text = str(value)
        shown.append(f"{key.replace('_', ' ')} {text[:80] + '…' if len(text) > 80 else text}")
    return ", ".join(shown)


def _where(store: Store, filt: AuditFilter) -> ColumnElement[bool]:
    e = t.audit_events.c
    conds: list[ColumnElement[bool]] = []
    if filt.actor:
        conds.append(e.actor == filt.actor)
    if filt.action:
        if filt.action.endswith("."):
            conds.append(e.action.like(filt.action + "%"))
        else:
            conds.append(e.action == filt.action)
    if filt.case:
        conds.append(and_(e.entity_type == "case", e.entity_id == filt.case))
    if filt.customer:
        s = t.subjects.c
        text = filt.customer.strip()
        keys = select(s.key).where(or_(s.key == text, func.lower(s.name).like(f"%{text.lower()}%")))
        case_ids = select(cases.c.key).where(cases.c.subject_key.in_(keys))
        conds.append(
            or_(
                and_(e.entity_type == "subject", e.entity_id.in_(keys)),
                and_(e.entity_type == "case", e.entity_id.in_(case_ids)),
            )
        )
    return and_(True, *conds)


def _event(row: Any) -> AuditEvent:
    return AuditEvent(
        row.seq,
        as_utc(row.at),
        row.actor,
        row.action,
        row.entity_type,
        row.entity_id,
        dict(row.payload or {}),
        row.prev_hash,
        row.hash,
    )


def events(
    store: Store, filt: AuditFilter, limit: int, offset: int
) -> tuple[list[AuditEvent], int]:
    """One page of matching events, newest first, and how many match."""
    where = _where(store, filt)
    query: Select[Any] = (
        select(t.audit_events)
        .where(where)
        .order_by(t.audit_events.c.seq.desc())
        .limit(limit)
        .offset(offset)
    )
    with store.read() as conn:
        rows = [_event(r) for r in conn.execute(query)]
        total = int(
            conn.execute(select(func.count()).select_from(t.audit_events).where(where)).scalar_one()
        )
    return rows, total


def actions(store: Store) -> list[str]:
    """The actions the chain holds (for the filter's choices)."""
    with store.read() as conn:
        return sorted(conn.execute(select(t.audit_events.c.action).distinct()).scalars())


def all_events(store: Store, filt: AuditFilter, batch: int = 2000) -> Iterator[AuditEvent]:
    """Every matching event, oldest first, read ``batch`` at a time by sequence number (an
    export can be the whole chain; no connection stays open between batches)."""
    where = _where(store, filt)
    e = t.audit_events.c
    last = 0
    while True:
        query = select(t.audit_events).where(where, e.seq > last).order_by(e.seq).limit(batch)
        with store.read() as conn:
            found = [_event(r) for r in conn.execute(query)]
        yield from found
        if len(found) < batch:
            return
        last = found[-1].seq


#: Columns of the CSV export: the event as stored, with its sentence first.
EXPORT_COLUMNS = (
    "seq",
    "at",
    "actor",
    "action",
    "entity_type",
    "entity_id",
    "summary",
    "payload",
    "prev_hash",
    "hash",
)


def _record(event: AuditEvent) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "at": event.at.isoformat(),
        "actor": event.actor,
        "action": event.action,
        "entity_type": event.entity_type,
        "entity_id": event.entity_id,
        "summary": describe(event),
        "payload": dict(event.payload),
        "prev_hash": event.prev_hash,
        "hash": event.hash,
    }


def export_csv(found: Iterable[AuditEvent]) -> Iterator[str]:
    """CSV text in chunks: a header, then one row per event (payload as canonical JSON)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    for event in found:
        row = _record(event)
        row["payload"] = json.dumps(row["payload"], sort_keys=True, ensure_ascii=False)
        writer.writerow([row[c] for c in EXPORT_COLUMNS])
        if out.tell() > 64_000:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def export_jsonl(found: Iterable[AuditEvent]) -> Iterator[str]:
    """One JSON object per line, per event (the payload as stored)."""
    for event in found:
        yield json.dumps(_record(event), sort_keys=True, ensure_ascii=False) + "\n"
