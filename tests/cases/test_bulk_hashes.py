"""What bulk case opening writes by its own hand: evidence JSON, alert ids and the
canonical text of its case events' audit payloads."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import example, given
from hypothesis import strategies as st

from knowable import jcs
from knowable.cases import lifecycle as lc
from knowable.cases.alerts import Alert, Severity
from knowable.cases.evidence import EvidenceSnapshot, SnapshotItem
from knowable.cases.repository import _event_payload, _event_payload_json
from knowable.hashing import content_hash

_items = st.lists(
    st.builds(
        SnapshotItem,
        st.text(max_size=12),
        st.text(max_size=8),
        st.floats(0, 1) | st.integers(0, 1),
    ),
    max_size=6,
)


@given(_items)
def test_evidence_json_is_rfc8785_of_its_list(items: list[SnapshotItem]) -> None:
    snapshot = EvidenceSnapshot(tuple(items))
    assert snapshot.canonical_json() == jcs.dumps(snapshot.as_list())


def _recipe(alert: Alert) -> str:
    return content_hash(
        {
            "subject": alert.subject_key,
            "kind": alert.kind,
            "band": alert.band,
            "signal": alert.signal_id,
            "at": alert.opened_at if alert.kind == "band" else None,
        }
    )


def test_alert_ids_follow_the_recipe_when_remembered() -> None:
    at = datetime(2025, 3, 1, 12, tzinfo=UTC)
    band = Alert("c1", "band", Severity.REVIEW, at, band="review")
    grave = Alert("c1", "grave_signal", Severity.GRAVE, at, signal_id="s1", indicator="X")
    for alert in (band, grave, band, grave):
        assert alert.id == _recipe(alert)
    later = Alert("c1", "grave_signal", Severity.GRAVE, at + timedelta(days=1), signal_id="s1")
    assert later.id == grave.id  # a grave signal alerts once, whenever it is seen


def test_the_same_instant_in_another_offset_is_another_band_alert() -> None:
    """Equal datetimes in different offsets are one cache key but two ids (the recipe
    hashes the ISO text): the remembered id must not be the other one's."""
    utc = datetime(2025, 3, 1, 12, tzinfo=UTC)
    shifted = utc.astimezone(timezone(timedelta(hours=2)))
    assert utc == shifted
    a = Alert("c1", "band", Severity.REVIEW, utc, band="review")
    b = Alert("c1", "band", Severity.REVIEW, shifted, band="review")
    assert a.id == _recipe(a) and b.id == _recipe(b) and a.id != b.id


_words = st.text(max_size=10) | st.sampled_from(["review", "\U0001f600", 'q"\\'])


@given(_words, _words, _words, _items, _items, st.sampled_from(["review", "escalate", "watch"]))
@example("c\U0001f600", "d", "NEWS-01", [], [SnapshotItem("s1", "X", 0.25)], "escalate")
def test_case_event_payloads_written_for_their_shape_are_rfc8785_of_the_payload(
    subject: str,
    detail: str,
    tag: str,
    before: list[SnapshotItem],
    after: list[SnapshotItem],
    band: str,
) -> None:
    """Every step bulk opening takes (opened, alert added, band noted) and a reopening
    with its nested evidence difference: the payload text equals the general writer's."""
    at = datetime(2026, 1, 5, 9, tzinfo=UTC)
    first = Alert(subject, "band", Severity.REVIEW, at, band="review", detail=detail)
    grave = Alert(subject, "grave_signal", Severity.GRAVE, at, signal_id=detail, indicator=tag)
    old, new = EvidenceSnapshot(tuple(before)), EvidenceSnapshot(tuple(after))
    opened = lc.open_case(first, old, at)
    steps = [opened, lc.add_alert(opened.case, grave, new, at)]
    noted = lc.note_band(steps[-1].case, band, at)
    steps += [noted] if noted is not None else []
    cleared = replace(
        opened.case,
        state=lc.CaseState.DECIDED,
        disposition=lc.Disposition.CLEARED,
        evidence_hash=old.hash,
    )
    reopened = lc.refresh_evidence(cleared, new, at)
    steps += [reopened] if reopened is not None else []
    for t in steps:
        for event in t.events:
            rows = {f"cases/{t.case.id}": "h" * 64, f"case_events/{len(detail)}": detail}
            expected = jcs.dumps(_event_payload(t, event, rows))
            assert _event_payload_json(t, event, rows) == expected
            assert jcs.object_with(dict(event.details)) == jcs.dumps(dict(event.details))
