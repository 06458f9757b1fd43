"""Media commands: ``ingest media``, ``screen media``, ``tools classify-media``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

import typer
from rich.markup import escape
from rich.table import Table

from knowable.cli.app import ingest_app, media_app, screen_app, tools_app
from knowable.cli.common import JSON_HELP, LIMIT_HELP, console, old_name, print_json, store_from


@ingest_app.command("media")
def ingest_media_cmd(
    ctx: typer.Context,
    path: Path = typer.Argument(
        ..., help="Articles: .jsonl, .rss/.atom/.xml, .html, .txt, or a folder."
    ),
    limit: int = typer.Option(10, "--limit", help=LIMIT_HELP),
) -> None:
    """Read news articles (publication date kept as stated; undated items stay undated)."""
    from knowable.jobs.media import ingest_media

    store = store_from(ctx)
    result = ingest_media(store, path)
    summary = result.summary
    shown = escape(str(path))
    console.print(
        f"[bold]{shown}[/bold]: {result.articles} articles in {result.stories} stories: "
        f"[green]{summary['stored']} stored[/green], {summary['duplicates']} duplicate, "
        f"[yellow]{summary['quarantined']} quarantined[/yellow]"
    )
    for item in result.quarantined[: limit or None]:
        console.print(f"  [yellow]quarantined[/yellow] {escape(item.message())}", highlight=False)


@screen_app.command("media")
def screen_media_cmd(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Screen every subject against every stored article; stores the signals found."""
    from knowable.jobs.media import screen_media

    store = store_from(ctx)
    result = screen_media(store)
    if as_json:
        print_json(
            {
                "run_id": result.run_id,
                "subjects": result.subjects,
                "articles": result.articles,
                "stories": result.stories,
                "signals": result.signals,
                "new": result.signals_new,
                "by_subject": result.by_subject,
            }
        )
        return
    console.print(
        f"media run {result.run_id}: {result.subjects} subjects x {result.articles} articles "
        f"({result.stories} stories): {result.signals} signals, {result.signals_new} new"
    )
    if not result.by_subject:
        return
    table = Table("subject", "first seen", "indicator", "role", "stage", "article")
    for key, rows in sorted(result.by_subject.items()):
        for row in sorted(rows, key=lambda r: (r["observed_at"] or "9999", r["indicator"])):
            table.add_row(
                key,
                row["observed_at"] or "undated",
                row["indicator"],
                row["role"],
                row["stage"] or "",
                str(row["title"] or "")[:60],
            )
    console.print(table)


@tools_app.command("classify-media")
@old_name(media_app, "media classify", "tools classify-media")
def classify_cmd(
    articles: Path = typer.Argument(..., help="CSV with id,title,article (optional published_at)."),
    subjects: Path | None = typer.Option(
        None, "--subjects", help="CSV with id,name (optional aliases, |-separated)."
    ),
    output: str = typer.Option("-", "--output", "-o", help="JSON lines file ('-' for stdout)."),
) -> None:
    """Classify articles (adverse 0/1 and score); with --subjects, what each says about whom."""
    from knowable.jobs.media import classify_csv, read_subjects_csv

    book = read_subjects_csv(subjects) if subjects is not None else None
    if output == "-":
        _write_lines(classify_csv(articles, book), sys.stdout)
        return
    with Path(output).open("w", encoding="utf-8") as handle:
        _write_lines(classify_csv(articles, book), handle)


def _write_lines(items: Iterable[dict[str, Any]], handle: TextIO) -> None:
    for item in items:
        handle.write(json.dumps(item, ensure_ascii=False) + "\n")
