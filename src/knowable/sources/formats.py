"""Pick the watchlist parser for a ``--format`` name.

Each parser's module (and followthemoney with it) is imported only when its format is
read, so that the format names cost nothing to list (the CLI shows them in its help).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from knowable.errors import InputError
from knowable.sources.guards import check_input

if TYPE_CHECKING:
    from knowable.sources.watchlist import WatchlistLoad

Parser = Callable[[Path, datetime | None], "WatchlistLoad"]


def _ofac(path: Path, list_date: datetime | None) -> WatchlistLoad:
    from knowable.sources.ofac import parse_ofac

    return parse_ofac(path, list_date)


def _un(path: Path, list_date: datetime | None) -> WatchlistLoad:
    from knowable.sources.un import parse_un

    return parse_un(path, list_date)


def _ftm(path: Path, list_date: datetime | None) -> WatchlistLoad:
    from knowable.sources.ftm import parse_ftm

    return parse_ftm(path, list_date)


def _list_csv(path: Path, list_date: datetime | None) -> WatchlistLoad:
    from knowable.sources.listcsv import parse_list_csv

    return parse_list_csv(path, list_date)


FORMATS: dict[str, Parser] = {
    "ofac-csv": _ofac,
    "un-xml": _un,
    "ftm": _ftm,
    "csv": _list_csv,
}


def load_watchlist(path: Path, fmt: str, list_date: datetime | None = None) -> WatchlistLoad:
    """Parse the list at ``path`` in format ``fmt``."""
    parser = FORMATS.get(fmt)
    if parser is None:
        raise InputError(
            f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}", field="--format"
        )
    if not path.exists():
        raise InputError("no such file or folder", file=str(path))
    if not path.is_dir():
        check_input(path)
    return parser(path, list_date)
