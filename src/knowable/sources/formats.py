"""Pick the watchlist parser for a ``--format`` name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from knowable.errors import InputError
from knowable.sources.ftm import parse_ftm
from knowable.sources.listcsv import parse_list_csv
from knowable.sources.ofac import parse_ofac
from knowable.sources.un import parse_un
from knowable.sources.watchlist import WatchlistLoad

Parser = Callable[[Path, datetime | None], WatchlistLoad]

FORMATS: dict[str, Parser] = {
    "ofac-csv": lambda p, d: parse_ofac(p, d),
    "un-xml": lambda p, d: parse_un(p, d),
    "ftm": lambda p, d: parse_ftm(p, d),
    "csv": lambda p, d: parse_list_csv(p, d),
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
    return parser(path, list_date)
