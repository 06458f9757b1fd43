"""``knowable monitor`` (delta screening, once or every interval) and ``knowable alerts``."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.table import Table

from knowable.cli.app import PIPELINE, REVIEW, app
from knowable.cli.common import (
    JSON_HELP,
    LIMIT_HELP,
    console,
    err_console,
    parse_interval,
    print_json,
    store_from,
)

alerts_app = typer.Typer(
    help="Alerts sent by monitoring (webhook, e-mail) and dead letters.", no_args_is_help=True
)
app.add_typer(alerts_app, name="alerts", rich_help_panel=REVIEW)


def _summary_line(result: Any) -> str:
    if result.empty:
        return (
            f"monitor run {result.run_id}: nothing changed since ingest batch "
            f"{result.since_batch}; audit event written ({result.seconds:.2f} s)"
        )
    lists = ", ".join(
        f"{c['list']}@{c['version']} +{c['added']} ~{c['changed']} -{c['removed']}"
        for c in result.list_changes
    )
    screened = ", ".join(f"{k} {v}" for k, v in result.screened.items()) or "none"
    parts = [
        f"monitor run {result.run_id}: batches {result.since_batch + 1}..{result.batch_mark} "
        f"({result.new_batches} new)",
        f"  changed customers: {len(result.changed_customers)}; list changes: {lists or 'none'}; "
        f"new articles: {result.new_articles}",
        f"  screened (subjects): {screened}; signals found {result.signals_found}, "
        f"new {result.signals_new}",
        f"  assessed {len(result.assessed)} customers"
        + (
            " (" + ", ".join(f"{b} {n}" for b, n in result.payload()["bands"].items()) + ")"
            if result.bands
            else ""
        ),
        f"  cases opened {len(result.cases_opened)}, escalated {len(result.cases_escalated)}; "
        f"alerts: {_alert_counts(result.alerts)}; {result.seconds:.2f} s",
    ]
    return "\n".join(parts)


def _alert_counts(alerts: dict[str, str]) -> str:
    if not alerts:
        return "none"
    counts: dict[str, int] = {}
    for status in alerts.values():
        counts[status] = counts.get(status, 0) + 1
    return ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))


@app.command(rich_help_panel=PIPELINE)
def monitor(
    ctx: typer.Context,
    every: str | None = typer.Option(
        None,
        "--every",
        help="Run again after this interval (30m, 1h, 1d) until SIGTERM or Ctrl-C; "
        "default: run once (for cron or a systemd timer).",
    ),
    policy_path: Path | None = typer.Option(
        None, "--policy", help="Policy file (default: bundled)."
    ),
    no_alerts: bool = typer.Option(
        False, "--no-alerts", help="Open cases but send no webhook or e-mail."
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Re-screen only what changed since the last run, assess, open cases, alert.

    Customers whose data or lists changed since the last run are re-screened and assessed;
    cases are opened or escalated and alerts sent. Every run is audited, even an empty one."""
    import signal as signals

    from knowable.catalogue.policy import load_policy
    from knowable.cli.common import settings_from
    from knowable.jobs.monitor import run_monitor

    interval = parse_interval(every) if every is not None else None
    settings = settings_from(ctx)
    store = store_from(ctx)
    policy = load_policy(policy_path)
    stop = threading.Event()

    def on_signal(number: int, _frame: Any) -> None:
        err_console.print(
            f"monitor: {signals.Signals(number).name} received; stopping after this run"
        )
        stop.set()

    def pause(seconds: float) -> None:  # back-off between alert attempts; a stop ends it
        stop.wait(seconds)

    if interval is not None:
        signals.signal(signals.SIGTERM, on_signal)
        signals.signal(signals.SIGINT, on_signal)
    while True:
        with err_console.status("monitoring: screening what changed", spinner="dots"):
            result = run_monitor(store, settings, policy, alerts=not no_alerts, sleep=pause)
        if as_json:
            print_json(result.payload())
        else:
            console.print(escape(_summary_line(result)), highlight=False)
        if interval is None or stop.wait(interval):
            break
    if interval is not None:
        err_console.print("monitor: stopped")


@alerts_app.command("list")
def alerts_list(
    ctx: typer.Context,
    failed: bool = typer.Option(False, "--failed", help="Only dead letters (never delivered)."),
    limit: int = typer.Option(50, "--limit", help=LIMIT_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Alert deliveries, newest first."""
    from knowable.jobs.alerts import DEAD, deliveries

    found = deliveries(store_from(ctx), status=DEAD if failed else None, limit=limit)
    if as_json:
        print_json([d.__dict__ for d in found])
        return
    table = Table(title="dead letters" if failed else "alert deliveries")
    for column in ("id", "case", "event", "channel", "target", "status", "tries", "last error"):
        table.add_column(column)
    for d in found:
        table.add_row(
            str(d.id),
            d.case_key,
            d.event,
            d.channel,
            escape(d.target),
            d.status,
            str(d.attempts),
            escape(d.last_error or ""),
        )
    console.print(table)


@alerts_app.command("retry")
def alerts_retry(
    ctx: typer.Context,
    ids: list[int] | None = typer.Argument(None, help="Dead letters to resend (default: all)."),
) -> None:
    """Send dead letters again, with the same retries and back-off."""
    from knowable.cli.common import settings_from
    from knowable.jobs.alerts import retry

    done = retry(store_from(ctx), settings_from(ctx), ids or None, actor="cli")
    if not done:
        console.print("no dead letters to resend")
        return
    for delivery, status in sorted(done.items()):
        console.print(f"delivery {delivery}: {status}")
    if any(status != "sent" for status in done.values()):
        raise typer.Exit(1)
