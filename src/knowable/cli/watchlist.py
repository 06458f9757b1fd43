"""Commands: ingest watchlists, screen subjects against them, and score names directly.

``knowable ingest watchlist`` and ``knowable screen watchlists`` use the store;
``knowable match pairs`` and ``knowable match search`` need nothing but files and write
JSON lines to stdout (or ``--output``), so they chain with other tools.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import typer
from rich.console import Console
from rich.table import Table

from knowable.cli.app import app, ingest_app, screen_app
from knowable.cli.common import JSON_HELP, store_from
from knowable.errors import InputError
from knowable.sources import guards
from knowable.sources.formats import FORMATS
from knowable.timeutil import parse_as_of, parse_when

if TYPE_CHECKING:
    from knowable.names.score import Party

match_app = typer.Typer(help="Score names directly (no store needed).", no_args_is_help=True)
app.add_typer(match_app, name="match")
err = Console(stderr=True)


def _list_date(text: str | None) -> datetime | None:
    if text is None:
        return None
    when = parse_when(text)
    if when is None:
        raise InputError(f"not a date: {text!r}", field="--list-date")
    return when


@ingest_app.command("watchlist")
def ingest_watchlist(
    ctx: typer.Context,
    path: Path = typer.Argument(..., help="List file (or OFAC folder with sdn.csv, add.csv...)."),
    fmt: str = typer.Option(..., "--format", help="One of: " + ", ".join(FORMATS)),
    list_date: str | None = typer.Option(None, "--list-date", help="Date of this list version."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Store every list entry as a record; bad rows are quarantined with the reason."""
    from knowable.jobs.watchlists import ingest_watchlist as ingest

    summary = ingest(store_from(ctx), path, fmt, _list_date(list_date), actor="cli")
    if not summary["dated"]:
        err.print(
            "[yellow]warning:[/yellow] the list states no date; pass --list-date so "
            "screening can be asked 'as of' this version"
        )
    if as_json:
        typer.echo(json.dumps(summary))
    else:
        err.print(" ".join(f"{k}={v}" for k, v in summary.items()))


