"""Helpers for the browser tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def shot(page: Any, name: str) -> None:
    """Save a full-page screenshot named by step and back end (read from the test id)."""
    import os

    test = os.environ.get("PYTEST_CURRENT_TEST", "")
    backend = "postgres" if "[postgres]" in test else "sqlite"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-{backend}.png"), full_page=True)
