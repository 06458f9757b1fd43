"""Security headers on every response: a strict content policy for the app's own pages."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response

#: The web UI serves only its own CSS, inline SVG charts and its own small scripts (the
#: queue's keyboard shortcuts); no inline script, no frames.
CONTENT_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
#: A dossier is one self-contained HTML file: its own inline styles and data: images only.
DOSSIER_POLICY = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'"
)
#: The interactive API docs load Swagger UI's script and styles; they get a looser policy.
DOCS_POLICY = (
    "default-src 'self' https: 'unsafe-inline'; img-src 'self' data: https:; frame-ancestors 'none'"
)


def install(app: FastAPI) -> None:
    """Add the headers to every response (pages, API, static files, errors)."""

    @app.middleware("http")
    async def _headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        docs = request.url.path.startswith("/api/docs")
        response.headers.setdefault(
            "Content-Security-Policy", DOCS_POLICY if docs else CONTENT_POLICY
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response
