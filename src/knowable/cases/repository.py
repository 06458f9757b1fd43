"""Cases, alerts and case events in the store.

Every change runs in one transaction that writes the case row, its events and one audit
event, so a case never changes without a record of who changed it. Concurrent writers are
serialised per case by an optimistic version check: an update that finds the version
moved on fails with ConflictError and nothing is written (no lost or duplicated decision).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, and_, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from knowable import jcs
from knowable.auth.roles import Actor
from knowable.cases import lifecycle as lc
from knowable.cases.alerts import Alert, band_alert, grave_alerts
from knowable.cases.evidence import EvidenceSnapshot, snapshot
from knowable.cases.facts import SignalFacts
from knowable.cases.rows import case_from_row, case_values
from knowable.cases.storeport import StorePort
from knowable.cases.tables import alerts, case_events, cases
from knowable.errors import ConflictError, NotFoundError
from knowable.model import Assessment, Signal
from knowable.store.audit import ROWS_KEY, append_many
from knowable.store.driverrows import insert_many, set_many
from knowable.store.rowhash import new_row_hash, row_ref, seal
from knowable.timeutil import as_utc, utcnow


@dataclass(frozen=True, slots=True)
class StoredEvent:
    id: int
    event: lc.CaseEvent


#: A state filter meaning "not yet decided" (open or in review): the queue's default view.
ACTIVE = "active"


@dataclass(frozen=True, slots=True)
class CaseFilter:
    state: str | None = None
    band: str | None = None
    overdue: bool | None = None
    assignee: str | None = None
    subject_key: str | None = None


@dataclass(frozen=True, slots=True)
class NewCase:
    """What :meth:`CaseRepository.open_cases` needs to open one subject's case: its new
    alerts (in the order :meth:`CaseRepository.on_evidence` raises them), the signals the
    case rests on, and its latest assessment's band (None without one)."""

    subject_key: str
    alerts: tuple[Alert, ...]
    signals: tuple[SignalFacts, ...]
    band: str | None


def _plan_new_case(
    item: NewCase, stored: set[str], now: datetime
) -> tuple[lc.Case, list[tuple[lc.Transition, str | None]], list[dict[str, Any]]] | None:
    """The transitions :meth:`CaseRepository.on_evidence` would make for a subject with no
    case (each with the alert it stored), the case they end in, and the alert rows."""
    evidence = snapshot(item.signals)
    case: lc.Case | None = None
    steps: list[tuple[lc.Transition, str | None]] = []
    rows: list[dict[str, Any]] = []
    for alert in item.alerts:
        if alert.id in stored:
            continue
        t = (
            lc.open_case(alert, evidence, now)
            if case is None
            else lc.add_alert(case, alert, evidence, now)
        )
        suppressed = any(e.kind == "alert_suppressed" for e in t.events)
        rows.append(_alert_row(t.case.id, alert, suppressed))
        stored.add(alert.id)
        steps.append((t, alert.id))
        case = t.case
    if case is None:
        return None
    noted = lc.note_band(case, item.band, now) if item.band is not None else None
    if noted is not None:
        steps.append((noted, None))
        case = noted.case
    refreshed = lc.refresh_evidence(case, evidence, now)
    if refreshed is not None:
        steps.append((refreshed, None))
        case = refreshed.case
    return case, steps, rows


def _next_ids(conn: Connection, table: Table, n: int) -> list[int] | None:
    """On SQLite, the ids SQLite would give the next ``n`` rows of ``table``: one above
    the highest, in insertion order (an INTEGER PRIMARY KEY without AUTOINCREMENT, as the
    migrations create them; the write transaction holds the database's only write lock).
    The rows are then inserted with their ids and their row hashes in one pass. None on
    other databases, where a sequence numbers the rows."""
    if conn.dialect.name != "sqlite":
        return None
    before = int(conn.execute(select(func.max(table.c.id))).scalar() or 0)
    return list(range(before + 1, before + 1 + n))


