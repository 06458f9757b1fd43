"""Evidence highlighting (a pure helper of the web UI)."""

from __future__ import annotations

from knowable.api.web.render import highlight, highlighted_record
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
