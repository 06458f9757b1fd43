"""Structured logs for ``knowable serve``: one JSON object per line, so a supervisor
(systemd's journal, a container runtime) keeps why the server stopped and what failed.

Every record carries its time (UTC, ISO 8601), level, logger and message; a failed
request also carries its method, path and the exception's type and traceback. Nothing
from a request body is logged (it may hold evidence or passwords).
"""

from __future__ import annotations

import json
import logging
import traceback
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from knowable.store.engine import database_unavailable

#: Attributes every LogRecord has; anything else on a record is a structured field.
_STANDARD = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime", "color_message"}

log = logging.getLogger("knowable.api")


class JsonLines(logging.Formatter):
    """Formats a log record as one JSON object on one line."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "at": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value if isinstance(value, (str, int, float, bool)) else str(value)
        if record.exc_info and record.exc_info[0] is not None:
            entry["error"] = record.exc_info[0].__name__
            entry["traceback"] = "".join(traceback.format_exception(*record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def log_config(fmt: str, level: str) -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for uvicorn and knowable: ``fmt`` "json" or "text"."""
    formatter: dict[str, Any] = (
        {"()": f"{__name__}.JsonLines"}
        if fmt == "json"
        else {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}
    )
    handler = {"class": "logging.StreamHandler", "formatter": "main", "stream": "ext://sys.stderr"}
    upper = level.upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"main": formatter},
        "handlers": {"main": handler},
        "loggers": {
            "uvicorn": {"handlers": ["main"], "level": upper, "propagate": False},
            "uvicorn.error": {"handlers": ["main"], "level": upper, "propagate": False},
            "uvicorn.access": {"handlers": ["main"], "level": upper, "propagate": False},
            "knowable": {"handlers": ["main"], "level": "INFO", "propagate": False},
        },
    }


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    """A failure no handler expected: logged with its traceback, answered with a plain 500
    that names no internals. A database that cannot be reached is a 503 with Retry-After
    (one log line, no traceback): the client should retry, nothing is wrong with its
    request."""
    if database_unavailable(exc):
        log.warning(
            "database unavailable",
            extra={"method": request.method, "path": request.url.path, "error": str(exc)[:200]},
        )
        body = {
            "error": {
                "code": "unavailable",
                "message": "the database is unavailable; retry shortly",
                "details": None,
            }
        }
        return JSONResponse(body, status_code=503, headers={"Retry-After": "5"})
    log.error(
        "request failed",
        exc_info=(type(exc), exc, exc.__traceback__),
        extra={"method": request.method, "path": request.url.path},
    )
    body = {"error": {"code": "internal", "message": "internal error", "details": None}}
    return JSONResponse(body, status_code=500)


def install(app: FastAPI) -> None:
    app.add_exception_handler(Exception, _unexpected)
