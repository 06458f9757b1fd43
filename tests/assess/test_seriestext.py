"""The series' row writer (contributions written straight to their stored JSON) gives byte
for byte the row the store writes for the series' Assessment of the same date: scores,
bands, knowable-since, contributions JSON and row hash, on generated signals and on the
as-of bench's fictional store data.

Only on the bench's data is the row also compared with the date assessed alone: on
generated signals the one-pass series and a date alone can differ in a score's last bit
(found here; so does the code before this writer, whose output this one reproduces)."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType

from hypothesis import given, settings
from hypothesis import strategies as st

from knowable.assess.score import assess_many
from knowable.assess.series import (
    assess_series,
    assess_series_many,
    assess_series_text,
    assess_series_text_many,
)
from knowable.catalogue import indicators
from knowable.catalogue.policy import bundled_policy
from knowable.model import Assessment, AssessmentText, Signal
from knowable.store.assessrows import assessment_row_hash, contributions_json

POLICY = bundled_policy()
MONTHLY = [datetime(2024, m, 1, tzinfo=UTC) for m in range(1, 13)]
_START = datetime(2021, 1, 1, tzinfo=UTC)


def _same_row(text: Assessment | AssessmentText, item: Assessment, run_id: int) -> bool:
    """Whether ``text`` is stored exactly as ``item``: every column and the row hash."""
    if isinstance(text, Assessment):
        return text == item
    written = contributions_json(item)
    return (
        text.contributions == written
        and (text.subject_key, text.as_of, text.score, text.band, text.knowable_since)
        == (item.subject_key, item.as_of, item.score, item.band, item.knowable_since)
        and (text.policy_version, text.policy_hash, text.screened)
        == (item.policy_version, item.policy_hash, item.screened)
        and type(text.score) is type(item.score)
        and assessment_row_hash(text, run_id, text.contributions)
        == assessment_row_hash(item, run_id, written)
    )


_signal = st.builds(
    lambda indicator, strength, days, hours, stage, end, n: Signal(
        "acct-1",
        indicator,
        strength,
        _START + timedelta(days=days, hours=hours),
        "synthetic",
        "1",
        details={
            **({"stage": stage} if stage else {}),
            **(
                {"ended_at": (_START + timedelta(days=days + end)).isoformat()}
                if end is not None
                else {}
            ),
        },
        id=f'sig-{n}-"\\é',
    ),
    st.sampled_from(sorted(indicators())),
    st.sampled_from([0.01, 0.05, 0.2, 0.35, 0.5, 0.8, 0.97, 1.0]),
    st.integers(0, 1400),
    st.integers(0, 23),
    st.sampled_from(["", "allegation", "charge", "conviction"]),
    st.none() | st.integers(1, 600),
    st.integers(0, 10**6),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_signal, max_size=30, unique_by=lambda s: s.id), st.integers(0, 30))
def test_text_rows_equal_the_assessments_rows(signals: list[Signal], undated: int) -> None:
    for k in range(0, min(undated, len(signals)), 7):  # a few undated signals
        s = signals[k]
        signals[k] = Signal(s.subject_key, s.indicator, s.strength, None, "x", "1", id=s.id)
    dates = [_START + timedelta(days=d) for d in range(0, 1500, 125)]
    texts = assess_series_text("acct-1", signals, POLICY, dates)
    items = assess_series("acct-1", signals, POLICY, dates)
    assert len(texts) == len(items) == len(dates)
    for text, item in zip(texts, items, strict=True):
        assert _same_row(text, item, 7)
    assert all(isinstance(t, AssessmentText) for t in texts)  # no merging signal here


def _bench_data() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "asof_data", Path(__file__).resolve().parents[2] / "bench" / "asof_data.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _grouped(signals: Sequence[Signal]) -> dict[str, list[Signal]]:
    out: dict[str, list[Signal]] = {}
    for s in signals:
        out.setdefault(s.subject_key, []).append(s)
    return out


def test_text_rows_equal_on_the_bench_data() -> None:
    """400 of the bench's customers (4,000 signals, skewed, staged, mostly weak) at its 12
    monthly dates: every row the same as the series' Assessments and as each date
    assessed alone (the date-by-date path), and the bench's mix of bands and crossings."""
    grouped = _grouped(_bench_data().synthetic_signals(400, 4000))
    keys = [f"cust-{c:06d}" for c in range(400)]
    screened = set(keys[:-3])  # three never screened: assessed date by date
    texts = assess_series_text_many(grouped, keys, POLICY, MONTHLY, screened)
    items = assess_series_many(grouped, keys, POLICY, MONTHLY, screened)
    assert list(texts) == list(items) == MONTHLY
    written = 0
    for when in MONTHLY:
        for text, item in zip(texts[when], items[when], strict=True):
            assert _same_row(text, item, 3)
            written += isinstance(text, AssessmentText)
        alone = assess_many(grouped, keys, POLICY, when, screened)
        assert all(_same_row(t, a, 3) for t, a in zip(texts[when], alone, strict=True))
    assert written == 397 * 12
    last = items[MONTHLY[-1]]
    assert {a.band for a in last} >= {"clear", "watch", "review", "escalate"}
    assert any(a.knowable_since is not None for a in last)
