"""The arithmetic of the policy, vectorised: signal values, family values, score at dates.

A subject's signals are prepared once (weights looked up, sorted by date); then
:func:`scores_at` evaluates the score at any number of dates. Within a family, signal
logs are summed with a running (prefix) sum in date order, so the score at a date depends
only on signals observed on or before it, bit for bit: adding later signals can never
change an earlier result.

Two rules make a signal count for a time, and once:

- **Ended**: ``details["ended_at"]`` (ISO 8601) is when the finding stopped holding, e.g.
  the list version that no longer holds a listing. From that date on the signal has no
  value; before it, it counts in full. It stays in the history, so the score before the
  end (and "knowable since") is unchanged.
- **One piece of evidence**: signals of one subject whose ``details["evidence_keys"]``
  share a key are the same evidence (e.g. one listing seen by screening runs made as of
  different dates). Of those visible at the date asked, the earliest counts and the others
  are listed as duplicates with no value; a duplicate's end (a de-listing another run saw)
  ends the one that counts. A duplicate observed after the counted one has ended starts
  a new period of that evidence (re-listed) and counts from its own date.
- **One record, one reading**: signals that are different methods' readings of one record
  (``details["reading_of"]`` and ``details["reading"]``, e.g. the relationship rules and
  the relationship model on one CRM note) count once, by the method that values the record
  higher; the other method's signals are listed as duplicates (:func:`best_readings`).

And one rule keeps a lone reading from deciding alone: signals of the indicators the
policy lists under ``corroboration`` (the relationship model's reading of a record) may
raise a score (at the policy's ``alone_weight`` of their value) to just below
``should_know`` but not across it until something else
corroborates them: a signal of another indicator of an independent family (a rule's
reading of the same record included), or readings of enough distinct records
(:func:`corroborated_from`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

import numpy as np
import numpy.typing as npt

from knowable.catalogue import indicators
from knowable.catalogue.policy import Policy
from knowable.model import Signal, ended_at
from knowable.unionfind import UnionFind

Array = npt.NDArray[np.float64]
SECONDS_PER_DAY = 86400.0
#: Signal values are kept just below 1 so that logs stay finite.
_MAX_VALUE = 1.0 - 1e-12
#: Largest matrix (dates x signals) evaluated at once.
_BLOCK_ELEMENTS = 2_000_000


def to_days(when: datetime) -> float:
    """Days since the epoch (UTC) as a float."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp() / SECONDS_PER_DAY


@dataclass(frozen=True)
class Prepared:
    """A subject's scoreable signals in date order, with their policy numbers."""

    signals: tuple[Signal, ...]
    days: Array
    base: Array  # indicator weight x evidence weight x strength
    half_life: Array  # days; inf when the signal never decays
    family: npt.NDArray[np.int64]
    source: npt.NDArray[np.int64]
    stages: tuple[str, ...]
    family_names: tuple[str, ...]
    caps: Array
    independent: npt.NDArray[np.bool_]
    excluded: tuple[tuple[Signal, str], ...]
    undated: tuple[Signal, ...]
    #: Days from which each signal no longer counts; inf while it holds.
    ends: Array
    #: Signals that are the same evidence as a counted one: (signal, id of that one).
    duplicates: tuple[tuple[Signal, str], ...] = ()
    #: min_score of every band above the lowest, ascending: evidence of families that are
    #: not independent (participation) may raise a score within a band, never across an edge.
    band_edges: Array = field(default_factory=lambda: np.zeros(0, dtype=np.float64))
    #: Signals that need corroboration (policy ``corroboration``) and the day from which
    #: they have it (inf: never); until then they never carry the score to ``should_know``.
    needs_corroboration: npt.NDArray[np.bool_] = field(
        default_factory=lambda: np.zeros(0, dtype=bool)
    )
    corroborated_from: float = float("inf")
    #: The day from which they have it by the knowable-since standard (policy
    #: ``corroboration.knowable_records``; the same as ``corroborated_from`` when unset).
    knowable_from: float = float("inf")
    should_know: float = 1.0
    #: Share of its value an uncorroborated signal counts for.
    alone_weight: float = 1.0


def rounded(scores: Array) -> Array:
    """Scores as shown (two decimals, half away from zero); bands are read from these."""
    out: Array = np.floor(np.asarray(scores, dtype=np.float64) * 100.0 + 0.5 + 1e-9) / 100.0
    return out


