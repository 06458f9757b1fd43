"""Commands: update named watchlists, screen subjects against them, score names directly.

``knowable watchlist update|list|show|changes``, ``knowable ingest watchlist`` (an update
named by ``--name`` or the file) and ``knowable screen watchlist`` use the store;
``knowable tools match-pairs`` and ``knowable tools match-search`` need nothing but files
and write JSON lines to stdout (or ``--output``), so they chain with other tools. The old
names (``screen watchlists``, ``match pairs``, ``match search``) still work, hidden.
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
from rich.table import Table

from knowable.cli.app import REVIEW, app, ingest_app, match_app, screen_app, tools_app
from knowable.cli.common import (
    AS_OF_FORMATS,
    AS_OF_HELP,
    FORMAT_HELP,
    JSON_HELP,
    LIMIT_HELP,
    console,
    end_of_day,
    err_console,
    old_name,
    progress,
    store_from,
    subject_names,
)
from knowable.errors import InputError
from knowable.sources import guards
from knowable.sources.formats import FormatName
from knowable.timeutil import parse_when

if TYPE_CHECKING:
    from knowable.names.score import Party
    from knowable.store.lists import ListVersion

watchlist_app = typer.Typer(
    help="Named lists: update from a file or URL (a new version only when it changed), "
    "list versions, show a version's delta.",
    no_args_is_help=True,
)
app.add_typer(watchlist_app, name="watchlist", rich_help_panel=REVIEW)
err = err_console


def _list_date(text: str | None) -> datetime | None:
    if text is None:
        return None
    when = parse_when(text)
    if when is None:
        raise InputError(f"not a date: {text!r}", field="--list-date")
    return when


_FORMAT_HELP = FORMAT_HELP + " (default: told from the content)."


def _fmt(fmt: FormatName | None) -> str | None:
    return fmt.value if fmt is not None else None


def _print_update(summary: dict[str, Any], as_json: bool) -> None:
    if summary.get("dated_by") == "load time":
        err.print(
            "[yellow]note:[/yellow] the list states no date; this version is dated by its "
            "load time (pass --list-date to date it)"
        )
    if as_json:
        typer.echo(json.dumps(summary))
        return
    if summary["status"] != "stored":
        at = (
            f" (version {summary['version']}, {summary['list_version']})"
            if summary["version"]
            else ""
        )
        err.print(f"list {summary['list']}: {summary['status']}{at}; nothing stored", markup=False)
        return
    err.print(
        f"list {summary['list']}: version {summary['version']} ({summary['list_version']}, "
        f"dated by {summary['dated_by']}): entries={summary['entries']} "
        f"(parties={summary['parties']}) stored={summary['stored']} "
        f"duplicates={summary['duplicates']} quarantined={summary['quarantined']}; "
        f"added={summary['added']} removed={summary['removed']} changed={summary['changed']}",
        markup=False,
    )


@ingest_app.command("watchlist")
def ingest_watchlist(
    ctx: typer.Context,
    path: Path = typer.Argument(..., help="List file (or OFAC folder with sdn.csv, add.csv...)."),
    fmt: FormatName | None = typer.Option(None, "--format", help=_FORMAT_HELP),
    name: str | None = typer.Option(
        None, "--name", help="List name (default: the format's list, or the FtM dataset)."
    ),
    list_date: str | None = typer.Option(None, "--list-date", help="Date of this list version."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Load a list file as a new version of its list, when it changed (the same as
    `knowable watchlist update`, with the list named by --name or the file)."""
    from knowable.jobs.watchlists import update_watchlist

    with progress("loading list", None):
        result = update_watchlist(
            store_from(ctx), path, name, _fmt(fmt), _list_date(list_date), actor="cli"
        )
    _print_update(result.summary(), as_json)


