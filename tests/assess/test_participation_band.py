"""Renewals, upsells and tailored support repeat what is known: they never lift a band."""

from __future__ import annotations

from assess_factories import day, sig

from knowable.assess.score import assess
from knowable.catalogue.policy import bundled_policy

AS_OF = day(2020, 12, 31)


def test_renewals_do_not_move_watch_to_review() -> None:
    # REL-07 alone: 0.6 x 1.0 x 0.7 = 0.42 -> watch. Five renewals after it must not
    # carry the customer into review.
    signals = [sig("REL-07", day(2015), strength=0.7)]
    signals += [sig("REL-06", day(2016 + i), strength=0.8, ref=str(i)) for i in range(5)]
    signals += [sig("REL-04", day(2017, 6), strength=0.6)]
    a = assess("acct-1", signals, bundled_policy(), AS_OF)
    assert a.band == "watch"
    assert round(a.score, 2) < 0.5
    assert a.knowable_since is None


def test_renewals_still_raise_the_score_within_a_band() -> None:
    alone = assess("acct-1", [sig("REL-07", day(2015), strength=0.5)], bundled_policy(), AS_OF)
    signals = [sig("REL-07", day(2015), strength=0.5), sig("REL-06", day(2016), strength=0.8)]
    more = assess("acct-1", signals, bundled_policy(), AS_OF)
    assert alone.band == more.band == "watch"
    assert more.score > alone.score


def test_renewals_count_once_independent_evidence_reaches_review() -> None:
    signals = [
        sig("REL-07", day(2015), strength=0.7),
        sig("REL-05", day(2015, 3), strength=0.8),
        sig("REL-06", day(2016), strength=0.8),
    ]
    a = assess("acct-1", signals, bundled_policy(), AS_OF)
    assert a.band == "review"
    assert a.knowable_since == day(2015, 3)
