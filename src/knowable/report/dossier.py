"""The dossier's figures, gathered from plain objects: pure, no I/O, no rendering.

A dossier answers, for one customer and one date: what did the provider know or have in
front of it (knowledge), what did it do for the customer (participation), what did it
earn (benefit), and since when the customer was knowable. Every number here comes from
the signals, records and policy passed in, so a test can rebuild it from the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import Any

import numpy as np

from knowable.assess.combine import Prepared, prepare, scores_at, to_days
from knowable.assess.participation import participation
from knowable.assess.score import assess
from knowable.assess.timeline import from_days, series
from knowable.catalogue import indicators
from knowable.catalogue.policy import Policy
from knowable.explain import explanation_of
from knowable.model import Explanation, Record, Signal, Subject, in_force
from knowable.timeutil import as_utc

#: A score rise of at least this much is annotated on the chart as an event.
EVENT_RISE = 0.05
#: Lines of key evidence on the front pages; the appendix lists every signal.
KEY_LINES = 20
#: About this many evenly spaced dates sample the decay between evidence dates on the chart.
CURVE_SAMPLES = 160


@dataclass(frozen=True)
class Quote:
    record_id: str
    text: str
    start: int
    end: int
    field: str | None
    source: str
    kind: str
    origin: str | None
    external_id: str | None
    #: Which part of a titled record the span is in: "title", "body", or "" (untitled).
    part: str = ""


@dataclass(frozen=True)
class EvidenceItem:
    """One signal on the knowledge timeline."""

    date: str | None
    signal_id: str
    indicator: str
    title: str
    family: str
    strength: float
    contribution: float
    note: str
    detector: str
    quotes: tuple[Quote, ...]
    explanation: Explanation
    #: Its share of the score on the knowable-since day (0 when it came later or never).
    contribution_since: float = 0.0


@dataclass(frozen=True)
class EvidenceLine:
    """One line of the dossier's front pages: the signals that quote one record (a news
    report naming several indicators is one line), or repeated listing-level signals of one
    indicator folded into one line with their count and dates."""

    first: str | None
    last: str | None
    indicator: str
    title: str
    family: str
    detector: str
    count: int
    contribution: float
    quotes: tuple[Quote, ...]
    carried: bool
    #: The other indicators the same record raised (indicator, title), strongest first.
    also: tuple[tuple[str, str], ...] = ()
    #: The line's share of the score on the knowable-since day.
    contribution_since: float = 0.0


#: At most this many example quotes on one line of the front pages.
LINE_QUOTES = 2


def distinct_quotes(quotes: Iterable[Quote], limit: int = LINE_QUOTES) -> tuple[Quote, ...]:
    """Quotes with the same words shown once (a title and a body saying the same thing are
    one quote labelled with both parts), at most ``limit``."""
    out: dict[str, Quote] = {}
    for q in quotes:
        key = " ".join(q.text.split()).casefold()
        seen = out.get(key)
        if seen is None:
            if len(out) < limit:
                out[key] = q
        elif q.part and q.part not in seen.part.split(" and "):
            both = sorted(
                {*seen.part.split(" and "), q.part} - {""}, key=lambda p: _PART_ORDER.get(p, 2)
            )
            out[key] = replace(seen, part=" and ".join(both))
    return tuple(out.values())


_PART_ORDER = {"title": 0, "body": 1}


#: Detectors whose signals come one per hosted listing: folded on the front pages.
LISTING_DETECTORS = frozenset({"content"})
#: Order of the front pages' evidence: the public record first, then the provider's own
#: records, then what the customer's platform hosts.
SOURCE_ORDER = {
    "watchlist": 0,
    "media": 0,
    "relationship": 1,
    "behaviour": 1,
    "business": 2,
    "participation": 1,
    "content": 3,
    "network": 3,
}


def fold(items: Sequence[EvidenceItem], carried: Sequence[str] = ()) -> tuple[EvidenceLine, ...]:
    """Evidence lines: listing-level signals of one indicator folded into one line, and
    the signals that quote one record (one news report, one CRM note) joined into one line.

    Ordered by source (public record, the provider's own records, hosted content), then by
    what the line added to the score (on the knowable-since day, then now).
    """
    carried_ids = set(carried)
    groups: dict[tuple[str, str], list[EvidenceItem]] = {}
    for e in items:
        if e.detector in LISTING_DETECTORS:
            key = ("listing", f"{e.indicator}|{e.detector}")
        elif e.quotes:
            key = ("record", f"{e.detector}|{e.quotes[0].record_id}")
        else:
            key = ("signal", e.signal_id)
        groups.setdefault(key, []).append(e)
    lines: list[EvidenceLine] = []
    for (kind, _), members in groups.items():
        ranked = sorted(
            members, key=lambda m: (-m.contribution_since, -m.contribution, -m.strength)
        )
        top = ranked[0]
        dates = sorted(d for d in (m.date for m in members) if d)
        also: dict[str, str] = {}
        for m in ranked[1:]:
            if m.indicator != top.indicator:
                also.setdefault(m.indicator, m.title)
        lines.append(
            EvidenceLine(
                dates[0] if dates else None,
                dates[-1] if dates else None,
                top.indicator,
                top.title,
                top.family,
                top.detector,
                len(members) if kind == "listing" else 1,
                sum(m.contribution for m in members),
                distinct_quotes(q for m in ranked for q in m.quotes),
                any(m.signal_id in carried_ids for m in members),
                tuple(also.items()),
                sum(m.contribution_since for m in members),
            )
        )
    lines.sort(
        key=lambda x: (
            SOURCE_ORDER.get(x.family, 2),
            -x.contribution_since,
            -x.contribution,
            x.first or "",
        )
    )
    return tuple(lines)


def _after(
    knowledge: Sequence[EvidenceItem], shown: Sequence[EvidenceItem]
) -> tuple[EvidenceItem, ...]:
    """The evidence not already shown as what carried the knowable-since day."""
    seen = {e.signal_id for e in shown}
    return tuple(e for e in knowledge if e.signal_id not in seen)


def heaviest(lines: Sequence[EvidenceLine], n: int) -> tuple[EvidenceLine, ...]:
    """The ``n`` lines that weighed most (on the knowable-since day or now), kept in the
    order of ``lines``."""
    chosen = sorted(
        range(len(lines)),
        key=lambda i: (-max(lines[i].contribution_since, lines[i].contribution), i),
    )[:n]
    return tuple(lines[i] for i in sorted(chosen))


@dataclass(frozen=True)
class MonthRow:
    month: str
    meetings: int
    tasks: int
    cases: int
    notes: int
    custom_work: int
    services: int
    deals_won: int
    revenue: float
    renewal_revenue: float


@dataclass(frozen=True)
class ScorePoint:
    date: str
    score: float
    band: str
    added: tuple[str, ...]
    event: bool


@dataclass(frozen=True)
class CurvePoint:
    """The policy's score on one date, for drawing: at an evidence date the curve has two
    points of that date, the score just before the evidence (``step``) and after it."""

    date: str
    score: float
    step: bool = False


@dataclass(frozen=True)
class DossierData:
    """Everything the dossier shows, as plain values (JSON-ready through ``as_dict``)."""

    subject_key: str
    subject_name: str
    domains: tuple[str, ...]
    countries: tuple[str, ...]
    industry: str
    as_of: str
    score: float
    band: str
    screened: bool
    knowable_since: str | None
    threshold: float
    carried_by: tuple[str, ...]
    known_on_that_day: tuple[EvidenceItem, ...]
    knowledge: tuple[EvidenceItem, ...]
    excluded: tuple[EvidenceItem, ...]
    months: tuple[MonthRow, ...]
    total_services: int
    total_revenue: float
    total_renewal_revenue: float
    revenue_after_knowable: float
    services_after_knowable: int
    series: tuple[ScorePoint, ...]
    policy_version: str
    policy_hash: str
    #: The front pages' evidence: what was known on the knowable-since day, and the key
    #: evidence that came after it, with listing-level signals folded (see :func:`fold`).
    carried_lines: tuple[EvidenceLine, ...] = ()
    key_lines: tuple[EvidenceLine, ...] = ()
    #: Currency of the revenue figures (the export's CurrencyIsoCode; USD when it names none).
    currency: str = "USD"
    currency_stated: bool = False
    #: The score as the policy computes it between the series' dates (decay included).
    curve: tuple[CurvePoint, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _day(value: datetime | None) -> str | None:
    return value.date().isoformat() if value is not None else None


def _part(record: Record | None, start: int) -> str:
    """ "title" or "body" when the record's text is its title, a blank line, then its body."""
    if record is None:
        return ""
    title = record.payload.get("title")
    if not isinstance(title, str) or not title or not record.text.startswith(title):
        return ""
    return "title" if start < len(title) else "body"


def _quotes(signal: Signal, records: Mapping[str, Record]) -> tuple[Quote, ...]:
    out = []
    for e in signal.evidence:
        record = records.get(e.record_id)
        out.append(
            Quote(
                e.record_id,
                e.quote,
                e.start,
                e.end,
                e.field,
                record.source if record else "",
                record.kind if record else "",
                record.origin if record else None,
                record.external_id if record else None,
                _part(record, e.start),
            )
        )
    return tuple(out)


def build_dossier(
    subject: Subject,
    signals: Iterable[Signal],
    records: Sequence[Record],
    policy: Policy,
    as_of: datetime,
    screened: bool = True,
    related: frozenset[str] = frozenset(),
) -> DossierData:
    """Gather a dossier's figures for ``subject`` as of ``as_of``.

    Args:
        subject: the customer.
        signals: its signals (and those of its people in ``related``); later ones ignored.
        records: the records the signals quote, and the customer's CRM records (every
            version: the months count the version in force on ``as_of``).
        policy: the policy to assess with.
        as_of: the date of the question.
        screened: whether a completed screening covered the subject.
    """
    when = as_utc(as_of)
    mine = [s for s in signals if s.subject_key == subject.key or s.subject_key in related]
    assessment = assess(subject.key, mine, policy, when, screened, related)
    by_id = {r.id: r for r in records}
    catalogue = indicators()
    contribution = {c.signal_id: c for c in assessment.contributions}
    since = assessment.knowable_since
    # Each signal's share of the score on the day the customer became knowable: what the
    # evidence weighed when it carried the score (allegations decay afterwards).
    then = (
        {
            c.signal_id: c.value
            for c in assess(subject.key, mine, policy, since, screened, related).contributions
        }
        if since is not None
        else {}
    )
    visible = {s.id: s for s in mine if s.observed_at is None or as_utc(s.observed_at) <= when}

    def item(signal: Signal) -> EvidenceItem:
        c = contribution.get(signal.id)
        known = catalogue.get(signal.indicator)
        return EvidenceItem(
            _day(signal.observed_at),
            signal.id,
            signal.indicator,
            known.spec.title if known else signal.indicator,
            c.family if c else (known.family if known else "unknown"),
            signal.strength,
            c.value if c else 0.0,
            c.note if c else "",
            signal.detector,
            _quotes(signal, by_id),
            explanation_of(signal),
            then.get(signal.id, 0.0),
        )

    scored = [s for s in visible.values() if contribution.get(s.id) and s.observed_at]
    scored = [s for s in scored if not contribution[s.id].note.startswith(("excluded", "undated"))]
    scored.sort(key=lambda s: (s.observed_at or when, s.indicator, s.id))
    knowledge = tuple(item(s) for s in scored)
    scored_ids = {s.id for s in scored}
    excluded = tuple(item(s) for s in visible.values() if s.id not in scored_ids)
    carried = tuple(c.signal_id for c in assessment.contributions if "carried the score" in c.note)
    on_that_day = tuple(
        i
        for i, s in zip(knowledge, scored, strict=True)
        if since and s.observed_at and s.observed_at <= since
    )
    months = _months(records, subject.key, related, when)
    currency = _currency(records, subject.key, related)
    prepared = prepare(mine, policy, when)
    points = _series(prepared, policy, when)
    since_month = since.strftime("%Y-%m") if since else None
    after = [m for m in months if since_month is not None and m.month >= since_month]
    return DossierData(
        subject_key=subject.key,
        subject_name=subject.name,
        domains=subject.domains,
        countries=subject.countries,
        industry=str(subject.properties.get("Industry", "")),
        as_of=when.date().isoformat(),
        score=assessment.score,
        band=assessment.band,
        screened=assessment.screened,
        knowable_since=_day(since),
        threshold=policy.spec.should_know,
        carried_by=carried,
        known_on_that_day=on_that_day,
        knowledge=knowledge,
        excluded=excluded,
        months=months,
        total_services=sum(m.services for m in months),
        total_revenue=sum(m.revenue for m in months),
        total_renewal_revenue=sum(m.renewal_revenue for m in months),
        revenue_after_knowable=sum(m.revenue for m in after),
        services_after_knowable=sum(m.services for m in after),
        series=points,
        policy_version=policy.version,
        policy_hash=policy.sha256,
        carried_lines=fold(on_that_day, carried),
        key_lines=heaviest(fold(_after(knowledge, on_that_day), carried), KEY_LINES),
        currency=currency or "USD",
        currency_stated=currency is not None,
        curve=score_curve(prepared, when),
    )


def _currency(records: Sequence[Record], key: str, related: frozenset[str]) -> str | None:
    """The one currency the customer's opportunities name, or None when none or several."""
    codes = {
        str(r.payload.get("CurrencyIsoCode") or "").strip().upper()
        for r in records
        if r.kind == "Opportunity" and (r.subject_key == key or r.subject_key in related)
    } - {""}
    return codes.pop() if len(codes) == 1 else None


def _months(
    records: Sequence[Record], key: str, related: frozenset[str], when: datetime
) -> tuple[MonthRow, ...]:
    # The version of each record in force on the day asked; then the people's records
    # count for the subject: re-key them (ids are kept).
    own = [
        r if r.subject_key == key else replace(r, subject_key=key)
        for r in in_force(records, when)
        if r.subject_key == key or r.subject_key in related
    ]
    found = participation(own, as_of=when).get(key)
    if found is None:
        return ()
    return tuple(
        MonthRow(
            m.month,
            m.meetings,
            m.tasks,
            m.cases,
            m.notes,
            m.custom_work,
            m.services,
            m.deals_won,
            m.revenue,
            m.renewal_revenue,
        )
        for m in found.months
    )


def _series(p: Prepared, policy: Policy, when: datetime) -> tuple[ScorePoint, ...]:
    out: list[ScorePoint] = []
    previous_score, previous_band = 0.0, policy.band_names[0]
    for point in series(p, policy, when):
        rose = point.score - previous_score >= EVENT_RISE or point.band != previous_band
        out.append(
            ScorePoint(
                point.at.date().isoformat(),
                point.score,
                point.band,
                tuple(sorted({s.indicator for s in point.added})),
                rose and bool(point.added),
            )
        )
        previous_score, previous_band = point.score, point.band
    return tuple(out)


def score_curve(
    p: Prepared, when: datetime, samples: int = CURVE_SAMPLES
) -> tuple[CurvePoint, ...]:
    """The score from the first dated signal to ``when``, as the policy computes it: a step
    at each evidence date (the score just before and just after) and decay in between,
    sampled on about ``samples`` evenly spaced days."""
    if not p.signals:
        return ()
    end = to_days(as_utc(when))
    events = np.unique(np.concatenate((p.days, p.ends[np.isfinite(p.ends) & (p.ends <= end)])))
    events = events[events <= end]
    if not events.size:
        return ()
    start = float(events[0])
    step = max(1.0, (end - start) / samples)
    grid = np.arange(np.floor(start) + step, end, step)
    event_dates = {from_days(float(d)).date() for d in events}
    grid = np.array([d for d in grid if from_days(float(d)).date() not in event_dates])
    # Just before each evidence date (the step's foot), each date, the grid, the end.
    before = events - 1e-6
    days = np.concatenate((before, events, grid, [end]))
    steps = np.concatenate(
        (np.ones(len(before), dtype=bool), np.zeros(len(days) - len(before), dtype=bool))
    )
    order = np.lexsort((~steps, days))
    scores, _ = scores_at(p, np.sort(days))
    by_day = dict(zip(np.sort(days).tolist(), scores.tolist(), strict=True))
    out: list[CurvePoint] = []
    for i in order.tolist():
        day = float(days[i])
        out.append(
            CurvePoint(from_days(day).date().isoformat(), round(by_day[day], 4), bool(steps[i]))
        )
    # The step's foot carries the date of the step itself (a vertical line on the chart).
    return tuple(
        CurvePoint(out[i + 1].date, c.score, True) if c.step and i + 1 < len(out) else c
        for i, c in enumerate(out)
    )
