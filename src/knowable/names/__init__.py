"""Names: normalisation, candidate blocking and explainable scoring of entity names.

The hot modules (:data:`COMPILED`) may be compiled with mypyc (``make native``); the
compiled extension then sits beside its ``.py`` and Python loads it first. Pure Python
stays the fallback, and ``KNOWABLE_PURE_PYTHON=1`` forces it even when a build exists
(``make check`` tests both). :func:`native` tells which one is loaded, :func:`stale`
which builds are older than their source.
"""

from __future__ import annotations

from knowable.native import Build, pure_python_forced

__all__ = ["COMPILED", "native", "pure_python_forced", "stale"]

#: Modules that ``make native`` compiles (scripts/build_native.py reads this list).
COMPILED = ("normalise", "tokens", "compare", "score", "abjad", "keys")

_BUILD = Build(tuple(f"{__name__}.{leaf}" for leaf in COMPILED), "knowable.names")


def stale() -> list[str]:
    """Compiled modules whose build is older than their ``.py`` (rebuild: ``make native``)."""
    return [module.rpartition(".")[2] for module in _BUILD.stale()]


def native() -> bool:
    """True when every module of :data:`COMPILED` is loaded from a compiled extension.

    Importing them here is cheap: the scorer needs them anyway.
    """
    return _BUILD.native()


# A build older than its source would run old rules: then every module is loaded from
# its .py (all or none: compiled modules call each other's compiled code directly).
_BUILD.install()
