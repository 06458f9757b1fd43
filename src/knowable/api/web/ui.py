"""Server-rendered pages: login, case queue, case and subject pages, audit view.

Plain HTML forms; each POST carries the session's CSRF token. Errors from the core
(forbidden, conflict, bad input) come back as a message on the page they were made on.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from knowable.api.deps import SESSION_COOKIE, ServicesDep, session_of
from knowable.api.services import Services
from knowable.api.web.render import Point, highlighted_record, score_chart
from knowable.assess.policy import bundled_policy
from knowable.auth.roles import Actor, Permission
from knowable.auth.secrets import SessionData, csrf_matches
from knowable.cases.lifecycle import GRAVE_DISPOSITIONS, CaseState, Disposition
from knowable.cases.repository import CaseFilter
from knowable.catalogue import indicators
from knowable.errors import AuthError, KnowableError, NotFoundError
from knowable.report.gather import dossier_from_store
from knowable.timeutil import parse_as_of, parse_when, utcnow

templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
router = APIRouter(include_in_schema=False)
PAGE = 25


def _who(request: Request, svc: Services) -> tuple[Actor, SessionData] | None:
    try:
        session = session_of(request, svc)
        if session is None:
            return None
        user = svc.users.get(session.user_id)
    except (AuthError, NotFoundError):
        return None
    return (user.actor(), session) if user.active else None


def _login_redirect(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target)}", status_code=303)


def _render(
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


def _back(path: str, **params: str) -> RedirectResponse:
    return RedirectResponse(f"{path}?{urlencode(params)}" if params else path, status_code=303)


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return "/"


# -- login ------------------------------------------------------------------------------
@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, svc: ServicesDep, next: str | None = None) -> Response:
    return _render(request, "login.html", None, next=_safe_next(next))


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    svc: ServicesDep,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
) -> Response:
    try:
        user = svc.users.authenticate(username, password)
    except AuthError as exc:
        return _render(
            request, "login.html", None, status_code=401, error=exc.message, next=_safe_next(next)
        )
    cookie, _ = svc.signer.issue(user.id)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        cookie,
        max_age=svc.signer.max_age_s,
        httponly=True,
        samesite="lax",
        secure=svc.secure_cookies,
    )
    return response


@router.post("/logout")
def logout(request: Request, svc: ServicesDep, csrf: Annotated[str, Form()] = "") -> Response:
    who = _who(request, svc)
    response = RedirectResponse("/login", status_code=303)
    if who and csrf_matches(who[1], csrf):
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
    who = _who(request, svc)
    if who is None:
        return _login_redirect(request)
    states = [s.value for s in CaseState]
    state_value = state if state in states else None
    filt = CaseFilter(
        state=state_value, band=band or None, overdue=True if overdue == "1" else None
    )
    found, total = svc.cases.cases(filt, limit=PAGE, offset=(page - 1) * PAGE)
    names = {s.key: s.name for s in svc.store.subjects()}
    now = svc.cases.clock()
    return _render(
        request,
        "queue.html",
        who,
        cases=found,
        total=total,
        page=page,
        pages=max(1, (total + PAGE - 1) // PAGE),
        names=names,
        now=now,
        states=states,
        bands=["review", "escalate", "watch", "clear"],
        filters={"state": state_value or "", "band": band or "", "overdue": overdue == "1"},
    )


# -- subject and case pages -----------------------------------------------------------
def _subject_context(svc: Services, key: str, as_of: datetime | None) -> dict[str, Any]:
    subject = svc.store.subject(key)
    history = sorted(svc.store.assessments(subject_key=key, latest=False), key=lambda a: a.as_of)
    latest = history[-1] if history else None
    signals = svc.store.signals(subject_key=key)
    catalogue = indicators()
    # Each signal's source text, with that signal's own evidence marked.
    records: dict[str, list[dict[str, Any]]] = {}
    cache: dict[str, Any] = {}
    for sig in signals:
        record_ids = [sig.record_id] if sig.record_id else []
        record_ids += [e.record_id for e in sig.evidence if e.record_id not in record_ids]
        shown = []
        for record_id in record_ids:
            if record_id not in cache:
                try:
                    cache[record_id] = svc.store.record(record_id)
                except NotFoundError:
                    cache[record_id] = None
            record = cache[record_id]
            if record is not None:
                shown.append({"record": record, "fields": highlighted_record(record, sig.evidence)})
        records[sig.id] = shown
    # The chart is the policy's score over time, recomputed from the signals (the same
    # figures as the dossier); stored assessments are listed beside it.
    dossier = dossier_from_store(svc.store, subject, bundled_policy(), as_of or utcnow())
    since = parse_when(dossier.knowable_since) if dossier.knowable_since else None
    points = [Point(d, p.score, p.band) for p in dossier.series if (d := parse_when(p.date))]
    chart = score_chart(points, since, dossier.threshold)
    case = svc.cases.case_for_subject(key)
    return {
        "subject": subject,
        "history": history,
        "latest": latest,
        "signals": sorted(signals, key=lambda s: (s.observed_at is None, s.observed_at)),
        "titles": {k: v.spec.title for k, v in catalogue.items()},
        "records": records,
        "chart": chart,
        "dossier": dossier,
        "case": case,
        "events": svc.cases.events(case.id) if case else [],
        "alerts": svc.cases.alerts(case.id) if case else [],
    }


def _dispositions(actor: Actor) -> list[tuple[str, str]]:
    allowed = []
    for d in Disposition:
        needs = Permission.DECIDE_GRAVE if d in GRAVE_DISPOSITIONS else Permission.DECIDE_ROUTINE
        if actor.can(needs) and actor.can(Permission.WORK_CASES):
            allowed.append((d.value, d.value.replace("_", " ")))
    return allowed


@router.get("/subjects/{key}", response_class=HTMLResponse)
def subject_page(
    request: Request,
    key: str,
    svc: ServicesDep,
    as_of: Annotated[str | None, Query(max_length=40)] = None,
) -> Response:
    who = _who(request, svc)
    if who is None:
        return _login_redirect(request)
    when = parse_as_of(as_of) if as_of else None
    try:
        context = _subject_context(svc, key, when)
    except NotFoundError as exc:
        return _render(request, "error.html", who, status_code=404, error=exc.message)
    return _render(
        request,
        "subject.html",
        who,
        now=svc.cases.clock(),
        dispositions=_dispositions(who[0]),
        as_of=when,
        **context,
    )


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(request: Request, case_id: str, svc: ServicesDep) -> Response:
    who = _who(request, svc)
    if who is None:
        return _login_redirect(request)
    try:
        case = svc.cases.case(case_id)
    except NotFoundError as exc:
        return _render(request, "error.html", who, status_code=404, error=exc.message)
    return RedirectResponse(f"/subjects/{quote(case.subject_key)}#case", status_code=303)


def _case_action(request: Request, svc: Services, case_id: str, csrf: str, action: Any) -> Response:
    who = _who(request, svc)
    if who is None:
        return _login_redirect(request)
    actor, session = who
    try:
        case = svc.cases.case(case_id)
    except NotFoundError as exc:
        return _render(request, "error.html", who, status_code=404, error=exc.message)
    target = f"/subjects/{quote(case.subject_key)}"
    if not csrf_matches(session, csrf):
        return _back(target, error="The form expired; please try again.")
    try:
        message = action(actor, case)
    except KnowableError as exc:
        return _back(target, error=exc.message)
    return _back(target, msg=message)


@router.post("/cases/{case_id}/decide")
def ui_decide(
    request: Request,
    case_id: str,
    svc: ServicesDep,
    disposition: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
    version: Annotated[int | None, Form()] = None,
    csrf: Annotated[str, Form()] = "",
) -> Response:
    def act(actor: Actor, case: Any) -> str:
        try:
            choice = Disposition(disposition)
        except ValueError:
            raise KnowableError(f"unknown disposition {disposition!r}") from None
        signals = svc.store.signals(subject_key=case.subject_key)
        svc.cases.decide(case_id, choice, reason, signals, actor, version)
        return f"Decision recorded: {choice.value.replace('_', ' ')}."

    return _case_action(request, svc, case_id, csrf, act)


@router.post("/cases/{case_id}/comment")
def ui_comment(
    request: Request,
    case_id: str,
    svc: ServicesDep,
    text: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    def act(actor: Actor, _case: Any) -> str:
        svc.cases.comment(case_id, text, actor)
        return "Comment added."

    return _case_action(request, svc, case_id, csrf, act)


@router.post("/cases/{case_id}/review")
def ui_review(
    request: Request, case_id: str, svc: ServicesDep, csrf: Annotated[str, Form()] = ""
) -> Response:
    def act(actor: Actor, _case: Any) -> str:
        svc.cases.start_review(case_id, actor)
        return "Case taken into review."

    return _case_action(request, svc, case_id, csrf, act)


@router.post("/cases/{case_id}/reopen")
def ui_reopen(
    request: Request,
    case_id: str,
    svc: ServicesDep,
    reason: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    def act(actor: Actor, _case: Any) -> str:
        svc.cases.reopen(case_id, reason, actor)
        return "Case reopened."

    return _case_action(request, svc, case_id, csrf, act)


# -- audit ------------------------------------------------------------------------------
@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    svc: ServicesDep,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    verify: Annotated[str | None, Query()] = None,
) -> Response:
    who = _who(request, svc)
    if who is None:
        return _login_redirect(request)
    actor = who[0]
    total = svc.store.count("audit_events")
    events = svc.store.audit_events(limit=50, offset=(page - 1) * 50)
    result = None
    if verify == "1" and actor.can(Permission.VERIFY_AUDIT):
        result = svc.store.verify_audit()
    return _render(
        request,
        "audit.html",
        who,
        events=events,
        total=total,
        page=page,
        pages=max(1, (total + 49) // 50),
        result=result,
        can_verify=actor.can(Permission.VERIFY_AUDIT),
    )
