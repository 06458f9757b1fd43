"""``knowable cases``: open alerts from stored assessments, and list the queue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.table import Table

from knowable.cases.states import CaseState, Disposition
from knowable.cli.app import REVIEW, app
from knowable.cli.common import (
    AS_HELP,
    JSON_HELP,
    LIMIT_HELP,
    PASSWORD_STDIN_HELP,
    actor_from,
    console,
    err_console,
    print_json,
    store_from,
    subject_names,
)

cases_app = typer.Typer(help="Alerts, cases and dispositions.", no_args_is_help=True)
app.add_typer(cases_app, name="cases", rich_help_panel=REVIEW)


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
    limit: int = typer.Option(100, "--limit", help=LIMIT_HELP),
    show: int | None = typer.Option(None, "--show", hidden=True),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """The case queue, overdue first, with each customer's name."""
    from knowable.cases.repository import CaseFilter, CaseRepository

    store = store_from(ctx)
    repo = CaseRepository(store)
    filt = CaseFilter(state=state.value if state else None, overdue=True if overdue else None)
    if show is not None:
        err_console.print("note: `--show` is deprecated; use `--limit`", highlight=False)
        limit = show
    found, total = repo.cases(filt, limit=limit or 10_000_000)
    names = _names(store, [c.subject_key for c in found])
    now = repo.clock()
    if as_json:
        print_json([_case_json(c, names.get(c.subject_key, ""), now) for c in found])
        return
    table = Table("case", "customer", "key", "state", "severity", "band", "due", "disposition")
    for c in found:
        due = c.due_at.strftime("%Y-%m-%d %H:%M") + (
            " [red]overdue[/red]" if c.overdue(now) else ""
        )
        table.add_row(
            c.id,
            escape(names.get(c.subject_key, "")),
            escape(c.subject_key),
            c.state.value,
            c.severity.value,
            c.band or "-",
            due,
            c.disposition.value if c.disposition else "-",
        )
    console.print(table)
    console.print(f"{total} cases" + (f", {len(found)} shown" if len(found) < total else ""))


def _case_json(c: Any, name: str, now: Any) -> dict[str, Any]:
    return {
        "id": c.id,
        "subject_key": c.subject_key,
        "subject_name": name,
        "state": c.state.value,
        "severity": c.severity.value,
        "band": c.band,
        "assignee": c.assignee,
        "opened_at": c.opened_at.isoformat(),
        "due_at": c.due_at.isoformat(),
        "overdue": c.overdue(now),
        "disposition": c.disposition.value if c.disposition else None,
        "decided_by": c.decided_by,
        "reason": c.reason,
        "approved_by": c.approved_by,
        "version": c.version,
    }


