"""The subject page (evidence, score over time, the case and its history) and the case
actions posted from it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from knowable.api.deps import ServicesDep
from knowable.api.services import Services
from knowable.api.web import evidence as ev
from knowable.api.web import subject_data
from knowable.api.web.common import back, login_redirect, render, who_is
from knowable.api.web.render import highlighted_record
from knowable.auth.roles import Actor, Permission
from knowable.auth.secrets import csrf_matches
from knowable.cases.lifecycle import GRAVE_DISPOSITIONS, CaseState, Disposition
from knowable.cases.members import case_signals
from knowable.catalogue import indicators
from knowable.catalogue.policy import bundled_policy
from knowable.errors import KnowableError, NotFoundError
from knowable.model import Record, Signal
from knowable.report.chart import score_chart_svg, timeline_svg
from knowable.report.dossier import build_dossier
from knowable.timeutil import parse_as_of, utcnow

router = APIRouter(include_in_schema=False)


def _sources(
    records: dict[str, Record], signals: Sequence[Signal]
) -> dict[str, list[dict[str, Any]]]:
    """Each signal's source text, with that signal's own evidence marked."""
    out: dict[str, list[dict[str, Any]]] = {}
    for sig in signals:
        record_ids = [sig.record_id] if sig.record_id else []
        record_ids += [e.record_id for e in sig.evidence if e.record_id not in record_ids]
        shown = []
        for record_id in record_ids:
            record = records.get(record_id)
            if record is not None:
                shown.append({"record": record, "fields": highlighted_record(record, sig.evidence)})
        out[sig.id] = shown
    return out


def _subject_context(
    svc: Services,
    key: str,
    as_of: datetime | None,
    evidence_page: int = 1,
    group: str = "",
    sort: str = "contribution",
) -> dict[str, Any]:
    # Everything on the page is as of the date asked: the stored assessments made on or
    # before it, and the signals observed by then.
    material = subject_data.load(svc.store, key, as_of)
    subject, history, signals = material.subject, material.history, material.signals
    latest = history[-1] if history else None
    catalogue = indicators()
    policy = bundled_policy()
    contribution: dict[str, float] = {}
    for c in latest.contributions if latest else ():
        contribution[c.signal_id] = max(contribution.get(c.signal_id, 0.0), c.value)
    families = {k: v.family for k, v in catalogue.items()}
    rows = ev.arrange(signals, contribution, sort, families)
    opened = ev.find_group(rows, group) if group else None
    shown = list(opened.signals) if opened else rows
    page = ev.paginate(shown, evidence_page, len(opened.signals) if opened else len(signals))
    records = _sources(material.records, page.signals_shown)
    # The chart is the policy's score over time, recomputed from the signals (the same
    # figures and the same drawing as the dossier); stored assessments are listed beside it.
    dossier = build_dossier(
        subject,
        signals,
        list(material.records.values()),
        policy,
        as_of or utcnow(),
        material.screened,
        frozenset(material.people),
    )
    case = material.case
    return {
        "subject": subject,
        "parent": material.parent,
        "history": history,
        "latest": latest,
        "signals": signals,
        "evidence": page,
        "group": opened,
        "groups": [r for r in rows if isinstance(r, ev.SignalGroup)],
        "people": material.people,
        "titles": {k: v.spec.title for k, v in catalogue.items()},
        "levels": {k: v.spec.evidence for k, v in catalogue.items()},
        "families": families,
        "weights": {k: policy.indicator_weight(k) for k in catalogue},
        "contribution": contribution,
        "group_values": {
            r.key: sum(contribution.get(x.id, 0.0) for x in r.signals)
            for r in rows
            if isinstance(r, ev.SignalGroup)
        },
        "sort": sort,
        "sorts": ev.SORTS,
        "records": records,
        "chart": Markup(score_chart_svg(dossier)),
        "timeline": Markup(timeline_svg(dossier)),
        "dossier": dossier,
        "case": case,
        "events": material.events,
        "alerts": material.alerts,
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
    evidence_page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    group: Annotated[str, Query(max_length=120)] = "",
    sort: Annotated[str, Query(max_length=20)] = "contribution",
) -> Response:
    who = who_is(request, svc)
    if who is None:
        return login_redirect(request)
    when = parse_as_of(as_of) if as_of else None
    sort_value = sort if sort in ev.SORTS else "contribution"
    try:
        context = _subject_context(svc, key, when, evidence_page, group, sort_value)
    except NotFoundError as exc:
        return render(request, "error.html", who, status_code=404, error=exc.message)
    return render(
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
    who = who_is(request, svc)
    if who is None:
        return login_redirect(request)
    try:
        case = svc.cases.case(case_id)
    except NotFoundError as exc:
        return render(request, "error.html", who, status_code=404, error=exc.message)
    return RedirectResponse(f"/subjects/{quote(case.subject_key)}#case", status_code=303)


def _case_action(request: Request, svc: Services, case_id: str, csrf: str, action: Any) -> Response:
    who = who_is(request, svc)
    if who is None:
        return login_redirect(request)
    actor, session = who
    try:
        case = svc.cases.case(case_id)
    except NotFoundError as exc:
        return render(request, "error.html", who, status_code=404, error=exc.message)
    target = f"/subjects/{quote(case.subject_key)}"
    if not csrf_matches(session, csrf):
        return back(target, error="The form expired; please try again.")
    try:
        message = action(actor, case)
    except KnowableError as exc:
        return back(target, error=exc.message)
    return back(target, msg=message)


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
        signals = case_signals(svc.store, case.subject_key)
        done = svc.cases.decide(case_id, choice, reason, signals, actor, version)
        label = choice.value.replace("_", " ")
        if done.state == CaseState.AWAITING_APPROVAL:
            return f"Decision proposed: {label}; a second reviewer must approve it."
        return f"Decision recorded: {label}."

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


@router.post("/cases/{case_id}/assign")
def ui_assign(
    request: Request,
    case_id: str,
    svc: ServicesDep,
    assignee: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    def act(actor: Actor, _case: Any) -> str:
        person = assignee.strip().lower()
        if person == "me":
            person = actor.username
        if person:
            svc.users.by_name(person)  # someone who exists
        svc.cases.assign(case_id, person or None, actor)
        return f"Case assigned to {person}." if person else "Case unassigned."

    return _case_action(request, svc, case_id, csrf, act)


@router.post("/cases/{case_id}/approve")
def ui_approve(
    request: Request,
    case_id: str,
    svc: ServicesDep,
    note: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    def act(actor: Actor, _case: Any) -> str:
        done = svc.cases.approve(case_id, actor, note)
        label = done.disposition.value.replace("_", " ") if done.disposition else ""
        return f"Decision recorded: {label}, approved by {actor.username}."

    return _case_action(request, svc, case_id, csrf, act)


@router.post("/cases/{case_id}/refuse")
def ui_refuse(
    request: Request,
    case_id: str,
    svc: ServicesDep,
    reason: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    def act(actor: Actor, _case: Any) -> str:
        svc.cases.refuse(case_id, reason, actor)
        return "Proposal refused; the case is back in review."

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
