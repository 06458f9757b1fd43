"""Score over time and "knowable since", by sweeping a subject's signal dates.

Between two signal dates a score can only fall (allegations decay, findings end), so the
score first crosses the "should know" threshold on the date a signal arrives. Evaluating
the score at each distinct signal date therefore finds the crossing exactly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import numpy as np

from knowable.assess.combine import (
    SECONDS_PER_DAY,
    Array,
    Prepared,
    agreeing,
    rounded,
    scores_at,
    to_days,
)
from knowable.catalogue.policy import Policy
from knowable.model import Signal
from knowable.timeutil import as_utc

#: Dates evaluated per block while looking for the first crossing: small first (most
#: crossings come early or never), doubling up to the maximum.
_FIRST_BLOCK = 16
_MAX_BLOCK = 512


@dataclass(frozen=True, slots=True)
class Point:
    """The score on one date, and the signals that arrived on it."""

    at: datetime
    score: float
    band: str
    families: dict[str, float]
    added: tuple[Signal, ...]


@dataclass(frozen=True, slots=True)
class Crossing:
    """When the score first reached the threshold, and the signals that carried it across."""

    at: datetime
    score: float
    carried_by: tuple[Signal, ...]
    #: Whether this is the later day on which the evidence met the stricter knowable-since
    #: standard (policy ``corroboration.knowable_records``) after reaching the threshold.
    corroborated: bool = False


def from_days(day: float) -> datetime:
    return datetime.fromtimestamp(day * SECONDS_PER_DAY, tz=UTC)


def _at(p: Prepared, index: int) -> datetime:
    """The exact observation time of the signal at ``index`` (prepared signals are dated)."""
    observed = p.signals[index].observed_at
    return observed if observed is not None else from_days(float(p.days[index]))


def _distinct_days(p: Prepared) -> tuple[Array, list[tuple[int, int]]]:
    """Distinct signal days and, for each, the [start, end) slice of signals on it."""
    if p.days.size == 0:
        return np.zeros(0, dtype=np.float64), []
    days, starts = np.unique(p.days, return_index=True)
    ends = [*starts[1:].tolist(), p.days.size]
    return days, list(zip(starts.tolist(), ends, strict=True))


def first_crossing(p: Prepared, threshold: float) -> Crossing | None:
    """The first signal date on which the score reaches ``threshold``; None if never."""
    days, slices = _distinct_days(p)
    start, size = 0, _FIRST_BLOCK
    while start < days.size:
        block = days[start : start + size]
        scores, _ = scores_at(p, block)
        hits = np.flatnonzero(rounded(scores) >= threshold)
        if hits.size:
            i = int(hits[0])
            a, b = slices[start + i]
            return Crossing(_at(p, a), float(scores[i]), p.signals[a:b])
        start += size
        size = min(size * 2, _MAX_BLOCK)
    return None


def crossings(
    p: Prepared, threshold: float, within_days: float = 0.0
) -> tuple[Crossing | None, Crossing | None]:
    """The first crossing of ``threshold``, and the later day on which the score first
    reaches it with findings corroborated by the knowable-since standard
    (``p.knowable_from``), when that day comes after the first and, if ``within_days`` is
    set, no more than that many days after it (else None)."""
    first = first_crossing(p, threshold)
    if first is None or p.knowable_from <= p.corroborated_from:
        return first, None
    if within_days and p.knowable_from - to_days(first.at) > within_days:
        return first, None
    strict = first_crossing(replace(p, corroborated_from=p.knowable_from), threshold)
    if strict is None or strict.at <= first.at:
        return first, None
    if within_days and to_days(strict.at) - to_days(first.at) > within_days:
        return first, None
    return first, replace(strict, corroborated=True)


def knowable_window(policy: Policy) -> float:
    """The policy's ``corroboration.knowable_within_days`` (0: no limit)."""
    held = policy.spec.corroboration
    return float(held.knowable_within_days) if held is not None else 0.0


def knowable_crossing(
    first: Crossing | None, later: Crossing | None, day: float = math.inf
) -> Crossing | None:
    """The crossing that dates "knowable since" as seen on ``day`` (of :func:`crossings`):
    the later, corroborated one once it has come, else the first once it has come."""
    if later is not None and to_days(later.at) <= day:
        return later
    if first is not None and to_days(first.at) <= day:
        return first
    return None


def series(p: Prepared, policy: Policy, as_of: datetime) -> list[Point]:
    """The score at every signal date, every end of a signal (e.g. a de-listing) up to
    ``as_of``, and at ``as_of`` (the last point)."""
    days, slices = _distinct_days(p)
    as_of = as_utc(as_of)  # naive means UTC, as everywhere in assess
    as_of_day = to_days(as_of)
    ends = p.ends[np.isfinite(p.ends) & (p.ends < as_of_day)]
    ends = np.setdiff1d(ends, days)
    arrivals = dict(zip(days.tolist(), slices, strict=True))
    all_days = np.union1d(days, ends)
    if not all_days.size or all_days[-1] < as_of_day:
        all_days = np.append(all_days, as_of_day)
    scores, families = scores_at(p, all_days)
    names = p.family_names
    points: list[Point] = []
    for i, day in enumerate(all_days.tolist()):
        a, b = arrivals.get(day, (0, 0))
        if day in arrivals:
            at = _at(p, a)
        elif day == as_of_day:
            at = as_of
        else:
            at = from_days(day)
        row = families[i]
        points.append(
            Point(
                at=at,
                score=float(scores[i]),
                band=policy.band_for(float(scores[i]), agreeing(p, float(day), policy)),
                families={names[f]: float(row[f]) for f in range(len(names)) if row[f] > 0},
                added=p.signals[a:b],
            )
        )
    return points
