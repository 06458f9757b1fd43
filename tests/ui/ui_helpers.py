"""Helpers for the browser tests: screenshots and the axe-core accessibility check, both
saved under test-artifacts/ (git-ignored)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
#: axe-core impacts that fail a page.
BLOCKING = ("serious", "critical")


def _backend() -> str:
    test = os.environ.get("PYTEST_CURRENT_TEST", "")
    return "postgres" if "[postgres]" in test else "sqlite"


def shot(page: Any, name: str) -> Path:
    """Save a full-page screenshot named by step and back end (read from the test id)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}-{_backend()}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def axe_violations(page: Any, name: str) -> list[dict[str, Any]]:
    """Run axe-core (from the axe-playwright-python package) on the page as it stands; save
    the full report beside the screenshots; return the serious and critical violations."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    ARTIFACTS.mkdir(exist_ok=True)
    report = ARTIFACTS / f"{name}-{_backend()}.axe.json"
    report.write_text(json.dumps(results.response["violations"], indent=2), encoding="utf-8")
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in results.response["violations"]
        if v.get("impact") in BLOCKING
    ]


def check_page(page: Any, name: str) -> None:
    """Screenshot the page and fail on any serious or critical accessibility violation."""
    shot(page, name)
    blocking = axe_violations(page, name)
    assert blocking == [], json.dumps(blocking, indent=1)
