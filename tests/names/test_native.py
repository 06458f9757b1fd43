"""The optional mypyc build of knowable.names: never stale, and switchable off."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

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
