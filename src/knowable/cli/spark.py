"""Commands: ``spark export``, ``spark run``, ``spark load`` (needs the ``spark`` extra)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import typer
from rich.markup import escape

from knowable.cli.app import PIPELINE, app
from knowable.cli.common import (
    AS_OF_FORMATS,
    AS_OF_HELP,
    console,
    end_of_day,
    err_console,
    progress,
    settings_from,
    store_from,
)
from knowable.errors import InputError, KnowableError
from knowable.timeutil import utcnow

spark_app = typer.Typer(
    help="Scale-out: export the store's inputs as Parquet, run every detector and the "
    "assessment on Spark, load the results back.",
    no_args_is_help=True,
)
app.add_typer(spark_app, name="spark", rich_help_panel=PIPELINE)


def _require_extra() -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise KnowableError(
            "the spark commands need the spark extra: pip install 'knowable[spark]'"
        ) from exc


@spark_app.command("export")
def export_cmd(
    ctx: typer.Context,
    folder: Path = typer.Argument(..., help="Folder to write the Parquet inputs to."),
    contacts: bool = typer.Option(
        True,
        "--contacts/--no-contacts",
        help="Write the workspace's contact-hash salt beside the inputs, so the Spark job "
        "can match customers' CRM contacts in listings (NET-07).",
    ),
) -> None:
    """Write the store's subjects, CRM objects, listings, articles and list versions as
    Parquet."""
    _require_extra()
    from knowable.jobs.content import workspace_salt
    from knowable.spark.export import export_inputs

    store = store_from(ctx)
    salt = workspace_salt(settings_from(ctx)) if contacts else None
    written = 0
    with progress("exporting", None) as advance:

        def step(_: str, rows: int) -> None:
            nonlocal written
            written += rows
            advance(written)

        result = export_inputs(store, folder, salt, progress=step)
    rows = ", ".join(f"{n} {name}" for name, n in result.rows.items())
    console.print(f"[bold]{escape(str(folder))}[/bold]: {rows}", highlight=False)
    if result.salt:
        console.print(
            "  contact-salt written (owner-only): the folder is as sensitive as the store"
        )


def _dates(values: list[datetime] | None) -> list[datetime]:
    """Each --as-of day as its last instant (UTC), or now."""
    if not values:
        return [utcnow()]
    return [day for value in values if (day := end_of_day(value)) is not None]


@spark_app.command("run")
def run_cmd(
    input_dir: str = typer.Option(..., "--input", help="Folder written by `spark export`."),
    output_dir: str = typer.Option(..., "--output", help="Folder for signals and assessments."),
    master: str = typer.Option(
        "local[2]", "--master", help="Spark master: local[N], spark://..., k8s://..., yarn."
    ),
    as_of: list[datetime] | None = typer.Option(
        None,
        "--as-of",
        formats=AS_OF_FORMATS,
        help=AS_OF_HELP,
        metavar="<" + "|".join(AS_OF_FORMATS) + ">",
    ),
    partitions: int | None = typer.Option(
        None, "--partitions", help="Partitions for the screening stages (default: the cores)."
    ),
    memory: str = typer.Option("1g", "--driver-memory", help="Spark driver memory."),
    salt_file: Path | None = typer.Option(
        None,
        "--salt-file",
        help="Contact-hash salt for NET-07 (default: INPUT/contact-salt when present).",
    ),
) -> None:
    """Run every detector and the assessment over Parquet inputs on Spark (--as-of may be
    given several times: one assessment per date)."""
    _require_extra()
    from knowable.spark.export import SALT_FILE
    from knowable.spark.job import run, session

    dates = _dates(as_of)
    salt_path = salt_file or Path(input_dir) / SALT_FILE
    if salt_file is not None and not salt_file.is_file():
        raise InputError("no such file", file=str(salt_file))
    salt = salt_path.read_bytes() if salt_path.is_file() else None
    with err_console.status(f"starting Spark ({master})") as status:
        spark = session(master, memory)

        def step(phase: str) -> None:
            status.update(f"Spark ({master}): {phase}")

        try:
            summary = run(spark, input_dir, output_dir, dates, salt, partitions, step=step)
        finally:
            spark.stop()
    found = ", ".join(f"{name} {n}" for name, n in summary.signals.items())
    console.print(
        f"[bold]{escape(output_dir)}[/bold]: signals {found}; {summary.assessments} "
        f"assessments with policy {summary.policy_version} as of "
        f"{', '.join(d.date().isoformat() for d in summary.dates)}",
        highlight=False,
    )
    if salt is None:
        console.print("  no contact salt: NET-07 (customer contacts in listings) skipped")


@spark_app.command("load")
def load_cmd(
    ctx: typer.Context,
    folder: Path = typer.Argument(..., help="Folder written by `spark run`."),
) -> None:
    """Store a Spark run's signals and assessments, each run with its audit event."""
    _require_extra()
    from knowable.spark.load import load_output

    result = load_output(store_from(ctx), folder)
    for name, (found, new) in result.signals.items():
        console.print(f"{name}: {found} signals, {new} new")
    for day, count, run_id in result.assessment_runs:
        console.print(f"assessed {count} customers as of {day} (run {run_id})")
