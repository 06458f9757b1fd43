"""Assess a subject as of a date: score, band, contributions, knowable since.

:func:`assess` is pure: the same signals, policy and date always give the same
Assessment, and only signals observed on or before ``as_of`` are seen. Signals without a
date cannot be placed in time; they are listed (value 0, note "undated") and never
scored. Indicators the policy may not use for a business score are listed as excluded.
Signals that are the same evidence as a counted one (shared ``evidence_keys``, see
:mod:`knowable.assess.combine`) are listed with value 0 and the id of the one counted;
a signal that has ended (``details["ended_at"]``) is listed with value 0 from its end on.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import NamedTuple

import numpy as np

from knowable.assess.combine import Prepared, agreeing, prepare, scores_at, signal_values, to_days
from knowable.assess.timeline import (
    Crossing,
    crossings,
    from_days,
    knowable_crossing,
    knowable_window,
)
from knowable.catalogue.policy import NOT_SCREENED, Policy
from knowable.model import Assessment, Contribution, Signal, contribution
from knowable.timeutil import as_utc

NOTE_UNDATED = "undated: cannot be placed in time, not scored"
_NOTE_DUPLICATE = "same evidence as signal"
#: What an ended signal's note says after its end date.
_ENDED = " (de-listed, or checked and cleared by staff): no value from then on"
NOTE_ALONE = (
    "; not yet corroborated (no other finding, nor a second record): held below the "
    "should-know threshold"
)


def _share(x: float) -> float:
    """A family's or signal's weight in the attribution: its log-odds of absence."""
    return -math.log1p(-min(x, 1.0 - 1e-12))


def contributions(
    p: Prepared,
    policy: Policy,
    as_of: datetime,
    crossing: Crossing | None,
    evaluated: tuple[float, np.ndarray, np.ndarray] | None = None,
    agree: int | None = None,
    static: Sequence[tuple[str, str, float]] | None = None,
) -> tuple[float, str, tuple[Contribution, ...]]:
    """Score and band at ``as_of`` and each signal's share of the score.

    The score is split across families in proportion to -log(1 - family value), and a
    family's share across its signals in proportion to -log(1 - signal value), so the
    contributions of all signals add up to the score. ``evaluated`` is the score, family
    values and signal values at ``as_of`` when the caller has them already (the as-of
    series evaluates every date in one call); they are computed here otherwise. ``agree``
    (how many sources reach the floor, :func:`agreeing`) and ``static`` (each signal's
    :func:`static_parts`, for at least ``p``'s signals) are likewise what the series
    computes once for every date.
    """
    at = np.array([to_days(as_of)], dtype=np.float64)
    if evaluated is None:
        scores, families = scores_at(p, at)
        score, row, values = float(scores[0]), families[0], signal_values(p, float(at[0]))
    else:
        score, row, values = evaluated
    if agree is None:
        agree = agreeing(p, float(at[0]), policy)
    band = policy.band_for(score, agree)
    family_share = [_share(float(v)) for v in row]
    total = sum(family_share)
    signal_share = np.where(values > 0, -np.log1p(-values), 0.0)
    # Summed in signal order, as np.add.at would (bincount adds element by element).
    family_total = np.bincount(p.family, weights=signal_share, minlength=len(p.family_names))
    carried = {s.id for s in crossing.carried_by} if crossing else set()
    carried_note = crossing_note(crossing)
    capped = [
        f"; {name} family at its cap {p.caps[f]:.2f}" if row[f] >= p.caps[f] - 1e-12 else ""
        for f, name in enumerate(p.family_names)
    ]
    scale = [
        score * family_share[f] / total / family_total[f]
        if total > 0 and family_total[f] > 0
        else 0.0
        for f in range(len(p.family_names))
    ]
    alone = float(at[0]) < p.corroborated_from
    needs = (
        p.needs_corroboration.tolist() if p.needs_corroboration.size else [False] * len(p.signals)
    )
    parts = static_parts(p) if static is None else static[: len(p.signals)]
    out: list[Contribution] = []
    for signal, f, value, share, end, held, (head, tail, weight) in zip(
        p.signals,
        p.family.tolist(),
        values.tolist(),
        signal_share.tolist(),
        p.ends.tolist(),
        needs,
        parts,
        strict=True,
    ):
        note = f"{head}{value:.3f}; {tail}{capped[f]}"
        if math.isfinite(end):
            when = from_days(end).date()
            note += f"; ended {when}{_ENDED}" if end <= float(at[0]) else f"; ends {when}"
        if held and alone:
            note += NOTE_ALONE
        if carried and signal.id in carried:
            note += carried_note
        out.append(
            Contribution(
                signal.id, signal.indicator, p.family_names[f], weight, scale[f] * share, note
            )
        )
    for signal, counted in p.duplicates:
        out.append(
            Contribution(
                signal.id,
                signal.indicator,
                family_of(signal),
                0.0,
                0.0,
                f"{_NOTE_DUPLICATE} {counted}, counted once",
            )
        )
    for signal, reason in p.excluded:
        out.append(Contribution(signal.id, signal.indicator, family_of(signal), 0.0, 0.0, reason))
    for signal in p.undated:
        out.append(
            Contribution(signal.id, signal.indicator, family_of(signal), 0.0, 0.0, NOTE_UNDATED)
        )
    return score, band, tuple(out)


class DateFrame(NamedTuple):
    """What every contribution at one date of an as-of series shares (:func:`date_frames`)."""

    day: float
    #: How many of the prepared signals are observed by then (the first ones).
    observed: int
    score: float
    band: str
    #: Per family: the score's part per unit of a signal's share.
    scale: list[float]
    #: Per family: what its signals' notes say of its cap ("" when below it).
    capped: list[str]
    #: Whether signals needing corroboration are still alone.
    alone: bool
    #: Whether the crossing has happened by then (the carried signals say so).
    crossed: bool
    #: The first ``observed`` signals' values and shares.
    values: list[float]
    shares: list[float]


def date_frames(
    p: Prepared,
    policy: Policy,
    days: np.ndarray,
    crossing: Crossing | None,
    scores: np.ndarray,
    families: np.ndarray,
    values: np.ndarray,
    agree: np.ndarray,
) -> list[DateFrame]:
    """Each date's :class:`DateFrame`, from what the series evaluated once (``scores``,
    ``families`` and ``values`` at each of ``days``, as
    :func:`~knowable.assess.combine.scores_at`, :func:`~knowable.assess.combine.values_at`
    and :func:`~knowable.assess.combine.agreeing_at` give them for ``p``, prepared at the
    last date): element by element what :func:`contributions` computes at that date alone.
    """
    names = p.family_names
    caps = p.caps.tolist()
    counts = np.searchsorted(p.days, days, side="right").tolist()
    crossing_day = to_days(crossing.at) if crossing else math.inf
    shares = np.where(values > 0, -np.log1p(-values), 0.0)
    value_rows, share_rows = values.tolist(), shares.tolist()
    family_rows = families.tolist()
    out: list[DateFrame] = []
    for i, k in enumerate(counts):
        day = float(days[i])
        score = float(scores[i])
        row = family_rows[i]
        family_share = [_share(v) if v else 0.0 for v in row]  # _share(0.0) is 0.0
        total = sum(family_share)
        # Summed in signal order, as contributions() sums them (bincount, one by one).
        family_total = np.bincount(
            p.family[:k], weights=shares[i, :k], minlength=len(names)
        ).tolist()
        out.append(
            DateFrame(
                day,
                k,
                score,
                policy.band_for(score, int(agree[i])),
                [
                    score * family_share[f] / total / family_total[f]
                    if total > 0 and family_total[f] > 0
                    else 0.0
                    for f in range(len(names))
                ],
                [
                    f"; {name} family at its cap {caps[f]:.2f}" if row[f] >= caps[f] - 1e-12 else ""
                    for f, name in enumerate(names)
                ],
                day < p.corroborated_from,
                crossing_day <= day,
                value_rows[i][:k],
                share_rows[i][:k],
            )
        )
    return out


def endings(p: Prepared) -> list[tuple[str, str]]:
    """What each prepared signal's note adds about its end: once ended, and before."""
    out: list[tuple[str, str]] = []
    for end in p.ends.tolist():
        if math.isfinite(end):
            when = from_days(end).date()
            out.append(
                (
                    f"; ended {when}{_ENDED}",
                    f"; ends {when}",
                )
            )
        else:
            out.append(("", ""))
    return out


