"""The layout's rules hold: pure detectors and assessment, data flowing one way, no circles."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "knowable"


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, top_level_only: bool) -> set[str]:
    """Modules of knowable that ``path`` imports; ``from pkg import sub`` counts as ``pkg.sub``
    when ``sub`` is a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    modules = _MODULE_NAMES
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                found.add(candidate if candidate in modules else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m == "knowable" or m.startswith("knowable.")}


def _modules() -> dict[str, Path]:
    return {_module(p): p for p in PACKAGE.rglob("*.py")}


_MODULE_NAMES = frozenset(_modules())


def test_detectors_and_assessment_never_touch_the_store_or_the_doors() -> None:
    banned = (
        "knowable.store",
        "knowable.jobs",
        "knowable.api",
        "knowable.cli",
        "knowable.cases",
        "knowable.spark",
    )
    offenders = {
        name: sorted(i for i in _imports(path, top_level_only=False) if i.startswith(banned))
        for name, path in _modules().items()
        if name.startswith(("knowable.detect", "knowable.assess", "knowable.text"))
    }
    assert not {k: v for k, v in offenders.items() if v}


def test_sources_and_text_do_not_reach_into_detectors() -> None:
    offenders = {
        name: sorted(
            i for i in _imports(path, top_level_only=False) if i.startswith("knowable.detect")
        )
        for name, path in _modules().items()
        if name.startswith(("knowable.sources", "knowable.text", "knowable.catalogue"))
    }
    assert not {k: v for k, v in offenders.items() if v}


def test_no_import_circles_between_modules() -> None:
    modules = _modules()
    graph = {
        name: {i for i in _imports(path, top_level_only=True) if i in modules and i != name}
        for name, path in modules.items()
    }
    # A package's __init__ importing its own submodules is not a circle worth reporting.
    cycles: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = [*trail[trail.index(nxt) :], nxt]
                package = min(cycle, key=len)
                if not all(c == package or c.startswith(package + ".") for c in cycle):
                    cycles.append(cycle)
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert not cycles


def test_only_the_doors_reach_the_spark_edge() -> None:
    """``knowable.spark`` reads and writes the store and Parquet like ``jobs/``: only the
    CLI and the package itself import it (the detectors stay pure, see above)."""
    offenders = {
        name: sorted(
            i for i in _imports(path, top_level_only=False) if i.startswith("knowable.spark")
        )
        for name, path in _modules().items()
        if not name.startswith(("knowable.spark", "knowable.cli"))
    }
    assert not {k: v for k, v in offenders.items() if v}
