"""The optional mypyc build of knowable.names: never stale, and switchable off."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

import knowable.names
from knowable.names import COMPILED, native, pure_python_forced, stale

SRC = Path(knowable.names.__file__).resolve().parents[1].parent


def test_no_compiled_module_is_older_than_its_source() -> None:
    old = stale()
    assert not old, (
        f"compiled knowable.names modules {old} are older than their .py files: "
        "run `make native` (or `make clean-native`)"
    )


def test_native_reports_where_the_modules_came_from() -> None:
    loaded = [importlib.import_module(f"knowable.names.{m}").__file__ for m in COMPILED]
    assert native() == all(not str(f).endswith(".py") for f in loaded)
    if pure_python_forced():
        assert native() is False


def test_pure_python_can_be_forced() -> None:
    env = {**os.environ, "KNOWABLE_PURE_PYTHON": "1", "PYTHONPATH": str(SRC)}
    code = "import knowable.names as n, knowable.names.compare as c; print(n.native(), c.__file__)"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[0] == "False"
    assert out[1].endswith("compare.py")


#: Pairs written for this test, one per kind of rule path (typos, order, initials, legal
#: forms, scripts, numbers, abbreviations, split words, multi-name parties).
PAIRS = [
    ("Person", "Vladimir Putin", "PUTIN, Vladimir Vladimirovich"),
    ("Person", "Jon Smiht", "John Smith"),
    ("Person", "J. R. Smith", "John Robert Smith"),
    ("Person", "Ali bin Hassan", "Hassan bin Ali"),
    ("Person", "Abd Al-Rahman Nasser", "Abdal Rahman Nasser"),
    ("Person", "Patr ushev Nikolai", "Patrushev Nikolai"),
    ("Person", "Mohammed bin Salman", "محمد بن سلمان"),
    ("Person", "高石 一郎", "高市 一郎"),
    ("Person", "Salahudin", "Salahudin Ahmed Khan"),
    ("Company", "OOO Romashka", "Romashka LLC"),
    ("Company", "Ocean Star Shipping Ltd", "Ocean Star Maritime"),
    ("Company", "Bowne Global Solutions II, Inc.", "Bowne Global Solutions III Inc"),
    ("Company", "Peoples Liberation Army", "PLA"),
    ("Organization", "Brigade Forty-Four", "Brigade 44"),
    ("Company", "Deutsche Bank", "Deutsche Bank Trust Company"),
    ("Vessel", "Destiny", "Destiny"),
]


def _scores(pairs: list[tuple[str, str, str]]) -> list[list[object]]:
    from knowable.names.score import Party, score_pair

    out: list[list[object]] = []
    for schema, a, b in pairs:
        result = score_pair(Party(schema, (a,)), Party(schema, (b,), ("ru",), ("1970",)))
        out.append([repr(result.confidence), result.explanation()])
    both = score_pair(Party("Person", tuple(a for _, a, _ in pairs)), Party("Person", ("x y",)))
    out.append([repr(both.confidence), both.explanation()])
    return out


def test_compiled_and_pure_python_score_alike() -> None:
    import json

    if not native():
        pytest.skip("no compiled build loaded (make check runs this after make native)")
    env = {
        **os.environ,
        "KNOWABLE_PURE_PYTHON": "1",
        "PYTHONPATH": f"{SRC}:{Path(__file__).parent}",
    }
    code = "import json, test_native as t; print(json.dumps(t._scores(t.PAIRS)))"
    pure = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(pure) == _scores(PAIRS)
