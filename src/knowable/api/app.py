"""The app factory: one process serves the REST API (under /api) and the web UI."""

from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

import knowable
from knowable.api import (
    errors,
    logs,
    routes_admin,
    routes_cases,
    routes_data,
    routes_ingest,
    routes_reports,
    security,
)
from knowable.api.services import Services
from knowable.api.strict import reject_unknown_query
from knowable.api.uploads import UploadGuard
from knowable.api.web import ui
from knowable.settings import Settings
from knowable.store import Store, open_store

_STATIC = Path(__file__).with_name("web") / "static"


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    """Build the app on the store named by ``settings`` (or on ``store`` when given)."""
    settings = settings or Settings()
    app = FastAPI(
        title="knowable",
        version=knowable.__version__,
        description=(
            "Which customers a provider knows, or should know, are engaged in grave crime: "
            "evidence, assessments as of any date, cases and dispositions. Authenticate with "
            "`Authorization: Bearer <token>`; errors are "
            '`{"error": {"code", "message", "details"}}`; lists are paged with '
            "`limit`/`offset` and return `total`."
        ),
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
    )
    app.state.services = Services.build(settings, store or open_store(settings))
    errors.install(app)
    logs.install(app)
    security.install(app)
    app.add_middleware(UploadGuard, services=app.state.services)
    strict = [Depends(reject_unknown_query)]
    app.include_router(routes_data.router, dependencies=strict)
    app.include_router(routes_cases.router, dependencies=strict)
    app.include_router(routes_admin.router, dependencies=strict)
    app.include_router(routes_reports.router, dependencies=strict)
    routes_ingest.register(app)
    app.include_router(ui.router)
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    return app


def app_from_env() -> FastAPI:
    """Factory for uvicorn worker processes: settings from ``KNOWABLE_*`` variables."""
    return create_app(Settings())
