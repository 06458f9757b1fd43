"""Assess a subject at many dates in one pass: the as-of series.

:func:`assess_series` gives, for each date asked, exactly the Assessment :func:`assess`
gives for that date alone, but prepares the subject's signals once (at the last date)
and finds "knowable since" once. The score at a date depends only on the signals
observed by then (:mod:`knowable.assess.combine` sums them in date order), so the
signals visible at an earlier date are a prefix of those prepared for the last one, and
the first crossing by an earlier date is the first crossing of the whole history if it
falls on or before that date, else there is none.

One thing breaks the prefix rule: evidence counted once (shared ``evidence_keys``) or
records read by several methods (``reading_of``), where a later signal can end or
displace an earlier one. A subject holding such signals is assessed date by date with
:func:`assess` (the same answer, at the old cost); so is a subject no screening covered.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

import numpy as np

from knowable.assess.combine import (
    Prepared,
    agreeing_at,
    evidence_keys,
    prepare,
    scores_at,
    to_days,
    values_at,
)
from knowable.assess.score import (
    assess,
    contributions,
    contributions_at_dates,
    static_parts,
)
from knowable.assess.seriestext import contribution_texts_at_dates
from knowable.assess.timeline import Crossing, crossings, knowable_crossing, knowable_window
from knowable.catalogue.policy import Policy
from knowable.model import Assessment, AssessmentText, Contribution, Signal
from knowable.timeutil import as_utc

T = TypeVar("T")


def _merges(signal: Signal) -> bool:
    """Whether the signal may be merged with another (one evidence, or one record read
    by several methods): then what an earlier date sees is not a prefix."""
    details = signal.details
    if not details:
        return False
    if "reading_of" in details and "reading" in details:
        return True
    return bool(evidence_keys(signal))


def prefix(p: Prepared, as_of_day: float) -> Prepared:
    """The prepared signals observed on or before ``as_of_day`` (those ``prepare`` keeps
    for that date when no signal merges with another)."""
    k = int(np.searchsorted(p.days, as_of_day, side="right"))
    excluded = tuple(
        (s, why)
        for s, why in p.excluded
        if s.observed_at is not None and to_days(s.observed_at) <= as_of_day
    )
    if k == p.days.size and len(excluded) == len(p.excluded):
        return p
    return dataclasses.replace(
        p,
        signals=p.signals[:k],
        days=p.days[:k],
        base=p.base[:k],
        half_life=p.half_life[:k],
        family=p.family[:k],
        source=p.source[:k],
        stages=p.stages[:k],
        ends=p.ends[:k],
        needs_corroboration=(
            p.needs_corroboration[:k] if p.needs_corroboration.size else p.needs_corroboration
        ),
        excluded=excluded,
    )


@dataclass(frozen=True)
class _Evaluated:
    """A subject's series evaluated once: what every date's contributions are made of."""

    full: Prepared
    crossing: Crossing | None
    #: The later, corroborated crossing that dates knowable-since once it comes (None:
    #: the first crossing dates it; :func:`~knowable.assess.timeline.crossings`).
    later: Crossing | None
    days: np.ndarray
    scores: np.ndarray
    families: np.ndarray
    values: np.ndarray
    agree: np.ndarray | None


def _evaluate(
    subject_key: str,
    signals: Iterable[Signal],
    policy: Policy,
    whens: Sequence[datetime],
    screened: bool,
    related: frozenset[str],
) -> _Evaluated | list[Assessment]:
    """The series evaluated in one pass, or, where the prefix rule does not hold, each
    date's assessment made alone."""
    own = [s for s in signals if s.subject_key == subject_key or s.subject_key in related]
    last = max(whens)
    limit = to_days(last)
    if not screened or any(
        _merges(s) for s in own if s.observed_at is not None and to_days(s.observed_at) <= limit
    ):
        return [assess(subject_key, own, policy, when, screened, related) for when in whens]
    full = prepare(own, policy, last)
    crossing, later = crossings(full, policy.spec.should_know, knowable_window(policy))
    days = np.array([to_days(when) for when in whens], dtype=np.float64)
    # Every date in one call; a later signal never changes an earlier date's result.
    scores, families = scores_at(full, days)
    values = values_at(full, days)
    agree = agreeing_at(full, values, policy)
    return _Evaluated(full, crossing, later, days, scores, families, values, agree)


def _since(e: _Evaluated, i: int) -> datetime | None:
    """Knowable-since as seen at the ``i``-th date: the crossing that came by then."""
    crossing = knowable_crossing(e.crossing, e.later, float(e.days[i]))
    return crossing.at if crossing else None


def _by_crossing(e: _Evaluated) -> list[tuple[np.ndarray, Crossing | None]]:
    """The dates' indices grouped by the crossing each date sees (the first, or the later
    corroborated one from its day on), each group with that crossing."""
    everything = np.arange(e.days.size)
    if e.later is None:
        return [(everything, e.crossing)]
    after = e.days >= to_days(e.later.at)
    return [(everything[~after], e.crossing), (everything[after], e.later)]


def _in_groups(
    e: _Evaluated, each: Callable[[np.ndarray, Crossing | None], Sequence[T]]
) -> list[T]:
    """``each(indices, crossing)`` for every group of :func:`_by_crossing`, the results put
    back in the order of the dates."""
    out: list[T | None] = [None] * e.days.size
    for indices, crossing in _by_crossing(e):
        if indices.size:
            for i, result in zip(indices.tolist(), each(indices, crossing), strict=True):
                out[i] = result
    return [result for result in out if result is not None]


