"""``knowable serve``: the REST API and web UI in one uvicorn process."""

from __future__ import annotations

import typer

from knowable.cli.app import app
from knowable.cli.common import console, settings_from


@app.command()
def serve(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    log_level: str = typer.Option("warning", help="uvicorn log level."),
) -> None:
    """Serve the API (/api, spec at /api/openapi.json) and the web UI (/)."""
    import uvicorn

    from knowable.api import create_app
    from knowable.auth.users import UserRepository
    from knowable.store import open_store

    settings = settings_from(ctx)
    store = open_store(settings)
    if UserRepository(store).count() == 0:
        console.print(
            "[yellow]no users yet:[/yellow] create one with `knowable users add NAME --role admin`"
        )
    console.print(f"serving on http://{host}:{port}/ (API docs at /api/docs)")
    # One process: SQLite has one writer, and the app's write gate is per process.
    uvicorn.run(create_app(settings, store), host=host, port=port, log_level=log_level)
