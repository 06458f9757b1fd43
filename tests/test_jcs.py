"""RFC 8785 canonical JSON (issue 17): the RFC's own vectors and an independent
implementation (the ``rfc8785`` package) agree with :mod:`knowable.jcs`."""

from __future__ import annotations

import json
import math
import random
import struct
from pathlib import Path
from typing import Any

import pytest
import rfc8785
from hypothesis import given
from hypothesis import strategies as st

from knowable import jcs
from knowable.hashing import JCS_FORM, LEGACY_FORM, canonical, canonical_json

VECTORS = json.loads(
    (Path(__file__).parent / "fixtures" / "rfc8785_vectors.json").read_text(encoding="utf-8")
)


def _double(bits: str) -> float:
    value: float = struct.unpack(">d", bytes.fromhex(bits))[0]
    return value


@pytest.mark.parametrize(("bits", "expected"), VECTORS["numbers"])
def test_rfc_number_vectors(bits: str, expected: str | None) -> None:
    value = _double(bits)
    if expected is None:
        with pytest.raises(ValueError):
            jcs.number(value)
        with pytest.raises(ValueError):
            jcs.dumps([value])
    else:
        assert jcs.number(value) == expected
        assert jcs.dumps({"n": value}) == '{"n":' + expected + "}"


def test_rfc_primitives_example() -> None:
    value = json.loads(VECTORS["primitives"]["input"])
    assert jcs.dumps(value) == VECTORS["primitives"]["output"]


def test_rfc_sorting_example_orders_by_utf16_code_units() -> None:
    value = json.loads(VECTORS["sorting"]["input"])
    assert list(json.loads(jcs.dumps(value))) == VECTORS["sorting"]["order"]
    # Python's code point order puts U+FB33 before the emoji: the legacy form differs
    assert list(json.loads(canonical_json(value))) != VECTORS["sorting"]["order"]


def test_forms_agree_where_no_float_or_astral_name_occurs() -> None:
    value = {"b": [1, 'x\u0007\n"\\', None, True], "a": {"é": -3, "z": "😀"}}
    assert jcs.dumps(value) == canonical(value, LEGACY_FORM) == canonical(value, JCS_FORM)
    assert not jcs.needs_own_writer(value)
    assert jcs.needs_own_writer({"a": 1.0})
    assert jcs.dumps({"a": 1.0, "b": 2.5e-07}) == '{"a":1,"b":2.5e-7}'
    assert canonical_json({"a": 1.0, "b": 2.5e-07}) == '{"a":1.0,"b":2.5e-07}'


def test_refuses_what_json_cannot_carry() -> None:
    for bad in (math.nan, math.inf, -math.inf):
        with pytest.raises(ValueError):
            jcs.dumps({"x": bad})
    with pytest.raises(TypeError):
        jcs.dumps({1: "not a string name"})
    with pytest.raises(TypeError):
        jcs.dumps({"x": object()})


def test_large_integers_keep_every_digit() -> None:
    # Outside I-JSON: written exactly rather than rounded, so 2**60 and 2**60+1 differ.
    assert jcs.dumps([2**60, 2**60 + 1]) == f"[{2**60},{2**60 + 1}]"
    assert jcs.dumps(2**53 - 1) == rfc8785.dumps(2**53 - 1).decode()


def test_random_doubles_match_the_independent_implementation() -> None:
    rng = random.Random(8785)
    tried = 0
    while tried < 20000:
        value = _double(rng.getrandbits(64).to_bytes(8, "big").hex())
        if math.isnan(value) or math.isinf(value):
            continue
        tried += 1
        assert jcs.number(value) == rfc8785.dumps(value).decode(), repr(value)


_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=30,
)


@given(_json)
def test_any_json_value_matches_the_independent_implementation(value: Any) -> None:
    assert jcs.dumps(value) == rfc8785.dumps(value).decode("utf-8")


def test_float_subclasses_are_written_as_their_value() -> None:
    class Money(float):
        def __repr__(self) -> str:  # numpy.float64 reprs as "np.float64(1e-05)"
            return f"Money({float(self)!r})"

    assert jcs.dumps({"x": Money(1e-05), "y": Money(2.0)}) == '{"x":0.00001,"y":2}'


def test_enum_and_str_subclasses_are_written_by_value() -> None:
    from enum import IntEnum, StrEnum

    class Level(IntEnum):
        HIGH = 3

    class Band(StrEnum):
        WATCH = "watch"

    assert jcs.dumps({"b": Band.WATCH, "l": Level.HIGH, "f": 0.5}) == '{"b":"watch","f":0.5,"l":3}'


def test_plain_range_doubles_take_repr_and_match_the_digit_by_digit_writer() -> None:
    """Where ``repr`` writes a double without an exponent (1e-4 up to 1e16) number() takes
    its text; it must equal the exact writer's and the independent implementation's,
    whole numbers, signed zeros and both edges of the range included."""
    rng = random.Random(20261202)
    values = [0.0, -0.0, 1.0, -1.0, 2.0**53, 1e15, 9999999999999998.0, 1e16, 1e-4, 9.9e-5]
    values += [rng.uniform(-1.0, 1.0) * 10.0 ** rng.randint(-5, 17) for _ in range(20000)]
    values += [float(rng.randint(-(2**53), 2**53)) for _ in range(2000)]
    for value in values:
        expected = rfc8785.dumps(value).decode()
        assert jcs.number(value) == jcs.number_exact(value) == expected, repr(value)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_any_double_is_written_as_the_exact_writer_writes_it(value: float) -> None:
    assert jcs.number(value) == jcs.number_exact(value)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_the_repr_path_still_refuses_nan_and_infinities(value: float) -> None:
    with pytest.raises(ValueError):
        jcs.number(value)


@given(_json)
def test_a_value_written_directly_is_written_as_dumps_writes_it(value: Any) -> None:
    assert jcs.scalar(value) == jcs.dumps(value)


_names = st.text(max_size=6) | st.sampled_from(["a", "b", "\U0001f600", "\ufb33", "rows"])


@given(
    st.dictionaries(_names, _json, max_size=8),
    st.dictionaries(_names, _json, max_size=3),
)
def test_an_object_with_members_written_already_is_dumps_of_the_merged_object(
    values: dict[str, Any], written: dict[str, Any]
) -> None:
    texts = {name: jcs.dumps(value) for name, value in written.items()}
    expected = jcs.dumps({**values, **written})
    assert jcs.object_with(values, texts) == expected
    assert jcs.object_with(values, texts) == expected  # the remembered order, again
    assert jcs.object_with({**values, **written}) == expected


def test_an_object_with_a_name_that_is_not_a_string_is_refused() -> None:
    with pytest.raises(TypeError):
        jcs.object_with({1: "x"})  # type: ignore[dict-item]
    assert jcs.object_with({}) == "{}" == jcs.object_with({}, {})


@given(st.dictionaries(_names, st.text(max_size=8), max_size=6))
def test_a_map_of_strings_is_written_as_dumps_writes_it(values: dict[str, str]) -> None:
    assert jcs.string_map(values) == jcs.dumps(values)
    mixed: dict[str, Any] = {**values, "n": 1.5}
    assert jcs.string_map(mixed) == jcs.dumps(mixed)
