"""Server-rendered pages: login, case queue, audit view (subject and case pages live in
``subject.py``). Plain HTML forms; each POST carries the session's CSRF token."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse

from knowable.api import paging
from knowable.api.deps import SESSION_COOKIE, ServicesDep
from knowable.api.web import audit_view as av
from knowable.api.web import queue_data as qd
from knowable.api.web import subject
from knowable.api.web.common import login_redirect, render, safe_next, who_is
from knowable.api.web.queue_view import queue_reason, top_signal_ids
from knowable.auth.roles import Permission
from knowable.auth.secrets import csrf_matches
from knowable.cases.lifecycle import CaseState
from knowable.cases.repository import ACTIVE
from knowable.catalogue.policy import bundled_policy
from knowable.errors import AuthError, KnowableError

router = APIRouter(include_in_schema=False)
router.include_router(subject.router)
PAGE = 25  # cases per queue page
AUDIT_PAGE = 50  # events per audit page


def _page_count(total: int, size: int) -> int:
    """Pages needed for ``total`` rows, at least one (an empty list still has a page)."""
    return max(1, -(-total // size))


LOGIN_FORM_COOKIE = "knowable_login_form"


def _login_page(
    request: Request, svc: ServicesDep, next: str | None, status_code: int = 200, error: str = ""
) -> Response:
    """The login form with a fresh CSRF token (hidden field and signed cookie)."""
    assert svc.login_forms is not None
    cookie, token = svc.login_forms.issue()
    page = render(
        request,
        "login.html",
        None,
        status_code=status_code,
        next=safe_next(next),
        login_token=token,
        **({"error": error} if error else {}),
    )
    page.set_cookie(
        LOGIN_FORM_COOKIE,
        cookie,
        max_age=svc.login_forms.max_age_s,
        httponly=True,
        samesite="strict",
        secure=svc.secure_cookies,
    )
    return page


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, svc: ServicesDep, next: str | None = None) -> Response:
    return _login_page(request, svc, next)


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    svc: ServicesDep,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
    login_token: Annotated[str, Form()] = "",
) -> Response:
    name = username.strip().lower()[:80]
    address = request.client.host if request.client else "unknown"
    assert svc.login_forms is not None
    if not svc.login_forms.matches(request.cookies.get(LOGIN_FORM_COOKIE), login_token):
        # A login posted from another site (login CSRF) or an expired form page.
        return _login_page(
            request, svc, next, status_code=403, error="the login form expired: log in again"
        )
    wait = svc.throttle.retry_after(name, address)
    if wait > 0:
        svc.store.append_audit(
            name or "anonymous", "login.throttled", "user", name, {"address": address}
        )
        refused = _login_page(
            request,
            svc,
            next,
            status_code=429,
            error=f"too many failed logins: try again in {int(wait) + 1} s",
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
        return _login_page(request, svc, next, status_code=401, error=exc.message)
    svc.throttle.succeeded(name)
    svc.store.append_audit(user.username, "login", "user", user.username, {"address": address})
    cookie, _ = svc.signer.issue(user.id, user.session_epoch)
    response = RedirectResponse(safe_next(next), status_code=303)
    response.delete_cookie(LOGIN_FORM_COOKIE)
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
def _workers(svc: ServicesDep) -> list[str]:
    """Active users who may work cases: the people a case can be assigned to."""
    found, _ = svc.users.list(limit=500)
    return [u.username for u in found if u.active and u.actor().can(Permission.WORK_CASES)]


@router.get("/", response_class=HTMLResponse)
def queue(
    request: Request,
    svc: ServicesDep,
    state: Annotated[str | None, Query(max_length=32)] = None,
    band: Annotated[str | None, Query(max_length=32)] = None,
    assignee: Annotated[str, Query(max_length=80)] = qd.ANYONE,
    overdue: Annotated[str | None, Query(max_length=1)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    sort: Annotated[str, Query(max_length=16)] = "due",
    dir: Annotated[str, Query(max_length=4)] = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    who = who_is(request, svc)
    if who is None:
        return login_redirect(request)
    actor = who[0]
    states = [s.value for s in CaseState]
    # Decided cases stay out of the default view; "any" shows every state.
    if state is None:
        state_value: str | None = ACTIVE
    else:
        state_value = state if state in (*states, ACTIVE) else None
    bands = bundled_policy().band_names
    band_value = band if band in bands else None
    who_filter = actor.username if assignee == "me" else assignee.strip().lower()
    sort_value = sort if sort in qd.SORTS else "due"
    descending = dir == "desc"
    filt = qd.QueueFilter(state_value, band_value, who_filter, overdue == "1", q or None)
    now = svc.cases.clock()
    found, total = qd.queue_page(
        svc.store, filt, sort_value, descending, tuple(bands), now, PAGE, (page - 1) * PAGE
    )
    keys = [r.case.subject_key for r in found]
    latest = paging.latest_assessments(svc.store, keys)
    wanted = [i for a in latest.values() for i in top_signal_ids(a)]
    by_id = paging.signals_by_id(svc.store, wanted)
    reasons = {k: queue_reason(latest.get(k), by_id) for k in keys}
    filters = {
        "state": state_value or "any",
        "band": band_value or "",
        "assignee": assignee if assignee == "me" else who_filter,
        "overdue": overdue == "1",
        "q": q or "",
    }
    query = urlencode({k: ("1" if v is True else v) for k, v in filters.items() if v})
    return render(
        request,
        "queue.html",
        who,
        rows=found,
        total=total,
        page=page,
        pages=_page_count(total, PAGE),
        reasons=reasons,
        now=now,
        states=[ACTIVE, *states],
        bands=list(reversed(bands)),
        workers=_workers(svc),
        filters=filters,
        query_prefix=f"{query}&" if query else "",
        sort=sort_value,
        descending=descending,
        sorts=qd.SORTS,
        can_work=actor.can(Permission.WORK_CASES),
    )


#: What the queue's bulk form can do to the checked cases.
BULK_ACTIONS = ("assign_me", "assign", "unassign", "review")


@router.post("/queue/bulk")
def queue_bulk(
    request: Request,
    svc: ServicesDep,
    action: Annotated[str, Form()],
    case: Annotated[list[str] | None, Form()] = None,
    assignee: Annotated[str, Form()] = "",
    back: Annotated[str, Form()] = "/",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    """Assign or take into review every checked case the workflow allows; the others are
    named with the reason they were skipped."""
    who = who_is(request, svc)
    if who is None:
        return login_redirect(request)
    actor, session = who
    target = safe_next(back)
    path, _, query = target.partition("?")

    def again(**params: str) -> Response:
        joined = "&".join(p for p in (query, urlencode(params)) if p)
        return RedirectResponse(f"{path}?{joined}", status_code=303)

    if not csrf_matches(session, csrf):
        return again(error="The form expired; please try again.")
    if action not in BULK_ACTIONS:
        return again(error=f"Unknown action {action!r}.")
    chosen = list(dict.fromkeys(case or []))[: PAGE * 4]
    if not chosen:
        return again(error="Tick at least one case first.")
    person: str | None = None
    if action == "assign_me":
        person = actor.username
    elif action == "assign":
        person = assignee.strip().lower()
        if person not in _workers(svc):
            return again(error=f"{person or 'nobody'!r} is not a user who can work cases.")
    done, skipped = 0, []
    for case_id in chosen:
        try:
            if action == "review":
                svc.cases.start_review(case_id, actor)
            else:
                svc.cases.assign(case_id, person, actor)
            done += 1
        except KnowableError as exc:
            skipped.append(exc.message)
    verb = {
        "assign_me": f"assigned to {actor.username}",
        "assign": f"assigned to {person}",
        "unassign": "unassigned",
        "review": "taken into review",
    }[action]
    message = f"{done} case{'' if done == 1 else 's'} {verb}."
    if skipped:
        return again(msg=message, error="Skipped: " + "; ".join(skipped))
    return again(msg=message)


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
def _audit_filter(customer: str, case: str, actor: str, action: str) -> av.AuditFilter:
    return av.AuditFilter(customer.strip(), case.strip(), actor.strip(), action.strip())


AuditText = Annotated[str, Query(max_length=200)]


@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    svc: ServicesDep,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    verify: Annotated[str | None, Query()] = None,
    customer: AuditText = "",
    case: AuditText = "",
    actor: AuditText = "",
    action: AuditText = "",
) -> Response:
    who = who_is(request, svc)
    if who is None:
        return login_redirect(request)
    user = who[0]
    filt = _audit_filter(customer, case, actor, action)
    events, total = av.events(svc.store, filt, AUDIT_PAGE, (page - 1) * AUDIT_PAGE)
    result = None
    if verify == "1" and user.can(Permission.VERIFY_AUDIT):
        result = svc.store.verify_audit()
    filters = {
        "customer": filt.customer,
        "case": filt.case,
        "actor": filt.actor,
        "action": filt.action,
    }
    query = urlencode({k: v for k, v in filters.items() if v})
    return render(
        request,
        "audit.html",
        who,
        events=events,
        describe=av.describe,
        total=total,
        page=page,
        pages=_page_count(total, AUDIT_PAGE),
        result=result,
        can_verify=user.can(Permission.VERIFY_AUDIT),
        filters=filters,
        filtered=filt.active(),
        query=query,
        query_prefix=f"{query}&" if query else "",
        actions=av.actions(svc.store),
    )


@router.get("/audit/export")
def audit_export(
    request: Request,
    svc: ServicesDep,
    format: Annotated[str, Query(pattern="^(csv|jsonl)$")] = "csv",
    customer: AuditText = "",
    case: AuditText = "",
    actor: AuditText = "",
    action: AuditText = "",
) -> Response:
    """The filtered events, every one of them (not one page), as CSV or JSON lines."""
    who = who_is(request, svc)
    if who is None:
        return login_redirect(request)
    filt = _audit_filter(customer, case, actor, action)
    found = av.all_events(svc.store, filt)
    body = av.export_csv(found) if format == "csv" else av.export_jsonl(found)
    media = "text/csv" if format == "csv" else "application/x-ndjson"
    name = f"audit-events.{'csv' if format == 'csv' else 'jsonl'}"
    return StreamingResponse(
        body,
        media_type=f"{media}; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