def _assessments(
    subject_key: str, policy: Policy, whens: Sequence[datetime], e: _Evaluated
) -> list[Assessment]:
    full, crossing, days = e.full, e.crossing, e.days
    if e.agree is None:  # the policy's floor is zero: each date counts its sources itself
        static = static_parts(full)
        parts_at: list[tuple[float, str, tuple[Contribution, ...]]] = []
        for i, when in enumerate(whens):
            day = float(days[i])
            p = prefix(full, day)
            by_then = knowable_crossing(crossing, e.later, day)
            evaluated = (float(e.scores[i]), e.families[i], e.values[i, : p.days.size])
            parts_at.append(contributions(p, policy, when, by_then, evaluated, None, static))
    else:
        agree = e.agree
        parts_at = _in_groups(
            e,
            lambda ix, seen: contributions_at_dates(
                full,
                policy,
                [whens[i] for i in ix.tolist()],
                days[ix],
                seen,
                e.scores[ix],
                e.families[ix],
                e.values[ix],
                agree[ix],
            ),
        )
    return [
        Assessment(
            subject_key=subject_key,
            as_of=when,
            score=score,
            band=band,
            policy_version=policy.version,
            policy_hash=policy.sha256,
            contributions=parts,
            knowable_since=_since(e, i),
            screened=True,
        )
        for i, (when, (score, band, parts)) in enumerate(zip(whens, parts_at, strict=True))
    ]


def assess_series(
    subject_key: str,
    signals: Iterable[Signal],
    policy: Policy,
    dates: Sequence[datetime],
    screened: bool = True,
    related: frozenset[str] = frozenset(),
) -> list[Assessment]:
    """The subject's assessment at each of ``dates`` (in the order given), each equal to
    ``assess(subject_key, signals, policy, date, screened, related)``."""
    whens = [as_utc(d) for d in dates]
    if not whens:
        return []
    e = _evaluate(subject_key, signals, policy, whens, screened, related)
    return e if isinstance(e, list) else _assessments(subject_key, policy, whens, e)


def assess_series_text(
    subject_key: str,
    signals: Iterable[Signal],
    policy: Policy,
    dates: Sequence[datetime],
    screened: bool = True,
    related: frozenset[str] = frozenset(),
) -> list[Assessment | AssessmentText]:
    """:func:`assess_series` as the store will keep it: where the series is evaluated
    in one pass, each date's assessment comes with its contributions already written as
    their stored JSON (:class:`~knowable.model.AssessmentText`,
    :func:`~knowable.assess.seriestext.contribution_texts_at_dates`); the dates of a
    subject assessed date by date (a merging signal, not screened) and a policy whose
    floor is zero give the Assessments themselves."""
    whens = [as_utc(d) for d in dates]
    if not whens:
        return []
    e = _evaluate(subject_key, signals, policy, whens, screened, related)
    if isinstance(e, list):
        return list(e)
    if e.agree is None:
        return list(_assessments(subject_key, policy, whens, e))
    agree = e.agree
    texts = _in_groups(
        e,
        lambda ix, seen: contribution_texts_at_dates(
            e.full, policy, e.days[ix], seen, e.scores[ix], e.families[ix], e.values[ix], agree[ix]
        ),
    )
    return [
        AssessmentText(
            subject_key,
            when,
            score,
            band,
            policy.version,
            policy.sha256,
            text,
            _since(e, i),
            True,
        )
        for i, (when, (score, band, text)) in enumerate(zip(whens, texts, strict=True))
    ]


def assess_series_many(
    signals_by_subject: Mapping[str, Sequence[Signal]],
    subject_keys: Iterable[str],
    policy: Policy,
    dates: Sequence[datetime],
    screened: set[str] | frozenset[str] | None = None,
    people: Mapping[str, Sequence[str]] | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[datetime, list[Assessment]]:
    """:func:`~knowable.assess.score.assess_many` at every date (sorted, each once): date ->
    assessments, each list in the order of ``subject_keys``. ``progress`` is told how many
    subjects are done, every thousand."""
    return _many(
        assess_series, signals_by_subject, subject_keys, policy, dates, screened, people, progress
    )


def assess_series_text_many(
    signals_by_subject: Mapping[str, Sequence[Signal]],
    subject_keys: Iterable[str],
    policy: Policy,
    dates: Sequence[datetime],
    screened: set[str] | frozenset[str] | None = None,
    people: Mapping[str, Sequence[str]] | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[datetime, list[Assessment | AssessmentText]]:
    """:func:`assess_series_many` through :func:`assess_series_text`: what the store
    writes for each date, the same rows."""
    return _many(
        assess_series_text,
        signals_by_subject,
        subject_keys,
        policy,
        dates,
        screened,
        people,
        progress,
    )


def _many(
    one: Callable[
        [str, Sequence[Signal], Policy, Sequence[datetime], bool, frozenset[str]], list[T]
    ],
    signals_by_subject: Mapping[str, Sequence[Signal]],
    subject_keys: Iterable[str],
    policy: Policy,
    dates: Sequence[datetime],
    screened: set[str] | frozenset[str] | None,
    people: Mapping[str, Sequence[str]] | None,
    progress: Callable[[int], None] | None,
) -> dict[datetime, list[T]]:
    whens = sorted({as_utc(d) for d in dates})
    out: dict[datetime, list[T]] = {when: [] for when in whens}
    for done, key in enumerate(subject_keys, 1):
        if progress is not None and done % 1000 == 0:
            progress(done)
        covered = True if screened is None else key in screened
        related = frozenset((people or {}).get(key, ()))
        found: list[Signal] = list(signals_by_subject.get(key, ()))
        for person in related:
            found.extend(signals_by_subject.get(person, ()))
        if related and screened is not None:
            covered = covered or any(p in screened for p in related)
        for when, item in zip(whens, one(key, found, policy, whens, covered, related), strict=True):
            out[when].append(item)
    return out
