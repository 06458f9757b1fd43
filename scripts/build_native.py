"""Compile knowable.names' hot modules with mypyc, in place (``make native``).

The extensions land beside their ``.py`` files (and mypyc's shared runtime in src/), so
both an editable install and pytest's ``pythonpath = src`` load them. Nothing is rebuilt
when every extension is newer than every source. Without a C compiler or mypyc this prints
a warning and exits 0: pure Python is the fallback. ``--clean`` removes the build.
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
# Read the module list without importing the package (that would load a build).
COMPILED: tuple[str, ...] = next(
    ast.literal_eval(line.partition("=")[2].strip())
    for line in (NAMES / "__init__.py").read_text().splitlines()
    if line.startswith("COMPILED = ")
)
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def artefacts() -> list[Path]:
    found = [p for leaf in COMPILED for p in NAMES.glob(f"{leaf}.*.so")]
    found += list(SRC.glob("*__mypyc*.so"))
    return found


def clean() -> None:
    for path in artefacts():
        path.unlink()
    shutil.rmtree(SRC / "build", ignore_errors=True)
    shutil.rmtree(SRC / ".mypy_cache", ignore_errors=True)


def up_to_date() -> bool:
    built = [NAMES / f"{leaf}{SUFFIX}" for leaf in COMPILED]
    if not all(p.exists() for p in built):
        return False
    oldest = min(p.stat().st_mtime for p in built)
    sources = [NAMES / f"{leaf}.py" for leaf in COMPILED] + [Path(__file__)]
    return all(s.stat().st_mtime <= oldest for s in sources)


def warn(message: str) -> None:
    print(f"make native: {message}; knowable.names stays pure Python", file=sys.stderr)


def main() -> int:
    if "--clean" in sys.argv:
        clean()
        return 0
    if up_to_date():
        print("make native: compiled knowable.names is up to date")
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
    start = time.perf_counter()
    sources = [f"knowable/names/{leaf}.py" for leaf in COMPILED]
    done = subprocess.run([mypyc, *sources], cwd=SRC, capture_output=True, text=True, check=False)
    shutil.rmtree(SRC / "build", ignore_errors=True)
    shutil.rmtree(SRC / ".mypy_cache", ignore_errors=True)
    if done.returncode != 0:
        print(done.stdout[-3000:], done.stderr[-3000:], file=sys.stderr)
        clean()
        warn("mypyc failed (output above)")
        return 0
    print(f"make native: compiled {', '.join(COMPILED)} in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
