"""Render a dossier as self-contained HTML (inline CSS and chart), PDF or JSON."""

from __future__ import annotations

import base64
import json
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from knowable.catalogue.policy import score_text
from knowable.errors import ConfigError
from knowable.explain import explanation_html
from knowable.report.chart import score_chart_png
from knowable.report.dossier import DossierData

FORMATS = ("html", "pdf", "json")


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("knowable.report", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["money"] = lambda v: f"{v:,.0f}"
    env.filters["pct"] = score_text
    env.filters["explain"] = explanation_html
    return env


def to_html(data: DossierData, generated_at: str = "") -> str:
    """One HTML file with everything inline; opens offline."""
    chart = base64.b64encode(score_chart_png(data)).decode("ascii")
    template = _environment().get_template("dossier.html.j2")
    return template.render(d=data, chart=chart, generated_at=generated_at)


def to_pdf(data: DossierData, generated_at: str = "") -> bytes:
    """The HTML dossier printed to PDF with WeasyPrint."""
    try:
        from weasyprint import HTML
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ConfigError("PDF needs WeasyPrint: install knowable[pdf]") from exc
    pdf: bytes = HTML(string=to_html(data, generated_at)).write_pdf()
    return pdf


def to_json(data: DossierData, generated_at: str = "") -> str:
    body: dict[str, Any] = data.as_dict()
    if generated_at:
        body["generated_at"] = generated_at
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"