@watchlist_app.command("update")
def watchlist_update(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="List name, e.g. ofac-sdn, un-sc, eu-fsf."),
    source: list[str] = typer.Argument(
        ...,
        help="File, OFAC folder, or http(s) URL(s) (several: one file set, e.g. OFAC's "
        "sdn.csv, add.csv and alt.csv).",
    ),
    fmt: FormatName | None = typer.Option(None, "--format", help=_FORMAT_HELP),
    list_date: str | None = typer.Option(
        None, "--list-date", help="Date of this version (default: the date the list states)."
    ),
    max_mb: int = typer.Option(1024, "--max-mb", help="Refuse downloads larger than this."),
    timeout: float = typer.Option(120.0, "--timeout", help="Network timeout in seconds."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Load SOURCE as a new version of list NAME only when it changed, and record what it
    added, removed and changed."""
    from knowable.jobs.watchlists import update_watchlist

    if len(source) > 1 and not all("://" in s for s in source):
        raise InputError("several sources must all be http(s) URLs of one list", field="SOURCE")
    target: str | Path | list[str] = (
        source if len(source) > 1 else source[0] if "://" in source[0] else Path(source[0])
    )
    with progress(f"updating {name}", None):
        result = update_watchlist(
            store_from(ctx),
            target,
            name,
            _fmt(fmt),
            _list_date(list_date),
            actor="cli",
            max_bytes=max_mb * 1024 * 1024,
            timeout=timeout,
        )
    _print_update(result.summary(), as_json)


@watchlist_app.command("list")
def watchlist_list(
    ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help=JSON_HELP)
) -> None:
    """Every list with its versions: dates, entries and deltas."""
    from knowable.jobs.watchlists import list_versions

    found = list_versions(store_from(ctx))
    if as_json:
        for v in found:
            typer.echo(json.dumps(_version_json(v)))
        return
    table = Table(title=f"{len({v.list_name for v in found})} list(s), {len(found)} version(s)")
    for column in ("list", "version", "list date", "loaded", "format", "entries", "+", "-", "~"):
        table.add_column(column)
    for v in found:
        table.add_row(
            v.list_name,
            f"{v.id}" + (" (backfill)" if v.backfill else ""),
            v.label,
            v.loaded_at.strftime("%Y-%m-%d %H:%M"),
            v.format,
            str(v.entries),
            str(v.added),
            str(v.removed),
            str(v.changed),
        )
    console.print(table)


@watchlist_app.command("show")
def watchlist_show(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="List name."),
    version: int | None = typer.Option(None, "--version", help="Version id (default: newest)."),
    limit: int = typer.Option(20, "--limit", help=LIMIT_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """One version of a list (default: the one in force) and its delta."""
    from knowable.jobs.watchlists import show_version

    shown, changes = show_version(store_from(ctx), name, version)
    if as_json:
        typer.echo(
            json.dumps(
                {
                    **_version_json(shown),
                    "changes": [
                        {
                            "entry_id": c.entry_id,
                            "change": c.change,
                            "record_id": c.record_id,
                            "previous_record_id": c.previous_record_id,
                            "fields": list(c.fields),
                        }
                        for c in changes
                    ],
                }
            )
        )
        return
    out = console
    out.print(
        f"list {shown.list_name}, version {shown.id} ({shown.label}"
        + (", backfill" if shown.backfill else "")
        + f"): {shown.entries} entries, loaded {shown.loaded_at:%Y-%m-%d %H:%M} from "
        f"{shown.origin} ({shown.format}, sha256 {shown.content_hash[:12]})",
        markup=False,
        highlight=False,
    )
    against = f"version {shown.previous_id}" if shown.previous_id else "nothing (first version)"
    out.print(
        f"against {against}: added {shown.added}, removed {shown.removed}, changed {shown.changed}",
        markup=False,
        highlight=False,
    )
    for c in changes[: limit or None]:
        fields = f" ({', '.join(c.fields)})" if c.fields else ""
        out.print(f"  {c.change:<8} {c.entry_id}{fields}", markup=False, highlight=False)
    if limit and len(changes) > limit:
        out.print(f"  ... {len(changes) - limit} more (--limit 0 shows all)", highlight=False)


@watchlist_app.command("changes")
def watchlist_changes(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="List name."),
    since: int | None = typer.Option(
        None, "--since", help="Version id already seen (default: since the first version)."
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """The net change of a list over the versions loaded after --since: entries added,
    removed and changed (what a monitor re-screens)."""
    from knowable.jobs.watchlists import list_changes_since

    found = list_changes_since(store_from(ctx), name, since)
    groups = {
        "added": found.added,
        "removed": found.removed,
        "changed": found.changed,
        "earlier": found.earlier,
    }
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "list": found.list_name,
                    "since": found.since_version,
                    "versions": list(found.versions),
                    **{k: [c.entry_id for c in v] for k, v in groups.items()},
                }
            )
        )
        return
    out = console
    versions = ", ".join(map(str, found.versions)) or "none"
    out.print(
        f"list {name} since version {since if since is not None else '(start)'}: "
        f"versions read {versions}; " + ", ".join(f"{k} {len(v)}" for k, v in groups.items()),
        markup=False,
        highlight=False,
    )


def _version_json(v: ListVersion) -> dict[str, Any]:
    return {
        "list": v.list_name,
        "version": v.id,
        "list_version": v.label,
        "list_date": v.list_date.isoformat() if v.list_date else None,
        "loaded_at": v.loaded_at.isoformat(),
        "format": v.format,
        "origin": v.origin,
        "content_hash": v.content_hash,
        "entries": v.entries,
        "added": v.added,
        "removed": v.removed,
        "changed": v.changed,
        "previous": v.previous_id,
        "backfill": v.backfill,
    }


@screen_app.command("watchlist")
@old_name(screen_app, "screen watchlists", "screen watchlist")
def screen_watchlists(
    ctx: typer.Context,
    as_of: datetime | None = typer.Option(None, "--as-of", formats=AS_OF_FORMATS, help=AS_OF_HELP),
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

    when = end_of_day(as_of)
    store = store_from(ctx)
    result = run_screen(
        store,
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
    for column in ("customer", "key", "score", "complete", "listed name", "list"):
        table.add_column(column)
    names = subject_names(store, sorted({s.subject_key for s in signals}))
    for s in signals:
        table.add_row(
            names.get(s.subject_key, ""),
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


@tools_app.command("match-pairs")
@old_name(match_app, "match pairs", "tools match-pairs")
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


@tools_app.command("match-search")
@old_name(match_app, "match search", "tools match-search")
def match_search(
    queries_path: Path = typer.Argument(
        ..., help="CSV with full_name (+ date_of_birth, nationality, schema)."
    ),
    watchlist: Path = typer.Option(..., "--watchlist", help="List file or OFAC folder."),
    fmt: FormatName | None = typer.Option(None, "--format", help=_FORMAT_HELP),
    top: int = typer.Option(3, "--top", help="Candidates per query."),
    min_score: float = typer.Option(0.5, help="Leave out candidates scoring below this."),
    output: Path | None = typer.Option(None, "--output", "-o", help="JSON lines file."),
    old_limit: int | None = typer.Option(None, "--limit", hidden=True),
) -> None:
    """Top candidates per query name from one list, with scores and explanations."""
    limit = top
    if old_limit is not None:
        err.print("note: `--limit` is deprecated here; use `--top`", markup=False, highlight=False)
        limit = old_limit
    from knowable.names.index import NameIndex
    from knowable.sources.formats import load_watchlist

    load = load_watchlist(watchlist, _fmt(fmt))
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
