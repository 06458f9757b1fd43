"""Pick the watchlist parser for a format name, or tell the format from the content.

Each parser's module (and followthemoney or lxml with it) is imported only when its
format is read, so that the format names cost nothing to list (the CLI shows them in its
help). A parser takes the path, the list date (None: the date the list states, if any)
and the list's source name (``watchlist:NAME``; None: the format's default list name).
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, cast

from knowable.errors import InputError
from knowable.sources.guards import check_input

if TYPE_CHECKING:
    from knowable.sources.watchlist import WatchlistLoad

Parser = Callable[[Path, datetime | None, str | None], "WatchlistLoad"]


class FormatName(StrEnum):
    """The list formats by name (the CLI's ``--format`` choice)."""

    OFAC_CSV = "ofac-csv"
    OFAC_XML = "ofac-xml"
    UN_XML = "un-xml"
    EU_XML = "eu-xml"
    UK_XML = "uk-xml"
    UK_CSV = "uk-csv"
    CSL_CSV = "csl-csv"
    CSL_JSON = "csl-json"
    FTM = "ftm"
    OS_SIMPLE = "os-simple"
    CSV = "csv"


@dataclass(frozen=True, slots=True)
class ListFormat:
    """A list format: its parser (``module:function``) and what it reads."""

    name: str
    parser: str
    title: str

    def parse(self, path: Path, list_date: datetime | None, source: str | None) -> WatchlistLoad:
        module, function = self.parser.split(":")
        parse = cast(Parser, getattr(importlib.import_module(module), function))
        return parse(path, list_date, source)


_S = "knowable.sources."
_FORMATS = (
    ListFormat("ofac-csv", _S + "ofac:parse_ofac_files", "OFAC legacy CSV (sdn.csv + alt/add)"),
    ListFormat("ofac-xml", _S + "ofacxml:parse_ofac_xml", "OFAC Sanctions List Service XML"),
    ListFormat("un-xml", _S + "un:parse_un_list", "UN Security Council consolidated XML"),
    ListFormat("eu-xml", _S + "eu:parse_eu_xml", "EU financial sanctions (FSF) XML"),
    ListFormat("uk-xml", _S + "uk:parse_uk_xml", "UK Sanctions List XML (FCDO)"),
    ListFormat("uk-csv", _S + "ofsi:parse_ofsi_csv", "UK OFSI consolidated list CSV"),
    ListFormat("csl-csv", _S + "csl:parse_csl_csv", "trade.gov Consolidated Screening List CSV"),
    ListFormat("csl-json", _S + "csl:parse_csl_json", "trade.gov Consolidated Screening List JSON"),
    ListFormat("ftm", _S + "ftm:parse_ftm", "FollowTheMoney JSON lines (OpenSanctions)"),
    ListFormat("os-simple", _S + "opensanctions:parse_targets_simple", "targets.simple.csv"),
    ListFormat("csv", _S + "listcsv:parse_internal_csv", "your own list: id,name[,...] CSV"),
)
FORMATS: dict[str, ListFormat] = {f.name: f for f in _FORMATS}


def _format(fmt: str) -> ListFormat:
    found = FORMATS.get(fmt)
    if found is None:
        raise InputError(
            f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}", field="--format"
        )
    return found


def load_watchlist(
    path: Path, fmt: str | None, list_date: datetime | None = None, source: str | None = None
) -> WatchlistLoad:
    """Parse the list at ``path`` in format ``fmt`` (None: told from the content)."""
    if not path.exists():
        raise InputError("no such file or folder", file=str(path))
    if not path.is_dir():
        check_input(path)
    chosen = _format(fmt) if fmt else FORMATS[detect_format(path)]
    return chosen.parse(path, list_date, source)


_ROOTS = {
    "CONSOLIDATED_LIST": "un-xml",
    "sdnList": "ofac-xml",
    "export": "eu-xml",
    "Designations": "uk-xml",
}
_TAG = re.compile(rb"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
_HEAD = 1 << 16


def _root_tag(head: bytes) -> str | None:
    position = 0
    while (found := head.find(b"<", position)) >= 0:
        if head[found + 1 : found + 2] in (b"?", b"!"):
            position = found + 1
            continue
        match = _TAG.match(head, found)
        return match.group(2).decode() if match else None
    return None


def _header(head: bytes) -> list[str]:
    text = head.decode("utf-8", errors="replace")
    try:
        first = next(csv.reader(io.StringIO(text.splitlines()[0] if text else "")), [])
    except csv.Error:
        return []
    return [cell.strip().lower() for cell in first]


def detect_format(path: Path) -> str:
    """The format of the list at ``path``, told from its content.

    Raises:
        InputError: the content is none of the known formats (one line naming them).
    """
    if path.is_dir():
        if (path / "sdn.csv").exists() or (path / "cons_prim.csv").exists():
            return "ofac-csv"
        raise InputError("a folder, but without sdn.csv or cons_prim.csv", file=str(path))
    with path.open("rb") as handle:
        head = handle.read(_HEAD).removeprefix(b"\xef\xbb\xbf").lstrip()
    found = _sniff(head)
    if found is None:
        raise InputError(
            f"cannot tell the list format from its content; pass --format ({', '.join(FORMATS)})",
            file=str(path),
        )
    return found


def _sniff(head: bytes) -> str | None:
    if head.startswith(b"<"):
        return _ROOTS.get(_root_tag(head) or "")
    if head.startswith((b"{", b"[")):
        first = head.split(b"\n", 1)[0]
        try:
            entity = json.loads(first)
        except ValueError:
            entity = None
        if isinstance(entity, dict) and "schema" in entity and "id" in entity:
            return "ftm"
        return "csl-json"
    columns = _header(head)
    if columns[:1] == ["last updated"]:
        return "uk-csv"
    names = set(columns)
    if {"id", "schema", "name"} <= names and names & {"dataset", "first_seen", "last_seen"}:
        return "os-simple"
    if {"source", "name"} <= names and names & {"entity_number", "_id", "alt_names"}:
        return "csl-csv"
    if {"id", "name"} <= names:
        return "csv"
    if columns and columns[0].isdigit() and len(columns) == 12:
        return "ofac-csv"
    return None
