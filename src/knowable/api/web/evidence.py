"""Arrange a subject's evidence for the subject page (pure): strongest first, repeated
ad-level content signals folded into one summary row, and one page of rows at a time.

A customer with a hosted-content platform can have hundreds of signals from individual
listings; showing each with its source text makes the page unusable. Rows are ordered by
what the signal added to the latest assessment's score, then by strength, then by date;
ad-level signals of one indicator from one content detector become a group row ("AD-01 in
212 listings 2011-03 .. 2018-03") that can be opened on its own, paged the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from knowable.model import Signal

#: Detectors whose signals come one per listing (ad-level content).
AD_LEVEL_DETECTORS = frozenset({"content"})
#: Fewer repeated signals than this stay as single rows.
GROUP_MIN = 3
#: Rows (signals or groups) per page.
PAGE_SIZE = 15


@dataclass(frozen=True, slots=True)
class SignalGroup:
    """Repeated ad-level signals of one indicator from one detector."""

    indicator: str
    detector: str
    signals: tuple[Signal, ...]

    @property
    def key(self) -> str:
        return f"{self.indicator}.{self.detector}"

    @property
    def first(self) -> datetime | None:
        dates = [s.observed_at for s in self.signals if s.observed_at]
        return min(dates) if dates else None

    @property
    def last(self) -> datetime | None:
        dates = [s.observed_at for s in self.signals if s.observed_at]
        return max(dates) if dates else None

    @property
    def strongest(self) -> float:
        return max(s.strength for s in self.signals)

    @property
    def records(self) -> int:
        """How many listings (records) the group's signals come from."""
        return len({s.record_id or s.id for s in self.signals})


Row = Signal | SignalGroup


@dataclass(frozen=True, slots=True)
class EvidencePage:
    rows: tuple[Row, ...]
    page: int
    pages: int
    total_rows: int
    total_signals: int
    first_index: int  # 1-based number of the first row shown

    @property
    def signals_shown(self) -> tuple[Signal, ...]:
        return tuple(r for r in self.rows if isinstance(r, Signal))


#: The evidence table's orders: what a signal added to the score (default), grouped by
#: family and indicator, or by date.
SORTS = ("contribution", "family", "date")


def order_signals(
    signals: Sequence[Signal],
    contribution: Mapping[str, float],
    sort: str = "contribution",
    families: Mapping[str, str] | None = None,
) -> list[Signal]:
    """Signals in the table's order.

    ``contribution``: most contribution first, then the strongest, then the earliest;
    ``family``: by family and indicator (``families`` maps indicator -> family), most
    contribution first within one; ``date``: earliest observed first (undated last).
    """

    def by_value(s: Signal) -> tuple[float, float, bool, float]:
        when = s.observed_at.timestamp() if s.observed_at else 0.0
        return (-contribution.get(s.id, 0.0), -s.strength, s.observed_at is None, when)

    if sort == "family":
        fam = families or {}
        return sorted(signals, key=lambda s: (fam.get(s.indicator, "~"), s.indicator, by_value(s)))
    if sort == "date":
        return sorted(
            signals,
            key=lambda s: (
                s.observed_at is None,
                s.observed_at.timestamp() if s.observed_at else 0.0,
                s.indicator,
            ),
        )
    return sorted(signals, key=by_value)


def arrange(
    signals: Sequence[Signal],
    contribution: Mapping[str, float],
    sort: str = "contribution",
    families: Mapping[str, str] | None = None,
) -> list[Row]:
    """Rows in page order: single signals and groups of repeated ad-level signals.

    A group sits where its highest-ranked signal would; its signals keep the same order.
    """
    ordered = order_signals(signals, contribution, sort, families)
    buckets: dict[tuple[str, str], list[Signal]] = {}
    for s in ordered:
        if s.detector in AD_LEVEL_DETECTORS:
            buckets.setdefault((s.indicator, s.detector), []).append(s)
    grouped = {
        k: SignalGroup(k[0], k[1], tuple(v)) for k, v in buckets.items() if len(v) >= GROUP_MIN
    }
    rows: list[Row] = []
    placed: set[tuple[str, str]] = set()
    for s in ordered:
        k = (s.indicator, s.detector)
        if k in grouped:
            if k not in placed:
                rows.append(grouped[k])
                placed.add(k)
        else:
            rows.append(s)
    return rows


def find_group(rows: Sequence[Row], key: str) -> SignalGroup | None:
    """The group row with ``key`` (``INDICATOR.detector``), or None."""
    for row in rows:
        if isinstance(row, SignalGroup) and row.key == key:
            return row
    return None


def paginate(rows: Sequence[Row], page: int, total_signals: int) -> EvidencePage:
    """One page of rows; a page past the end shows the last page."""
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    page = min(max(1, page), pages)
    start = (page - 1) * PAGE_SIZE
    return EvidencePage(
        rows=tuple(rows[start : start + PAGE_SIZE]),
        page=page,
        pages=pages,
        total_rows=len(rows),
        total_signals=total_signals,
        first_index=start + 1,
    )
