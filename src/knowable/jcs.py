"""RFC 8785 (JSON Canonicalization Scheme) serialisation, so other languages can re-hash.

What RFC 8785 fixes and how this module does it:

- **Objects**: members sorted by their names as arrays of UTF-16 code units (section
  3.2.3). Code point order, Python's, differs only when a name holds a character outside
  the Basic Multilingual Plane; those objects are sorted by the UTF-16BE bytes instead.
- **Strings** (3.2.2.2): ``"`` and ``\\`` escaped, U+0008/9/A/C/D as ``\\b \\t \\n \\f
  \\r``, the other controls below U+0020 as ``\\u00hh`` (lower-case hex), everything else
  written as itself. This is exactly what :func:`json.encoder.encode_basestring` does.
- **Numbers** (3.2.2.3): written as ECMAScript's ``Number.prototype.toString`` writes an
  IEEE 754 double: the shortest digits that round-trip (Python's ``repr`` finds the same
  digits), plain notation for exponents from -6 to 20, else ``d.ddde+N``/``de-N``;
  ``-0`` as ``0``; NaN and infinities are refused.
- **Literals**: ``true``, ``false``, ``null``; no whitespace anywhere.

One deliberate corner: an integer beyond 2**53 (outside I-JSON, so outside what RFC 8785
canonicalises) is written with all its digits instead of being rounded to a double, so
two different integers never hash alike. Values the store hashes keep far below it.

When a value holds no float, no non-BMP member name and no such large integer, Python's
own C encoder with sorted keys already writes the RFC 8785 form, and it is used as is;
when its floats are integral or between 1e-4 and 1e16 (where ``repr`` and ECMAScript
agree but for ``.0``), it is used on a copy with the integral floats made ints.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import date, datetime
from functools import lru_cache
from json.encoder import encode_basestring
from typing import Any

#: Integers up to this magnitude are exact as doubles (I-JSON's range).
MAX_SAFE_INTEGER = 2**53 - 1


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | frozenset):
        return sorted(value)
    raise TypeError(f"cannot canonicalise value of type {type(value).__name__}")


_FAST = json.JSONEncoder(
    sort_keys=True,
    separators=(",", ":"),
    ensure_ascii=False,
    allow_nan=False,
    default=_default,
).encode


def number(value: float | int) -> str:
    """A number as ECMAScript's ``Number.prototype.toString`` writes it (RFC 8785 3.2.2.3).

    A float whose ``repr`` is in plain notation (magnitudes from 1e-4 to below 1e16, the
    scores, shares and strengths the store hashes) is that text, less the ``.0`` of a
    whole number: ``repr``'s digits are the shortest that round-trip, as ECMAScript's
    are, and both write such numbers without an exponent. Anything else takes
    :func:`number_exact`."""
    if type(value) is float:
        text = float.__repr__(value)
        if "e" not in text and "n" not in text:  # neither an exponent nor nan/inf
            if text.endswith(".0"):
                return "0" if text == "-0.0" else text[:-2]
            return text
    return number_exact(value)


def number_exact(value: float | int) -> str:
    """:func:`number`, worked out digit by digit from ``repr`` for every value."""
    if isinstance(value, bool):
        raise TypeError("a boolean is not a number")
    if isinstance(value, int):
        return int.__repr__(value)  # exact; equal to the double's form within +-2**53
    if math.isnan(value) or math.isinf(value):
        raise ValueError(f"{value!r} cannot be written in RFC 8785 JSON")
    if value == 0:
        return "0"
    if value < 0:
        return "-" + number_exact(-value)
    # repr gives the shortest round-tripping digits; take them and their exponent.
    # float.__repr__, not repr: a float subclass (numpy.float64) reprs as "np.float64(...)"
    mantissa, _, exp_text = float.__repr__(float(value)).partition("e")
    whole, _, fraction = mantissa.partition(".")
    spelled = whole + fraction  # the decimal point sits after len(whole) of these
    leading = len(spelled) - len(spelled.lstrip("0"))
    digits = spelled[leading:].rstrip("0")
    # value = 0.DIGITS x 10**n  (ECMAScript's s, k and n)
    n = len(whole) + (int(exp_text) if exp_text else 0) - leading
    k = len(digits)
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + digits
    exponent = n - 1
    sign = "+" if exponent >= 0 else "-"
    head = digits[0] if k == 1 else digits[0] + "." + digits[1:]
    return f"{head}e{sign}{abs(exponent)}"


@lru_cache(maxsize=1024)
def _names_need_own_writer(names: tuple[Any, ...]) -> bool:
    """Whether an object with these member names must be sorted by UTF-16 code units (or
    holds a name that is not a string)."""
    return any(not isinstance(name, str) or (name and max(name) > "\uffff") for name in names)


def needs_own_writer(value: Any) -> bool:
    """Whether ``value`` holds anything Python's encoder writes differently from JCS."""
    if type(value) is dict:
        # The common case, a CRM row: a flat object of strings whose member names repeat
        # row after row (one header per file), so the names are judged once per header.
        for item in value.values():
            if type(item) is not str:
                break
        else:
            return _names_need_own_writer(tuple(value))
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str) or item is None or item is True or item is False:
            continue
        if isinstance(item, float):
            return True
        if isinstance(item, int):
            if abs(item) > MAX_SAFE_INTEGER:
                return True
            continue
        if isinstance(item, dict):
            for key in item:
                if not isinstance(key, str) or (key and max(key) > "\uffff"):
                    return True
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
        else:
            return True  # dates, sets, anything _default converts: take the careful path
    return False


