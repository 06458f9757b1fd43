"""Run the ``knowable`` command as a user would: a real process on a real workspace."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[2] / "src")


def run(
    workspace: Path, *args: str, database_url: str = "", timeout: int = 180
) -> subprocess.CompletedProcess[str]:
    """``knowable --workspace WORKSPACE ARGS...`` with the package from this checkout."""
    env = {**os.environ, "PYTHONPATH": SRC, "COLUMNS": "200", "KNOWABLE_DATABASE_URL": database_url}
    return subprocess.run(
        [sys.executable, "-m", "knowable", "--workspace", str(workspace), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=workspace,
        timeout=timeout,
    )
