"""Commands: ``screen relationship``, ``assess`` and ``report``."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

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
    progress,
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


class Series(StrEnum):
    MONTHLY = "monthly"


def _months(first: datetime, last: datetime) -> list[datetime]:
    """The end of each month's first day from ``first``'s month to ``last``'s, inclusive."""
    out: list[datetime] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append(_as_of(datetime(year, month, 1)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _dates(
    as_of: list[datetime] | None,
    series: Series | None,
    start: datetime | None,
    end: datetime | None,
) -> list[datetime]:
    """The dates asked for: every --as-of, plus a --series from --from to --to."""
    dates = [_as_of(day) for day in as_of or []]
    if series is not None:
        if start is None or end is None:
            raise InputError("--series needs --from and --to", field="--series")
        first, last = _as_of(start), _as_of(end)
        if last < first:
            raise InputError(f"--to {last.date()} is before --from {first.date()}", field="--to")
        dates.extend(_months(first, last))
    elif start is not None or end is not None:
        raise InputError("--from and --to go with --series monthly", field="--from")
    return sorted(set(dates)) or [_as_of(None)]


@app.command("assess", rich_help_panel=PIPELINE)
def assess_cmd(
    ctx: typer.Context,
    as_of: list[datetime] | None = typer.Option(
        None,
        "--as-of",
        formats=AS_OF_FORMATS,
        help=AS_OF_HELP,
        metavar="<" + "|".join(AS_OF_FORMATS) + ">",
    ),
    series: Series | None = typer.Option(
        None, "--series", help="'monthly': the first of each month from --from to --to."
    ),
    start: datetime | None = typer.Option(
        None, "--from", formats=AS_OF_FORMATS, help="First date of --series."
    ),
    end: datetime | None = typer.Option(
        None, "--to", formats=AS_OF_FORMATS, help="Last date of --series."
    ),
    policy_path: Path | None = typer.Option(
        None, "--policy", help="Policy file (default: bundled)."
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Assess every customer as of a date (or several, in one pass) and append the
    assessments (--as-of may be given several times)."""
    from knowable.catalogue.policy import load_policy, score_text, shown_score
    from knowable.jobs.assess import assess_store

    store = store_from(ctx)
    dates = _dates(as_of, series, start, end)
    policy = load_policy(policy_path)
    if len(dates) > 1:
        _assess_series(ctx, dates, policy_path, as_json)
        return
    when = dates[0]
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


def _assess_series(
    ctx: typer.Context, dates: list[datetime], policy_path: Path | None, as_json: bool
) -> None:
    """Several dates in one pass: one run per date; a summary line per date."""
    from knowable.catalogue.policy import load_policy
    from knowable.jobs.assess import assess_store_series

    store = store_from(ctx)
    policy = load_policy(policy_path)
    customers = sum(1 for s in store.subjects() if s.schema != "Person")
    with progress(f"assessing {len(dates)} dates", customers) as advance:
        runs = assess_store_series(store, policy, dates, progress=advance)
    rows: list[dict[str, Any]] = [
        {
            "run_id": run.run_id,
            "as_of": run.as_of.isoformat(),
            "customers": run.customers,
            "bands": run.bands,
            "knowable": run.knowable,
        }
        for run in runs
    ]
    if as_json:
        print_json({"policy_hash": policy.sha256, "runs": rows})
        return
    table = Table(title=f"assessments at {len(dates)} dates (policy {policy.version})")
    for column in ("as of", "run", "customers", "bands", "knowable"):
        table.add_column(column, justify="left" if column in ("as of", "bands") else "right")
    for r, run in zip(rows, runs, strict=True):
        table.add_row(
            run.as_of.date().isoformat(),
            str(r["run_id"]),
            str(r["customers"]),
            ", ".join(f"{band} {n}" for band, n in r["bands"].items()),
            str(r["knowable"]),
        )
    console.print(table)