def _insert_returning(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Insert case events on PostgreSQL; return their ids in the order of ``rows``
    (SQLAlchemy returns them in parameter order from one statement per batch)."""
    return [
        int(r[0])
        for r in conn.execute(
            insert(case_events).returning(case_events.c.id, sort_by_parameter_order=True), rows
        )
    ]


class _EvidenceTexts:
    """Case row hashes for one bulk opening: each evidence snapshot's canonical JSON is
    written once, though every step of a case (and the case as it ends up) is hashed
    with it; and a case object hashed twice (the case as it ends up is its last step's)
    is hashed once."""

    def __init__(self) -> None:
        self._texts: dict[int, tuple[EvidenceSnapshot, str]] = {}
        #: id(case) -> (the case, kept alive so the id stays its own; row id; hash).
        self._hashes: dict[int, tuple[lc.Case, int, str]] = {}

    def case_hash(self, case: lc.Case, values: Mapping[str, Any] | None, row_id: int) -> str:
        """``row_hash("cases", {**values, "id": row_id})``; ``values`` is
        ``case_values(case)`` (None: computed here when the case was not hashed yet)."""
        done = self._hashes.get(id(case))
        if done is not None and done[0] is case and done[1] == row_id:
            return done[2]
        kept = self._texts.get(id(case.evidence))
        if kept is None or kept[0] is not case.evidence:
            kept = (case.evidence, case.evidence.canonical_json())
            self._texts[id(case.evidence)] = kept
        if values is None:  # its evidence is written above, not taken from the values
            values = case_values(case, evidence=False)
        hashed = new_row_hash("cases", {**values, "id": row_id}, {"evidence": kept[1]})
        self._hashes[id(case)] = (case, row_id, hashed)
        return hashed


def _alert_row(case_id: str, alert: Alert, suppressed: bool) -> dict[str, Any]:
    return {
        "id": alert.id,
        "case_key": case_id,
        "subject_key": alert.subject_key,
        "kind": alert.kind,
        "severity": alert.severity.value,
        "band": alert.band,
        "signal_id": alert.signal_id,
        "indicator": alert.indicator,
        "detail": alert.detail,
        "opened_at": alert.opened_at,
        "suppressed": suppressed,
    }


#: How often raising one alert is retried when concurrent writers collide.
RAISE_ATTEMPTS = 20


class CaseRepository:
    """Reads and writes cases through the store's sessions and audit chain."""

    def __init__(self, store: StorePort, clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.clock = clock

    # ----------------------------------------------------------------- reading
    def case(self, case_id: str) -> lc.Case:
        with self.store.read() as conn:
            row = conn.execute(select(cases).where(cases.c.key == case_id)).first()
        if row is None:
            raise NotFoundError(f"no case {case_id!r}")
        return case_from_row(row)

    def case_for_subject(self, subject_key: str) -> lc.Case | None:
        with self.store.read() as conn:
            row = conn.execute(select(cases).where(cases.c.subject_key == subject_key)).first()
        return case_from_row(row) if row else None

    def cases(
        self, filt: CaseFilter, limit: int = 50, offset: int = 0
    ) -> tuple[list[lc.Case], int]:
        """Cases matching the filter, overdue first then by due date; and the total count."""
        now = self.clock()
        c = cases.c
        conds = []
        if filt.state == ACTIVE:
            conds.append(c.state != lc.CaseState.DECIDED.value)
        elif filt.state:
            conds.append(c.state == filt.state)
        if filt.band:
            conds.append(c.band == filt.band)
        if filt.assignee:
            conds.append(c.assignee == filt.assignee)
        if filt.subject_key:
            conds.append(c.subject_key == filt.subject_key)
        if filt.overdue is True:
            conds.extend([c.state != lc.CaseState.DECIDED.value, c.due_at < now])
        elif filt.overdue is False:
            conds.append((c.state == lc.CaseState.DECIDED.value) | (c.due_at >= now))
        where = and_(*conds) if conds else None
        # Decided last; among the rest the earliest due date first, which puts overdue first.
        decided_last = (c.state == lc.CaseState.DECIDED.value).cast(type_=c.reopen_count.type)
        query = select(cases).order_by(decided_last, c.due_at, c.subject_key)
        count = select(func.count()).select_from(cases)
        if where is not None:
            query = query.where(where)
            count = count.where(where)
        with self.store.read() as conn:
            rows = conn.execute(query.limit(limit).offset(offset)).all()
            total = int(conn.execute(count).scalar_one())
        return [case_from_row(r) for r in rows], total

    def decided(
        self, disposition: str | None, limit: int = 50, offset: int = 0
    ) -> tuple[list[lc.Case], int]:
        """Decided cases, the most recent decision first; and how many there are."""
        c = cases.c
        where = c.state == lc.CaseState.DECIDED.value
        if disposition:
            where = and_(where, c.disposition == disposition)
        query = select(cases).where(where).order_by(c.decided_at.desc(), c.key)
        with self.store.read() as conn:
            rows = conn.execute(query.limit(limit).offset(offset)).all()
            total = conn.execute(select(func.count()).select_from(cases).where(where)).scalar_one()
        return [case_from_row(r) for r in rows], int(total)

    def events(self, case_id: str) -> list[StoredEvent]:
        with self.store.read() as conn:
            rows = conn.execute(
                select(case_events)
                .where(case_events.c.case_key == case_id)
                .order_by(case_events.c.id)
            ).all()
        return [
            StoredEvent(
                r.id, lc.CaseEvent(r.case_key, r.kind, r.actor, as_utc(r.at), dict(r.details or {}))
            )
            for r in rows
        ]

    def alerts(self, case_id: str) -> list[dict[str, Any]]:
        with self.store.read() as conn:
            rows = conn.execute(
                select(alerts).where(alerts.c.case_key == case_id).order_by(alerts.c.opened_at)
            ).all()
        return [{**r._mapping, "opened_at": as_utc(r.opened_at)} for r in rows]

    # ----------------------------------------------------------------- writing
    def _write(
        self,
        conn: Connection,
        before: lc.Case | None,
        t: lc.Transition,
        actor: str,
        alert_id: str | None = None,
    ) -> None:
        values = case_values(t.case)
        if before is None:
            conn.execute(insert(cases).values(**values))
        else:
            done = conn.execute(
                update(cases)
                .where(cases.c.key == before.id, cases.c.version == before.version)
                .values(**values)
            )
            if done.rowcount != 1:
                raise ConflictError(
                    f"case {before.id} was changed by someone else; reload and try again"
                )
        # Each audit event names the hashes of the rows it wrote (the case as it now
        # stands, its case event and any alert), so verify catches them deleted or rewritten.
        sealed = {row_ref("cases", t.case.id): seal(conn, "cases", t.case.id)}
        if alert_id is not None:
            sealed[row_ref("alerts", alert_id)] = seal(conn, "alerts", alert_id)
        for event in t.events:
            inserted = conn.execute(
                insert(case_events).values(
                    case_key=event.case_id,
                    kind=event.kind,
                    actor=event.actor,
                    at=event.at,
                    details=dict(event.details),
                )
            ).inserted_primary_key
            assert inserted is not None
            event_id = inserted[0]
            rows = {
                **sealed,
                row_ref("case_events", event_id): seal(conn, "case_events", event_id),
            }
            self.store.append_audit(
                event.actor,
                f"case.{event.kind}",
                "case",
                event.case_id,
                _event_payload(t, event, rows),
                conn=conn,
            )

    def _store_alert(self, conn: Connection, case_id: str, alert: Alert, suppressed: bool) -> bool:
        exists = conn.execute(select(alerts.c.id).where(alerts.c.id == alert.id)).first()
        if exists:
            return False
        conn.execute(insert(alerts).values(**_alert_row(case_id, alert, suppressed)))
        return True

    def raise_alerts(
        self, subject_key: str, new_alerts: Sequence[Alert], signals: Iterable[SignalFacts]
    ) -> lc.Case | None:
        """Group alerts into the subject's case (opening it if needed); alerts seen before
        are ignored. Returns the case, or None when there was nothing to raise."""
        evidence = snapshot(signals)
        now = self.clock()
        case: lc.Case | None = None
        for alert in new_alerts:
            # Other writers may open the same subject's case or store the same alert at the
            # same moment: the unique keys and the version check refuse all but one, and
            # the others retry (raising an alert is idempotent), so nothing is opened or
            # counted twice and no alert is lost.
            for attempt in range(1, RAISE_ATTEMPTS + 1):
                try:
                    case = self._raise_one(subject_key, alert, evidence, now) or case
                    break
                except (IntegrityError, ConflictError):
                    if attempt == RAISE_ATTEMPTS:
                        raise
                    time.sleep(random.uniform(0, 0.01 * attempt))
        return case

    def _raise_one(
        self, subject_key: str, alert: Alert, evidence: EvidenceSnapshot, now: datetime
    ) -> lc.Case | None:
        with self.store.write() as conn:
            if conn.execute(select(alerts.c.id).where(alerts.c.id == alert.id)).first():
                return None
            row = conn.execute(select(cases).where(cases.c.subject_key == subject_key)).first()
            before = case_from_row(row) if row else None
            t = (
                lc.open_case(alert, evidence, now)
                if before is None
                else lc.add_alert(before, alert, evidence, now)
            )
            suppressed = any(e.kind == "alert_suppressed" for e in t.events)
            # Alerts have no foreign key to cases: stored first, sealed with the case write.
            self._store_alert(conn, t.case.id, alert, suppressed)
            self._write(conn, before, t, lc.SYSTEM, alert_id=alert.id)
            return t.case

    def on_assessment(self, assessment: Assessment, signals: Sequence[Signal]) -> lc.Case | None:
        """Apply the opening rules to a new assessment and the subject's signals."""
        return self.on_evidence(assessment.subject_key, signals, assessment)

    def on_evidence(
        self,
        subject_key: str,
        signals: Sequence[SignalFacts],
        assessment: Assessment | None = None,
        names: Mapping[str, str] | None = None,
    ) -> lc.Case | None:
        """Open or update the subject's case from its signals (and assessment, if any).

        ``signals`` may include signals about the subject's people; their grave alerts go
        to this case and name the person (``names``: person key -> name). An assessment in
        a review band alerts when it enters that band from the last band the case system
        has seen (the case's band; none when there is no case), so a subject in review with
        no case gets one whatever its earlier assessments said. The case then records the
        assessment's band. A grave signal alerts even for a subject that was never
        assessed. A cleared case whose evidence changed reopens. Returns the case, or None
        when there is none.
        """
        now = self.clock()
        found: list[Alert] = []
        if assessment is not None:
            current = self.case_for_subject(subject_key)
            alert = band_alert(current.band if current else None, assessment)
            if alert:
                found.append(alert)
        with self.store.read() as conn:
            known = {
                r[0]
                for r in conn.execute(
                    select(alerts.c.signal_id).where(
                        alerts.c.subject_key == subject_key,
                        alerts.c.signal_id.is_not(None),
                    )
                )
            }
        found.extend(grave_alerts(signals, known, now, subject_key, names))
        case = self.raise_alerts(subject_key, found, signals) if found else None
        existing = case or self.case_for_subject(subject_key)
        if existing is None:
            return None
        if assessment is not None:
            band = assessment.band
            existing = self._system_step(existing.id, lambda c, t: lc.note_band(c, band, t))
            existing = existing or self.case_for_subject(subject_key)
            assert existing is not None
        refreshed = self.refresh(existing.id, signals)
        return refreshed or existing

    def open_cases(self, items: Sequence[NewCase]) -> list[lc.Case]:
        """Open the cases of many subjects that have none, in one transaction.

        For each subject the same steps as :meth:`on_evidence` run in memory (each new
        alert opens or joins the case, the assessment's band is noted, the evidence is
        refreshed); then the alerts, cases and case events are inserted together, each
        row with its row hash, and every case event gets its audit event naming the rows
        as they stood after it, as :meth:`_write` would have sealed them one by one.
        Subjects that have a case by the time the transaction starts, and alerts already
        stored, are left out. Returns the cases opened.
        """
        if not items:
            return []
        now = self.clock()
        with self.store.write() as conn:
            keys = [item.subject_key for item in items]
            taken: set[str] = set()
            for start in range(0, len(keys), 500):
                taken.update(
                    conn.execute(
                        select(cases.c.subject_key).where(
                            cases.c.subject_key.in_(keys[start : start + 500])
                        )
                    ).scalars()
                )
            wanted = [a.id for item in items for a in item.alerts]
            stored: set[str] = set()
            for start in range(0, len(wanted), 500):
                stored.update(
                    conn.execute(
                        select(alerts.c.id).where(alerts.c.id.in_(wanted[start : start + 500]))
                    ).scalars()
                )
            plans: list[tuple[lc.Case, list[tuple[lc.Transition, str | None]]]] = []
            alert_rows: list[dict[str, Any]] = []
            for item in items:
                if item.subject_key in taken:
                    continue
                plan = _plan_new_case(item, stored, now)
                if plan is None:
                    continue
                case, steps, rows = plan
                plans.append((case, steps))
                alert_rows.extend(rows)
            if not plans:
                return []
            for row in alert_rows:
                row["row_hash"] = new_row_hash("alerts", row)
            insert_many(conn, alerts, alert_rows)
            written = _EvidenceTexts()
            case_ids = self._insert_cases(conn, [case for case, _ in plans], written)
            self._insert_events(
                conn, plans, case_ids, {r["id"]: r["row_hash"] for r in alert_rows}, written
            )
        return [case for case, _ in plans]

    @staticmethod
    def _insert_cases(
        conn: Connection, opened: Sequence[lc.Case], written: _EvidenceTexts
    ) -> dict[str, int]:
        """Insert the cases as they end up; return each one's row id by key."""
        values = [case_values(c) for c in opened]
        numbered = _next_ids(conn, cases, len(values))
        if numbered is not None:  # SQLite: each row inserted with its id and row hash
            for case, row, row_id in zip(opened, values, numbered, strict=True):
                row["row_hash"] = written.case_hash(case, row, row_id)
                row["id"] = row_id
            insert_many(conn, cases, values)
            return {c.id: i for c, i in zip(opened, numbered, strict=True)}
        insert_many(conn, cases, values)
        ids: dict[str, int] = {}
        keys = [c.id for c in opened]
        for start in range(0, len(keys), 500):
            ids.update(
                (k, int(i))
                for k, i in conn.execute(
                    select(cases.c.key, cases.c.id).where(
                        cases.c.key.in_(keys[start : start + 500])
                    )
                )
            )
        final = [
            (c.id, written.case_hash(c, v, ids[c.id])) for c, v in zip(opened, values, strict=True)
        ]
        set_many(conn, cases, "row_hash", "key", final)
        return ids

    def _insert_events(
        self,
        conn: Connection,
        plans: Sequence[tuple[lc.Case, Sequence[tuple[lc.Transition, str | None]]]],
        case_ids: Mapping[str, int],
        alert_hashes: Mapping[str, str],
        written: _EvidenceTexts,
    ) -> None:
        """Insert every case event, hash it, and append one audit event for each."""
        rows: list[dict[str, Any]] = []
        for _, steps in plans:
            for t, _alert in steps:
                for e in t.events:
                    rows.append(
                        {
                            "case_key": e.case_id,
                            "kind": e.kind,
                            "actor": e.actor,
                            "at": e.at,
                            "details": dict(e.details),
                        }
                    )
        numbered = _next_ids(conn, case_events, len(rows))
        ids = _insert_returning(conn, rows) if numbered is None else numbered
        hashes = [
            new_row_hash(
                "case_events", {**row, "id": i}, {"details": jcs.object_with(row["details"])}
            )
            for row, i in zip(rows, ids, strict=True)
        ]
        if numbered is None:
            set_many(conn, case_events, "row_hash", "id", list(zip(ids, hashes, strict=True)))
        else:  # SQLite: inserted now, each with its id and row hash
            insert_many(
                conn,
                case_events,
                [
                    {**row, "id": i, "row_hash": h}
                    for row, i, h in zip(rows, ids, hashes, strict=True)
                ],
            )
        audit_events: list[tuple[str, str, str, str, Mapping[str, Any]]] = []
        payloads: list[str] = []
        n = 0
        for _, steps in plans:
            for t, alert_id in steps:
                # The case as it stood after this step (later steps overwrite the row).
                sealed = {
                    row_ref("cases", t.case.id): written.case_hash(
                        t.case, None, case_ids[t.case.id]
                    )
                }
                if alert_id is not None:
                    sealed[row_ref("alerts", alert_id)] = alert_hashes[alert_id]
                for event in t.events:
                    named = {**sealed, row_ref("case_events", ids[n]): hashes[n]}
                    audit_events.append(
                        (
                            event.actor,
                            f"case.{event.kind}",
                            "case",
                            event.case_id,
                            _event_payload(t, event, named),
                        )
                    )
                    payloads.append(_event_payload_json(t, event, named))
                    n += 1
        append_many(conn, audit_events, payloads)

    def _system_step(
        self, case_id: str, step: Callable[[lc.Case, datetime], lc.Transition | None]
    ) -> lc.Case | None:
        """Apply a system step, retrying when a concurrent writer moved the case on."""
        for attempt in range(1, RAISE_ATTEMPTS + 1):
            try:
                return self.apply(case_id, step, lc.SYSTEM)
            except (IntegrityError, ConflictError):
                if attempt == RAISE_ATTEMPTS:
                    raise
                time.sleep(random.uniform(0, 0.01 * attempt))
        return None  # pragma: no cover - the loop returns or raises

    def refresh(self, case_id: str, signals: Iterable[SignalFacts]) -> lc.Case | None:
        """Reopen a cleared case whose evidence changed; None when nothing changed."""
        evidence = snapshot(signals)
        return self.apply(case_id, lambda c, now: lc.refresh_evidence(c, evidence, now), "system")

    def apply(
        self,
        case_id: str,
        step: Callable[[lc.Case, datetime], lc.Transition | None],
        actor: str,
        expected_version: int | None = None,
    ) -> lc.Case | None:
        """Load a case, run one lifecycle step on it and store the result atomically."""
        with self.store.write() as conn:
            row = conn.execute(select(cases).where(cases.c.key == case_id)).first()
            if row is None:
                raise NotFoundError(f"no case {case_id!r}")
            before = case_from_row(row)
            if expected_version is not None and before.version != expected_version:
                raise ConflictError(
                    f"case {case_id} is at version {before.version}, not {expected_version}; "
                    "reload and try again"
                )
            t = step(before, self.clock())
            if t is None:
                return None
            self._write(conn, before, t, actor)
            return t.case

    # -------------------------------------------------------- person actions
    def start_review(self, case_id: str, actor: Actor, version: int | None = None) -> lc.Case:
        return self._act(case_id, actor, version, lambda c, now: lc.start_review(c, actor, now))

    def assign(
        self, case_id: str, assignee: str | None, actor: Actor, version: int | None = None
    ) -> lc.Case:
        return self._act(case_id, actor, version, lambda c, now: lc.assign(c, assignee, actor, now))

    def comment(self, case_id: str, text: str, actor: Actor) -> lc.Case:
        return self._act(case_id, actor, None, lambda c, now: lc.comment(c, text, actor, now))

    def reopen(
        self, case_id: str, reason: str, actor: Actor, version: int | None = None
    ) -> lc.Case:
        return self._act(case_id, actor, version, lambda c, now: lc.reopen(c, reason, actor, now))

    def decide(
        self,
        case_id: str,
        disposition: lc.Disposition,
        reason: str,
        signals: Iterable[Signal],
        actor: Actor,
        version: int | None = None,
    ) -> lc.Case:
        evidence = snapshot(signals)
        return self._act(
            case_id,
            actor,
            version,
            lambda c, now: lc.decide(c, disposition, reason, evidence, actor, now),
        )

    def approve(
        self, case_id: str, actor: Actor, note: str = "", version: int | None = None
    ) -> lc.Case:
        """A second person approves a proposed grave disposition (four eyes)."""
        return self._act(case_id, actor, version, lambda c, now: lc.approve(c, actor, now, note))

    def refuse(
        self, case_id: str, reason: str, actor: Actor, version: int | None = None
    ) -> lc.Case:
        """A second person refuses a proposed grave disposition; the case is back in review."""
        return self._act(case_id, actor, version, lambda c, now: lc.refuse(c, reason, actor, now))

    def _act(
        self,
        case_id: str,
        actor: Actor,
        version: int | None,
        step: Callable[[lc.Case, datetime], lc.Transition],
    ) -> lc.Case:
        try:
            case = self.apply(case_id, step, actor.username, version)
        except IntegrityError as exc:  # a concurrent writer got there first
            raise ConflictError(f"case {case_id} changed concurrently; try again") from exc
        assert case is not None  # person actions always transition or raise
        return case


def _event_payload(
    t: lc.Transition, event: lc.CaseEvent, rows: Mapping[str, str]
) -> dict[str, Any]:
    """The audit payload of one case event: the case's key and version after the step,
    the event's details, and the hashes of the rows it wrote (one recipe for the case
    steps taken one at a time and for cases opened in bulk)."""
    return {
        "subject_key": t.case.subject_key,
        "version": t.case.version,
        **event.details,
        ROWS_KEY: rows,
    }


def _event_payload_json(t: lc.Transition, event: lc.CaseEvent, rows: Mapping[str, str]) -> str:
    """``jcs.dumps(_event_payload(t, event, rows))``, written for its shape: a flat
    object (its names' order remembered, :func:`jcs.object_with`) and the row hashes."""
    values = {"subject_key": t.case.subject_key, "version": t.case.version, **event.details}
    return jcs.object_with(values, {ROWS_KEY: jcs.string_map(rows)})
