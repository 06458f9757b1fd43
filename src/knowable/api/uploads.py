"""Uploads are checked before their body is read: the caller must be authenticated and
allowed to ingest, and the body may not exceed the upload cap (``max_upload_bytes``).

FastAPI parses a multipart body (spooling large files to disk) before a route's
dependencies run, so without this an anonymous client could fill the temporary folder
before its 401. This ASGI middleware answers 401/403 from the headers alone, 413 from the
``Content-Length`` header, and 413 as soon as a body without one grows past the cap.
"""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from knowable.api.deps import authenticate
from knowable.api.errors import error_json
from knowable.api.services import Services
from knowable.auth.roles import Permission
from knowable.errors import KnowableError

GUARDED_PREFIX = "/api/ingest/"


class _TooLargeError(Exception):
    """The body grew past the cap."""


def _token(request: Request) -> str | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


class UploadGuard:
    """Authenticate, authorise and size-check upload requests before reading the body."""

    def __init__(self, app: ASGIApp, services: Services) -> None:
        self.app = app
        self.services = services

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope.get("method") != "POST"
            or not str(scope.get("path", "")).startswith(GUARDED_PREFIX)
        ):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        cap = self.services.settings.max_upload_bytes
        try:
            actor = await run_in_threadpool(
                authenticate, request, self.services, _token(request), False
            )
            actor.require(Permission.INGEST)
        except KnowableError as exc:
            await error_json(exc.status, exc.message)(scope, receive, send)
            return
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > cap:
            await self._too_large(scope, receive, send, cap)
            return
        seen = 0
        over = False

        async def counted() -> Message:
            nonlocal seen, over
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > cap:
                    over = True
                    raise _TooLargeError
            return message

        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            if over:
                return  # the 413 below replaces whatever the app made of the cut body
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except _TooLargeError:
            over = True
        if over and not started:
            await self._too_large(scope, receive, send, cap)

    @staticmethod
    async def _too_large(scope: Scope, receive: Receive, send: Send, cap: int) -> None:
        response: Any = error_json(413, f"upload larger than {cap} bytes (the upload limit)")
        await response(scope, receive, send)
