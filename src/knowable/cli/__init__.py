"""Command-line interface. ``main`` turns user errors into one plain line and an exit code.

Start-up stays quick because the command modules import only typer, rich and small
knowable modules at the top; each command imports what does the work when it runs
(tests/cli/test_startup.py holds them to it).
"""

from __future__ import annotations

import importlib
import sys

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
    "knowable.cli.sync",
    "knowable.cli.monitor",
    "knowable.cli.spark",
    "knowable.cli.backup",
]


def _load_commands() -> None:
    for name in _COMMAND_MODULES:
        importlib.import_module(name)


def _say(label: str, style: str, message: str) -> None:
    """``label: message`` as one line on stderr; the message is text, never Rich markup."""
    from rich.console import Console
    from rich.text import Text

    line = " ".join(part.strip() for part in message.splitlines() if part.strip())
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    err.print(Text.assemble((f"{label}:", style), " ", line) if line else Text(label, style))


def _usage_error(exc: Exception) -> tuple[str, int] | None:
    """The line to print and the exit code if ``exc`` is one of click's usage errors.

    Typer carries its own copy of click from 0.26 on, so the class is recognised by what it
    offers (a message and an exit code), not by which click it came from.
    """
    format_message = getattr(exc, "format_message", None)
    exit_code = getattr(exc, "exit_code", None)
    if not callable(format_message) or not isinstance(exit_code, int):
        return None
    if type(exc).__name__ == "NoArgsIsHelpError":
        # The help was printed when the error was made (typer itself adds nothing either).
        return "", exit_code
    message = str(format_message())
    command = getattr(getattr(exc, "ctx", None), "command_path", None)
    if isinstance(command, str) and command:
        message = f"{message.rstrip('.')}; see `{command} --help`"
    return message, exit_code


def _database_lost(exc: Exception) -> bool:
    """Whether the database went away under a running command (imported only then)."""
    if type(exc).__module__.split(".")[0] != "sqlalchemy":
        return False
    from knowable.store.engine import database_unavailable

    return database_unavailable(exc)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``knowable`` console script."""
    import typer

    _load_commands()
    try:
        code = app(args=argv, standalone_mode=False)
    except KnowableError as exc:
        _say("error", "red", exc.message)
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)
    except KeyboardInterrupt:
        _say("interrupted", "yellow", "")
        sys.exit(130)
    except SystemExit:
        raise
    except typer.Abort:
        _say("aborted", "yellow", "")
        sys.exit(1)
    except Exception as exc:
        if _database_lost(exc):
            _say(
                "error",
                "red",
                f"the database became unavailable ({' '.join(str(exc).split())[:160]}); "
                "batches committed before it are kept: re-run the command when it is back",
            )
            sys.exit(1)
        usage = _usage_error(exc)
        if usage is None:
            raise
        message, exit_code = usage
        if message:
            _say("error", "red", message)
        sys.exit(exit_code)
    # Without standalone mode click returns typer.Exit codes instead of exiting.
    if isinstance(code, int) and code != 0:
        sys.exit(code)


__all__ = ["app", "main"]
