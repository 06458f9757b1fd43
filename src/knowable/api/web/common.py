"""Shared pieces of the server-rendered pages: templates, who is logged in, rendering,
redirects back with a message."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from knowable.api.deps import session_of
from knowable.api.services import Services
from knowable.auth.roles import Actor
from knowable.auth.secrets import SessionData
from knowable.catalogue.policy import score_text
from knowable.errors import AuthError, NotFoundError
from knowable.explain import explanation_html, explanation_of

templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
templates.env.filters["explain"] = explanation_html
templates.env.filters["score"] = score_text
templates.env.filters["explain_summary"] = lambda s: explanation_of(s).summary
Who = tuple[Actor, SessionData]


def who_is(request: Request, svc: Services) -> tuple[Actor, SessionData] | None:
    try:
        session = session_of(request, svc)
        if session is None:
            return None
        user = svc.users.get(session.user_id)
    except (AuthError, NotFoundError):
        return None
    if session.epoch != user.session_epoch:
        return None  # ended by logout, or by a password or role change
    return (user.actor(), session) if user.active else None


def login_redirect(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target)}", status_code=303)


def render(
    request: Request,
    name: str,
    who: tuple[Actor, SessionData] | None,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    actor, session = who if who else (None, None)
    context.update(
        actor=actor,
        csrf=session.csrf if session else "",
        message=request.query_params.get("msg"),
        error=context.get("error") or request.query_params.get("error"),
    )
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def back(path: str, **params: str) -> RedirectResponse:
    return RedirectResponse(f"{path}?{urlencode(params)}" if params else path, status_code=303)


def safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return "/"


# -- login ------------------------------------------------------------------------------