def crossing_note(crossing: Crossing | None) -> str:
    """What the note of a signal that carried the score across the threshold (or, for a
    corroborated crossing, to the knowable-since standard) adds."""
    if crossing is None:
        return ""
    if crossing.corroborated:
        return f"; carried the score to the should-know standard on {crossing.at.date()}" + (
            " (corroborated; it had reached the threshold on fewer records)"
        )
    return f"; carried the score across the threshold on {crossing.at.date()}"


def contributions_at_dates(
    p: Prepared,
    policy: Policy,
    whens: Sequence[datetime],
    days: np.ndarray,
    crossing: Crossing | None,
    scores: np.ndarray,
    families: np.ndarray,
    values: np.ndarray,
    agree: np.ndarray,
) -> list[tuple[float, str, tuple[Contribution, ...]]]:
    """:func:`contributions` at every date of a series, from what the series evaluated
    once (see :func:`date_frames`): for date ``i``, exactly what ``contributions`` gives
    for the signals of ``p`` observed by then and ``crossing`` if it falls on or before it.

    What does not change from one date to the next (each signal's id, family, weight,
    note head and stage, the dates of its end) is worked out once; a date then costs its
    values, shares and notes. Valid when no signal of ``p`` merges with another (the
    series' prefix rule), so every date's signals are the first ones of ``p``.
    """
    n = len(p.signals)
    names = p.family_names
    needs = p.needs_corroboration.tolist() if p.needs_corroboration.size else [False] * n
    carried_ids = {s.id for s in crossing.carried_by} if crossing else set()
    carried = crossing_note(crossing)
    # Per signal, once: its fixed fields and the texts its end adds to the note.
    fixed = [
        (signal.id, signal.indicator, head, weight, tail, f, end, ended, ending, needs[j])
        for j, (signal, f, end, (head, tail, weight), (ended, ending)) in enumerate(
            zip(
                p.signals,
                p.family.tolist(),
                p.ends.tolist(),
                static_parts(p),
                endings(p),
                strict=True,
            )
        )
    ]
    excluded_days = [
        to_days(s.observed_at) if s.observed_at is not None else math.inf for s, _ in p.excluded
    ]
    tail_parts = [
        Contribution(s.id, s.indicator, family_of(s), 0.0, 0.0, duplicate_note(c))
        for s, c in p.duplicates
    ]
    excluded_parts = [
        Contribution(s.id, s.indicator, family_of(s), 0.0, 0.0, why) for s, why in p.excluded
    ]
    undated_parts = tuple(
        Contribution(s.id, s.indicator, family_of(s), 0.0, 0.0, NOTE_UNDATED) for s in p.undated
    )
    out: list[tuple[float, str, tuple[Contribution, ...]]] = []
    for frame in date_frames(p, policy, days, crossing, scores, families, values, agree):
        day, scale, capped = frame.day, frame.scale, frame.capped
        alone, crossed = frame.alone, frame.crossed and bool(carried_ids)
        parts: list[Contribution] = []
        for j, (value, share) in enumerate(zip(frame.values, frame.shares, strict=True)):
            sid, indicator, head, weight, tail, f, end, ended, ending, held = fixed[j]
            note = f"{head}{value:.3f}; {tail}{capped[f]}"
            if ended:
                note += ended if end <= day else ending
            if alone and held:
                note += NOTE_ALONE
            if crossed and sid in carried_ids:
                note += carried
            parts.append(contribution(sid, indicator, names[f], weight, scale[f] * share, note))
        parts.extend(tail_parts)
        parts.extend(
            part for part, at in zip(excluded_parts, excluded_days, strict=True) if at <= day
        )
        out.append((frame.score, frame.band, (*parts, *undated_parts)))
    return out


