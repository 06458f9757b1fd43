"""``knowable backup``: a consistent copy of the SQLite store, safe while it is in use."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape

from knowable.cli.app import SETUP, app
from knowable.cli.common import console, store_from


@app.command(rich_help_panel=SETUP)
def backup(
    ctx: typer.Context,
    destination: Path = typer.Argument(..., help="The new file to write (never overwritten)."),
) -> None:
    """Copy the SQLite store to a new file, consistently, even while it is in use.

    PostgreSQL: use pg_dump (docs/deploy.md). The copy is readable by its owner only;
    restore by pointing --workspace or KNOWABLE_DATABASE_URL at it, then run `knowable
    audit verify`.
    """
    from knowable.store.backup import backup_sqlite

    store = store_from(ctx)
    size = backup_sqlite(store.engine, destination)
    store.append_audit("cli", "backup", "store", "store", {"file": destination.name, "bytes": size})
    console.print(f"backed up {size:,} bytes to {escape(str(destination))}", highlight=False)
