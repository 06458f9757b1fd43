"""Commands: ``screen relationship``, ``assess`` and ``report``."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from knowable.cli.app import app, screen_app
from knowable.cli.common import (
    JSON_HELP,
    console,
    err_console,
    print_json,
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


@app.command("assess")
def assess_cmd(
    ctx: typer.Context,
    as_of: str | None = typer.Option(
        None, "--as-of", help="Assess as of this date (default: now)."
    ),
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
