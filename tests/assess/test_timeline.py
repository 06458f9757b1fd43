"""The score series over a subject's signal dates."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from assess_factories import day, sig

from knowable.assess.combine import prepare
from knowable.assess.timeline import series
from knowable.catalogue.policy import bundled_policy

POLICY = bundled_policy()


def test_naive_as_of_means_utc_whatever_the_local_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Etc/GMT-14")  # UTC+14: local midday is 22:00 UTC the day before
    time.tzset()
    try:
        signals = [sig("NEWS-02", day(2010), stage="allegation")]
        naive = datetime(2010, 1, 1, 12)
        aware = naive.replace(tzinfo=UTC)
        p = prepare(signals, POLICY, aware)
        got = [(pt.at, pt.score, pt.band) for pt in series(p, POLICY, naive)]
        want = [(pt.at, pt.score, pt.band) for pt in series(p, POLICY, aware)]
        assert len(want) == 2  # the signal's date, then as_of
        assert got == want
    finally:
        monkeypatch.undo()
        time.tzset()