def duplicate_note(counted: str) -> str:
    return f"{_NOTE_DUPLICATE} {counted}, counted once"


def static_parts(p: Prepared) -> list[tuple[str, str, float]]:
    """What each prepared signal's contribution says at every date: the note's head (up
    to the value), its stage and decay, and the signal's weight."""
    stage_notes: dict[tuple[str, float], str] = {}
    out: list[tuple[str, str, float]] = []
    needs = (
        p.needs_corroboration.tolist() if p.needs_corroboration.size else [False] * len(p.signals)
    )
    for signal, base, stage, half_life, held in zip(
        p.signals, p.base.tolist(), p.stages, p.half_life.tolist(), needs, strict=True
    ):
        stage_note = stage_notes.get((stage, half_life))
        if stage_note is None:
            decays = math.isfinite(half_life)
            stage_note = f"{stage}, half-life {half_life:.0f} d" if decays else f"{stage}, no decay"
            stage_notes[(stage, half_life)] = stage_note
        weight = base / signal.strength if signal.strength else 0.0
        head = f"strength {signal.strength:.2f}; "
        score = signal.details.get("model_score") if held and signal.details else None
        if isinstance(score, int | float):
            # Why a rule's finding may be held (policy corroboration.model_below).
            head += f"the relationship model scored its record {float(score):.2f}; "
        out.append((head + "value now ", stage_note, weight))
    return out


