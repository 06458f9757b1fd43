"""CLI start-up benchmark: wall time of ``knowable --help``, ``--version`` and every command's
``--help``, each in a fresh interpreter, as a user pays it.

Every command line runs ``--runs`` times; the result keeps the minimum, median and maximum
wall seconds and the median CPU seconds (a busy machine disturbs these less), the
interpreter's own start-up (``python -c pass``) as the floor, the load average (the wall
clock is only as quiet as the machine), and ``-X importtime``'s largest imports of
``knowable --help``. ``--compare SRC`` times another source tree's ``--help`` and
``--version`` too (e.g. an older commit unpacked with ``git archive``), so that before and
after share one machine state.

    python bench/cli_startup_bench.py [--runs 7] [--compare /tmp/old/src]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import write_result

SRC = Path(__file__).resolve().parents[1] / "src"
TARGET_SECONDS = 0.5

# Prints one command path per line, e.g. "" (the root), "report", "screen watchlist".
_LIST_COMMANDS = """
import typer.main
from knowable.cli import _load_commands, app

def walk(command, path):
    print(" ".join(path))
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        walk(sub, [*path, name])

_load_commands()
walk(typer.main.get_command(app), [])
"""


def _env(src: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(src), "COLUMNS": "100"}


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _seconds(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one run."""
    cpu = _child_cpu()
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed:\n{done.stderr.decode()[-2000:]}")
    return elapsed, _child_cpu() - cpu


def _timing(argv: list[str], env: dict[str, str], runs: int) -> dict[str, float]:
    """Wall seconds (min, median, max) and the median CPU seconds, which a busy machine
    disturbs less than the wall clock."""
    walls, cpus = zip(*(_seconds(argv, env) for _ in range(runs)), strict=True)
    return {
        "min": round(min(walls), 3),
        "median": round(statistics.median(walls), 3),
        "max": round(max(walls), 3),
        "cpu_median": round(statistics.median(cpus), 3),
    }


def _largest_imports(src: Path, top: int = 8) -> dict[str, Any]:
    """Top-level imports of ``knowable --help`` by cumulative microseconds."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "knowable", "--help"],
        env=_env(src),
        capture_output=True,
        text=True,
        check=True,
    )
    top_level: list[tuple[int, str]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        _, cumulative, name = line.split("|")
        # The name follows one space; two more per level of nesting.
        if cumulative.strip().isdigit() and not name[1:].startswith(" "):
            top_level.append((int(cumulative), name.strip()))
    top_level.sort(reverse=True)
    return {
        "total_ms": round(sum(us for us, _ in top_level) / 1000, 1),
        "largest_ms": {name: round(us / 1000, 1) for us, name in top_level[:top]},
    }


def measure(src: Path, runs: int, every_command: bool = True) -> dict[str, Any]:
    """Times for one source tree; without ``every_command`` only the root's --help."""
    env = _env(src)
    python = [sys.executable, "-m", "knowable"]
    paths: list[list[str]] = [[]]
    if every_command:
        listed = subprocess.run(
            [sys.executable, "-c", _LIST_COMMANDS],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        paths = [line.split() for line in listed.stdout.splitlines()]
    helps = {
        " ".join(["knowable", *path, "--help"]): _timing([*python, *path, "--help"], env, runs)
        for path in paths
    }
    root = helps["knowable --help"]
    slowest = max(helps.items(), key=lambda item: item[1]["median"])
    return {
        "src": str(src),
        "knowable --help": root,
        "knowable --version": _timing([*python, "--version"], env, runs),
        "commands": len(paths),
        "slowest_help": {"command": slowest[0], **slowest[1]},
        "help_under_target": all(t["median"] < TARGET_SECONDS for t in helps.values()),
        "importtime": _largest_imports(src),
        "every_help": helps,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7, help="Runs per command line.")
    parser.add_argument(
        "--compare", type=Path, help="Another src/ whose root --help and --version to measure."
    )
    args = parser.parse_args()
    load_before = os.getloadavg()
    floor = _timing([sys.executable, "-c", "pass"], os.environ.copy(), args.runs)
    result: dict[str, Any] = {
        "runs": args.runs,
        "target_seconds": TARGET_SECONDS,
        "python_floor": floor,
        "current": measure(SRC, args.runs),
    }
    if args.compare is not None:
        result["baseline"] = measure(args.compare.resolve(), args.runs, every_command=False)
    result["load_average_1min"] = [round(load_before[0], 2), round(os.getloadavg()[0], 2)]
    path = write_result("cli_startup", result)
    current = result["current"]
    print(
        f"knowable --help median {current['knowable --help']['median']:.2f} s, --version "
        f"{current['knowable --version']['median']:.2f} s, slowest command help "
        f"{current['slowest_help']['median']:.2f} s ({current['slowest_help']['command']}); "
        f"written to {path}"
    )


if __name__ == "__main__":
    main()
