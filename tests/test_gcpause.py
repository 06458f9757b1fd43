"""The collector pause of bulk jobs: off inside, restored after, nested and on errors."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from knowable.gcpause import paused


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()
    else:  # pragma: no cover - the suite runs with the collector on
        gc.disable()


def test_inside_a_pause_the_collector_is_off_and_what_lived_is_frozen() -> None:
    gc.enable()
    before = [[n] for n in range(100)]  # tracked containers alive when the pause starts
    assert gc.get_freeze_count() == 0
    with paused():
        assert not gc.isenabled()
        assert gc.get_freeze_count() >= len(before)
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    with paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_nested_pauses_restore_once_the_outermost_ends() -> None:
    gc.enable()
    with paused():
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner end does not switch it back on
        assert gc.get_freeze_count() > 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_an_error_inside_still_restores_the_collector() -> None:
    gc.enable()
    with pytest.raises(RuntimeError), paused():
        raise RuntimeError("boom")
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_cycles_made_during_a_pause_are_collected_after_it() -> None:
    gc.enable()

    class Node:
        other: object = None

    with paused():
        a, b = Node(), Node()
        a.other, b.other = b, a
        del a, b
        assert gc.isenabled() is False
    assert gc.collect() >= 2
