"""Knowable-since asks more than the alert (policy ``corroboration.knowable_records``).

Model readings of two records put a customer in review; its knowable-since date is the
first day the score reaches the threshold with the readings corroborated by another
finding or by readings of three records. Until that day comes, the day it reached the
threshold stands; a third record more than ``knowable_within_days`` (180) after that day
leaves it standing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from assess_factories import day, moved, reading, sig
from hypothesis import given, settings
from hypothesis import strategies as st

from knowable.assess.score import assess
from knowable.assess.series import assess_series, assess_series_text
from knowable.catalogue.policy import bundled_policy, load_policy_text
from knowable.errors import ConfigError
from knowable.model import AssessmentText, Signal

POLICY = bundled_policy()
AS_OF = day(2020, 12, 31)


def _model(when: datetime, strength: float, record: str) -> Signal:
    return reading("REL-12", when, strength, record, "model")


TWO = [_model(day(2016, 2), 0.9, "n1"), _model(day(2016, 5), 0.9, "n2")]
THIRD = _model(day(2016, 9), 0.6, "n3")
LATE_THIRD = _model(day(2017, 1), 0.6, "n3")


def _policy_text(block: str) -> str:
    from importlib import resources

    text = resources.files("knowable.catalogue").joinpath("policy.yml").read_text("utf-8")
    head, _, _ = text.partition("\ncorroboration:")
    return head + "\ncorroboration:\n" + block


def test_the_bundled_policy_asks_three_records_for_knowable_since() -> None:
    held = POLICY.spec.corroboration
    assert held is not None and (held.records, held.knowable_records) == (2, 3)
    assert held.knowable_within_days == 180


def test_two_readings_flag_and_date_the_customer_until_a_third_comes() -> None:
    a = assess("acct-1", TWO, POLICY, AS_OF)
    assert a.band == "review"
    assert a.knowable_since == day(2016, 5)


def test_a_third_record_dates_knowable_since_from_its_day() -> None:
    before = assess("acct-1", [*TWO, THIRD], POLICY, day(2016, 8))
    assert before.band == "review" and before.knowable_since == day(2016, 5)
    after = assess("acct-1", [*TWO, THIRD], POLICY, AS_OF)
    assert after.band == "review"
    assert after.knowable_since == day(2016, 9)
    notes = {c.signal_id: c.note for c in after.contributions}
    assert "carried the score to the should-know standard on 2016-09-01" in notes[THIRD.id]
    assert not any("across the threshold" in n for n in notes.values())


def test_a_third_record_more_than_180_days_later_leaves_the_first_day() -> None:
    # 2016-05-01 -> 2017-01-01 is 245 days: the readings stood in review that long
    a = assess("acct-1", [*TWO, LATE_THIRD], POLICY, AS_OF)
    assert a.band == "review"
    assert a.knowable_since == day(2016, 5)
    notes = " ".join(c.note for c in a.contributions)
    assert "across the threshold on 2016-05-01" in notes and "should-know standard" not in notes


def test_without_a_window_a_late_third_record_still_dates_it() -> None:
    policy = load_policy_text(
        _policy_text(
            "  indicators: [REL-12]\n  records: 2\n  knowable_records: 3\n  alone_weight: 0.5\n"
        )
    )
    assert assess("acct-1", [*TWO, LATE_THIRD], policy, AS_OF).knowable_since == day(2017, 1)


def test_an_independent_finding_dates_it_as_the_alert_would() -> None:
    # A rule's finding on the first record corroborates from that day: both standards are
    # met on the same day, so the date is the threshold's.
    rule = sig("BEH-02", day(2016, 2), 0.9, ref="n1")
    a = assess("acct-1", [*TWO, rule], POLICY, AS_OF)
    first = assess(
        "acct-1",
        [*TWO, rule],
        load_policy_text(
            _policy_text("  indicators: [REL-12]\n  records: 2\n  alone_weight: 0.5\n")
        ),
        AS_OF,
    )
    assert a.knowable_since == first.knowable_since
    notes = " ".join(c.note for c in a.contributions)
    assert "across the threshold" in notes and "should-know standard" not in notes


def test_without_knowable_records_the_third_record_changes_nothing() -> None:
    policy = load_policy_text(
        _policy_text("  indicators: [REL-12]\n  records: 2\n  alone_weight: 0.5\n")
    )
    a = assess("acct-1", [*TWO, THIRD], policy, AS_OF)
    assert a.knowable_since == day(2016, 5)


def test_series_sees_the_first_date_then_the_corroborated_one() -> None:
    # Plain signals (no reading merges with another), so the series takes its one pass.
    signals = [
        sig("REL-12", day(2016, 2), 0.9),
        sig("REL-12", day(2016, 5), 0.9),
        sig("REL-12", day(2016, 9), 0.6),
    ]
    dates = [day(2016, 3), day(2016, 8), day(2016, 10), AS_OF]
    series = assess_series("acct-1", signals, POLICY, dates)
    assert [a.knowable_since for a in series] == [None, day(2016, 5), day(2016, 9), day(2016, 9)]
    assert series == [assess("acct-1", signals, POLICY, d) for d in dates]
    texts = assess_series_text("acct-1", signals, POLICY, list(reversed(dates)))
    assert all(isinstance(t, AssessmentText) for t in texts)
    assert [t.knowable_since for t in texts] == [day(2016, 9), day(2016, 9), day(2016, 5), None]
    written = [t.contributions for t in texts if isinstance(t, AssessmentText)]
    assert "should-know standard on 2016-09-01" in written[0]
    assert "across the threshold on 2016-05-01" in written[2]


@pytest.mark.parametrize(("records", "knowable"), [(3, 2), (0, 3)])
def test_knowable_records_never_asks_less_than_the_alert(records: int, knowable: int) -> None:
    block = (
        f"  indicators: [REL-12]\n  records: {records}\n  knowable_records: {knowable}\n"
        "  alone_weight: 0.5\n"
    )
    with pytest.raises(ConfigError, match="knowable_records"):
        load_policy_text(_policy_text(block))


START = datetime(2012, 1, 1, tzinfo=UTC)


@st.composite
def readings(draw: st.DrawFn, prefix: str, max_size: int = 6) -> list[Signal]:
    out = []
    for i in range(draw(st.integers(0, max_size))):
        when = START + timedelta(days=draw(st.integers(0, 3000)))
        indicator = draw(st.sampled_from(["REL-12", "REL-12", "REL-12", "REL-09", "BEH-02"]))
        record = f"{prefix}{draw(st.integers(0, 4))}"
        out.append(reading(indicator, when, draw(st.floats(0.3, 1.0)), record, f"m{i}"))
    return out


@settings(max_examples=80, deadline=None)
@given(readings("a"), readings("b"))
def test_later_evidence_moves_knowable_since_only_later_and_only_once_corroborated(
    found: list[Signal], extra: list[Signal]
) -> None:
    before = assess("acct-1", found, POLICY, AS_OF)
    horizon = max((s.observed_at for s in found if s.observed_at), default=START)
    later = [moved(s, horizon + timedelta(days=1 + i)) for i, s in enumerate(extra)]
    after = assess("acct-1", [*found, *later], POLICY, AS_OF)
    if before.knowable_since is None:
        assert after.knowable_since is None or after.knowable_since > horizon
        return
    assert after.knowable_since is not None and after.knowable_since >= before.knowable_since
    corroborated = any("should-know standard" in c.note for c in before.contributions)
    if corroborated:
        assert after.knowable_since == before.knowable_since
