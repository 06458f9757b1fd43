"""The relationship timing bench's classification (bench/releval_timing.py), on fictional
signals: each early, late and missed knowable-since gets the cause the signals show."""

from __future__ import annotations

import importlib.util
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType

import pytest

from knowable.model import Signal

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location(
        "releval_timing", ROOT / "bench" / "releval_timing.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


timing = _load()
LABEL = date(2016, 5, 1)


def _reading(day: date, record: str, method: str, indicator: str = "REL-12") -> Signal:
    return Signal(
        "acct-1",
        indicator,
        0.7,
        datetime(day.year, day.month, day.day, tzinfo=UTC),
        "relationship",
        "3",
        record_id=record,
        details={"reading_of": f"record|{record}", "reading": method},
    )


@pytest.mark.parametrize(
    ("knowable", "expected"),
    [
        (None, "missed"),
        (date(2016, 5, 1), "within"),
        (date(2016, 10, 28), "within"),
        (date(2016, 10, 29), "late"),
        (date(2016, 4, 30), "early"),
    ],
)
def test_status_is_read_against_the_180_day_window(knowable: date | None, expected: str) -> None:
    assert timing.status(knowable, LABEL) == expected


def test_an_early_crossing_names_its_records_and_methods() -> None:
    signals = [
        _reading(date(2015, 1, 5), "n1", "model"),
        _reading(date(2015, 3, 5), "n2", "model"),
        _reading(date(2016, 5, 1), "n3", "rules", "BEH-02"),
    ]
    got = timing.cause("early", date(2015, 3, 5), signals, frozenset({"n3"}), held=False)
    assert got == "early: two records before the label, read by model"
    one = timing.cause("early", date(2015, 1, 5), signals[:1], frozenset({"n3"}), held=False)
    assert one == "early: one record before the label, read by model"


def test_a_late_or_missed_crossing_says_whether_the_label_record_was_read() -> None:
    signals = [_reading(date(2016, 5, 1), "n3", "model"), _reading(date(2017, 9, 1), "n4", "model")]
    unread = timing.cause("late", date(2017, 9, 1), signals, frozenset({"n9"}), held=False)
    assert unread == "late: the label's record not read"
    held = timing.cause("late", date(2017, 9, 1), signals, frozenset({"n3"}), held=True)
    assert held == "late: the label's record read, a lone model reading held uncorroborated"
    weak = timing.cause("missed", None, signals, frozenset({"n3"}), held=False)
    assert weak == "missed: the label's record read, below the threshold"


def test_renewals_are_not_a_reading_of_the_label_record() -> None:
    renewal = Signal(
        "acct-1",
        "REL-06",
        0.8,
        datetime(2016, 5, 1, tzinfo=UTC),
        "relationship",
        "3",
        record_id="o1",
    )
    got = timing.cause("missed", None, [renewal], frozenset({"o1"}), held=False)
    assert got == "missed: the label's record not read"
