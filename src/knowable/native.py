"""The optional mypyc build of the CRM ingest's per-row modules (``make native``).

:data:`INGEST_COMPILED` are the modules a CRM ingest runs once or more per row (reading
the rows' Ids and dates, validating, building records and their hashes, writing them in
batches). ``make native`` (scripts/build_native.py) compiles them with mypyc beside their
``.py`` files, as it does knowable.names' matcher (a separate group: neither calls the
other's compiled code directly). Pure Python stays the fallback: with no build, with
``KNOWABLE_PURE_PYTHON=1``, or when any build is older than its source (then all of them
are loaded from their ``.py``: compiled modules call each other's compiled code
directly, so a mix could run old code). Both give the same rows, hashes and audit events
(``make check`` runs the ingest's golden tests with each).

:func:`install` runs when the ``knowable`` package is imported, before any of these
modules can be.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings

#: Modules that ``make native`` compiles as one group (scripts/build_native.py reads this
#: list). Modules whose functions or classes callers replace (``jobs.ingest``'s
#: ``_write`` and ``StoreLinks``' methods, ``csvfile.open_input``) stay out: a compiled
#: module calls its own functions directly, and its classes cannot be patched.
INGEST_COMPILED = (
    "knowable.timeutil",
    "knowable.jcs",
    "knowable.hashing",
    "knowable.sources.sfid",
    "knowable.sources.csvrows",
    "knowable.sources.crmfields",
    "knowable.sources.salesforce",
    "knowable.store.rowhash",
    "knowable.store.batches",
    "knowable.store.versions",
)

_SRC = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def source_of(module: str) -> str:
    """The ``.py`` file of a module of the package (dotted name)."""
    return os.path.join(_SRC, *module.split(".")) + ".py"


def pure_python_forced() -> bool:
    """True when ``KNOWABLE_PURE_PYTHON`` asks for the pure-Python modules."""
    return os.environ.get("KNOWABLE_PURE_PYTHON", "") not in ("", "0")


class Build:
    """One group of modules that ``make native`` compiles together (dotted names), and
    how they are loaded: the compiled extensions when they are current, else (forced, or
    any build older than its source) every one of them from its ``.py``."""

    def __init__(self, modules: tuple[str, ...], label: str) -> None:
        self.modules = modules
        self.label = label
        self._installed = False

    def _extensions(self, module: str) -> list[str]:
        stem = source_of(module)[: -len(".py")]
        return [
            stem + suffix
            for suffix in importlib.machinery.EXTENSION_SUFFIXES
            if os.path.exists(stem + suffix)
        ]

    def stale(self) -> list[str]:
        """Modules whose build is older than their ``.py`` (rebuild: ``make native``)."""
        out = []
        for module in self.modules:
            source = os.stat(source_of(module)).st_mtime
            if any(os.stat(ext).st_mtime < source for ext in self._extensions(module)):
                out.append(module)
        return out

    def native(self) -> bool:
        """True when every module is loaded from a compiled extension (importing them
        here: their callers need them anyway)."""
        for name in self.modules:
            module = importlib.import_module(name)
            if not str(getattr(module, "__file__", "")).endswith(
                tuple(importlib.machinery.EXTENSION_SUFFIXES)
            ):
                return False
        return True

    def install(self) -> None:
        """Load the pure-Python modules when asked to, or when a build is stale (once)."""
        if self._installed:
            return
        self._installed = True
        if pure_python_forced():
            sys.meta_path.insert(0, _PurePythonFinder(self.modules))
        elif old := self.stale():
            warnings.warn(
                f"knowable: compiled {', '.join(old)} older than the source; using pure "
                f"Python for {self.label} (run `make native` to rebuild)",
                RuntimeWarning,
                stacklevel=2,
            )
            sys.meta_path.insert(0, _PurePythonFinder(self.modules))


class _PurePythonFinder(importlib.abc.MetaPathFinder):
    """Loads ``modules`` from their ``.py`` files, ignoring any extension."""

    def __init__(self, modules: tuple[str, ...]) -> None:
        self.modules = frozenset(modules)

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.modules:
            return None
        return importlib.util.spec_from_file_location(fullname, source_of(fullname))


INGEST = Build(INGEST_COMPILED, "the ingest modules")


def stale() -> list[str]:
    """Ingest modules whose build is older than their ``.py``."""
    return INGEST.stale()


def native() -> bool:
    """True when every module of :data:`INGEST_COMPILED` is loaded compiled."""
    return INGEST.native()


def install() -> None:
    """Guard the ingest modules' loading (see :class:`Build`)."""
    INGEST.install()
