"""Wilson intervals, insufficient samples, monthly shares and BIZ-01 signals."""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime, timedelta

import pytest

from knowable.assess.prevalence import (
    INSUFFICIENT,
    ClassifiedListing,
    end_of_month,
    monthly_shares,
    prevalence_signals,
    wilson_interval,
)

KEY = "001TEST0000PLAT"


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [
        # values from the closed form (Newcombe 1998, method 4), z = 1.959964
        (50, 100, 0.3990, 0.6010),
        (0, 30, 0.0, 0.1413),
        (30, 30, 0.8587, 1.0),
        (1, 10, 0.0052, 0.4588),
    ],
)
def test_wilson_reference_values(k: int, n: int, low: float, high: float) -> None:
    got_low, got_high = wilson_interval(k, n)
    assert got_low == pytest.approx(low, abs=1e-4)
    assert got_high == pytest.approx(high, abs=1e-4)


def test_wilson_is_symmetric_and_nested() -> None:
    for n in (10, 31, 100):
        for k in range(n + 1):
            low, high = wilson_interval(k, n)
            mirror = wilson_interval(n - k, n)
            assert low == pytest.approx(1 - mirror[1], abs=1e-12)
            assert 0.0 <= low <= k / n <= high <= 1.0
            wide = wilson_interval(k, n, confidence=0.99)
            assert wide[0] <= low and wide[1] >= high


def test_wilson_exact_coverage_at_least_nominal() -> None:
    # exact binomial coverage, no simulation noise, over a grid of true shares
    for n in (30, 100):
        for p in (0.05, 0.2, 0.4271, 0.5, 0.8):
            coverage = sum(
                math.comb(n, k) * p**k * (1 - p) ** (n - k)
                for k in range(n + 1)
                if wilson_interval(k, n)[0] <= p <= wilson_interval(k, n)[1]
            )
            assert coverage >= 0.95, (n, p, coverage)


def test_wilson_rejects_bad_counts() -> None:
    with pytest.raises(ValueError):
        wilson_interval(3, 0)
    with pytest.raises(ValueError):
        wilson_interval(5, 4)


def test_wilson_coverage_small_simulation() -> None:
    rng = random.Random(5)
    true, n, trials = 0.2, 60, 400
    covered = 0
    for _ in range(trials):
        k = sum(rng.random() < true for _ in range(n))
        low, high = wilson_interval(k, n)
        covered += low <= true <= high
    assert covered / trials >= 0.92  # nominal 95%; a loose bound for a small run


def _items(month: date, n: int, adult: int, indicators: int = 0) -> list[ClassifiedListing]:
    when = datetime(month.year, month.month, 10, tzinfo=UTC)
    out = []
    for i in range(n):
        kind = "commercial_sex" if i < adult else "other"
        found = frozenset({"AD-01", "AD-03"}) if i < indicators else frozenset({"AD-01"})
        out.append(ClassifiedListing(f"r{month}{i}", when + timedelta(hours=i), kind, found, "q"))
    return out


def test_small_month_is_insufficient() -> None:
    shares = monthly_shares(_items(date(2014, 1, 1), 12, 10), KEY)
    assert shares[0].status == INSUFFICIENT
    assert shares[0].adult.estimate is None and shares[0].adult.low is None
    assert prevalence_signals(shares) == []


def test_monthly_shares_and_signal() -> None:
    items = _items(date(2014, 1, 1), 40, 4) + _items(date(2014, 2, 1), 50, 30, indicators=20)
    shares = monthly_shares(items, KEY)
    assert [s.month for s in shares] == [date(2014, 1, 1), date(2014, 2, 1)]
    feb = shares[1]
    assert feb.adult.estimate == 0.6 and feb.indicators.estimate == 0.4
    signals = prevalence_signals(shares)
    by_month = {s.details["month"]: s for s in signals}
    assert "2014-02" in by_month
    signal = by_month["2014-02"]
    assert signal.indicator == "BIZ-01"
    assert signal.strength == pytest.approx(feb.adult.low, abs=1e-4)
    assert signal.observed_at == end_of_month(date(2014, 2, 1))
    assert signal.details["change_from_previous_month"] == pytest.approx(0.5)
    assert "Wilson" in signal.details["method"]


def test_low_share_gives_no_signal() -> None:
    shares = monthly_shares(_items(date(2014, 1, 1), 100, 1), KEY)
    assert shares[0].status == "ok"
    assert prevalence_signals(shares) == []


def test_recruitment_counts_only_with_recruitment_indicator() -> None:
    when = datetime(2014, 1, 5, tzinfo=UTC)
    jobs = [ClassifiedListing(f"j{i}", when, "recruitment", frozenset()) for i in range(30)]
    lures = [
        ClassifiedListing(f"l{i}", when, "recruitment", frozenset({"AD-14"})) for i in range(30)
    ]
    assert monthly_shares(jobs, KEY)[0].adult.count == 0
    assert monthly_shares(lures, KEY)[0].adult.count == 30


def test_ethnicity_never_counts_towards_validated_share() -> None:
    when = datetime(2014, 1, 5, tzinfo=UTC)
    items = [
        ClassifiedListing(f"e{i}", when, "commercial_sex", frozenset({"AD-04", "AD-01"}))
        for i in range(30)
    ]
    assert monthly_shares(items, KEY)[0].indicators.count == 0


def test_end_of_month() -> None:
    assert end_of_month(date(2016, 2, 1)) == datetime(2016, 2, 29, 23, 59, 59, 999999, tzinfo=UTC)