def signal_numbers(signal: Signal, policy: Policy) -> tuple[str, float, str, float] | str:
    """(family, base value, stage, half-life) for a signal, or the reason it is excluded."""
    stage = signal.details.get("stage") if signal.details else None
    found = _lookup(policy, signal.indicator, str(stage) if stage else None)
    if isinstance(found, str):
        return found
    family, weight, stage_name, half_life = found
    return family, weight * signal.strength, stage_name, half_life


def _lookup(
    policy: Policy, indicator_id: str, stage: str | None
) -> tuple[str, float, str, float] | str:
    """Policy numbers of an (indicator, stage) pair, memoised per policy object."""
    key = (indicator_id, stage)
    found: tuple[str, float, str, float] | str | None = policy.lookups.get(key)
    if found is None:
        found = _compute_lookup(policy, indicator_id, stage)
        policy.lookups[key] = found
    return found


def _compute_lookup(
    policy: Policy, indicator_id: str, stage: str | None
) -> tuple[str, float, str, float] | str:
    known = indicators().get(indicator_id)
    if known is None:
        return f"excluded: unknown indicator {indicator_id}"
    if not known.spec.business_score:
        return "excluded: this indicator never feeds a business-level score (fairness)"
    spec = policy.spec
    family = policy.family_of(indicator_id, known.spec.family)
    weight = policy.indicator_weight(indicator_id) * spec.evidence_weights[known.spec.evidence]
    name = stage if stage and stage in spec.stages else spec.default_stage[family]
    half_life = policy.half_life_days(name)
    return family, weight, name, half_life if half_life else float("inf")


def ended_day(signal: Signal) -> float:
    """Day from which ``signal`` no longer holds (``details["ended_at"]``); inf if never.

    An end on or before the signal's own date is ignored (it cannot end before it began).
    """
    end = ended_at(signal)
    if end is None or signal.observed_at is None:
        return float("inf")
    day = to_days(end)
    return day if day > to_days(signal.observed_at) else float("inf")


def evidence_keys(signal: Signal) -> list[str]:
    """``details["evidence_keys"]``; for signals stored before that field (watchlist hits
    with ``list`` and ``entry_id``), the listing's key ``list|entry_id``."""
    details = signal.details
    if not details:
        return []
    keys = details.get("evidence_keys")
    if isinstance(keys, list | tuple):
        return [str(k) for k in keys]
    if "list" in details and "entry_id" in details:
        return [f"{details['list']}|{details['entry_id']}"]
    return []


def counted_once(
    signals: Sequence[tuple[float, Signal]],
) -> tuple[list[tuple[float, Signal, float]], list[tuple[Signal, str]]]:
    """Merge signals that are the same evidence (shared ``evidence_keys``; see the module
    docstring). ``signals`` are (day, signal) sorted by day then id; returns the counted
    ones as (day, signal, end day), in the same order, and the duplicates."""
    groups = UnionFind(len(signals))
    first: dict[tuple[str, str], int] = {}
    for i, (_, signal) in enumerate(signals):
        for key in evidence_keys(signal):
            groups.union(first.setdefault((signal.subject_key, key), i), i)
    ends = [ended_day(signal) for _, signal in signals]
    host: list[int] = list(range(len(signals)))
    open_periods: dict[int, list[int]] = {}
    for i, (day, _) in enumerate(signals):
        root = groups.find(i)
        periods = open_periods.setdefault(root, [])
        for k in periods:
            if signals[k][0] <= day < ends[k]:
                host[i] = k
                ends[k] = min(ends[k], ends[i])
                break
        else:
            periods.append(i)
    counted = [(d, s, ends[i]) for i, (d, s) in enumerate(signals) if host[i] == i]
    duplicates = [(s, signals[host[i]][1].id) for i, (_, s) in enumerate(signals) if host[i] != i]
    return counted, duplicates


