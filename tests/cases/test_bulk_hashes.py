"""What bulk case opening writes by its own hand: evidence JSON and alert ids."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from knowable import jcs
from knowable.cases.alerts import Alert, Severity
from knowable.cases.evidence import EvidenceSnapshot, SnapshotItem
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
