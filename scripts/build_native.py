"""Compile knowable's hot modules with mypyc, in place (``make native``).

Two groups, each one mypyc run: knowable.names' matcher (``knowable.names.COMPILED``) and
the CRM ingest's per-row modules (``knowable.native.INGEST_COMPILED``). The extensions
land beside their ``.py`` files (and each group's shared runtime in src/), so both an
editable install and pytest's ``pythonpath = src`` load them. Nothing is rebuilt when
every extension is newer than every source; otherwise both groups are built again. Without
a C compiler or mypyc this prints a warning and exits 0: pure Python is the fallback.
``--clean`` removes the build.
"""

from __future__ import annotations

import ast
import importlib.machinery
import os
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
NAMES = SRC / "knowable" / "names"


def _tuple_named(path: Path, name: str) -> tuple[str, ...]:
    """A module-level tuple assigned in ``path``, read without importing the package
    (that would load a build)."""
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return tuple(ast.literal_eval(node.value))
    raise SystemExit(f"{name} not found in {path}")


COMPILED = _tuple_named(NAMES / "__init__.py", "COMPILED")
INGEST = _tuple_named(SRC / "knowable" / "native.py", "INGEST_COMPILED")
#: Each group's sources, relative to src/ (one mypyc run each).
GROUPS: dict[str, list[str]] = {
    "knowable.names": [f"knowable/names/{leaf}.py" for leaf in COMPILED],
    "ingest": [module.replace(".", "/") + ".py" for module in INGEST],
}
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _stem(source: str) -> Path:
    return SRC / source[: -len(".py")]


def artefacts() -> list[Path]:
    found = [
        p
        for sources in GROUPS.values()
        for source in sources
        for p in _stem(source).parent.glob(f"{_stem(source).name}.*.so")
    ]
    found += list(SRC.glob("*__mypyc*.so"))
    return found


def clean() -> None:
    for path in artefacts():
        path.unlink()
    shutil.rmtree(SRC / "build", ignore_errors=True)
    shutil.rmtree(SRC / ".mypy_cache", ignore_errors=True)


def up_to_date() -> bool:
    every = [source for sources in GROUPS.values() for source in sources]
    built = [Path(f"{_stem(source)}{SUFFIX}") for source in every]
    if not all(p.exists() for p in built):
        return False
    oldest = min(p.stat().st_mtime for p in built)
    sources = [SRC / source for source in every] + [Path(__file__)]
    return all(s.stat().st_mtime <= oldest for s in sources)


def warn(message: str) -> None:
    print(f"make native: {message}; knowable stays pure Python", file=sys.stderr)


def main() -> int:
    if "--clean" in sys.argv:
        clean()
        return 0
    if up_to_date():
        print("make native: compiled modules are up to date")
        return 0
    compiler = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    if shutil.which(compiler.split()[0]) is None:
        warn(f"no C compiler ({compiler})")
        return 0
    mypyc = shutil.which("mypyc", path=str(Path(sys.executable).parent))
    if mypyc is None:
        warn("mypyc not installed (it comes with mypy, a dev dependency)")
        return 0
    clean()
    for group, sources in GROUPS.items():
        start = time.perf_counter()
        done = subprocess.run(
            [mypyc, *sources], cwd=SRC, capture_output=True, text=True, check=False
        )
        shutil.rmtree(SRC / "build", ignore_errors=True)
        shutil.rmtree(SRC / ".mypy_cache", ignore_errors=True)
        if done.returncode != 0:
            print(done.stdout[-3000:], done.stderr[-3000:], file=sys.stderr)
            clean()
            warn(f"mypyc failed on {group} (output above)")
            return 0
        names = ", ".join(Path(s).stem for s in sources)
        print(f"make native: compiled {group} ({names}) in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