def best_readings(
    signals: Sequence[tuple[float, Signal]], base: dict[str, float]
) -> tuple[list[tuple[float, Signal]], list[tuple[Signal, str]]]:
    """Count one record once when several methods read it.

    Signals whose ``details["reading_of"]`` names the same record and whose
    ``details["reading"]`` names different methods (e.g. the relationship rules and the
    relationship model) are readings of one piece of evidence. Only the reading that values
    the record higher counts (a method's signals together, combined as a family combines
    them; ties go to the method named first alphabetically); the other method's signals
    are returned as duplicates of the strongest counted one. ``base`` is each signal's
    value by id; the order of ``signals`` is kept."""
    groups: dict[tuple[str, str], dict[str, list[int]]] = {}
    for i, (_, signal) in enumerate(signals):
        details = signal.details or {}
        of, method = details.get("reading_of"), details.get("reading")
        if isinstance(of, str) and isinstance(method, str):
            groups.setdefault((signal.subject_key, of), {}).setdefault(method, []).append(i)
    dropped: dict[int, str] = {}
    for readings in groups.values():
        if len(readings) < 2:
            continue
        value = {
            method: 1.0 - float(np.prod([1.0 - base[signals[i][1].id] for i in rows]))
            for method, rows in readings.items()
        }
        best = max(sorted(readings), key=lambda method: value[method])
        kept = max(readings[best], key=lambda i: base[signals[i][1].id])
        for method, rows in readings.items():
            if method != best:
                dropped.update((i, signals[kept][1].id) for i in rows)
    kept_rows = [row for i, row in enumerate(signals) if i not in dropped]
    return kept_rows, [(signals[i][1], counted) for i, counted in sorted(dropped.items())]


def prepare(signals: Iterable[Signal], policy: Policy, as_of: datetime) -> Prepared:
    """Keep the signals visible at ``as_of``, count each piece of evidence once, and look
    up their policy numbers."""
    family_names: tuple[str, ...] = tuple(policy.spec.families)
    family_index: dict[str, int] = {name: i for i, name in enumerate(family_names)}
    limit = to_days(as_of)
    visible: list[tuple[float, Signal]] = []
    numbers_of: dict[str, tuple[str, float, str, float]] = {}
    dated: list[tuple[float, str, Signal, int, float, str, float, int, float]] = []
    sources: dict[str, int] = {}
    excluded: list[tuple[Signal, str]] = []
    undated: list[Signal] = []
    for signal in signals:
        if signal.observed_at is None:
            undated.append(signal)
            continue
        day = to_days(signal.observed_at)
        if day > limit:
            continue
        numbers = signal_numbers(signal, policy)
        if isinstance(numbers, str):
            excluded.append((signal, numbers))
            continue
        numbers_of[signal.id] = numbers
        visible.append((day, signal))
    visible.sort(key=lambda row: (row[0], row[1].id))
    since = corroborated_from(visible, policy, numbers_of)
    held = policy.spec.corroboration
    knowable_from = since
    if held is not None and held.knowable_records and held.knowable_records != held.records:
        knowable_from = corroborated_from(visible, policy, numbers_of, held.knowable_records)
    visible, other_readings = best_readings(visible, {k: v[1] for k, v in numbers_of.items()})
    counted, duplicates = counted_once(visible)
    duplicates = other_readings + duplicates
    for day, signal, end in counted:
        family, base, stage, half_life = numbers_of[signal.id]
        source = policy.spec.detector_sources.get(signal.detector, family)
        source_id = sources.setdefault(source, len(sources))
        dated.append(
            (day, signal.id, signal, family_index[family], base, stage, half_life, source_id, end)
        )
    caps = np.array([spec.cap for spec in policy.spec.families.values()], dtype=np.float64)
    return Prepared(
        signals=tuple(row[2] for row in dated),
        days=np.array([row[0] for row in dated], dtype=np.float64),
        base=np.array([row[4] for row in dated], dtype=np.float64),
        half_life=np.array([row[6] for row in dated], dtype=np.float64),
        family=np.array([row[3] for row in dated], dtype=np.int64),
        source=np.array([row[7] for row in dated], dtype=np.int64),
        stages=tuple(row[5] for row in dated),
        family_names=family_names,
        caps=caps,
        independent=np.array([f.independent for f in policy.spec.families.values()], dtype=bool),
        excluded=tuple(excluded),
        undated=tuple(undated),
        ends=np.array([row[8] for row in dated], dtype=np.float64),
        duplicates=tuple(duplicates),
        band_edges=np.array(
            sorted({b.min_score for b in policy.spec.bands if b.min_score > 0}), dtype=np.float64
        ),
        needs_corroboration=np.array(
            [held is not None and held.holds(row[2]) for row in dated], dtype=bool
        ),
        corroborated_from=since,
        knowable_from=knowable_from,
        should_know=policy.spec.should_know,
        alone_weight=policy.spec.corroboration.alone_weight if policy.spec.corroboration else 1.0,
    )


def _record_key(signal: Signal) -> str:
    details = signal.details or {}
    of = details.get("reading_of")
    if isinstance(of, str):
        return of
    return f"record|{signal.record_id}" if signal.record_id else f"signal|{signal.id}"


