"""Commands: ``screen relationship``, ``assess`` and ``report``."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from enum import StrEnum
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from knowable.cli.app import PIPELINE, app, screen_app
from knowable.cli.common import (
    AS_OF_FORMATS,
    AS_OF_HELP,
    FORMAT_HELP,
    JSON_HELP,
    console,
    end_of_day,
    err_console,
    print_json,
    settings_from,
    store_from,
    subject_names,
)
from knowable.errors import InputError
from knowable.timeutil import utcnow


class ReportFormat(StrEnum):
    """What ``knowable report`` writes: the dossier, or its evidence attachment (csv)."""

    html = "html"
    pdf = "pdf"
    json = "json"
    csv = "csv"


@screen_app.command("relationship")
def screen_relationship_cmd(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    as_of: datetime | None = typer.Option(None, "--as-of", formats=AS_OF_FORMATS, help=AS_OF_HELP),
) -> None:
    """Run the relationship rules (REL-, BEH-) over the stored CRM records (each record in
    the version in force on --as-of)."""
    from knowable.jobs.assess import screen_relationship

    store = store_from(ctx)
    result = screen_relationship(store, as_of=end_of_day(as_of))
    per_subject: dict[str, Counter[str]] = defaultdict(Counter)
    for signal in result.signals:
        per_subject[signal.subject_key][signal.indicator] += 1
    if as_json:
        print_json({k: dict(v) for k, v in sorted(per_subject.items())})
        return
    table = Table(
        title=f"relationship screening: {len(result.signals)} signals from {result.records} "
        f"records, {len(result.covered)} subjects covered"
    )
    table.add_column("customer")
    table.add_column("key")
    table.add_column("signals", justify="right")
    table.add_column("indicators")
    names = subject_names(store, sorted(per_subject))
    for key, counts in sorted(per_subject.items(), key=lambda kv: -sum(kv[1].values())):
        listed = ", ".join(f"{i}×{n}" for i, n in sorted(counts.items()))
        table.add_row(escape(names.get(key, "")), key, str(sum(counts.values())), listed)
    console.print(table)


def _as_of(day: datetime | None) -> datetime:
    """The end of the --as-of day, or now."""
    return end_of_day(day) or utcnow()


@app.command("assess", rich_help_panel=PIPELINE)
def assess_cmd(
    ctx: typer.Context,
    as_of: datetime | None = typer.Option(None, "--as-of", formats=AS_OF_FORMATS, help=AS_OF_HELP),
    policy_path: Path | None = typer.Option(
        None, "--policy", help="Policy file (default: bundled)."
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Assess every customer as of a date and append the assessments to the store."""
    from knowable.catalogue.policy import load_policy, score_text, shown_score
    from knowable.jobs.assess import assess_store

    store = store_from(ctx)
    when = _as_of(as_of)
    policy = load_policy(policy_path)
    run_id, results = assess_store(store, policy, when)
    customers = [s for s in store.subjects() if s.schema != "Person"]
    names = {s.key: s.name for s in customers}
    ranked = sorted(results, key=lambda a: (-a.score, names.get(a.subject_key, "")))
    rows = [
        {
            "key": a.subject_key,
            "name": names.get(a.subject_key, ""),
            "band": a.band,
            "score": shown_score(a.score),
            "knowable_since": a.knowable_since.date().isoformat() if a.knowable_since else None,
            "signals": sum(1 for c in a.contributions if c.value > 0),
        }
        for a in ranked
    ]
    if as_json:
        print_json(
            {
                "run_id": run_id,
                "as_of": when.isoformat(),
                "policy_hash": policy.sha256,
                "assessments": rows,
            }
        )
        return
    table = Table(title=f"assessments as of {when.date()} (run {run_id}, policy {policy.version})")
    for column in ("customer", "band", "score", "knowable since", "signals"):
        table.add_column(column, justify="right" if column in ("score", "signals") else "left")
    for r in rows:
        table.add_row(
            str(r["name"]),
            str(r["band"]),
            score_text(float(r["score"] or 0.0)),
            str(r["knowable_since"] or ""),
            str(r["signals"]),
        )
    console.print(table)


@app.command("report", rich_help_panel=PIPELINE)
def report_cmd(
    ctx: typer.Context,
    subject: str = typer.Argument(..., help="Customer key, or a unique part of its name."),
    as_of: datetime | None = typer.Option(None, "--as-of", formats=AS_OF_FORMATS, help=AS_OF_HELP),
    report_format: ReportFormat = typer.Option(
        ReportFormat.html,
        "--format",
        "-f",
        help=FORMAT_HELP + " (csv: the evidence attachment alone).",
    ),
    out: Path | None = typer.Option(None, "--out", "-o", help="Output file ('-' for stdout)."),
    policy_path: Path | None = typer.Option(
        None, "--policy", help="Policy file (default: bundled)."
    ),
) -> None:
    """Write the dossier of one customer: knowledge, participation, benefit, since when."""
    from knowable.catalogue.policy import load_policy, score_text
    from knowable.jobs.report import (
        dossier_from_store,
        report_file_name,
        resolve_subject,
        write_dossier,
    )
    from knowable.report.render import evidence_csv, to_html, to_json

    fmt = report_format.value
    store = store_from(ctx)
    when = _as_of(as_of)
    policy = load_policy(policy_path)
    target = resolve_subject(store, subject)
    if out is not None and str(out) == "-":
        if fmt == "pdf":
            raise InputError("PDF cannot be written to stdout; give --out FILE", field="--out")
        data = dossier_from_store(store, target, policy, when)
        stamp = utcnow().isoformat(timespec="seconds")
        if fmt == "csv":
            text = evidence_csv(data)
        else:
            text = to_json(data, stamp) if fmt == "json" else to_html(data, stamp)
        typer.echo(text, nl=False)
        return
    workspace = settings_from(ctx).workspace
    name = report_file_name(target.key, f"-{when.date().isoformat()}.{fmt}")
    path = out or workspace / "reports" / name
    data = write_dossier(store, target, policy, when, path, fmt)
    err_console.print(
        f"{escape(data.subject_name)}: {data.band} ({score_text(data.score)}), knowable since "
        f"{data.knowable_since or 'never'}; dossier written to {escape(str(path))}"
    )
