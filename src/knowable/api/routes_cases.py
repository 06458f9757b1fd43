"""Cases and dispositions: the queue, a case's history, and the actions people take."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from knowable.api.bodies import (
    ApproveIn,
    AssignIn,
    CommentIn,
    DispositionIn,
    ReopenIn,
    VersionIn,
)
from knowable.api.deps import Limit, Offset, Reader, ServicesDep, Worker
from knowable.api.errors import ERROR_RESPONSES
from knowable.api.schemas import (
    AlertOut,
    CaseEventOut,
    CaseOut,
    Page,
    ScanOut,
)
from knowable.cases.lifecycle import CaseState, Disposition
from knowable.cases.members import case_signals
from knowable.cases.repository import CaseFilter
from knowable.jobs.cases import scan

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

StateQ = Annotated[CaseState | None, Query(description="open, in_review or decided")]
BandQ = Annotated[str | None, Query(max_length=32)]
OverdueQ = Annotated[bool | None, Query(description="Only overdue (true) or not overdue (false)")]


@router.get("/cases", response_model=Page[CaseOut], tags=["cases"])
def list_cases(
    svc: ServicesDep,
    _: Reader,
    limit: Limit = 50,
    offset: Offset = 0,
    state: StateQ = None,
    band: BandQ = None,
    overdue: OverdueQ = None,
    assignee: Annotated[str | None, Query(max_length=80)] = None,
    subject_key: Annotated[str | None, Query(max_length=64)] = None,
) -> Page[CaseOut]:
    """The case queue: overdue cases first, then by due date; decided cases last."""
    filt = CaseFilter(
        state=state.value if state else None,
        band=band,
        overdue=overdue,
        assignee=assignee,
        subject_key=subject_key,
    )
    found, total = svc.cases.cases(filt, limit=limit, offset=offset)
    now = svc.cases.clock()
    return Page(items=[CaseOut.of(c, now) for c in found], total=total, limit=limit, offset=offset)


@router.get("/cases/{case_id}", response_model=CaseOut, tags=["cases"])
def get_case(case_id: str, svc: ServicesDep, _: Reader) -> CaseOut:
    return CaseOut.of(svc.cases.case(case_id), svc.cases.clock())


@router.get(
    "/cases/{case_id}/pack",
    tags=["cases"],
    response_class=Response,
    responses={200: {"description": "The case pack (ZIP)", "content": {"application/zip": {}}}},
)
def case_pack(
    case_id: str,
    svc: ServicesDep,
    actor: Reader,
    pdf: Annotated[bool, Query(description="include the PDF dossier (slower)")] = False,
) -> Response:
    """The case pack for counsel or the authorities: dossier, evidence CSV, the case with its
    history, and the audit proof to the current head; ``MANIFEST.json`` has every file's
    sha256. The export itself is audited."""
    from knowable.catalogue.policy import bundled_policy
    from knowable.jobs.casepack import build_case_pack

    body, summary = build_case_pack(svc.store, case_id, bundled_policy(), actor.username, pdf=pdf)
    name = f"case-{summary.case_id}.zip"
    return Response(
        body,
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/cases/{case_id}/events", response_model=Page[CaseEventOut], tags=["cases"])
def case_events(
    case_id: str, svc: ServicesDep, _: Reader, limit: Limit = 50, offset: Offset = 0
) -> Page[CaseEventOut]:
    svc.cases.case(case_id)
    events = svc.cases.events(case_id)
    items = [CaseEventOut.of(e) for e in events[offset : offset + limit]]
    return Page(items=items, total=len(events), limit=limit, offset=offset)


@router.get("/cases/{case_id}/alerts", response_model=Page[AlertOut], tags=["cases"])
def case_alerts(
    case_id: str, svc: ServicesDep, _: Reader, limit: Limit = 50, offset: Offset = 0
) -> Page[AlertOut]:
    svc.cases.case(case_id)
    found = svc.cases.alerts(case_id)
    items = [_alert(a) for a in found[offset : offset + limit]]
    return Page(items=items, total=len(found), limit=limit, offset=offset)


def _alert(row: dict[str, Any]) -> AlertOut:
    return AlertOut(case_id=row["case_key"], **{k: v for k, v in row.items() if k != "case_key"})


@router.post("/cases/{case_id}/review", response_model=CaseOut, tags=["cases"])
def start_review(
    case_id: str, svc: ServicesDep, actor: Worker, body: VersionIn | None = None
) -> CaseOut:
    """Take an open case into review (you become its assignee if it has none). The body is
    optional: send ``{"version": N}`` to make the change only if the case is still at N."""
    case = svc.cases.start_review(case_id, actor, body.version if body else None)
    return CaseOut.of(case, svc.cases.clock())


@router.post("/cases/{case_id}/assign", response_model=CaseOut, tags=["cases"])
def assign(case_id: str, body: AssignIn, svc: ServicesDep, actor: Worker) -> CaseOut:
    """Give the case to another person (``null`` unassigns). Recorded as a case event."""
    assignee = (body.assignee or "").strip().lower() or None
    if assignee:
        svc.users.by_name(assignee)  # 404 for someone who does not exist
    case = svc.cases.assign(case_id, assignee, actor, body.version)
    return CaseOut.of(case, svc.cases.clock())


@router.post("/cases/{case_id}/comments", response_model=CaseOut, tags=["cases"])
def comment(case_id: str, body: CommentIn, svc: ServicesDep, actor: Worker) -> CaseOut:
    case = svc.cases.comment(case_id, body.text, actor)
    return CaseOut.of(case, svc.cases.clock())


@router.post("/cases/{case_id}/reopen", response_model=CaseOut, tags=["cases"])
def reopen(case_id: str, body: ReopenIn, svc: ServicesDep, actor: Worker) -> CaseOut:
    case = svc.cases.reopen(case_id, body.reason, actor, body.version)
    return CaseOut.of(case, svc.cases.clock())


@router.post("/cases/{case_id}/disposition", response_model=CaseOut, tags=["dispositions"])
def decide(case_id: str, body: DispositionIn, svc: ServicesDep, actor: Worker) -> CaseOut:
    """Decide the case. The evidence snapshot is taken from the subject's signals now.

    Analysts may decide ``cleared`` and ``enhanced_due_diligence``; ``offboard`` and
    ``report_to_authorities`` need a reviewer and are only proposed: the case awaits a
    second reviewer's approval (``/approve`` or ``/refuse``). A written reason is required.
    """
    current = svc.cases.case(case_id)
    signals = case_signals(svc.store, current.subject_key)
    case = svc.cases.decide(case_id, body.disposition, body.reason, signals, actor, body.version)
    return CaseOut.of(case, svc.cases.clock())


@router.post("/cases/{case_id}/approve", response_model=CaseOut, tags=["dispositions"])
def approve(
    case_id: str, svc: ServicesDep, actor: Worker, body: ApproveIn | None = None
) -> CaseOut:
    """Approve a proposed offboard or report-to-authorities decision (four eyes: a reviewer
    other than the one who proposed it). The body is optional."""
    case = svc.cases.approve(
        case_id, actor, body.note if body else "", body.version if body else None
    )
    return CaseOut.of(case, svc.cases.clock())


@router.post("/cases/{case_id}/refuse", response_model=CaseOut, tags=["dispositions"])
def refuse(case_id: str, body: ReopenIn, svc: ServicesDep, actor: Worker) -> CaseOut:
    """Refuse a proposed grave decision, saying why; the case goes back to review."""
    case = svc.cases.refuse(case_id, body.reason, actor, body.version)
    return CaseOut.of(case, svc.cases.clock())


@router.get("/dispositions", response_model=Page[CaseOut], tags=["dispositions"])
def list_dispositions(
    svc: ServicesDep,
    _: Reader,
    limit: Limit = 50,
    offset: Offset = 0,
    disposition: Annotated[Disposition | None, Query()] = None,
) -> Page[CaseOut]:
    """Decided cases with their disposition, reviewer, reason and evidence hash."""
    found, total = svc.cases.decided(disposition.value if disposition else None, limit, offset)
    now = svc.cases.clock()
    return Page(items=[CaseOut.of(c, now) for c in found], total=total, limit=limit, offset=offset)


@router.post("/cases/scan", response_model=ScanOut, tags=["cases"])
def scan_cases(svc: ServicesDep, actor: Worker) -> ScanOut:
    """Apply the alert rules to the stored assessments and signals (idempotent)."""
    result = scan(svc.store, svc.cases, actor.username)
    return ScanOut(subjects=result.subjects, cases_touched=list(result.cases_touched))
