"""Helpers shared by command modules: settings from the context, consoles, progress."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from knowable.settings import Settings
from knowable.store import Store, open_store

console = Console()
err_console = Console(stderr=True)


def settings_from(ctx: typer.Context) -> Settings:
    """The Settings object built by the root callback (or from the environment)."""
    root = ctx.find_root()
    if isinstance(root.obj, Settings):
        return root.obj
    return Settings()


def store_from(ctx: typer.Context, migrate: bool = False) -> Store:
    """Open the store; unless ``migrate``, a store that was never initialised is an error."""
    settings = settings_from(ctx)
    if not migrate:
        _require_initialised(settings)
    return open_store(settings, migrate=migrate)


def _require_initialised(settings: Settings) -> None:
    url = settings.resolved_database_url()
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.exists():
            from knowable.errors import StoreError

            raise StoreError(f"no store at {path}: run `knowable init` first")


@contextmanager
def progress(description: str, total: int | None) -> Iterator[Any]:
    """A Rich progress bar on stderr (hidden when stderr is not a terminal)."""
    bar = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=not err_console.is_terminal,
    )
    with bar:
        task = bar.add_task(description, total=total)

        def advance(done: int) -> None:
            bar.update(task, completed=done)

        yield advance


def print_json(value: Any) -> None:
    """Write JSON to stdout (for --json and pipelines)."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, default=str, indent=2) + "\n")
