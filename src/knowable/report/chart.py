"""The score-over-time chart and the evidence timeline as inline SVG (pure, no I/O).

One drawing for every reader: the web UI's subject page and the dossier (HTML and the PDF
WeasyPrint prints from it) call the same functions with the same :class:`DossierData`, so
the chart a reviewer sees is the chart counsel reads.

The score line is the policy's own figure (``DossierData.curve``): a vertical step at each
evidence date and decay between them. Styling is in presentation attributes, so the SVG
looks the same inside the web page and inside a standalone dossier file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from itertools import pairwise

from knowable.catalogue.policy import score_text
from knowable.report.dossier import DossierData, EvidenceItem

#: At most this many dates label the x axis.
MAX_TICKS = 9
#: Month steps the x axis may use between labels.
_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 36, 60, 120)
#: Families in the timeline's order (others follow by name).
FAMILY_ORDER = (
    "watchlist",
    "media",
    "relationship",
    "behaviour",
    "business",
    "content",
    "network",
    "participation",
)
INK = "#1f3b73"
ALERT = "#b22222"
GRID = "#d9d9d9"
MUTED = "#555555"


@dataclass(frozen=True, slots=True)
class Axis:
    """A time axis from ``start`` to ``end`` mapped onto ``left`` .. ``right`` pixels."""

    start: date
    end: date
    left: float
    right: float

    def x(self, day: date) -> float:
        span = (self.end - self.start).days or 1
        return self.left + (day - self.start).days / span * (self.right - self.left)


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def time_ticks(start: date, end: date, most: int = MAX_TICKS) -> list[tuple[date, str]]:
    """Dates to label between ``start`` and ``end``: first days of months (or years), evenly
    stepped, at least two and at most ``most``; years alone once a step is a year or more."""
    first, last = _month_index(start), _month_index(end)
    months = max(1, last - first)
    step = next((s for s in _MONTH_STEPS if months / s <= most - 1), _MONTH_STEPS[-1])
    ticks: list[tuple[date, str]] = []
    m = -(-first // step) * step  # the first multiple of the step at or after the start
    while m <= last:
        day = date(m // 12, m % 12 + 1, 1)
        if start <= day <= end:
            ticks.append((day, str(day.year) if step >= 12 else day.strftime("%Y-%m")))
        m += step
    if len(ticks) < 2:  # a short span: its ends
        ticks = [(start, start.isoformat()), (end, end.isoformat())]
    return ticks


def _axis_labels(axis: Axis, y: float) -> list[str]:
    out = []
    for day, label in time_ticks(axis.start, axis.end):
        x = axis.x(day)
        out.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y - 4:.1f}" y2="{y:.1f}" stroke="{MUTED}"/>'
            f'<text x="{x:.1f}" y="{y + 13:.1f}" text-anchor="middle" font-size="11" '
            f'fill="{MUTED}">{label}</text>'
        )
    return out


def _span(data: DossierData) -> tuple[date, date] | None:
    if not data.curve and not any(p.added for p in data.series):
        return None  # no dated evidence: nothing to draw
    days = [date.fromisoformat(c.date) for c in data.curve]
    days += [date.fromisoformat(p.date) for p in data.series]
    if data.knowable_since:
        days.append(date.fromisoformat(data.knowable_since))
    if not days:
        return None
    start, end = min(days), max(*days, date.fromisoformat(data.as_of))
    if start == end:
        start = date.fromordinal(end.toordinal() - 30)
    return start, end


def _crosses(line: Sequence[tuple[float, float]], box: tuple[float, float, float, float]) -> bool:
    """Whether the polyline passes through the box (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = box
    for (ax, ay), (bx, by) in pairwise(line):
        if max(ax, bx) < x0 or min(ax, bx) > x1:
            continue
        for i in range(11):  # the segment sampled: steps are vertical, decay is smooth
            px, py = ax + (bx - ax) * i / 10, ay + (by - ay) * i / 10
            if x0 <= px <= x1 and y0 <= py <= y1:
                return True
    return False


def threshold_label(
    line: Sequence[tuple[float, float]], ty: float, text_width: float, left: float, right: float
) -> tuple[float, float, str]:
    """Where the threshold's label goes: at the right or left end, above or below its line,
    the first place the score line does not cross (x, baseline y, text-anchor)."""
    places = (
        (right, ty - 4, "end"),
        (right, ty + 13, "end"),
        (left, ty - 4, "start"),
        (left, ty + 13, "start"),
    )
    for x, base, anchor in places:
        x0 = x - text_width if anchor == "end" else x
        if not _crosses(line, (x0 - 2, base - 11, x0 + text_width + 2, base + 3)):
            return x, base, anchor
    return places[0]


def score_chart_svg(data: DossierData, width: int = 1000, height: int = 230) -> str:
    """The policy's score over time: steps at evidence dates, decay between them, the
    "should know" threshold, and the knowable-since date marked in a band above the plot
    (so its label never crosses the line)."""
    span = _span(data)
    if span is None:
        return (
            '<p class="muted">No dated evidence: the score chart appears once a signal has '
            "a date.</p>"
        )
    pad_l, pad_r, pad_t, pad_b = 40, 14, 30, 30
    axis = Axis(span[0], span[1], pad_l, width - pad_r)
    bottom = height - pad_b

    def y(score: float) -> float:
        return pad_t + (1 - score) * (bottom - pad_t)

    # Without a curve (a dossier built before it existed) the series' own points.
    points = [(c.date, c.score) for c in data.curve] or [(p.date, p.score) for p in data.series]
    latest = data.series[-1] if data.series else None
    desc = (
        f"Score from {span[0]} to {span[1]}"
        + (f"; {score_text(latest.score)} ({latest.band}) on {latest.date}" if latest else "")
        + (f"; knowable since {data.knowable_since}" if data.knowable_since else "")
        + f"; should-know threshold {data.threshold:.2f}."
    )
    parts = [
        f'<svg class="chart score-chart" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="{escape(desc)}" xmlns="http://www.w3.org/2000/svg" '
        f'font-family="sans-serif">',
        f"<title>Score over time</title><desc>{escape(desc)}</desc>",
    ]
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        parts.append(
            f'<line x1="{pad_l}" x2="{width - pad_r}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            f'stroke="{GRID}" stroke-width="0.8"/><text x="{pad_l - 5}" y="{y(tick) + 4:.1f}" '
            f'text-anchor="end" font-size="11" fill="{MUTED}">{tick:.2f}</text>'
        )
    parts.extend(_axis_labels(axis, bottom))
    ty = y(data.threshold)
    xy = [(axis.x(date.fromisoformat(d)), y(sc)) for d, sc in points]
    label = f"should know ({data.threshold:.2f})"
    lx, ly, anchor = threshold_label(xy, ty, len(label) * 6.2, pad_l + 4, width - pad_r - 4)
    parts.append(
        f'<line class="threshold" x1="{pad_l}" x2="{width - pad_r}" y1="{ty:.1f}" '
        f'y2="{ty:.1f}" stroke="{ALERT}" stroke-dasharray="5 4" stroke-width="1"/>'
        f'<text class="threshold-label" x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}" '
        f'font-size="11" fill="{ALERT}">{label}</text>'
    )
    if data.knowable_since:
        since = date.fromisoformat(data.knowable_since)
        kx = axis.x(since)
        right_side = kx < (pad_l + width - pad_r) / 2
        anchor, tx = ("start", kx + 4) if right_side else ("end", kx - 4)
        parts.append(
            f'<line class="since" x1="{kx:.1f}" x2="{kx:.1f}" y1="{pad_t - 12}" y2="{bottom}" '
            f'stroke="{ALERT}" stroke-dasharray="3 3" stroke-width="1.2"/>'
            f'<text class="since-label" x="{tx:.1f}" y="{pad_t - 16}" text-anchor="{anchor}" '
            f'font-size="12" font-weight="bold" fill="{ALERT}">knowable since {since}</text>'
        )
    if points:
        path = " ".join(
            f"{'M' if i == 0 else 'L'}{axis.x(date.fromisoformat(d)):.1f},{y(s):.1f}"
            for i, (d, s) in enumerate(points)
        )
        parts.append(
            f'<path class="line" d="{path}" fill="none" stroke="{INK}" stroke-width="1.8"/>'
        )
    for p in data.series:
        if not p.added:
            continue
        added = ", ".join(p.added)
        parts.append(
            f'<circle class="dot" cx="{axis.x(date.fromisoformat(p.date)):.1f}" '
            f'cy="{y(p.score):.1f}" r="{3.5 if p.event else 2.2}" fill="{INK}">'
            f"<title>{p.date}: {score_text(p.score)} ({escape(p.band)}); "
            f"new: {escape(added)}</title>"
            "</circle>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _family_rank(family: str) -> tuple[int, str]:
    return (FAMILY_ORDER.index(family) if family in FAMILY_ORDER else len(FAMILY_ORDER), family)


def timeline_svg(data: DossierData, width: int = 1000) -> str:
    """The evidence by family over time: one lane per family, one mark per family and
    month (its size grows with the number of signals; its tooltip names the indicators)."""
    items: Sequence[EvidenceItem] = [i for i in (*data.knowledge, *data.excluded) if i.date]
    span = _span(data)
    if not items or span is None:
        return '<p class="muted">No dated evidence to place on a timeline.</p>'
    families = sorted({i.family for i in items}, key=_family_rank)
    lane, pad_l, pad_r, pad_t, pad_b = 20, 96, 14, 6, 22
    height = pad_t + lane * len(families) + pad_b
    axis = Axis(span[0], span[1], pad_l, width - pad_r)
    buckets: dict[tuple[str, str], list[EvidenceItem]] = {}
    for i in items:
        assert i.date is not None
        buckets.setdefault((i.family, i.date[:7]), []).append(i)
    desc = "; ".join(f"{f}: {sum(1 for i in items if i.family == f)} signal(s)" for f in families)
    parts = [
        f'<svg class="chart timeline" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="Evidence by family over time. {escape(desc)}" '
        f'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif">',
        f"<title>Evidence by family</title><desc>{escape(desc)}</desc>",
    ]
    for n, family in enumerate(families):
        cy = pad_t + lane * n + lane / 2
        parts.append(
            f'<text x="{pad_l - 8}" y="{cy + 4:.1f}" text-anchor="end" font-size="11" '
            f'fill="{MUTED}">{escape(family)}</text><line x1="{pad_l}" x2="{width - pad_r}" '
            f'y1="{cy:.1f}" y2="{cy:.1f}" stroke="{GRID}" stroke-width="0.8"/>'
        )
        for (fam, month), group in sorted(buckets.items()):
            if fam != family:
                continue
            first = min(date.fromisoformat(i.date or "") for i in group)
            counted = sum(1 for i in group if i.contribution > 0)
            names = ", ".join(sorted({i.indicator for i in group}))
            r = min(8.0, 2.5 + len(group) ** 0.5)
            parts.append(
                f'<circle class="mark" cx="{axis.x(first):.1f}" cy="{cy:.1f}" r="{r:.1f}" '
                f'fill="{INK if counted else "#ffffff"}" stroke="{INK}" stroke-width="1.2">'
                f"<title>{month}, {escape(family)}: {len(group)} signal(s), {counted} counted "
                f"in the score ({escape(names)})</title></circle>"
            )
    parts.extend(_axis_labels(axis, height - pad_b))
    parts.append("</svg>")
    return "".join(parts)
