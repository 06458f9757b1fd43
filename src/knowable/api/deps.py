"""Who is calling: a bearer API token (machines) or a signed session cookie (the UI).

Cookie-authenticated writes must also send the session's CSRF token (form field or
``X-CSRF-Token`` header); bearer tokens are not sent by browsers on their own, so they need
none.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer

from knowable.api.services import Services
from knowable.auth.roles import Actor, Permission
from knowable.auth.secrets import SessionData, csrf_matches
from knowable.errors import AuthError, ForbiddenError, NotFoundError

SESSION_COOKIE = "knowable_session"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

bearer = HTTPBearer(auto_error=False, description="API token from `POST /api/users/{id}/tokens`")
cookie = APIKeyCookie(name=SESSION_COOKIE, auto_error=False, description="UI session")


async def services(request: Request) -> Services:
    """The app's services (async: a plain attribute read needs no worker thread)."""
    svc = request.app.state.services
    assert isinstance(svc, Services)
    return svc


ServicesDep = Annotated[Services, Depends(services)]


def session_of(request: Request, svc: Services) -> SessionData | None:
    raw = request.cookies.get(SESSION_COOKIE)
    if not raw:
        return None
    return svc.signer.read(raw)


def current_actor(
    request: Request,
    svc: ServicesDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    _cookie: Annotated[str | None, Depends(cookie)],
) -> Actor:
    """The authenticated caller; AuthError (401) when there is none."""
    return authenticate(request, svc, credentials.credentials if credentials else None)


def authenticate(request: Request, svc: Services, token: str | None, csrf: bool = True) -> Actor:
    """The caller of ``request`` from its API ``token`` or session cookie (headers only,
    the body is not read); AuthError (401) when there is none. ``csrf=False`` leaves the
    CSRF check of cookie-authenticated writes to the route."""
    if token is not None:
        return svc.users.actor_for_token(token)
    session = session_of(request, svc)
    if session is None:
        raise AuthError("log in or send an API token (Authorization: Bearer ...)")
    try:
        user = svc.users.get(session.user_id)
    except NotFoundError:
        raise AuthError("session user no longer exists; log in again") from None
    if not user.active:
        raise AuthError("this account is disabled")
    if session.epoch != user.session_epoch:
        raise AuthError("this session has ended (logout, or a password or role change)")
    if (
        csrf
        and request.method not in SAFE_METHODS
        and not csrf_matches(session, request.headers.get(CSRF_HEADER))
    ):
        raise ForbiddenError(f"missing or wrong CSRF token (send the {CSRF_HEADER} header)")
    return user.actor()


ActorDep = Annotated[Actor, Depends(current_actor)]


def require(permission: Permission) -> Callable[[Actor], Awaitable[Actor]]:
    """A dependency that lets the caller through only with ``permission``."""

    # async on purpose: no blocking work, so no hop to the thread pool.
    async def check(actor: ActorDep) -> Actor:
        actor.require(permission)
        return actor

    return check


Reader = Annotated[Actor, Depends(require(Permission.READ))]
Worker = Annotated[Actor, Depends(require(Permission.WORK_CASES))]
Ingester = Annotated[Actor, Depends(require(Permission.INGEST))]
UserAdmin = Annotated[Actor, Depends(require(Permission.MANAGE_USERS))]
Verifier = Annotated[Actor, Depends(require(Permission.VERIFY_AUDIT))]

Limit = Annotated[int, Query(ge=1, le=500, description="Items per page")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip")]
