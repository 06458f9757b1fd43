"""Query parameters the API does not know are refused with a clear 400, never ignored.

A misspelt filter (``?subjekt=ACC-1``) that is silently ignored returns every customer's
data as if it were the answer; refusing it names the parameters the route does take.
"""

from __future__ import annotations

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from knowable.errors import InputError


def _names(dependant: Dependant) -> set[str]:
    found = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        found |= _names(sub)
    return found


def reject_unknown_query(request: Request) -> None:
    """Dependency for API routers: 400 naming any query parameter the route does not take."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    known = _names(route.dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        takes = ", ".join(sorted(known)) or "none"
        raise InputError(
            f"unknown query parameter(s): {', '.join(unknown)} (this route takes: {takes})",
            field=unknown[0],
        )
