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
#: The root help's panels: the pipeline in its order, the people's work, the set-up, tools.
PIPELINE = "Pipeline: ingest, screen, assess, report"
REVIEW = "Review: cases, customers, lists, audit"
SETUP = "Set up"
TOOLS = "Tools"

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
tools_app = typer.Typer(
    help="Work on files without a store: score names, classify articles and ads.",
    no_args_is_help=True,
)
# The old names of the tools (``match pairs``, ``media classify``, ``content classify``):
# hidden groups whose commands print a note naming the new one (see ``common.old_name``).
match_app = typer.Typer(no_args_is_help=True)
media_app = typer.Typer(no_args_is_help=True)
content_app = typer.Typer(no_args_is_help=True)

app.add_typer(ingest_app, name="ingest", rich_help_panel=PIPELINE)
app.add_typer(screen_app, name="screen", rich_help_panel=PIPELINE)
app.add_typer(subjects_app, name="subjects", rich_help_panel=REVIEW)
app.add_typer(quarantine_app, name="quarantine", rich_help_panel=REVIEW)
app.add_typer(audit_app, name="audit", rich_help_panel=REVIEW)
app.add_typer(tools_app, name="tools", rich_help_panel=TOOLS)
app.add_typer(match_app, name="match", hidden=True)
app.add_typer(media_app, name="media", hidden=True)
app.add_typer(content_app, name="content", hidden=True)
