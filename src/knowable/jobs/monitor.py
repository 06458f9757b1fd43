"""Continuous monitoring: re-screen only what changed since the last run (delta screening).

One run, as a bank's overnight run would do it:

1. The high-water mark: the last ingest batch the previous run took into account (0
   before the first run, so the first run screens everything). Batches after it are new.
2. Customers whose data changed: CRM records (new versions and deletions included) or
   hosted listings stored by a new batch, and customers or people created or updated by
   one. Every detector runs again for them (and their people): watchlists, media,
   hosted content (platforms), then the relationship rules.
3. Lists that changed: each list version a new batch loaded is compared with the
   version before it (:func:`knowable.jobs.watchlists.list_delta_since`), and *all*
   subjects are screened against only the listings it added, changed or removed; a
   removal ends the listing's signal (de-listing), as a full screening would.
4. Articles that are new: all subjects against only the stories they start.
5. Customers a delta screening found something about join the changed ones; these are
   screened by the relationship rules, assessed as of now, and their cases scanned
   (opened, escalated, reopened). New and escalated cases go out as alerts
   (:mod:`knowable.jobs.alerts`).

A store has one monitor at a time (:mod:`knowable.store.locks`). Every run writes a
``monitor_runs`` row (its high-water mark and summary) and an audit
event ``monitor.run``, also when nothing changed. The work done is proportional to what
changed: the screenings read only the changed subjects, listings and stories.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from knowable.catalogue.policy import Policy
from knowable.settings import Settings
from knowable.sources.listings import SOURCE as CONTENT_SOURCE
from knowable.sources.salesforce import SOURCE as CRM_SOURCE
from knowable.store import Store
from knowable.store import schema as t
from knowable.timeutil import utcnow

ACTOR = "monitor"


@dataclass
class MonitorResult:
    """What one monitoring run looked at and did (also its audit event's payload)."""

    run_id: int = 0
    since_batch: int = 0
    batch_mark: int = 0
    new_batches: int = 0
    changed_customers: list[str] = field(default_factory=list)
    list_changes: list[dict[str, Any]] = field(default_factory=list)
    new_articles: int = 0
    #: detector -> subjects screened in this run (each detector once per delta kind).
    screened: dict[str, int] = field(default_factory=dict)
    signals_found: int = 0
    signals_new: int = 0
    assessed: list[str] = field(default_factory=list)
    bands: dict[str, str] = field(default_factory=dict)
    cases_opened: list[str] = field(default_factory=list)
    cases_escalated: list[str] = field(default_factory=list)
    alerts: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def empty(self) -> bool:
        return not (self.changed_customers or self.list_changes or self.new_articles)

    def payload(self) -> dict[str, Any]:
        """The audit payload: every key screened, bands as counts."""
        out = asdict(self)
        bands: dict[str, int] = {}
        for band in self.bands.values():
            bands[band] = bands.get(band, 0) + 1
        out["bands"] = dict(sorted(bands.items()))
        out["empty"] = self.empty
        out["seconds"] = round(self.seconds, 3)
        return out


def last_mark(store: Store) -> int:
    """The high-water mark of the newest finished monitoring run (0: none yet)."""
    m = t.monitor_runs.c
    query = select(m.batch_mark).where(m.finished_at.is_not(None)).order_by(m.id.desc())
    with store.read() as conn:
        found = conn.execute(query.limit(1)).scalar_one_or_none()
    return int(found) if found is not None else 0


def _new_batches(store: Store, mark: int) -> tuple[int, int, datetime | None]:
    """Finished ingest batches after ``mark``: how many, the newest id, the first start."""
    b = t.ingest_batches.c
    query = select(func.count(), func.max(b.id), func.min(b.started_at)).where(
        b.id > mark, b.finished_at.is_not(None)
    )
    with store.read() as conn:
        count, newest, first = conn.execute(query).one()
    return int(count), int(newest) if newest is not None else mark, first


def changed_customers(store: Store, mark: int, first_start: datetime | None) -> set[str]:
    """Customers whose CRM records, hosted listings or subject data a batch after ``mark``
    stored or changed (people count for their customer)."""
    r, s = t.records.c, t.subjects.c
    keys: set[str] = set()
    query = (
        select(r.subject_key)
        .where(
            r.batch_id > mark,
            r.subject_key.is_not(None),
            (r.source == CRM_SOURCE) | (r.source == CONTENT_SOURCE),
        )
        .distinct()
    )
    with store.read() as conn:
        keys.update(conn.execute(query).scalars())
        if first_start is not None:
            keys.update(conn.execute(select(s.key).where(s.updated_at >= first_start)).scalars())
    return _customers_of(store, keys)


def _customers_of(store: Store, keys: set[str]) -> set[str]:
    """The customers of ``keys``: a person stands for its customer; unknown keys drop."""
    if not keys:
        return set()
    out: set[str] = set()
    for subject in store.subjects(keys=keys):
        if subject.schema == "Person":
            if subject.parent_key:
                out.add(subject.parent_key)
        else:
            out.add(subject.key)
    return out


def _platforms_among(store: Store, customers: set[str]) -> list[str]:
    """The customers among ``customers`` that host stored listings (platforms)."""
    r = t.records.c
    query = select(r.subject_key).where(r.source == CONTENT_SOURCE).distinct()
    with store.read() as conn:
        hosting = set(conn.execute(query).scalars())
    return sorted(hosting & customers)


def _with_people(store: Store, customers: set[str]) -> set[str]:
    from knowable.jobs.assess import people_of

    people = people_of(store)
    return customers | {p for c in customers for p in people.get(c, ())}


def run_monitor(
    store: Store,
    settings: Settings,
    policy: Policy,
    actor: str = ACTOR,
    alerts: bool = True,
    sleep: Callable[[float], None] = time.sleep,
) -> MonitorResult:
    """One monitoring run (see the module docstring). Only one runs at a time per store:
    a second process gets a :class:`~knowable.errors.ConflictError` at once, before it
    writes anything (two runs would both take the same batches as new)."""
    from knowable.store.locks import exclusive

    with exclusive(store.engine, "monitor"):
        return _run(store, settings, policy, actor, alerts, sleep)


def _run(
    store: Store,
    settings: Settings,
    policy: Policy,
    actor: str,
    alerts: bool,
    sleep: Callable[[float], None],
) -> MonitorResult:
    from knowable.cases.repository import CaseRepository
    from knowable.jobs.assess import assess_store, screen_relationship
    from knowable.jobs.cases import scan
    from knowable.jobs.content import screen_content_store, workspace_salt
    from knowable.jobs.media import screen_media
    from knowable.jobs.watchlists import list_delta_since, screen_watchlists

    started = time.perf_counter()
    now = utcnow()
    result = MonitorResult(since_batch=last_mark(store))
    mark = result.since_batch
    result.new_batches, result.batch_mark, first_start = _new_batches(store, mark)
    with store.write() as conn:
        result.run_id = int(
            conn.execute(
                t.monitor_runs.insert().values(
                    started_at=now, actor=actor, batch_mark=result.batch_mark, summary={}
                )
            ).inserted_primary_key[0]  # type: ignore[index]
        )
    changed = changed_customers(store, mark, first_start) if result.new_batches else set()
    result.changed_customers = sorted(changed)
    found_about: set[str] = set()
    keys: set[str] = set()

    def count(kind: str, subjects: int, found: int, new: int = 0) -> None:
        result.screened[kind] = result.screened.get(kind, 0) + subjects
        result.signals_found += found
        result.signals_new += new

    if changed:
        keys = _with_people(store, changed)
        w = screen_watchlists(store, actor=actor, subject_keys=keys)
        count("watchlist", w.subjects, len(w.signals), w.signals_new)
        m = screen_media(store, actor=actor, subject_keys=keys)
        count("media", m.subjects, m.signals, m.signals_new)
        platforms = _platforms_among(store, changed)
        if platforms:
            salt = workspace_salt(settings)
            screens = screen_content_store(store, platforms, actor=actor, salt=salt)
            count("content", len(screens), sum(len(x.signals) for x in screens))
            for x in screens:
                found_about.update(s.subject_key for s in x.customer_signals)
    if result.new_batches:
        # Subjects whose data changed were screened against everything just above.
        others = {s.key for s in store.subjects()} - keys
        delta = list_delta_since(store, mark)
        result.list_changes = delta.summary() if delta else []
        if delta and others:
            w = screen_watchlists(store, actor=actor, only=delta, subject_keys=others)
            count("watchlist (list delta)", w.subjects, len(w.signals), w.signals_new)
            found_about.update(s.subject_key for s in w.signals)
        result.new_articles = sum(
            1 for _ in store.records(kind="article", source="media", after_batch=mark)
        )
        if result.new_articles and others:
            m = screen_media(store, actor=actor, after_batch=mark, subject_keys=others)
            count("media (new articles)", m.subjects, m.signals, m.signals_new)
            found_about.update(m.by_subject)
    affected = changed | _customers_of(store, found_about)
    if affected:
        r = screen_relationship(store, actor=actor, subject_keys=affected)
        count("relationship", len(affected), len(r.signals), r.signals_new)
        _, assessed = assess_store(store, policy, now, actor=actor, subject_keys=affected)
        result.assessed = sorted(a.subject_key for a in assessed)
        result.bands = {a.subject_key: a.band for a in assessed}
        scanned = scan(store, CaseRepository(store), actor, subject_keys=affected)
        result.cases_opened = list(scanned.opened)
        result.cases_escalated = list(scanned.escalated)
    if alerts and (result.cases_opened or result.cases_escalated):
        from knowable.jobs.alerts import deliver, queue_alerts

        ids = queue_alerts(
            store, settings, policy, result.cases_opened, result.cases_escalated, result.run_id
        )
        sent = deliver(store, settings, ids, actor=actor, sleep=sleep)
        result.alerts = {str(k): v for k, v in sent.items()}
    result.seconds = time.perf_counter() - started
    payload = result.payload()
    with store.write() as conn:
        conn.execute(
            t.monitor_runs.update()
            .where(t.monitor_runs.c.id == result.run_id)
            .values(finished_at=utcnow(), summary=payload)
        )
        store.append_audit(actor, "monitor.run", "monitor", str(result.run_id), payload, conn)
    return result
