"""``knowable cases``: open alerts from stored assessments, and list the queue."""

from __future__ import annotations

import typer
from rich.table import Table

from knowable.cases.states import CaseState
from knowable.cli.app import app
from knowable.cli.common import console, print_json, store_from

cases_app = typer.Typer(help="Alerts, cases and dispositions.", no_args_is_help=True)
app.add_typer(cases_app, name="cases")


@cases_app.command("scan")
def cases_scan(ctx: typer.Context) -> None:
    """Apply the alert rules to stored assessments and signals (safe to repeat)."""
    from knowable.cases.repository import CaseRepository
    from knowable.jobs.cases import scan

    store = store_from(ctx)
    result = scan(store, CaseRepository(store), actor="cli")
    console.print(
        f"{result.subjects} assessed subjects checked; {len(result.cases_touched)} cases "
        "opened or updated"
    )


@cases_app.command("list")
def cases_list(
    ctx: typer.Context,
    state: CaseState | None = typer.Option(None, help="open, in_review or decided"),
    overdue: bool = typer.Option(False, "--overdue", help="Only overdue cases."),
    as_json: bool = typer.Option(False, "--json", help="Write JSON instead of a table."),
) -> None:
    """The case queue, overdue first."""
    from knowable.cases.repository import CaseFilter, CaseRepository

    repo = CaseRepository(store_from(ctx))
    filt = CaseFilter(state=state.value if state else None, overdue=True if overdue else None)
    found, total = repo.cases(filt, limit=10_000)
    now = repo.clock()
    if as_json:
        print_json(
            [
                {
                    "id": c.id,
                    "subject_key": c.subject_key,
                    "state": c.state.value,
                    "severity": c.severity.value,
                    "band": c.band,
                    "due_at": c.due_at.isoformat(),
                    "overdue": c.overdue(now),
                    "disposition": c.disposition.value if c.disposition else None,
                }
                for c in found
            ]
        )
        return
    table = Table("case", "subject", "state", "severity", "band", "due", "disposition")
    for c in found:
        due = c.due_at.strftime("%Y-%m-%d %H:%M") + (
            " [red]overdue[/red]" if c.overdue(now) else ""
        )
        table.add_row(
            c.id,
            c.subject_key,
            c.state.value,
            c.severity.value,
            c.band or "-",
            due,
            c.disposition.value if c.disposition else "-",
        )
    console.print(table)
    console.print(f"{total} cases")