def corroborated_from(
    visible: Sequence[tuple[float, Signal]],
    policy: Policy,
    numbers_of: dict[str, tuple[str, float, str, float]],
    records: int | None = None,
) -> float:
    """The day from which the subject's signals corroborate those that need it (the
    policy's ``corroboration.holds``; inf: not yet; see :class:`CorroborationSpec`), counting
    ``records`` distinct records as corroboration (None: the policy's ``records``).

    ``visible`` are (day, signal) in date order, before any reading or evidence is
    merged: a rule's reading of a record corroborates the model's reading of it even when
    only the model's is counted."""
    spec = policy.spec.corroboration
    if spec is None:
        return float("inf")
    wanted = spec.records if records is None else records
    independent = {name for name, f in policy.spec.families.items() if f.independent}
    seen_records: set[str] = set()
    # For ``kinds``: the records of each listed indicator read so far.
    by_indicator: dict[str, set[str]] = {}
    for day, signal in visible:
        if not spec.holds(signal):
            if numbers_of[signal.id][0] in independent:
                return day
            continue
        record = _record_key(signal)
        seen_records.add(record)
        if wanted and len(seen_records) >= wanted:
            return day
        seen = by_indicator.setdefault(signal.indicator, set())
        if spec.kinds and record not in seen:
            seen.add(record)
            if len(by_indicator) >= spec.kinds and _kinds_apart(by_indicator, spec.kinds):
                return day
    return float("inf")


def _kinds_apart(by_indicator: dict[str, set[str]], wanted: int) -> bool:
    """Whether ``wanted`` different indicators have readings on pairwise different
    records (``by_indicator``: each indicator's records; a small matching)."""
    order = sorted(by_indicator, key=lambda k: (len(by_indicator[k]), k))

    def grow(at: int, used: frozenset[str], count: int) -> bool:
        if count >= wanted:
            return True
        if count + len(order) - at < wanted:
            return False
        for record in sorted(by_indicator[order[at]] - used):
            if grow(at + 1, used | {record}, count + 1):
                return True
        return grow(at + 1, used, count)

    return grow(0, frozenset(), 0)


def signal_values(p: Prepared, at_day: float) -> Array:
    """Each signal's value at ``at_day`` (zero for signals observed later or ended)."""
    age = at_day - p.days
    decay = np.exp2(-np.maximum(age, 0.0) / p.half_life)
    holds = (age >= 0.0) & (at_day < p.ends)
    values: Array = np.where(holds, np.minimum(p.base * decay, _MAX_VALUE), 0.0)
    return values


def family_values_at(p: Prepared, at_days: Array) -> Array:
    """Capped family values, shape (dates, families).

    Signals that never decay nor end are summed with a one-dimensional running sum; the
    others are re-valued at each date, using only the columns observed by the block's last
    date. Both sums run in date order, so later signals never touch earlier results.
    """
    out = np.zeros((len(at_days), len(p.family_names)), dtype=np.float64)
    for f in range(len(p.family_names)):
        in_family = p.family == f
        if not in_family.any():
            continue
        steady = in_family & np.isinf(p.half_life) & np.isinf(p.ends)
        decaying = in_family & ~steady
        logs = _steady_logs(p.days[steady], p.base[steady], at_days)
        if decaying.any():
            logs = logs + _decaying_logs(
                p.days[decaying], p.base[decaying], p.half_life[decaying], p.ends[decaying], at_days
            )
        out[:, f] = np.minimum(-np.expm1(logs), p.caps[f])
    return out


def _steady_logs(days: Array, base: Array, at_days: Array) -> Array:
    """Sum of log(1 - value) over non-decaying signals observed by each date."""
    if days.size == 0:
        return np.zeros(len(at_days), dtype=np.float64)
    running = np.concatenate(([0.0], np.cumsum(np.log1p(-np.minimum(base, _MAX_VALUE)))))
    picked: Array = running[np.searchsorted(days, at_days, side="right")]
    return picked