def _utf16_key(name: str) -> bytes:
    return name.encode("utf-16-be", "surrogatepass")


def _write(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int | float):
        out.append(number(value))
    elif isinstance(value, dict):
        for key in value:
            if not isinstance(key, str):
                raise TypeError(f"object member names must be strings, not {key!r}")
        out.append("{")
        for i, key in enumerate(sorted(value, key=_utf16_key)):
            if i:
                out.append(",")
            out.append(encode_basestring(key))
            out.append(":")
            _write(value[key], out)
        out.append("}")
    elif isinstance(value, list | tuple):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            _write(item, out)
        out.append("]")
    else:
        _write(_default(value), out)


class _NeedsOwnWriterError(Exception):
    """The value holds something only the careful writer writes right."""


def _same_in_python(value: Any) -> Any:
    """``value`` with integral floats made ints, so that Python's encoder writes it as
    RFC 8785 does; raises :class:`_NeedsOwnWriterError` when that cannot be had this way.

    Python's ``repr`` of a float agrees with ECMAScript's form for magnitudes in
    [1e-4, 1e16) except that it writes integral values with ``.0``; those become ints
    (exact below 2**53)."""
    kind = type(value)
    if kind is str or value is None or kind is bool:
        return value
    if kind is dict:
        for key in value:
            if type(key) is not str or (key and max(key) > "\uffff"):
                raise _NeedsOwnWriterError
        return {key: _same_in_python(item) for key, item in value.items()}
    if kind is list or kind is tuple:
        return [_same_in_python(item) for item in value]
    if kind is int:
        if -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
            return value
        raise _NeedsOwnWriterError
    if isinstance(value, float):
        if value.is_integer():
            if abs(value) <= MAX_SAFE_INTEGER:
                return int(value)
            raise _NeedsOwnWriterError
        if 1e-4 <= abs(value) < 1e16:
            return float(value)
        raise _NeedsOwnWriterError
    raise _NeedsOwnWriterError  # subclasses, dates, sets, anything _default converts


def scalar(value: Any) -> str:
    """:func:`dumps` of one value, with strings, ``None``, booleans, integers and floats
    written directly (no walk of the value, no encoder call); anything else is
    :func:`dumps`."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)  # dumps keeps every digit beyond 2**53 too
    if kind is float:
        return number(value)
    return dumps(value)


def object_with(values: Mapping[str, Any], written: Mapping[str, str] | None = None) -> str:
    """:func:`dumps` of the object ``{**values, **written}``, where each member of
    ``written`` is given as its RFC 8785 text already (it is put in as it is).

    Meant for records of a few members whose names repeat from one to the next (an audit
    event's body, a case event's details): the order of a set of names is worked out
    once and remembered; strings, ``None``, integers and floats are written directly,
    anything else by :func:`dumps`."""
    extra = written or {}
    plan = _plan(tuple(values), tuple(extra))
    if not plan:
        return "{}"
    out: list[str] = []
    for head, name in plan:
        text = extra.get(name)
        if text is None:
            value = values[name]
            kind = type(value)
            if kind is str:
                text = encode_basestring(value)
            elif value is None:
                text = "null"
            else:
                text = scalar(value)
        out.append(head + text)
    out.append("}")
    return "".join(out)


def string_map(values: Mapping[str, Any]) -> str:
    """:func:`dumps` of an object whose members are all strings (names that differ from
    one object to the next, e.g. the row hashes an audit event names), written directly;
    any other object is handed to :func:`dumps`. (Typed ``Any``: a mypyc build checks
    declared types at run time, and the check below is what decides.)"""
    names: list[Any] = list(values)
    astral = False
    for name in names:
        if type(name) is not str or type(values[name]) is not str:
            return dumps(values)
        astral = astral or (not name.isascii() and max(name) > "\uffff")
    names.sort(key=_utf16_key if astral else None)
    return (
        "{"
        + ",".join([encode_basestring(n) + ":" + encode_basestring(values[n]) for n in names])
        + "}"
    )


@lru_cache(maxsize=1024)
def _plan(names: tuple[Any, ...], more: tuple[Any, ...]) -> tuple[tuple[str, str], ...]:
    """The members of an object with ``names`` and ``more`` (once each), in RFC 8785
    order, each with the text written before its value (``{"name":`` or ``,"name":``)."""
    unique = list(dict.fromkeys(names + more))
    for name in unique:
        if not isinstance(name, str):
            raise TypeError(f"object member names must be strings, not {name!r}")
    unique.sort(key=_utf16_key)
    return tuple(
        (("{" if i == 0 else ",") + encode_basestring(name) + ":", name)
        for i, name in enumerate(unique)
    )


def dumps(value: Any) -> str:
    """The RFC 8785 canonical JSON text of ``value`` (hash its UTF-8 bytes)."""
    try:
        return _FAST(_same_in_python(value))
    except _NeedsOwnWriterError:
        pass
    out: list[str] = []
    _write(value, out)
    return "".join(out)
