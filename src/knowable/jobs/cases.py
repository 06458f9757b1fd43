"""Turn stored assessments and signals into alerts and cases (the opening rules, applied).

For each customer its newest assessment is judged against the last band its case recorded
(none when it has no case), so a customer in ``review`` or ``escalate`` without a case gets
one; every customer with an assessment, a case or a grave signal (its own or one about its
people) has its signals checked for new grave ones; a cleared case whose evidence changed
is reopened. People tied to a customer share the customer's case. Running it twice changes
nothing the second time.

The scan reads in bulk: the newest assessment of every subject, every signal, every case
and every alert, a handful of queries whatever the number of customers. It then decides
in memory, with the same pure rules the repository applies (band entry, grave signals,
band noted on the case, cleared case whose evidence changed), which subjects would
change. Subjects without a case are opened together (:meth:`CaseRepository.open_cases`:
alerts, cases, case events and their audit events inserted in bulk, each row hashed and
named as the one-by-one path names it); a subject whose case changes goes through
:meth:`CaseRepository.on_evidence` as before. A subject whose rules find nothing new
costs no query of its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select

from knowable.cases import lifecycle as lc
from knowable.cases.alerts import SEVERITY_RANK, Alert, band_alert, grave_alerts
from knowable.cases.evidence import snapshot
from knowable.cases.facts import SignalRow
from knowable.cases.members import Membership, membership
from knowable.cases.repository import CaseFilter, CaseRepository, NewCase
from knowable.cases.states import CaseState
from knowable.catalogue import indicators
from knowable.gcpause import paused
from knowable.model import Assessment, Subject
from knowable.store import Store
from knowable.store import schema as t
from knowable.store.convert import row_to_assessment

#: Cases opened per write transaction.
BULK = 2000
#: Rows fetched from the driver at a time by the bulk reads.
FETCH = 5000


@dataclass(frozen=True, slots=True)
class ScanResult:
    subjects: int
    cases_touched: tuple[str, ...]
    #: Cases this scan opened, and open cases it made more urgent or reopened.
    opened: tuple[str, ...] = ()
    escalated: tuple[str, ...] = ()


def latest_assessments(
    store: Store, keys: Collection[str] | None = None, contributions: bool = True
) -> dict[str, Assessment]:
    """Each subject's newest assessment: the latest as-of, and of several at that as-of
    the one of the newest run (highest id). The database ranks the rows (a window over
    each subject's assessments) and only the chosen ones are read; ``keys`` keeps those
    subjects' rows, and without ``contributions`` their JSON is left unread (the opening
    rules read the band, score and date)."""
    a = t.assessments.c
    ranked = newest_ranking()
    out: dict[str, Assessment] = {}
    with store.read() as conn:
        for part in _key_parts(keys):
            inner = ranked if part is None else ranked.where(a.subject_key.in_(part))
            chosen = inner.subquery()
            columns = [c for c in t.assessments.c if contributions or c.name != "contributions"]
            query = select(*columns).join(chosen, chosen.c.id == a.id).where(chosen.c.n == 1)
            for row in conn.execute(query):
                values = dict(row._mapping)
                values.setdefault("contributions", [])
                out[row.subject_key] = row_to_assessment(values)
    return out


def newest_ranking() -> Select[tuple[int, int]]:
    """Every assessment's id and its rank among its subject's (1: the newest). On a store
    at migration 0018 SQLite reads it from ``ix_assessments_subject_as_of`` alone."""
    a = t.assessments.c
    rank = func.row_number().over(
        partition_by=a.subject_key, order_by=(a.as_of.desc(), a.id.desc())
    )
    return select(a.id, rank.label("n"))


def _members(store: Store) -> Membership:
    """:func:`membership` of every subject, read from the four columns it uses (key,
    schema, name, parent) rather than as whole subjects with their JSON columns."""
    c = t.subjects.c
    query = select(c.key, c.schema, c.name, c.parent_key)
    with store.read() as conn:
        return membership(
            Subject(key, schema, name, parent_key=parent)
            for key, schema, name, parent in conn.execute(query)
        )


def _key_parts(keys: Collection[str] | None) -> Iterator[list[str] | None]:
    """None (everything) when ``keys`` is None, else the keys sorted, in chunks."""
    if keys is None:
        yield None
        return
    ordered = sorted(keys)
    for start in range(0, len(ordered), 500):
        yield ordered[start : start + 500]


def _grouped(signals: Iterable[SignalRow]) -> dict[str, list[SignalRow]]:
    grouped: dict[str, list[SignalRow]] = defaultdict(list)
    for signal in signals:
        grouped[signal.subject_key].append(signal)
    return grouped


def _rule_signals(store: Store, keys: Collection[str] | None = None) -> Iterator[SignalRow]:
    """Every signal (``keys``: of those subjects), in ``Store.signals`` order within a
    subject (by date, then id), as the four columns the opening rules and the evidence
    snapshot read (:class:`SignalRow`): no whole :class:`~knowable.model.Signal` is built,
    and dates, detectors, quotes, details and explanations are left unread."""
    c = t.signals.c
    query = select(c.id, c.subject_key, c.indicator, c.strength).order_by(c.observed_at, c.id)
    with store.read() as conn:
        for part in _key_parts(keys):
            chunk = query if part is None else query.where(c.subject_key.in_(part))
            # In batches (the driver's fetchmany) rather than a fetch per row, unpacked.
            for rows in conn.execute(chunk).partitions(FETCH):
                for id_, subject, indicator, strength in rows:
                    yield SignalRow(id_, subject, indicator, float(strength))


def _grave_subjects(store: Store, grave: Collection[str], keys: Collection[str] | None) -> set[str]:
    """The subjects holding a signal of a grave indicator (``keys``: among those)."""
    c = t.signals.c
    query = select(c.subject_key).distinct().where(c.indicator.in_(sorted(grave)))
    out: set[str] = set()
    with store.read() as conn:
        for part in _key_parts(keys):
            chunk = query if part is None else query.where(c.subject_key.in_(part))
            out.update(conn.execute(chunk).scalars())
    return out


def _known_alerts(
    store: Store, keys: Collection[str] | None = None
) -> tuple[set[str], dict[str, set[str]]]:
    """Every alert id (``keys``: of those subjects), and per subject the ids of the
    signals it was alerted on."""
    c = t.alerts.c
    ids: set[str] = set()
    by_subject: dict[str, set[str]] = defaultdict(set)
    query = select(c.id, c.subject_key, c.signal_id)
    with store.read() as conn:
        for part in _key_parts(keys):
            chunk = query if part is None else query.where(c.subject_key.in_(part))
            for alert_id, subject_key, signal_id in conn.execute(chunk):
                ids.add(alert_id)
                if signal_id is not None:
                    by_subject[subject_key].add(signal_id)
    return ids, by_subject


def _new_alerts(
    subject_key: str,
    signals: Sequence[SignalRow],
    assessment: Assessment | None,
    case: lc.Case | None,
    alerted: set[str],
    members: Membership,
    now: datetime,
) -> list[Alert]:
    """The alerts :meth:`CaseRepository.on_evidence` would raise, in its order."""
    found: list[Alert] = []
    if assessment is not None:
        alert = band_alert(case.band if case else None, assessment)
        if alert:
            found.append(alert)
    found.extend(grave_alerts(signals, alerted, now, subject_key, members.names))
    return found


def _changes(
    signals: Sequence[SignalRow],
    assessment: Assessment | None,
    case: lc.Case | None,
    found: Sequence[Alert],
    alert_ids: set[str],
    now: datetime,
) -> bool:
    """Whether :meth:`CaseRepository.on_evidence` would write anything for the subject:
    a new alert, a band to note on its case, or a cleared case to reopen."""
    if any(alert.id not in alert_ids for alert in found):
        return True
    if case is None:
        return False
    if assessment is not None and lc.note_band(case, assessment.band, now) is not None:
        return True
    return lc.refresh_evidence(case, snapshot(signals), now) is not None


def _escalated(before: lc.Case, after: lc.Case) -> bool:
    """True when ``after`` is more urgent than ``before``, or reopens a decided case."""
    if SEVERITY_RANK[after.severity] < SEVERITY_RANK[before.severity]:
        return True
    return before.state == CaseState.DECIDED and after.state != CaseState.DECIDED


def scan(
    store: Store, repo: CaseRepository, actor: str, subject_keys: Collection[str] | None = None
) -> ScanResult:
    """Apply the opening rules to everything stored; one audit event records the scan.

    ``subject_keys`` (a monitoring run) applies them only to the cases of those subjects.
    Everything the rules read is loaded in a few queries; new cases are opened in bulk.
    The cyclic garbage collector is paused meanwhile (:func:`knowable.gcpause.paused`).
    """
    with paused():  # every signal held while many small objects come and go
        return _scan(store, repo, actor, subject_keys)


def _scan(
    store: Store, repo: CaseRepository, actor: str, subject_keys: Collection[str] | None
) -> ScanResult:
    members = _members(store)
    scope: set[str] | None = None
    if subject_keys is not None:  # these customers, and the people whose case is theirs
        scope = {members.case_subject(k) for k in subject_keys}
        scope |= {p for k in list(scope) for p in members.people.get(k, ())}
    latest = latest_assessments(store, scope, contributions=False)
    grave = {i for i, spec in indicators().items() if spec.spec.grave}
    graves = _grave_subjects(store, grave, scope)
    found_cases, _ = repo.cases(CaseFilter(), limit=1_000_000)
    existing = {c.subject_key: c for c in found_cases}  # one case per subject, read once
    if scope is not None:
        existing = {k: v for k, v in existing.items() if k in scope}
    keys = {members.case_subject(k) for k in set(latest) | graves | set(existing)}
    # Only a subject whose rules may find something reads its signals: one with a case
    # (its evidence may have changed), a grave signal (its own or its people's), or a
    # newest assessment in an alerting band its case has not recorded.
    needed = {
        k
        for k in keys
        if k in existing
        or k in graves
        or any(p in graves for p in members.people.get(k, ()))
        or (k in latest and band_alert(None, latest[k]) is not None)
    }
    wanted = needed | {p for k in needed for p in members.people.get(k, ())}
    everything = scope is None and len(wanted) * 2 > len(keys)
    grouped = _grouped(_rule_signals(store, None if everything else wanted))
    alert_ids, alerted = _known_alerts(store, scope)
    now = repo.clock()
    touched: dict[str, str] = {}
    opened: list[str] = []
    escalated: list[str] = []
    fresh: list[NewCase] = []
    for subject_key in sorted(needed):
        before = existing.get(subject_key)
        signals = _case_signals(grouped, subject_key, members.people)
        assessment = latest.get(subject_key)
        found = _new_alerts(
            subject_key, signals, assessment, before, alerted.get(subject_key, set()), members, now
        )
        if not _changes(signals, assessment, before, found, alert_ids, now):
            continue
        if before is None:  # opened in bulk below
            band = assessment.band if assessment is not None else None
            fresh.append(NewCase(subject_key, tuple(found), tuple(signals), band))
            continue
        case = repo.on_evidence(subject_key, signals, assessment, members.names)
        if case is not None and before.version != case.version:
            touched[subject_key] = case.id
            if _escalated(before, case):
                escalated.append(case.id)
    for start in range(0, len(fresh), BULK):
        for case in repo.open_cases(fresh[start : start + BULK]):
            touched[case.subject_key] = case.id
            opened.append(case.id)
    ordered = tuple(touched[k] for k in sorted(touched))
    payload: dict[str, object] = {"subjects": len(keys), "cases_touched": list(ordered)}
    if opened or escalated:
        payload |= {"opened": sorted(opened), "escalated": sorted(escalated)}
    entity = "all" if subject_keys is None else "subjects"
    store.append_audit(actor, "cases.scan", "cases", entity, payload)
    return ScanResult(len(keys), ordered, tuple(sorted(opened)), tuple(sorted(escalated)))


def _case_signals(
    grouped: Mapping[str, Sequence[SignalRow]],
    subject_key: str,
    people: Mapping[str, tuple[str, ...]],
) -> list[SignalRow]:
    """The signals a customer's case rests on (its own and its people's), as
    :func:`knowable.cases.members.case_signals` reads them, from signals read in bulk."""
    return [s for key in (subject_key, *people.get(subject_key, ())) for s in grouped.get(key, ())]