def _decaying_logs(
    days: Array, base: Array, half_life: Array, ends: Array, at_days: Array
) -> Array:
    """Sum of log(1 - decayed value) over signals observed by each date and not ended."""
    counts = np.searchsorted(days, at_days, side="right")
    logs = np.zeros(len(at_days), dtype=np.float64)
    rows = max(1, _BLOCK_ELEMENTS // days.size)
    for start in range(0, len(at_days), rows):
        k = counts[start : start + rows]
        width = int(k.max()) if k.size else 0
        if width == 0:
            continue
        block = at_days[start : start + rows]
        age = block[:, None] - days[None, :width]
        decay = np.exp2(-np.maximum(age, 0.0) / half_life[:width])
        value = np.minimum(base[:width] * decay, _MAX_VALUE)
        holds = (age >= 0.0) & (block[:, None] < ends[None, :width])
        terms = np.where(holds, np.log1p(-value), 0.0)
        running = np.cumsum(terms, axis=1)
        picked = running[np.arange(len(block)), np.maximum(k - 1, 0)]
        logs[start : start + rows] = np.where(k > 0, picked, 0.0)
    return logs


def scores_at(p: Prepared, at_days: Array) -> tuple[Array, Array]:
    """Scores (noisy-OR of capped family values) and family values at each date."""
    families = family_values_at(p, at_days)
    scores: Array = -np.expm1(np.sum(np.log1p(-families), axis=1)) + 0.0  # no -0.0
    dependent = ~p.independent
    if p.band_edges.size and dependent.any() and families[:, dependent].any():
        # A renewal, upsell or ever more tailored support repeats what is already known:
        # it may raise the score within the band the independent evidence reaches, but
        # never across the next band's edge (as shown, to two decimals).
        alone: Array = -np.expm1(np.sum(np.log1p(-families[:, ~dependent]), axis=1)) + 0.0
        edge = np.searchsorted(p.band_edges, rounded(alone), side="right")
        ceiling = np.where(
            edge < p.band_edges.size,
            p.band_edges[np.minimum(edge, p.band_edges.size - 1)] - 0.01,
            np.inf,
        )
        scores = np.minimum(scores, np.maximum(ceiling, alone))
    alone_until = at_days < p.corroborated_from
    if p.needs_corroboration.any() and alone_until.any():
        # Uncorroborated readings count at ``alone_weight`` of their value and may bring a
        # score up to the threshold, not across it.
        none = np.zeros_like(p.needs_corroboration)
        without = replace(
            p, base=np.where(p.needs_corroboration, 0.0, p.base), needs_corroboration=none
        )
        held = replace(
            p,
            base=np.where(p.needs_corroboration, p.base * p.alone_weight, p.base),
            needs_corroboration=none,
        )
        below, _ = scores_at(without, at_days)
        alone, _ = scores_at(held, at_days)
        ceiling = np.maximum(below, rounded(np.array([p.should_know]))[0] - 0.01)
        scores = np.where(alone_until, np.minimum(alone, ceiling), scores)
    return scores, families


def agreeing(p: Prepared, at_day: float, policy: Policy) -> int:
    """How many independent sources reach the policy's floor at ``at_day``.

    A source is the family of a signal, except that detectors named in the policy's
    ``detector_sources`` (e.g. everything read from the provider's own records) count
    as one source whatever families their signals belong to. Families marked not
    independent never count.
    """
    if not p.signals:
        return 0
    values = signal_values(p, at_day)
    keep = p.independent[p.family] & (values > 0)
    if not keep.any():
        return 0
    logs = np.zeros(int(p.source.max()) + 1, dtype=np.float64)
    np.add.at(logs, p.source[keep], np.log1p(-values[keep]))
    return int(np.count_nonzero(-np.expm1(logs) >= policy.spec.family_floor))


def values_at(p: Prepared, at_days: Array) -> Array:
    """Each signal's value at each date, shape (dates, signals): row i is
    ``signal_values(p, at_days[i])``, element for element."""
    age = at_days[:, None] - p.days[None, :]
    decay = np.exp2(-np.maximum(age, 0.0) / p.half_life)
    holds = (age >= 0.0) & (at_days[:, None] < p.ends[None, :])
    values: Array = np.where(holds, np.minimum(p.base * decay, _MAX_VALUE), 0.0)
    return values


def agreeing_at(p: Prepared, values: Array, policy: Policy) -> Array | None:
    """:func:`agreeing` at each date whose signal values are a
    row of ``values`` (from :func:`values_at`); None when the policy's floor is not above
    zero (then a source with nothing observed yet would count, and the prefix rule does
    not hold)."""
    floor = policy.spec.family_floor
    if floor <= 0:
        return None
    if not p.signals:
        return np.zeros(values.shape[0], dtype=np.int64)
    keep = p.independent[p.family][None, :] & (values > 0)
    terms = np.where(keep, np.log1p(-np.where(keep, values, 0.0)), 0.0)
    logs = np.zeros((values.shape[0], int(p.source.max()) + 1), dtype=np.float64)
    rows = np.arange(values.shape[0])[:, None]
    np.add.at(logs, (rows, p.source[None, :]), terms)
    counts: Array = np.count_nonzero(-np.expm1(logs) >= floor, axis=1)
    return counts