def family_of(signal: Signal) -> str:
    from knowable.catalogue import indicators

    known = indicators().get(signal.indicator)
    return known.family if known is not None else "unknown"


def assess(
    subject_key: str,
    signals: Iterable[Signal],
    policy: Policy,
    as_of: datetime,
    screened: bool = True,
    related: frozenset[str] = frozenset(),
) -> Assessment:
    """The policy's verdict on one subject as of ``as_of``.

    Args:
        subject_key: the subject assessed; signals of other subjects are ignored unless
            their key is in ``related`` (the subject's own people, e.g. its officers).
        signals: the subject's signals (later ones are ignored, undated ones listed).
        policy: the policy to apply; its version and hash go into the assessment.
        as_of: the date of the question (UTC; naive means UTC).
        screened: whether any completed screening covered the subject. A subject that
            no screening covered and that has no signal is "not_screened", never "clear".
    """
    when = as_utc(as_of)
    own = [s for s in signals if s.subject_key == subject_key or s.subject_key in related]
    p = prepare(own, policy, when)
    if not screened and not p.signals and not p.excluded:
        return Assessment(
            subject_key=subject_key,
            as_of=when,
            score=0.0,
            band=NOT_SCREENED,
            policy_version=policy.version,
            policy_hash=policy.sha256,
            contributions=tuple(
                Contribution(s.id, s.indicator, family_of(s), 0.0, 0.0, NOTE_UNDATED)
                for s in p.undated
            ),
            knowable_since=None,
            screened=False,
        )
    crossing = knowable_crossing(*crossings(p, policy.spec.should_know, knowable_window(policy)))
    score, band, parts = contributions(p, policy, when, crossing)
    return Assessment(
        subject_key=subject_key,
        as_of=when,
        score=score,
        band=band,
        policy_version=policy.version,
        policy_hash=policy.sha256,
        contributions=parts,
        knowable_since=crossing.at if crossing else None,
        screened=True,
    )


def assess_many(
    signals_by_subject: Mapping[str, Sequence[Signal]],
    subject_keys: Iterable[str],
    policy: Policy,
    as_of: datetime,
    screened: set[str] | frozenset[str] | None = None,
    people: Mapping[str, Sequence[str]] | None = None,
) -> list[Assessment]:
    """Assess every subject in ``subject_keys`` (those without signals included).

    ``screened`` holds the keys of subjects some completed screening covered; None means
    every subject was screened. ``people`` maps a subject to the keys of its people,
    whose signals count towards it.
    """
    out: list[Assessment] = []
    for key in subject_keys:
        covered = True if screened is None else key in screened
        related = frozenset((people or {}).get(key, ()))
        found: list[Signal] = list(signals_by_subject.get(key, ()))
        for person in related:
            found.extend(signals_by_subject.get(person, ()))
        if related and screened is not None:
            covered = covered or any(p in screened for p in related)
        out.append(assess(key, found, policy, as_of, covered, related))
    return out
