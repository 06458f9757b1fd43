"""Evidence highlighting and the score chart (pure helpers of the web UI)."""

from __future__ import annotations

from datetime import UTC, datetime

from knowable.api.web.render import Point, highlight, highlighted_record, score_chart
from knowable.model import Evidence, Record


def test_highlight_escapes_and_marks_spans_merging_overlaps() -> None:
    text = "a <b> teen & fresh girls"
    out = str(highlight(text, [(6, 10), (8, 16), (30, 40), (3, 2)]))
    assert out == "a &lt;b&gt; <mark>teen &amp; fre</mark>sh girls"
    assert str(highlight("plain", [])) == "plain"


def test_highlighted_record_uses_the_field_the_offsets_index() -> None:
    rec = Record("crm", "note", {"Description": "asked to strip teen"}, None, text="other")
    ev = Evidence(rec.id, "teen", 15, 19, field="Description")
    fields = highlighted_record(rec, [ev])
    assert str(fields["Description"]) == "asked to strip <mark>teen</mark>"
    foreign = Evidence("other-record", "x", 0, 1)
    assert str(highlighted_record(rec, [foreign])[None]) == "other"


def test_chart_has_points_threshold_and_since_marker() -> None:
    d = [datetime(2014 + i, 1, 1, tzinfo=UTC) for i in range(3)]
    svg = str(score_chart([Point(d[0], 0.1, "clear"), Point(d[2], 0.8, "review")], d[1], 0.5))
    assert svg.startswith("<svg") and svg.count("<circle") == 2
    assert 'class="since"' in svg and "knowable since 2015-01-01" in svg
    assert 'class="threshold"' in svg and "<title" in svg
    assert 'class="since"' not in str(score_chart([Point(d[0], 0.1, "clear")], None))
    assert "No assessments yet" in str(score_chart([], None))
