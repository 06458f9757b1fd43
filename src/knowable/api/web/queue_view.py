"""Why each case is in the queue (pure): score, band, knowable since, the top indicators."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from knowable.catalogue import indicators
from knowable.model import Assessment, Signal

#: How many indicators a queue row names.
TOP = 3


@dataclass(frozen=True, slots=True)
class TopIndicator:
    indicator: str
    title: str
    value: float
    quote: str


@dataclass(frozen=True, slots=True)
class QueueReason:
    score: float | None
    band: str | None
    knowable_since: datetime | None
    top: tuple[TopIndicator, ...]


def top_signal_ids(assessment: Assessment, n: int = TOP) -> list[str]:
    """Ids of the signals that added most to the score, one per indicator."""
    best: dict[str, tuple[float, str]] = {}
    for c in assessment.contributions:
        if c.value > best.get(c.indicator, (0.0, ""))[0]:
            best[c.indicator] = (c.value, c.signal_id)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0]))[:n]
    return [signal_id for _, (_, signal_id) in ranked]


def queue_reason(assessment: Assessment | None, signals: Mapping[str, Signal]) -> QueueReason:
    """The row's "why": without an assessment (a grave signal alone) only what is known."""
    if assessment is None:
        return QueueReason(None, None, None, ())
    catalogue = indicators()
    value = {c.signal_id: c.value for c in assessment.contributions}
    top: list[TopIndicator] = []
    for signal_id in top_signal_ids(assessment):
        s = signals.get(signal_id)
        if s is None:
            continue
        known = catalogue.get(s.indicator)
        quote = s.evidence[0].quote if s.evidence else ""
        top.append(
            TopIndicator(
                s.indicator,
                known.spec.title if known else s.indicator,
                value.get(signal_id, 0.0),
                quote[:240],
            )
        )
    return QueueReason(assessment.score, assessment.band, assessment.knowable_since, tuple(top))
