"""The Typer application and its sub-command groups; command modules add to these."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="knowable",
    help="Which of your customers you know, or should know, are engaged in grave crime.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
ingest_app = typer.Typer(
    help="Read inputs into the store (nothing is lost: bad rows are quarantined).",
    no_args_is_help=True,
)
screen_app = typer.Typer(
    help="Run detectors over stored records and store their signals.", no_args_is_help=True
)
subjects_app = typer.Typer(help="Customers and their people.", no_args_is_help=True)
quarantine_app = typer.Typer(
    help="Rows set aside at ingest, with the reason.", no_args_is_help=True
)
audit_app = typer.Typer(help="The tamper-evident audit trail.", no_args_is_help=True)

app.add_typer(ingest_app, name="ingest")
app.add_typer(screen_app, name="screen")
app.add_typer(subjects_app, name="subjects")
app.add_typer(quarantine_app, name="quarantine")
app.add_typer(audit_app, name="audit")
