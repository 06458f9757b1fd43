"""Names: normalisation, candidate blocking and explainable scoring of entity names.

The hot modules (:data:`COMPILED`) may be compiled with mypyc (``make native``); the
compiled extension then sits beside its ``.py`` and Python loads it first. Pure Python
stays the fallback, and ``KNOWABLE_PURE_PYTHON=1`` forces it even when a build exists
(``make check`` tests both). :func:`native` tells which one is loaded, :func:`stale`
which builds are older than their source.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from pathlib import Path

#: Modules that ``make native`` compiles (scripts/build_native.py reads this list).
COMPILED = ("normalise", "tokens", "compare", "score", "abjad", "keys")

_HERE = Path(__file__).resolve().parent


class _PurePythonFinder(importlib.abc.MetaPathFinder):
    """Loads the compiled modules from their ``.py`` files, ignoring any extension."""

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        package, _, leaf = fullname.rpartition(".")
        if package != __name__ or leaf not in COMPILED:
            return None
        return importlib.util.spec_from_file_location(fullname, _HERE / f"{leaf}.py")


def pure_python_forced() -> bool:
    """True when ``KNOWABLE_PURE_PYTHON`` asks for the pure-Python modules."""
    return os.environ.get("KNOWABLE_PURE_PYTHON", "") not in ("", "0")


def _extensions(leaf: str) -> list[Path]:
    return [
        _HERE / f"{leaf}{suffix}"
        for suffix in importlib.machinery.EXTENSION_SUFFIXES
        if (_HERE / f"{leaf}{suffix}").exists()
    ]


def stale() -> list[str]:
    """Compiled modules whose build is older than their ``.py`` (rebuild: ``make native``)."""
    out = []
    for leaf in COMPILED:
        source = (_HERE / f"{leaf}.py").stat().st_mtime
        if any(ext.stat().st_mtime < source for ext in _extensions(leaf)):
            out.append(leaf)
    return out


def native() -> bool:
    """True when every module of :data:`COMPILED` is loaded from a compiled extension.

    Importing them here is cheap: the scorer needs them anyway.
    """
    for leaf in COMPILED:
        module = importlib.import_module(f"{__name__}.{leaf}")
        if not str(getattr(module, "__file__", "")).endswith(
            tuple(importlib.machinery.EXTENSION_SUFFIXES)
        ):
            return False
    return True


# A build older than its source would run old rules: then every module is loaded from
# its .py (all or none: compiled modules call each other's compiled code directly).
if pure_python_forced():
    sys.meta_path.insert(0, _PurePythonFinder())
elif _old := stale():
    warnings.warn(
        f"knowable.names: compiled {', '.join(_old)} older than the source; using pure "
        "Python (run `make native` to rebuild)",
        RuntimeWarning,
        stacklevel=2,
    )
    sys.meta_path.insert(0, _PurePythonFinder())
