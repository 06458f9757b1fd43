"""Helpers shared by command modules: settings from the context, consoles, progress.

Command modules import only this, typer and rich at the top; everything that does the work
(the store, the detectors, scikit-learn, WeasyPrint...) is imported inside the command that
uses it, so that ``knowable --help`` starts at once.
"""

from __future__ import annotations

import functools
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer
from rich.console import Console

from knowable.errors import InputError

if TYPE_CHECKING:
    from knowable.auth.roles import Actor
    from knowable.settings import Settings
    from knowable.store import Store

#: Piped or redirected output is never cut: without a terminal, lines are as long as the
#: values in them (a terminal keeps its own width).
_PIPED_WIDTH = 100_000
console = Console(width=None if sys.stdout.isatty() else _PIPED_WIDTH)
err_console = Console(stderr=True, width=None if sys.stderr.isatty() else _PIPED_WIDTH)


@dataclass(frozen=True)
class RootOptions:
    """The root command's options, kept until a command asks for its Settings."""

    database_url: str
    workspace: Path


def settings_from(ctx: typer.Context) -> Settings:
    """The Settings built from the root options (or from the environment), built once."""
    from pydantic import ValidationError

    from knowable.errors import ConfigError
    from knowable.settings import Settings

    root = ctx.find_root()
    if isinstance(root.obj, Settings):
        return root.obj
    # KNOWABLE_ENV_FILE names a file of KNOWABLE_* lines (e.g. the alert settings and
    # secrets, readable by the service user only); the environment overrides it.
    env_file = os.environ.get("KNOWABLE_ENV_FILE") or None
    if env_file is not None and not Path(env_file).is_file():
        raise ConfigError(f"KNOWABLE_ENV_FILE: no such file: {env_file}")
    # pydantic-settings takes the file as the init argument ``_env_file``.
    given: dict[str, Any] = {"_env_file": env_file}
    if isinstance(root.obj, RootOptions):
        given["workspace"] = root.obj.workspace
        if root.obj.database_url:
            given["database_url"] = root.obj.database_url
    try:
        settings = Settings(**given)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(part) for part in first["loc"])
        raise ConfigError(f"setting {name} (KNOWABLE_{name.upper()}): {first['msg']}") from None
    root.obj = settings
    return settings


#: The shared wording of ``--json`` on every command that has it.
JSON_HELP = "Write JSON instead of a table (full values, for scripts)."
#: The shared wording of ``--limit``: how many rows a listing shows (``--show`` is its old,
#: hidden name where a command had it).
LIMIT_HELP = "How many rows to list at most (0: all)."
#: The shared wording and format of ``--as-of``: a day, meaning the end of that day.
AS_OF_HELP = "Use only what was on record by the end of this day (default: now)."
AS_OF_FORMATS = ["%Y-%m-%d"]
#: The shared start of ``--format``'s help (the choices follow it; a command adds what its
#: default or a choice means in brackets).
FORMAT_HELP = "The file's format"
#: The shared wording of the options that name the person acting from the command line.
AS_HELP = "Act as this user (the password is asked for, or read with --password-stdin)."
PASSWORD_STDIN_HELP = "Read the password from the first line of stdin."


def subject_names(store: Store, keys: list[str]) -> dict[str, str]:
    """Customer names by key, for the tables that show a key (people read names)."""
    from knowable.api.paging import subject_names as names

    return names(store, keys)


def end_of_day(value: datetime | None) -> datetime | None:
    """An ``--as-of`` day as the last instant of that day in UTC (the day is inclusive)."""
    if value is None:
        return None
    return datetime.combine(value.date(), time(23, 59, 59, 999999), tzinfo=UTC)


F = TypeVar("F", bound=Callable[..., Any])


def old_name(group: typer.Typer, old: str, new: str) -> Callable[[F], F]:
    """Also register a command under its ``old`` name, hidden from the help, printing a
    one-line note on stderr that names the ``new`` command (scripts keep working)."""

    def register(func: F) -> F:
        @functools.wraps(func)
        def alias(*args: Any, **kwargs: Any) -> Any:
            sys.stderr.write(f"note: `knowable {old}` is deprecated; use `knowable {new}`\n")
            return func(*args, **kwargs)

        group.command(old.split()[-1], hidden=True)(alias)
        return func

    return register


def actor_from(ctx: typer.Context, username: str, password_stdin: bool) -> Actor:
    """The user named by ``--as``, authenticated by password: people decide, by name."""
    from knowable.auth.users import UserRepository

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt(f"Password of {username}", hide_input=True)
    user = UserRepository(store_from(ctx)).authenticate(username, password)
    return user.actor(via="cli")


def store_from(ctx: typer.Context, migrate: bool = False) -> Store:
    """Open the store; unless ``migrate``, a store that was never initialised is an error."""
    from knowable.store import open_store

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
def progress(description: str, total: int | None, in_bytes: bool = False) -> Iterator[Any]:
    """A Rich progress bar on stderr (hidden when stderr is not a terminal).

    With ``in_bytes`` the bar counts bytes read (size, speed and time left shown).
    """
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    counts: tuple[Any, ...] = (
        (DownloadColumn(), TransferSpeedColumn(), TimeRemainingColumn())
        if in_bytes
        else (MofNCompleteColumn(),)
    )
    bar = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        *counts,
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


_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str, field: str = "--every") -> float:
    """Seconds of an interval such as ``90s``, ``15m``, ``1h``, ``1d`` or ``1h30m`` given
    as the option ``field`` (named in the error)."""
    parts = re.findall(r"(\d+(?:\.\d+)?)([smhd])", text.strip().lower())
    if not parts or "".join(n + u for n, u in parts) != text.strip().lower():
        raise InputError(f"not an interval: {text!r} (write e.g. 30m, 1h, 1h30m, 1d)", field=field)
    seconds = sum(float(n) * _UNITS[u] for n, u in parts)
    if seconds < 1:
        raise InputError("the interval must be at least 1s", field=field)
    return seconds