@screen_app.command("watchlists")
def screen_watchlists(
    ctx: typer.Context,
    as_of: str | None = typer.Option(None, "--as-of", help="Use the list versions known then."),
    threshold: float | None = typer.Option(None, help="Match threshold (default: names.yml)."),
    decided: Path | None = typer.Option(
        None,
        "--decided",
        help="JSON lines of decided non-matches {subject_fingerprint, entry_hash} (as in "
        "signal details); suppressed while neither side changes.",
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Screen all subjects against every loaded version of every list (one hit per
    listing, dated by the first version that holds it)."""
    from knowable.jobs.watchlists import screen_watchlists as run_screen

    when = parse_as_of(as_of)
    if as_of is not None and when is None:
        raise InputError(f"not a date: {as_of!r}", field="--as-of")
    result = run_screen(
        store_from(ctx),
        as_of=when,
        threshold=threshold,
        decided=_decided(decided) if decided else frozenset(),
        actor="cli",
    )
    signals = result.signals
    if as_json:
        for s in signals:
            typer.echo(json.dumps({"subject": s.subject_key, "strength": s.strength, **s.details}))
        return
    table = Table(title=f"{len(signals)} watchlist hit(s) for {result.subjects} subject(s)")
    for column in ("subject", "score", "complete", "listed name", "list"):
        table.add_column(column)
    for s in signals:
        table.add_row(
            s.subject_key,
            f"{s.strength:.3f}",
            str(s.details["completeness"]),
            str(s.details["matched_name"]),
            f"{s.details['list']}@{s.details['list_version']}"
            + (f", de-listed {s.details['ended_version']}" if "ended_version" in s.details else ""),
        )
    err.print(table)


def _decided(path: Path) -> frozenset[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    with _open_text(path) as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = guards.loads(line)
                pairs.add((str(data["subject_fingerprint"]), str(data["entry_hash"])))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(
                    f"expected {{subject_fingerprint, entry_hash}}: {exc}",
                    file=str(path),
                    line=number,
                ) from exc
    return frozenset(pairs)


def _party_from_ftm(entity: Any, where: str) -> Party:
    from knowable.sources.watchlist import party_from_entity

    if not isinstance(entity, dict) or "schema" not in entity:
        raise InputError("expected an FtM entity with a schema", file=where)
    if not isinstance(entity.get("properties", {}), dict):
        raise InputError("expected the entity's properties as an object", file=where)
    return party_from_entity(entity)


def _open_text(path: Path) -> TextIO:
    if str(path) == "-":
        return sys.stdin
    try:
        return path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=str(path)) from exc


def _pairs(path: Path) -> Iterator[tuple[Party, Party, dict[str, Any]]]:
    from knowable.names.score import Party

    handle = _open_text(path)
    with handle:
        first = handle.readline()
        if first.lstrip().startswith("{"):
            for number, line in enumerate([first, *handle], 1):
                if not line.strip():
                    continue
                where = f"{path}, line {number}"
                try:
                    data = guards.loads(line)
                except guards.NestingTooDeepError as exc:
                    raise InputError(exc.reason, file=str(path), line=number) from None
                except json.JSONDecodeError as exc:
                    raise InputError(f"not JSON: {exc.msg}", file=str(path), line=number) from exc
                yield (
                    _party_from_ftm(data.get("left"), where),
                    _party_from_ftm(data.get("right"), where),
                    {},
                )
            return
        reader = csv.DictReader([first, *handle])
        for column in ("schema", "name1", "name2"):
            if column not in (reader.fieldnames or []):
                raise InputError(f"missing column {column!r}", file=str(path), line=1)
        for row in reader:
            schema = row["schema"] or "LegalEntity"
            passthrough = {k: v for k, v in row.items() if k not in ("name1", "name2")}
            yield (
                Party(schema, (row["name1"],)),
                Party(schema, (row["name2"],)),
                {"name1": row["name1"], "name2": row["name2"], **passthrough},
            )


def _output(path: Path | None) -> TextIO:
    return sys.stdout if path is None or str(path) == "-" else path.open("w", encoding="utf-8")


@match_app.command("pairs")
def match_pairs(
    path: Path = typer.Argument(..., help="CSV (schema,name1,name2,...) or JSONL {left,right}."),
    threshold: float | None = typer.Option(None, help="Match threshold (default: names.yml)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="JSON lines file."),
) -> None:
    """Score each pair; write JSON lines with score, match and explanations."""
    from knowable.names.score import score_pair

    out = _output(output)
    try:
        for left, right, extra in _pairs(path):
            result = score_pair(left, right, threshold)
            out.write(json.dumps({**extra, **result.as_dict()}, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()


def _queries(path: Path) -> list[tuple[dict[str, str], Party]]:
    from knowable.names.score import Party
    from knowable.sources.watchlist import country_code

    with _open_text(path) as handle:
        reader = csv.DictReader(handle)
        if "full_name" not in (reader.fieldnames or []):
            raise InputError("missing column 'full_name'", file=str(path), line=1)
        queries = []
        for row in reader:
            country = country_code(row.get("nationality") or "")
            dob = (row.get("date_of_birth") or "").strip()
            party = Party(
                row.get("schema") or "Person",
                (row["full_name"],),
                (country,) if country else (),
                (dob,) if dob else (),
            )
            queries.append((row, party))
    return queries


@match_app.command("search")
def match_search(
    queries_path: Path = typer.Argument(
        ..., help="CSV with full_name (+ date_of_birth, nationality, schema)."
    ),
    watchlist: Path = typer.Option(..., "--watchlist", help="List file or OFAC folder."),
    fmt: str = typer.Option(..., "--format", help="One of: " + ", ".join(FORMATS)),
    limit: int = typer.Option(3, help="Candidates per query."),
    min_score: float = typer.Option(0.5, help="Leave out candidates scoring below this."),
    output: Path | None = typer.Option(None, "--output", "-o", help="JSON lines file."),
) -> None:
    """Top candidates per query name from one list, with scores and explanations."""
    from knowable.names.index import NameIndex
    from knowable.sources.formats import load_watchlist

    load = load_watchlist(watchlist, fmt)
    entries = {e.entry_id: e for e in load.entries}
    index = NameIndex((k, e.party()) for k, e in entries.items())
    queries = _queries(queries_path)
    results = index.search([p for _, p in queries], limit=limit, min_score=min_score)
    out = _output(output)
    try:
        for (row, _), hits in zip(queries, results, strict=True):
            out.write(
                json.dumps(
                    {
                        "query": row,
                        "candidates": [
                            {
                                "entry_id": h.key,
                                "name": entries[h.key].caption,
                                **h.result.as_dict(),
                            }
                            for h in hits
                        ],
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    finally:
        if out is not sys.stdout:
            out.close()
