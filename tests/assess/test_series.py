"""The as-of series: many dates in one pass give exactly what each date gives alone."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from assess_factories import day, sig

from knowable.assess.score import assess, assess_many
from knowable.assess.series import assess_series, assess_series_many
from knowable.catalogue import indicators
from knowable.catalogue.policy import bundled_policy
from knowable.model import Signal

POLICY = bundled_policy()
MONTHLY = [datetime(2019, m, 1, tzinfo=UTC) for m in range(1, 13)]


def synthetic(customers: int, seed: int, most: int = 14) -> list[Signal]:
    """Fictional signals: random indicators, stages, strengths, a few undated, ended,
    same-evidence and two-reading signals, dated 2017-2020."""
    rng = random.Random(seed)
    ids = sorted(indicators())
    out: list[Signal] = []
    for c in range(customers):
        for n in range(rng.randint(0, most)):
            when = datetime(2017, 1, 1, tzinfo=UTC) + timedelta(days=rng.randint(0, 1400))
            details: dict[str, object] = {}
            if rng.random() < 0.3:
                details["stage"] = rng.choice(["allegation", "charge", "conviction"])
            if rng.random() < 0.1:
                details["ended_at"] = (when + timedelta(days=rng.randint(1, 500))).isoformat()
            if c % 7 == 0 and rng.random() < 0.3:
                details["evidence_keys"] = [f"list|{rng.randint(0, 2)}"]
            if c % 11 == 0 and rng.random() < 0.3:
                details["reading_of"] = f"rec-{rng.randint(0, 1)}"
                details["reading"] = rng.choice(["rules", "model"])
            out.append(
                Signal(
                    f"c{c}",
                    rng.choice(ids),
                    round(rng.uniform(0.05, 1.0), 3),
                    None if rng.random() < 0.03 else when,
                    "synthetic",
                    "1",
                    details=details,
                    id=f"s{c}-{n}",
                )
            )
    return out


def by_subject(signals: list[Signal]) -> dict[str, list[Signal]]:
    grouped: dict[str, list[Signal]] = {}
    for s in signals:
        grouped.setdefault(s.subject_key, []).append(s)
    return grouped


@pytest.mark.parametrize(("seed", "customers", "most"), [(1, 120, 14), (2, 120, 14), (3, 30, 300)])
def test_series_equals_each_date_alone_on_a_synthetic_set(
    seed: int, customers: int, most: int
) -> None:
    grouped = by_subject(synthetic(customers, seed, most))
    keys = [f"c{c}" for c in range(customers)]
    screened = {k for i, k in enumerate(keys) if i % 9}
    series = assess_series_many(grouped, keys, POLICY, MONTHLY, screened)
    assert list(series) == MONTHLY
    crossed = 0
    for when in MONTHLY:
        alone = assess_many(grouped, keys, POLICY, when, screened)
        assert series[when] == alone
        crossed += sum(1 for a in alone if a.knowable_since is not None)
    assert crossed > 0  # the set exercises knowable-since, not only clear customers


def test_a_later_crossing_is_not_knowable_at_an_earlier_date() -> None:
    signals = [
        sig("NEWS-05", day(2019, 6, 15), 1.0, stage="conviction"),
        sig("BIZ-01", day(2019, 6, 15), 1.0),
        sig("NEWS-02", day(2018, 1, 1), 0.1),
    ]
    dates = [day(2019, 1, 1), day(2019, 7, 1)]
    early, late = assess_series("acct-1", signals, POLICY, dates)
    assert early.knowable_since is None and early.score < late.score
    assert late.knowable_since == day(2019, 6, 15)
    assert [early, late] == [assess("acct-1", signals, POLICY, d) for d in dates]


def test_dates_are_given_back_in_order_and_once() -> None:
    grouped = by_subject([sig("NEWS-02", day(2018), 0.5)])
    out = assess_series_many(grouped, ["acct-1"], POLICY, [day(2020), day(2019), day(2020)])
    assert list(out) == [day(2019), day(2020)]
