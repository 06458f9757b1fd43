"""Commands: ``screen relationship``, ``assess`` and ``report``."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.table import Table

from knowable.cli.app import app, screen_app
from knowable.cli.common import (
    JSON_HELP,
    console,
    err_console,
    print_json,
    progress,
    settings_from,
    store_from,
)
from knowable.errors import InputError
from knowable.timeutil import parse_as_of, utcnow


@screen_app.command("relationship")
def screen_relationship_cmd(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    as_of: str | None = typer.Option(
        None,
        "--as-of",
        help="Read each CRM record in the version in force on this date (default: latest).",
    ),
) -> None:
    """Run the relationship rules (REL-, BEH-) over the stored CRM records."""
    from knowable.jobs.assess import screen_relationship

    when = _as_of(as_of) if as_of is not None else None
    result = screen_relationship(store_from(ctx), as_of=when)
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
    table.add_column("subject")
    table.add_column("signals", justify="right")
    table.add_column("indicators")
    for key, counts in sorted(per_subject.items(), key=lambda kv: -sum(kv[1].values())):
        listed = ", ".join(f"{i}×{n}" for i, n in sorted(counts.items()))
        table.add_row(key, str(sum(counts.values())), listed)
    console.print(table)


def _as_of(text: str | None) -> datetime:
    if text is None:
        return utcnow()
    when = parse_as_of(text)
    if when is None:
        raise InputError(f"not a date: {text!r} (expected YYYY-MM-DD)", field="--as-of")
    return when


def _months(start: str, end: str) -> list[datetime]:
    """The end of each month's first day from ``start``'s month to ``end``'s, inclusive."""
    first, last = _as_of(start), _as_of(end)
    if last < first:
        raise InputError(f"--to {end} is before --from {start}", field="--to")
    out: list[datetime] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append(_as_of(f"{year:04d}-{month:02d}-01"))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _dates(
    as_of: list[str] | None, series: str | None, start: str | None, end: str | None
) -> list[datetime]:
    """The dates asked for: every --as-of, plus a --series from --from to --to."""
    dates = [_as_of(text) for text in as_of or []]
    if series is not None:
        if series != "monthly":
            raise InputError(f"unknown series {series!r}; only 'monthly'", field="--series")
        if start is None or end is None:
            raise InputError("--series needs --from and --to", field="--series")
        dates.extend(_months(start, end))
    elif start is not None or end is not None:
        raise InputError("--from and --to go with --series monthly", field="--from")
    return sorted(set(dates)) or [_as_of(None)]


@app.command("assess")
def assess_cmd(
    ctx: typer.Context,
    as_of: list[str] | None = typer.Option(
        None,
        "--as-of",
        help="Assess as of this date (default: now); repeat for several dates, all in one pass.",
    ),
    series: str | None = typer.Option(
        None, "--series", help="'monthly': the first of each month from --from to --to."
    ),
    start: str | None = typer.Option(None, "--from", help="First date of --series."),
    end: str | None = typer.Option(None, "--to", help="Last date of --series."),
    policy_path: Path | None = typer.Option(
        None, "--policy", help="Policy file (default: bundled)."
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Assess every customer as of a date (or several) and append the assessments."""
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


@app.command("report")
def report_cmd(
    ctx: typer.Context,
    subject: str = typer.Argument(..., help="Customer key, or a unique part of its name."),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Report as of this date (default: now)."
    ),
    fmt: str = typer.Option(
        "html", "--format", "-f", help="html, pdf, json, or csv (the evidence attachment)."
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
    from knowable.report.render import FORMATS, evidence_csv, to_html, to_json

    if fmt not in FORMATS:
        raise InputError(
            f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", field="--format"
        )
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
    rows: list[dict[str, Any]] = []
    for run_id, results in runs:
        bands = Counter(a.band for a in results)
        rows.append(
            {
                "run_id": run_id,
                "as_of": results[0].as_of.isoformat() if results else None,
                "customers": len(results),
                "bands": dict(sorted(bands.items())),
                "knowable": sum(1 for a in results if a.knowable_since is not None),
            }
        )
    if as_json:
        print_json({"policy_hash": policy.sha256, "runs": rows})
        return
    table = Table(title=f"assessments at {len(dates)} dates (policy {policy.version})")
    for column in ("as of", "run", "customers", "bands", "knowable"):
        table.add_column(column, justify="left" if column in ("as of", "bands") else "right")
    for r, (_, results) in zip(rows, runs, strict=True):
        table.add_row(
            results[0].as_of.date().isoformat() if results else "",
            str(r["run_id"]),
            str(r["customers"]),
            ", ".join(f"{band} {n}" for band, n in r["bands"].items()),
            str(r["knowable"]),
        )
    console.print(table)
