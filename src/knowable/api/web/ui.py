"""Server-rendered pages: login, case queue, audit view (subject and case pages live in
``subject.py``). Plain HTML forms; each POST carries the session's CSRF token."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from knowable.api import paging
from knowable.api.deps import SESSION_COOKIE, ServicesDep
from knowable.api.web import subject
from knowable.api.web.common import login_redirect, render, safe_next, who_is
from knowable.api.web.queue_view import queue_reason, top_signal_ids
from knowable.auth.roles import Permission
from knowable.auth.secrets import csrf_matches
from knowable.cases.lifecycle import CaseState
from knowable.cases.repository import ACTIVE, CaseFilter
from knowable.catalogue.policy import bundled_policy
from knowable.errors import AuthError

router = APIRouter(include_in_schema=False)
router.include_router(subject.router)
PAGE = 25  # cases per queue page
AUDIT_PAGE = 50  # events per audit page


def _page_count(total: int, size: int) -> int:
    """Pages needed for ``total`` rows, at least one (an empty list still has a page)."""
    return max(1, -(-total // size))


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, svc: ServicesDep, next: str | None = None) -> Response:
    return render(request, "login.html", None, next=safe_next(next))


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    svc: ServicesDep,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
) -> Response:
    name = username.strip().lower()[:80]
    address = request.client.host if request.client else "unknown"
    wait = svc.throttle.retry_after(name, address)
    if wait > 0:
        svc.store.append_audit(
            name or "anonymous", "login.throttled", "user", name, {"address": address}
        )
        refused = render(
            request,
            "login.html",
            None,
            status_code=429,
            error=f"too many failed logins: try again in {int(wait) + 1} s",
            next=safe_next(next),
        )
        refused.headers["Retry-After"] = str(int(wait) + 1)
        return refused
    try:
        user = svc.users.authenticate(username, password)
    except AuthError as exc:
        svc.throttle.failed(name, address)
        svc.store.append_audit(
            name or "anonymous", "login.failed", "user", name, {"address": address}
        )
        return render(
            request, "login.html", None, status_code=401, error=exc.message, next=safe_next(next)
        )
    svc.throttle.succeeded(name)
    svc.store.append_audit(user.username, "login", "user", user.username, {"address": address})
    cookie, _ = svc.signer.issue(user.id, user.session_epoch)
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        cookie,
        max_age=svc.signer.max_age_s,
        httponly=True,
        samesite=svc.settings.cookie_samesite,
        secure=svc.secure_cookies,
    )
    return response


@router.post("/logout")
def logout(request: Request, svc: ServicesDep, csrf: Annotated[str, Form()] = "") -> Response:
    who = who_is(request, svc)
    response = RedirectResponse("/login", status_code=303)
    if who and csrf_matches(who[1], csrf):
        # Ends the session on the server too: a copy of the cookie no longer works.
        svc.users.end_sessions(who[1].user_id, who[0].username)
        response.delete_cookie(SESSION_COOKIE)
    return response


# -- queue ------------------------------------------------------------------------------
@router.get("/", response_class=HTMLResponse)
def queue(
    request: Request,
    svc: ServicesDep,
    state: Annotated[str | None, Query()] = None,
    band: Annotated[str | None, Query()] = None,
    overdue: Annotated[str | None, Query()] = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    who = who_is(request, svc)
    if who is None:
        return login_redirect(request)
    states = [s.value for s in CaseState]
    # Decided cases stay out of the default view; "any" shows every state.
    if state is None:
        state_value: str | None = ACTIVE
    else:
        state_value = state if state in (*states, ACTIVE) else None
    filt = CaseFilter(
        state=state_value, band=band or None, overdue=True if overdue == "1" else None
    )
    found, total = svc.cases.cases(filt, limit=PAGE, offset=(page - 1) * PAGE)
    keys = [c.subject_key for c in found]
    names = paging.subject_names(svc.store, keys)
    latest = paging.latest_assessments(svc.store, keys)
    wanted = [i for a in latest.values() for i in top_signal_ids(a)]
    by_id = paging.signals_by_id(svc.store, wanted)
    reasons = {k: queue_reason(latest.get(k), by_id) for k in keys}
    now = svc.cases.clock()
    return render(
        request,
        "queue.html",
        who,
        cases=found,
        total=total,
        page=page,
        pages=_page_count(total, PAGE),
        names=names,
        reasons=reasons,
        now=now,
        states=[ACTIVE, *states],
        bands=list(reversed(bundled_policy().band_names)),
        filters={"state": state_value or "", "band": band or "", "overdue": overdue == "1"},
    )


# -- customers ----------------------------------------------------------------------------
@router.get("/customers", response_class=HTMLResponse)
def customers_page(
    request: Request,
    svc: ServicesDep,
    q: Annotated[str | None, Query(max_length=200)] = None,
    band: Annotated[str | None, Query(max_length=32)] = None,
    order: Annotated[str | None, Query(max_length=10)] = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    """Every customer, searchable by name or key, filterable by band or "not screened"."""
    who = who_is(request, svc)
    if who is None:
        return login_redirect(request)
    policy = bundled_policy()
    bands = [*reversed(policy.band_names), "not_screened"]
    band_value = band if band in bands else None
    order_value = order if order in paging.CUSTOMER_ORDERS else "score"
    rows, total = paging.customers(
        svc.store, q or None, band_value, order_value, PAGE, (page - 1) * PAGE
    )
    return render(
        request,
        "customers.html",
        who,
        rows=rows,
        total=total,
        page=page,
        pages=_page_count(total, PAGE),
        bands=bands,
        orders=paging.CUSTOMER_ORDERS,
        filters={"q": q or "", "band": band_value or "", "order": order_value},
    )


# -- audit --------------------------------------------------------------------------------
@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    svc: ServicesDep,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    verify: Annotated[str | None, Query()] = None,
) -> Response:
    who = who_is(request, svc)
    if who is None:
        return login_redirect(request)
    actor = who[0]
    total = svc.store.count("audit_events")
    events = svc.store.audit_events(limit=AUDIT_PAGE, offset=(page - 1) * AUDIT_PAGE)
    result = None
    if verify == "1" and actor.can(Permission.VERIFY_AUDIT):
        result = svc.store.verify_audit()
    return render(
        request,
        "audit.html",
        who,
        events=events,
        total=total,
        page=page,
        pages=_page_count(total, AUDIT_PAGE),
        result=result,
        can_verify=actor.can(Permission.VERIFY_AUDIT),
    )
