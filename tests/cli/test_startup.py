"""The CLI starts without its heavy libraries: each command imports them when it runs.

One fresh interpreter imports ``knowable.cli`` and asks every command for its ``--help``
(and the root for ``--help``); none of the libraries below may be loaded by then. Time is
not asserted here (bench/cli_startup_bench.py measures it); what is loaded is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from clirun import SRC

HEAVY = (
    "sklearn",
    "scipy",
    "numpy",
    "matplotlib",
    "fastapi",
    "uvicorn",
    "weasyprint",
    "jinja2",
    "followthemoney",
    "hyperscan",
    "trafilatura",
    "sqlalchemy",
    "pydantic_settings",
)

_PROBE = """
import contextlib, io, json, sys
import typer.main
from knowable.cli import _load_commands, app, main

heavy, seen, found = set(sys.argv[1:]), set(), {}

def note(step):
    new = sorted(name for name in heavy - seen if name in sys.modules)
    if new:
        found[step] = new
        seen.update(new)

note("import knowable.cli")
_load_commands()
note("loading the command modules")
paths = []

def walk(command, path):
    paths.append(path)
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        walk(sub, [*path, name])

walk(typer.main.get_command(app), [])
for path in paths:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
        main([*path, "--help"])
    note(" ".join(["knowable", *path, "--help"]))
print(json.dumps({"commands": len(paths), "first_loaded_by": found}))
"""


def test_help_of_every_command_loads_no_heavy_library() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *HEAVY],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": SRC, "COLUMNS": "100"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["commands"] > 30
    assert report["first_loaded_by"] == {}
