"""Pure helpers for the UI: evidence highlighted in its source text, the score chart."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape

from markupsafe import Markup

from knowable.catalogue.policy import score_text
from knowable.model import Evidence, Record


def _merge(spans: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted((max(0, s), min(length, e)) for s, e in spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, spans: Iterable[tuple[int, int]]) -> Markup:
    """``text`` escaped, with each span wrapped in ``<mark>`` (overlaps merged)."""
    out: list[str] = []
    pos = 0
    for start, end in _merge(spans, len(text)):
        out.append(escape(text[pos:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        pos = end
    out.append(escape(text[pos:]))
    return Markup("".join(out))


def source_text(record: Record, field: str | None) -> str:
    """The text evidence offsets index into: the record's text, or a named payload field."""
    if field:
        value = record.payload.get(field)
        return value if isinstance(value, str) else ""
    return record.text


def highlighted_record(record: Record, evidence: Sequence[Evidence]) -> dict[str | None, Markup]:
    """Per field (None = the record text), the text with this record's evidence marked."""
    fields: dict[str | None, list[tuple[int, int]]] = {}
    for ev in evidence:
        if ev.record_id == record.id:
            fields.setdefault(ev.field, []).append((ev.start, ev.end))
    if not fields:
        fields[None] = []
    return {f: highlight(source_text(record, f), spans) for f, spans in fields.items()}


@dataclass(frozen=True, slots=True)
class Point:
    at: datetime
    score: float
    band: str


def score_chart(
    points: Sequence[Point],
    knowable_since: datetime | None,
    threshold: float | None = None,
    width: int = 640,
    height: int = 220,
) -> Markup:
    """An inline SVG line chart of score over time, with the knowable-since marker."""
    title = "Score over time"
    if not points:
        return Markup(
            '<p class="muted">No assessments yet: the score chart appears after the first '
            "assessment.</p>"
        )
    pad_l, pad_r, pad_t, pad_b = 44, 16, 16, 36
    times = [p.at.timestamp() for p in points]
    if knowable_since is not None:
        times.append(knowable_since.timestamp())
    t0, t1 = min(times), max(times)
    span = (t1 - t0) or 1.0
    top = max(1.0, max(p.score for p in points))

    def x(ts: float) -> float:
        return pad_l + (ts - t0) / span * (width - pad_l - pad_r)

    def y(score: float) -> float:
        return pad_t + (1 - score / top) * (height - pad_t - pad_b)

    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="chart-title">{title}</title>',
        f'<desc id="chart-desc">{len(points)} assessments from {points[0].at.date()} to '
        f"{points[-1].at.date()}; latest score {score_text(points[-1].score)} "
        f"({escape(points[-1].band)})"
        + (f"; knowable since {knowable_since.date()}" if knowable_since else "")
        + "</desc>",
    ]
    for tick in (0.0, top / 2, top):
        parts.append(
            f'<line x1="{pad_l}" x2="{width - pad_r}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            f'class="grid"/><text x="{pad_l - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" '
            f'class="axis">{tick:.2f}</text>'
        )
    parts.append(
        f'<text x="{pad_l}" y="{height - 8}" class="axis">{points[0].at.date()}</text>'
        f'<text x="{width - pad_r}" y="{height - 8}" text-anchor="end" class="axis">'
        f"{max(points[-1].at, knowable_since or points[-1].at).date()}</text>"
    )
    if threshold is not None and 0 < threshold <= top:
        ty = y(threshold)
        parts.append(
            f'<line x1="{pad_l}" x2="{width - pad_r}" y1="{ty:.1f}" y2="{ty:.1f}" '
            f'class="threshold"/><text x="{width - pad_r}" y="{ty - 4:.1f}" text-anchor="end" '
            f'class="axis">should know ({threshold:.2f})</text>'
        )
    if knowable_since is not None:
        kx = x(knowable_since.timestamp())
        parts.append(
            f'<line x1="{kx:.1f}" x2="{kx:.1f}" y1="{pad_t}" y2="{height - pad_b}" '
            f'class="since"/><text x="{kx + 4:.1f}" y="{pad_t + 12}" class="since-label">'
            f"knowable since {knowable_since.date()}</text>"
        )
    path = " ".join(
        f"{'M' if i == 0 else 'L'}{x(p.at.timestamp()):.1f},{y(p.score):.1f}"
        for i, p in enumerate(points)
    )
    parts.append(f'<path d="{path}" class="line"/>')
    for p in points:
        parts.append(
            f'<circle cx="{x(p.at.timestamp()):.1f}" cy="{y(p.score):.1f}" r="3.5" '
            f'class="dot band-{escape(p.band)}"><title>{p.at.date()}: {score_text(p.score)} '
            f"({escape(p.band)})</title></circle>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