@cases_app.command("show")
def cases_show(
    ctx: typer.Context,
    case_id: str = typer.Argument(..., help="The case id (see `knowable cases list`)."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """One case: its customer, state, alerts and history."""
    from knowable.cases.repository import CaseRepository

    store = store_from(ctx)
    repo = CaseRepository(store)
    case = repo.case(case_id)
    name = _names(store, [case.subject_key]).get(case.subject_key, case.subject_key)
    now = repo.clock()
    alerts = repo.alerts(case.id)
    events = repo.events(case.id)
    if as_json:
        body = _case_json(case, name, now)
        body["alerts"] = [
            {
                "opened_at": a["opened_at"].isoformat(),
                "severity": str(a["severity"]),
                "detail": a["detail"],
            }
            for a in alerts
        ]
        body["events"] = [
            {
                "at": e.event.at.isoformat(),
                "kind": e.event.kind,
                "actor": e.event.actor,
                "details": dict(e.event.details),
            }
            for e in events
        ]
        print_json(body)
        return
    console.print(f"{escape(name)} ({escape(case.subject_key)}): case {case.id}", highlight=False)
    console.print(
        f"  {case.state.value}, {case.severity.value}, band {case.band or '-'}, "
        f"due {case.due_at:%Y-%m-%d %H:%M}{' (overdue)' if case.overdue(now) else ''}, "
        f"assignee {escape(case.assignee or 'nobody')}",
        highlight=False,
    )
    if case.disposition:
        console.print(
            f"  decided {case.disposition.value} by {escape(case.decided_by or '')}: "
            f"{escape(case.reason or '')}",
            highlight=False,
        )
    for a in alerts:
        console.print(
            f"  alert {a['opened_at']:%Y-%m-%d}: {escape(str(a['detail']))}", highlight=False
        )
    for e in events:
        console.print(
            f"  {e.event.at:%Y-%m-%d %H:%M} {e.event.kind} by {escape(e.event.actor)}",
            highlight=False,
        )


@cases_app.command("assign")
def cases_assign(
    ctx: typer.Context,
    case_id: str = typer.Argument(..., help="The case id."),
    assignee: str = typer.Argument(..., help="Who works it (a user name; '-' for nobody)."),
    as_user: str = typer.Option(..., "--as", help=AS_HELP),
    password_stdin: bool = typer.Option(False, "--password-stdin", help=PASSWORD_STDIN_HELP),
) -> None:
    """Assign a case to a person (or to nobody with '-')."""
    from knowable.cases.repository import CaseRepository

    actor = actor_from(ctx, as_user, password_stdin)
    case = CaseRepository(store_from(ctx)).assign(
        case_id, None if assignee == "-" else assignee, actor
    )
    console.print(f"case {case.id}: assignee {escape(case.assignee or 'nobody')}", highlight=False)


@cases_app.command("decide")
def cases_decide(
    ctx: typer.Context,
    case_id: str = typer.Argument(..., help="The case id."),
    disposition: Disposition = typer.Option(..., "--disposition", help="What was decided."),
    reason: str = typer.Option(..., "--reason", help="Why, in words (required)."),
    as_user: str = typer.Option(..., "--as", help=AS_HELP),
    password_stdin: bool = typer.Option(False, "--password-stdin", help=PASSWORD_STDIN_HELP),
) -> None:
    """Record a disposition with its reason; the customer's current signals are its evidence."""
    from knowable.cases.members import case_signals
    from knowable.cases.repository import CaseRepository

    actor = actor_from(ctx, as_user, password_stdin)
    store = store_from(ctx)
    repo = CaseRepository(store)
    current = repo.case(case_id)
    signals = case_signals(store, current.subject_key)
    case = repo.decide(case_id, disposition, reason, signals, actor)
    verb = "proposed" if case.state == CaseState.AWAITING_APPROVAL else "decided"
    console.print(
        f"case {case.id}: {case.state.value}, {disposition.value} {verb} by "
        f"{escape(actor.username)} on {len(signals)} signals"
        + ("; a second reviewer must approve it (cases approve)" if verb == "proposed" else ""),
        highlight=False,
    )


def _names(store: Any, keys: list[str]) -> dict[str, str]:
    return subject_names(store, keys)


@cases_app.command("export")
def cases_export(
    ctx: typer.Context,
    case_id: str = typer.Argument(..., help="The case id."),
    out: Path = typer.Option(..., "--out", "-o", help="The ZIP file to write."),
    no_pdf: bool = typer.Option(False, "--no-pdf", help="Leave the PDF out (HTML only)."),
    as_user: str = typer.Option(..., "--as", help=AS_HELP),
    password_stdin: bool = typer.Option(False, "--password-stdin", help=PASSWORD_STDIN_HELP),
) -> None:
    """The case pack for counsel or the authorities: dossier, evidence, case, audit proof."""
    from knowable.catalogue.policy import bundled_policy
    from knowable.jobs.casepack import build_case_pack

    actor = actor_from(ctx, as_user, password_stdin)
    body, summary = build_case_pack(
        store_from(ctx), case_id, bundled_policy(), actor.username, pdf=not no_pdf
    )
    out.write_bytes(body)
    console.print(
        f"case pack of {escape(summary.subject_key)} written to {escape(str(out))}: "
        f"{len(summary.files)} files, audit head #{summary.head_seq}"
        + ("" if summary.pdf or no_pdf else " (no PDF: install knowable\\[pdf])"),
        highlight=False,
    )


@cases_app.command("approve")
def cases_approve(
    ctx: typer.Context,
    case_id: str = typer.Argument(..., help="The case id."),
    note: str = typer.Option("", "--note", help="A note with the approval (optional)."),
    as_user: str = typer.Option(..., "--as", help=AS_HELP),
    password_stdin: bool = typer.Option(False, "--password-stdin", help=PASSWORD_STDIN_HELP),
) -> None:
    """Approve a proposed offboard or report-to-authorities decision (a second reviewer)."""
    from knowable.cases.repository import CaseRepository

    actor = actor_from(ctx, as_user, password_stdin)
    case = CaseRepository(store_from(ctx)).approve(case_id, actor, note)
    disposition = case.disposition.value if case.disposition else ""
    console.print(
        f"case {case.id}: {case.state.value}, {disposition} proposed by "
        f"{escape(case.decided_by or '')}, approved by {escape(actor.username)}",
        highlight=False,
    )


@cases_app.command("refuse")
def cases_refuse(
    ctx: typer.Context,
    case_id: str = typer.Argument(..., help="The case id."),
    reason: str = typer.Option(..., "--reason", help="Why, in words (required)."),
    as_user: str = typer.Option(..., "--as", help=AS_HELP),
    password_stdin: bool = typer.Option(False, "--password-stdin", help=PASSWORD_STDIN_HELP),
) -> None:
    """Refuse a proposed grave decision; the case goes back to review."""
    from knowable.cases.repository import CaseRepository

    actor = actor_from(ctx, as_user, password_stdin)
    case = CaseRepository(store_from(ctx)).refuse(case_id, reason, actor)
    console.print(f"case {case.id}: back {case.state.value.replace('_', ' ')}", highlight=False)
