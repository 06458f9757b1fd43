"""One JSON error shape for every failure: ``{"error": {"code", "message", "details"}}``.

KnowableError subclasses carry their HTTP status (yente's pattern); validation errors
become 422 with the fields at fault in ``details``. Server faults are not caught here: they
stay 500s, so they are seen rather than disguised as user errors.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from knowable.errors import KnowableError

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    500: "server_error",
    503: "unavailable",
}


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict[str, Any] | list[Any] | None = None


class ErrorResponse(BaseModel):
    error: ErrorBody


def error_json(status: int, message: str, details: Any = None) -> JSONResponse:
    body = {"error": {"code": _CODES.get(status, "error"), "message": message, "details": details}}
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


def _knowable(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, KnowableError)
    details: dict[str, Any] | None = None
    field = getattr(exc, "field", None)
    if field:
        details = {"field": field}
    return error_json(exc.status, exc.message, details)


def _validation(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [
        {"loc": [str(p) for p in err.get("loc", ())], "msg": str(err.get("msg", ""))}
        for err in exc.errors()
    ]
    return error_json(422, "the request is not valid", problems)


def _http(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return error_json(exc.status_code, str(exc.detail))


def _data(_: Request, exc: Exception) -> JSONResponse:
    # Only the database's own refusal of a value (a NUL character in PostgreSQL text, a
    # number out of range) lands here: the request was bad, not the server.
    assert isinstance(exc, DataError)
    return error_json(400, "a value in the request cannot be stored", {"reason": str(exc.orig)})


def install(app: FastAPI) -> None:
    app.add_exception_handler(KnowableError, _knowable)
    app.add_exception_handler(DataError, _data)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)


#: Documented on every API route, so the OpenAPI spec shows the error shape.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": _CODES[status].replace("_", " ")}
    for status in (400, 401, 403, 404, 409, 422)
}
