"""Hosted-content commands: ``ingest content``, ``screen content``, ``tools classify-content``."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.markup import escape
from rich.table import Table

from knowable.cli.app import content_app, ingest_app, screen_app, tools_app
from knowable.cli.common import (
    JSON_HELP,
    LIMIT_HELP,
    console,
    err_console,
    old_name,
    print_json,
    settings_from,
    store_from,
)
from knowable.errors import InputError
from knowable.timeutil import parse_when

if TYPE_CHECKING:
    from knowable.assess.prevalence import MonthShare


@ingest_app.command("content")
def ingest_content(
    ctx: typer.Context,
    path: Path = typer.Argument(..., help="Listings: .csv, .jsonl or saved .html page."),
    subject: str = typer.Option(..., "--subject", help="CRM key of the platform (account)."),
    limit: int = typer.Option(10, "--limit", help=LIMIT_HELP),
) -> None:
    """Read a platform's listings; contacts are stored only as salted hashes."""
    from knowable.jobs.content import ingest_listings, workspace_salt

    store = store_from(ctx)
    result = ingest_listings(store, path, subject, workspace_salt(settings_from(ctx)))
    console.print(
        f"[bold]{escape(str(path))}[/bold]: [green]{result.stored} stored[/green], "
        f"{result.duplicates} duplicate, [yellow]{len(result.quarantined)} quarantined[/yellow]"
        f" for subject {escape(subject)}"
    )
    for item in result.quarantined[: limit or None]:
        console.print(f"  [yellow]quarantined[/yellow] {escape(item.message())}", highlight=False)
    if result.stored + result.duplicates == 0:
        raise InputError("no listing could be read", file=str(path))


def _shares_table(shares: list[MonthShare], title: str) -> Table:
    table = Table(title=title)
    for col in ("subject", "month", "n", "adult share (95% CI)", "several validated (95% CI)"):
        table.add_column(col)

    def cell(share: Any) -> str:
        if share.estimate is None:
            return "insufficient sample"
        return f"{share.estimate:.0%} ({share.low:.0%}-{share.high:.0%})"

    for s in shares:
        table.add_row(s.subject_key, s.month.strftime("%Y-%m"), str(s.n), cell(s.adult),
                      cell(s.indicators))  # fmt: skip
    return table


def _customer_counts(signals: list[Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for signal in signals:
        counts[signal.subject_key] = counts.get(signal.subject_key, 0) + 1
    return counts


@screen_app.command("content")
def screen_content(
    ctx: typer.Context,
    subject: list[str] = typer.Option([], "--subject", help="Platform key(s); default: all."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Screen stored listings: ad indicators, networks, monthly shares (BIZ-01)."""
    from knowable.jobs.content import screen_content_store, workspace_salt

    store = store_from(ctx)
    salt = workspace_salt(settings_from(ctx))
    results = screen_content_store(store, list(subject) or None, salt=salt)
    summary: list[dict[str, Any]] = []
    all_shares: list[MonthShare] = []
    for result in results:
        counts: dict[str, int] = {}
        for signal in result.signals:
            counts[signal.indicator] = counts.get(signal.indicator, 0) + 1
        all_shares.extend(result.shares)
        summary.append(
            {
                "subject": result.subject_key,
                "listings": result.listings,
                "ad_types": result.by_type,
                "signals": counts,
                "customer_signals": _customer_counts(result.customer_signals),
                "months": [s.as_dict() for s in result.shares],
            }
        )
    if as_json:
        print_json(summary)
        return
    table = Table(title=f"content screening: {len(results)} platform(s)")
    for col in ("subject", "listings", "ad types", "signals"):
        table.add_column(col, overflow="fold")
    for row in summary:
        types = ", ".join(f"{k} {v}" for k, v in sorted(row["ad_types"].items()))
        found = ", ".join(f"{k} x{v}" for k, v in sorted(row["signals"].items())) or "none"
        table.add_row(row["subject"], str(row["listings"]), types, found)
    console.print(table)
    matched = [s for r in results for s in r.customer_signals]
    if matched:
        found_on = _customer_counts(matched)
        console.print(
            "customers' CRM contacts in commercial-sex ads (NET-07): "
            + ", ".join(f"{k} x{v}" for k, v in sorted(found_on.items()))
        )
    if all_shares:
        console.print(_shares_table(all_shares, "share of listings by month"))


def _read_ads(path: Path) -> list[dict[str, str]]:
    try:
        handle = sys.stdin if str(path) == "-" else path.open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise InputError("file not found", file=str(path)) from None
    with handle:
        reader = csv.DictReader(handle)
        fields = [f.strip().lower() for f in reader.fieldnames or []]
        for required in ("id", "text"):
            if required not in fields:
                raise InputError(f"missing column {required!r}", file=str(path), line=1)
        return [{k.strip().lower(): v or "" for k, v in row.items() if k} for row in reader]


@tools_app.command("classify-content")
@old_name(content_app, "content classify", "tools classify-content")
def classify(
    path: Path = typer.Argument(
        ..., help="CSV with id,text (optional posted_at,location,contact); - for stdin."
    ),
    out: Path = typer.Option(Path("-"), "--out", "-o", help="JSON lines output; - for stdout."),
    summary: bool = typer.Option(False, "--summary", help="Print share estimates by month."),
    subject: str = typer.Option("(file)", "--subject", help="Label for the summary table."),
) -> None:  # fmt: skip
    """Classify ads: JSON lines with id, ad_type, indicators [{id, span}], score."""
    from knowable.assess.prevalence import ClassifiedListing, monthly_shares
    from knowable.detect.content.ad_type import load_model
    from knowable.detect.content.indicators import ContentScanner
    from knowable.detect.content.template import learn_template

    rows = _read_ads(path)
    scanner, model = ContentScanner(), load_model()
    types = model.classify([r["text"] for r in rows], scanner) if rows else []
    params = scanner.catalogue.template  # the file is one platform's: learn its template
    template = learn_template(
        (r["text"] for r in rows[: params.sample]), params.min_pages, params.min_share
    )
    items: list[ClassifiedListing] = []
    target = sys.stdout if str(out) == "-" else out.open("w", encoding="utf-8")
    try:
        for line, (row, ad_type) in enumerate(zip(rows, types, strict=True), start=2):
            scan = scanner.scan(row["text"], template)
            found = [{"id": h.indicator, "span": [h.start, h.end]} for h in scan.hits]
            record = {"id": row["id"], "ad_type": ad_type, "indicators": found, "score": scan.score}
            target.write(json.dumps(record, ensure_ascii=False) + "\n")
            when = parse_when(row.get("posted_at", ""))
            if row.get("posted_at") and when is None:
                where = escape(f"{path}, line {line}")
                err_console.print(f"[yellow]{where}: posted_at not a date[/yellow]")
            if when is not None:
                items.append(ClassifiedListing(row["id"], when, ad_type, scan.indicators))
    finally:
        if target is not sys.stdout:
            target.close()
    if summary:
        if not items:
            err_console.print("no posted_at dates: no monthly shares to estimate")
            return
        err_console.print(_shares_table(monthly_shares(items, subject), f"{path}: shares by month"))
