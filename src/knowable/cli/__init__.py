"""Command-line interface. ``main`` turns user errors into one red line and an exit code."""

from __future__ import annotations

import importlib
import sys

from rich.console import Console

from knowable.cli.app import app
from knowable.errors import KnowableError

# Command modules; each registers its commands on import. One line per area.
_COMMAND_MODULES = [
    "knowable.cli.core",
    "knowable.cli.assess",
    "knowable.cli.content",
    "knowable.cli.media",
    "knowable.cli.watchlist",
    "knowable.cli.users",
    "knowable.cli.cases",
    "knowable.cli.serve",
]


def _load_commands() -> None:
    for name in _COMMAND_MODULES:
        importlib.import_module(name)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``knowable`` console script."""
    _load_commands()
    err = Console(stderr=True)
    try:
        code = app(args=argv, standalone_mode=False)
    except KnowableError as exc:
        err.print(f"[red]error:[/red] {exc.message}", highlight=False, soft_wrap=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/yellow]")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:  # click's own usage errors
        import click

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if isinstance(exc, click.exceptions.Abort):
            sys.exit(1)
        raise
    # Without standalone mode click returns typer.Exit codes instead of exiting.
    if isinstance(code, int) and code != 0:
        sys.exit(code)


__all__ = ["app", "main"]
