"""``model.contribution`` makes the same object as the ``Contribution`` constructor."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowable.model import Contribution, contribution

_texts = st.text(max_size=20)
_numbers = st.floats(allow_nan=False) | st.integers()


@given(_texts, _texts, _texts, _numbers, _numbers, _texts)
def test_contribution_equals_the_constructor(
    signal_id: str, indicator: str, family: str, weight: float, value: float, note: str
) -> None:
    made = contribution(signal_id, indicator, family, weight, value, note)
    built = Contribution(signal_id, indicator, family, weight, value, note)
    assert type(made) is Contribution
    assert made == built
    assert hash(made) == hash(built)
    assert dataclasses.astuple(made) == (signal_id, indicator, family, weight, value, note)


def test_contribution_is_frozen() -> None:
    made = contribution("s", "i", "f", 0.5, 0.25, "n")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.note = "changed"  # type: ignore[misc]
    assert dataclasses.replace(made, note="m") == Contribution("s", "i", "f", 0.5, 0.25, "m")
