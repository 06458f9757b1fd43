"""One piece of evidence, counted once and for its time: signals sharing an evidence key
(one listing seen by several screening runs) count once; an ended signal (de-listed) has
no value from its end on, and the score before the end is unchanged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from knowable.assess.combine import ended_day, prepare, to_days
from knowable.assess.score import assess
from knowable.assess.timeline import series
from knowable.catalogue.policy import bundled_policy
from knowable.model import Signal

POLICY = bundled_policy()
LISTED = datetime(2019, 1, 15, tzinfo=UTC)
DELISTED = datetime(2021, 7, 7, tzinfo=UTC)


def listing(
    when: datetime,
    strength: float = 0.9,
    ended: datetime | None = None,
    keys: Any = ("l|1",),
    **extra: Any,
) -> Signal:
    details: dict[str, Any] = {"evidence_keys": list(keys), **extra}
    if ended is not None:
        details["ended_at"] = ended.isoformat()
    return Signal(
        "acct-1", "NEWS-08", strength, when, "watchlist", "2", record_id="r", details=details
    )


def score(signals: list[Signal], when: datetime) -> float:
    return assess("acct-1", signals, POLICY, when).score


def test_signals_sharing_an_evidence_key_count_once() -> None:
    first = listing(LISTED, run=1)
    again = listing(datetime(2021, 7, 7, tzinfo=UTC), run=2)
    late = datetime(2023, 1, 1, tzinfo=UTC)
    assert score([first, again], late) == score([first], late) > 0.5
    result = assess("acct-1", [first, again], POLICY, late)
    assert result.knowable_since == LISTED
    notes = {c.signal_id: c.note for c in result.contributions}
    assert notes[again.id] == f"same evidence as signal {first.id}, counted once"
    # Linked through a shared key, also when the lists of keys differ.
    renumbered = listing(datetime(2020, 1, 1, tzinfo=UTC), keys=("l|1", "l|2"), run=3)
    other_id = listing(datetime(2022, 1, 1, tzinfo=UTC), keys=("l|2",), run=4)
    assert score([first, renumbered, other_id], late) == score([first], late)


def test_watchlist_signals_stored_before_evidence_keys_are_counted_once_too() -> None:
    # Detector version 1 wrote list and entry id but no evidence keys, dated by the newest
    # version screened (2021): the same listing as the new signal dated 2019.
    legacy = Signal(
        "acct-1",
        "NEWS-08",
        0.9,
        datetime(2021, 7, 7, tzinfo=UTC),
        "watchlist",
        "1",
        details={"list": "l", "entry_id": "1", "list_version": "2021-07-07"},
    )
    late = datetime(2023, 1, 1, tzinfo=UTC)
    assert score([legacy, listing(LISTED)], late) == score([listing(LISTED)], late)
    other = Signal(
        "acct-1", "NEWS-08", 0.9, LISTED, "watchlist", "1", details={"list": "l", "entry_id": "2"}
    )
    assert score([other, listing(LISTED)], late) > score([listing(LISTED)], late)


def test_signals_without_a_shared_key_still_add_up() -> None:
    one = listing(LISTED)
    other = listing(LISTED, keys=("l|9",))
    plain = Signal("acct-1", "NEWS-08", 0.9, LISTED, "watchlist", "1", record_id="q")
    late = datetime(2023, 1, 1, tzinfo=UTC)
    assert score([one, other], late) > score([one], late)
    assert score([one, plain], late) > score([one], late)
    # The same key on another subject's signal is another piece of evidence.
    officer = Signal(
        "person-1", "NEWS-08", 0.9, LISTED, "watchlist", "2", details={"evidence_keys": ["l|1"]}
    )
    both = assess("acct-1", [one, officer], POLICY, late, related=frozenset({"person-1"}))
    assert both.score > score([one], late)


def test_the_earliest_visible_signal_is_the_one_counted() -> None:
    later_run = listing(LISTED + timedelta(days=900), strength=0.95)
    first = listing(LISTED, strength=0.8)
    mid = LISTED + timedelta(days=400)
    assert score([later_run, first], mid) == score([first], mid)
    # Before the first one is visible nothing counts; in between only the first.
    assert score([later_run, first], LISTED - timedelta(days=1)) == 0.0
    end = LISTED + timedelta(days=1000)
    assert score([later_run, first], end) == score([first], end)


def test_an_ended_signal_has_no_value_from_its_end_on() -> None:
    ended = listing(LISTED, ended=DELISTED)
    open_ = listing(LISTED)
    day_before = DELISTED - timedelta(seconds=1)
    assert score([ended], day_before) == score([open_], day_before) > 0.5
    assert score([ended], DELISTED) == 0.0
    after = assess("acct-1", [ended], POLICY, datetime(2024, 1, 1, tzinfo=UTC))
    assert after.score == 0.0 and after.band == assess("acct-1", [], POLICY, LISTED).band
    assert after.knowable_since == LISTED  # the history stays
    [part] = after.contributions
    assert (
        part.value == 0.0
        and "ended 2021-07-07 (de-listed, or checked and cleared by staff)" in part.note
    )
    early = assess("acct-1", [ended], POLICY, datetime(2020, 1, 1, tzinfo=UTC))
    assert "ends 2021-07-07" in early.contributions[0].note


def test_a_duplicate_that_saw_the_end_ends_the_counted_signal() -> None:
    before_delisting = listing(LISTED, run="2020")
    after_delisting = listing(LISTED, ended=DELISTED, run="2022")
    late = datetime(2022, 1, 1, tzinfo=UTC)
    assert score([before_delisting], late) > 0.5
    assert score([before_delisting, after_delisting], late) == 0.0
    assert score([after_delisting, before_delisting], late) == 0.0
    mid = datetime(2020, 1, 1, tzinfo=UTC)
    assert score([before_delisting, after_delisting], mid) == score([before_delisting], mid)


def test_a_relisting_counts_from_its_own_date() -> None:
    first = listing(LISTED, ended=DELISTED)
    relisted = listing(datetime(2023, 3, 1, tzinfo=UTC))
    signals = [first, relisted]
    assert score(signals, datetime(2022, 1, 1, tzinfo=UTC)) == 0.0
    assert score(signals, datetime(2024, 1, 1, tzinfo=UTC)) == score(
        [first], DELISTED - timedelta(days=1)
    )
    counted = [
        c for c in assess("acct-1", signals, POLICY, datetime(2024, 1, 1, tzinfo=UTC)).contributions
    ]
    assert [c.value > 0 for c in counted] == [False, True]


def test_end_on_or_before_the_signal_date_is_ignored() -> None:
    assert ended_day(listing(LISTED, ended=LISTED)) == float("inf")
    assert ended_day(listing(LISTED, extra_key=1)) == float("inf")
    broken = Signal("acct-1", "NEWS-08", 0.9, LISTED, "w", "2", details={"ended_at": "soon"})
    assert ended_day(broken) == float("inf")
    assert ended_day(listing(LISTED, ended=DELISTED)) == to_days(DELISTED)


def test_series_shows_the_drop_at_the_end() -> None:
    p = prepare([listing(LISTED, ended=DELISTED)], POLICY, datetime(2024, 1, 1, tzinfo=UTC))
    points = series(p, POLICY, datetime(2024, 1, 1, tzinfo=UTC))
    assert [(pt.at, pt.score > 0) for pt in points] == [
        (LISTED, True),
        (DELISTED, False),
        (datetime(2024, 1, 1, tzinfo=UTC), False),
    ]


START = datetime(2010, 1, 1, tzinfo=UTC)


@st.composite
def listing_signals(draw: st.DrawFn) -> list[Signal]:
    out = []
    for i in range(draw(st.integers(0, 10))):
        day = draw(st.integers(0, 3000))
        end = draw(st.one_of(st.none(), st.integers(1, 1500)))
        keys = draw(st.lists(st.sampled_from(["a", "b", "c"]), max_size=2))
        details: dict[str, Any] = {"evidence_keys": keys, "n": i}
        if end is not None:
            details["ended_at"] = (START + timedelta(days=day + end)).isoformat()
        indicator = draw(st.sampled_from(["NEWS-08", "NEWS-02", "REL-01"]))
        out.append(
            Signal(
                "acct-1",
                indicator,
                draw(st.floats(0.05, 1.0)),
                START + timedelta(days=day),
                "test",
                "1",
                details=details,
            )
        )
    return out


@settings(max_examples=80, deadline=None)
@given(listing_signals(), st.integers(0, 4600))
def test_earlier_as_of_never_sees_later_evidence_with_ends_and_keys(
    found: list[Signal], cut: int
) -> None:
    as_of = START + timedelta(days=cut)
    seen = assess("acct-1", found, POLICY, as_of)
    visible = [s for s in found if s.observed_at is not None and s.observed_at <= as_of]
    assert seen == assess("acct-1", visible, POLICY, as_of)
    if seen.knowable_since is not None:
        assert seen.knowable_since <= as_of
    # Counting once never scores more than counting every signal.
    plain = [
        Signal(
            s.subject_key, s.indicator, s.strength, s.observed_at, s.detector, "1", details={"n": i}
        )
        for i, s in enumerate(visible)
    ]
    assert seen.score <= assess("acct-1", plain, POLICY, as_of).score + 1e-12
