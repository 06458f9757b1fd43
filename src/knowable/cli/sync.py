"""Sync commands: records from a live Salesforce org."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import typer
from rich.markup import escape
from rich.table import Table

from knowable.cli.app import PIPELINE, app
from knowable.cli.common import LIMIT_HELP, console, err_console, parse_interval, store_from
from knowable.errors import InputError

if TYPE_CHECKING:
    from knowable.jobs.sync import ObjectResult

sync_app = typer.Typer(
    help="Fetch records from live systems into the store (the way their exports are read).",
    no_args_is_help=True,
)
app.add_typer(sync_app, name="sync", rich_help_panel=PIPELINE)


def _objects(text: str | None) -> tuple[str, ...]:
    from knowable.jobs.sync import DEFAULT_OBJECTS

    if not text:
        return DEFAULT_OBJECTS
    names = tuple(n.strip() for n in text.split(",") if n.strip())
    bad = [n for n in names if not n.replace("_", "").isalnum() or not n[0].isalpha()]
    if bad or not names:
        raise InputError(
            f"not an object API name: {', '.join(bad) or text!r} (e.g. Account,Contact,Foo__c)",
            field="--objects",
        )
    return names


@sync_app.command("salesforce")
def sync_salesforce_cmd(
    ctx: typer.Context,
    org: str = typer.Option(
        ...,
        "--org",
        help="The org's name in the store (as `ingest crm --org`); also names its keyring "
        "entry knowable-salesforce:ORG.",
    ),
    objects: str | None = typer.Option(
        None,
        "--objects",
        help="Objects to sync, comma-separated (default: Account, Contact, Opportunity, "
        "Case, Task, Event, Note, and Lead, CaseComment, EmailMessage, FeedItem, "
        "FeedComment, LiveChatTranscript, ContentNote when the org has them). Custom objects too "
        "(Guest_Review__c).",
    ),
    full: bool = typer.Option(
        False,
        "--full",
        help="Fetch every record, not only those changed since the last sync; stored "
        "records the org no longer has become deletions as of now.",
    ),
    since: str | None = typer.Option(
        None,
        "--since",
        help="Fetch records modified from this date (YYYY-MM-DD or ISO date-time) on.",
    ),
    bulk: str | None = typer.Option(
        None, "--bulk", help="Objects always fetched with Bulk API 2.0, comma-separated."
    ),
    bulk_threshold: int = typer.Option(
        10_000, "--bulk-threshold", min=1, help="Use Bulk API 2.0 from this many rows on."
    ),
    page_size: int = typer.Option(
        2000, "--page-size", min=200, max=10_000, help="Rows per page (and per transaction)."
    ),
    lookback: str = typer.Option(
        "5m",
        "--lookback",
        help="Also fetch again what changed this long before the stored mark (30s, 5m, 1h; "
        "0s: none), for records whose SystemModstamp became visible late; rows read again "
        "unchanged are skipped.",
    ),
    limit: int = typer.Option(10, "--limit", help=LIMIT_HELP),
) -> None:
    """Sync records from a Salesforce org (credentials from KNOWABLE_SF_* or the keyring).

    Incremental by SystemModstamp from the mark stored for each object; every page is
    stored with its mark in one transaction, so an interrupted sync resumes where it
    stopped. Deletions come from queryAll and the object's deleted records.
    """
    from knowable.jobs.sync import SyncOptions, sync_salesforce
    from knowable.sources.salesforce import org_name
    from knowable.sources.sfapi import SalesforceApi, credentials
    from knowable.timeutil import parse_when

    names = _objects(objects)
    when = None
    if since is not None:
        when = parse_when(since)
        if when is None:
            raise InputError(f"not a date: {since!r} (expected YYYY-MM-DD)", field="--since")
    overlap = (
        timedelta(0)
        if lookback.strip() in ("0", "0s")
        else timedelta(seconds=parse_interval(lookback, "--lookback"))
    )
    name = org_name(org)
    if name is None:
        raise InputError("the org needs a name", field="--org")
    store = store_from(ctx)

    def retried(what: str, why: str, delay: float) -> None:
        err_console.print(f"[yellow]{escape(what)}: {escape(why)}; again in {delay:g} s[/yellow]")

    api = SalesforceApi(credentials(name), on_retry=retried)
    options = SyncOptions(
        org=name,
        objects=names,
        full=full,
        since=when,
        bulk=frozenset(_objects(bulk)) if bulk else frozenset(),
        bulk_threshold=bulk_threshold,
        page_size=page_size,
        lookback=overlap,
    )
    if objects is not None:  # objects named are wanted: one the org lacks fails
        options = replace(options, optional=frozenset())
    results = _run(store, api, options, sync_salesforce)
    _summary(name, results)
    for result in results:
        for line in result.problems[:limit]:
            console.print(f"  [yellow]quarantined[/yellow] {escape(line)}", highlight=False)
        if len(result.problems) > limit:
            console.print(
                f"  ... and {len(result.problems) - limit} more: `knowable quarantine list`"
            )
    failed = [r for r in results if r.error]
    for result in failed:
        console.print(f"[red]{escape(result.name)} failed:[/red] {escape(result.error or '')}")
    for result in results:
        for note in result.notes:
            console.print(f"[yellow]{escape(result.name)}:[/yellow] {escape(note)}")
    if failed and len(failed) == len(results):
        raise typer.Exit(1)


def _run(store: Any, api: Any, options: Any, sync: Any) -> list[ObjectResult]:
    """Run the sync with one progress bar per object (on stderr, when it is a terminal)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

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
    tasks: dict[str, Any] = {}

    def progress(obj: str, done: int, total: int | None) -> None:
        if obj not in tasks:
            tasks[obj] = bar.add_task(obj, total=total)
        bar.update(tasks[obj], completed=done, total=max(total or 0, done) or None)

    with bar:
        results: list[ObjectResult] = sync(store, api, options, progress)
    return results


def _summary(org: str, results: list[ObjectResult]) -> None:
    table = Table(title=f"salesforce sync of {org}")
    for column in (
        "object",
        "via",
        "fetched",
        "new versions",
        "unchanged",
        "deletions",
        "quarantined",
        "mark (SystemModstamp)",
    ):
        table.add_column(column, justify="left" if column in ("object", "via") else "right")
    for r in results:
        table.add_row(
            escape(r.name),
            r.mode,
            str(r.fetched),
            str(r.stored),
            str(r.unchanged),
            str(r.deletions),
            str(r.quarantined),
            "failed" if r.error else (r.mark.isoformat() if r.mark else "-"),
        )
    console.print(table)
