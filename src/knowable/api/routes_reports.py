"""Dossiers over the API, and assessment runs that feed the case queue."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field

from knowable.api.deps import Ingester, Reader, ServicesDep
from knowable.api.errors import ERROR_RESPONSES
from knowable.api.routes_data import AsOf, as_of_param
from knowable.api.security import DOSSIER_POLICY
from knowable.catalogue.policy import bundled_policy
from knowable.jobs.assess import assess_store
from knowable.jobs.cases import scan
from knowable.jobs.report import dossier_from_store
from knowable.report.render import evidence_csv, to_html, to_json, to_pdf
from knowable.timeutil import utcnow

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)


@router.get(
    "/subjects/{key}/report",
    tags=["reports"],
    response_class=Response,
    responses={
        200: {
            "description": "The dossier",
            "content": {
                "text/html": {},
                "application/json": {},
                "application/pdf": {},
                "text/csv": {},
            },
        }
    },
)
def subject_report(
    key: str,
    svc: ServicesDep,
    _: Reader,
    as_of: AsOf = None,
    format: Annotated[Literal["html", "json", "pdf", "csv"], Query()] = "html",
) -> Response:
    """The subject's dossier as of a date: evidence timeline, knowable since, score over
    time, participation and benefit, every contribution, the policy version."""
    when = as_of_param(as_of) or utcnow()
    data = dossier_from_store(svc.store, svc.store.subject(key), bundled_policy(), when)
    stamp = utcnow().isoformat(timespec="seconds")
    if format == "json":
        return Response(to_json(data, stamp), media_type="application/json")
    if format == "csv":
        return Response(evidence_csv(data), media_type="text/csv; charset=utf-8")
    if format == "pdf":
        return Response(to_pdf(data, stamp), media_type="application/pdf")
    # The dossier is one self-contained file (inline styles, the chart as a data: image).
    return HTMLResponse(to_html(data, stamp), headers={"Content-Security-Policy": DOSSIER_POLICY})


class AssessIn(BaseModel):
    as_of: str | None = Field(default=None, max_length=40, description="Date; default now")


class AssessOut(BaseModel):
    run_id: int
    as_of: datetime
    assessed: int
    cases_touched: list[str]


@router.post("/assessments/run", response_model=AssessOut, tags=["assessments"])
def run_assessment(body: AssessIn, svc: ServicesDep, actor: Ingester) -> JSONResponse:
    """Assess every customer as of a date with the bundled policy, then open alerts."""
    when = as_of_param(body.as_of) or utcnow()
    run_id, results = assess_store(svc.store, bundled_policy(), when, actor=actor.username)
    touched = scan(svc.store, svc.cases, actor.username)
    out = AssessOut(
        run_id=run_id, as_of=when, assessed=len(results), cases_touched=list(touched.cases_touched)
    )
    return JSONResponse(out.model_dump(mode="json"))
