"""Pure helpers for the UI: evidence highlighted in its source text (the charts are drawn
by :mod:`knowable.report.chart`, shared with the dossier)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from markupsafe import Markup

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
