"""``knowable serve``: the REST API and web UI in one uvicorn process."""

from __future__ import annotations

import logging
import logging.config
import os
import signal
from enum import StrEnum

import typer

from knowable.cli.app import SETUP, app
from knowable.cli.common import console, settings_from
from knowable.errors import InputError


class LogFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


@app.command(rich_help_panel=SETUP)
def serve(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    log_level: str = typer.Option("warning", help="uvicorn log level."),
    log_format: LogFormat = typer.Option(
        LogFormat.TEXT,
        "--log-format",
        help="text, or json: one JSON object per line for a supervisor's journal.",
    ),
    workers: int = typer.Option(
        1, min=1, max=64, help="Worker processes (PostgreSQL only; SQLite has one writer)."
    ),
) -> None:
    """Serve the API (/api, spec at /api/openapi.json) and the web UI (/)."""
    import uvicorn

    from knowable.api import create_app
    from knowable.api.logs import log_config
    from knowable.api.services import secret_key
    from knowable.auth.users import UserRepository
    from knowable.store import open_store
    from knowable.store.engine import is_sqlite

    config = log_config(log_format.value, log_level)
    logging.config.dictConfig(config)
    log = logging.getLogger("knowable.serve")
    settings = settings_from(ctx)
    store = open_store(settings)
    if UserRepository(store).count() == 0:
        console.print(
            "[yellow]no users yet:[/yellow] create one with `knowable users add NAME --role admin`"
        )
    console.print(f"serving on http://{host}:{port}/ (API docs at /api/docs)")
    log.info("starting", extra={"host": host, "port": port, "workers": workers})

    def stopped(signum: int, _frame: object) -> None:
        # uvicorn shuts down gracefully, then raises the signal it caught again: it lands
        # here, so the journal says why the server stopped.
        log.info("stopped", extra={"signal": signal.Signals(signum).name})
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stopped)
    if workers == 1:
        try:
            uvicorn.run(
                create_app(settings, store),
                host=host,
                port=port,
                log_level=log_level,
                log_config=config,
            )
        except KeyboardInterrupt:
            log.info("stopped", extra={"signal": "SIGINT"})
            raise
        except SystemExit as exc:
            if exc.code not in (0, None):
                log.critical("server stopped", extra={"exit_code": str(exc.code)})
            raise
        except BaseException as exc:
            log.critical("server stopped by an error", exc_info=exc)
            raise
        log.info("stopped")
        return
    if is_sqlite(store.engine):
        # The write gate that keeps SQLite to one writer lives in one process.
        raise InputError("--workers > 1 needs PostgreSQL (KNOWABLE_DATABASE_URL)", field="workers")
    store.engine.dispose()
    # Worker processes build their own app from the environment.
    os.environ["KNOWABLE_DATABASE_URL"] = settings.resolved_database_url()
    os.environ["KNOWABLE_WORKSPACE"] = str(settings.workspace)
    os.environ["KNOWABLE_SECRET_KEY"] = secret_key(settings)
    uvicorn.run(
        "knowable.api.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        log_level=log_level,
        log_config=config,
        workers=workers,
    )
    log.info("stopped")
