"""Render a dossier as self-contained HTML (inline CSS and chart), PDF or JSON."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import PurePath
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from knowable.catalogue.policy import score_text
from knowable.errors import ConfigError
from knowable.explain import explanation_html
from knowable.report.chart import score_chart_svg, timeline_svg
from knowable.report.dossier import DossierData, Quote, distinct_quotes

#: Dossier formats: the dossier (HTML, PDF, JSON) or its evidence attachment alone (CSV).
FORMATS = ("html", "pdf", "json", "csv")


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("knowable.report", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["money"] = lambda v: f"{v:,.0f}"
    env.filters["source"] = _source_name
    env.filters["cite"] = cite
    env.filters["distinct_quotes"] = lambda quotes: distinct_quotes(quotes, limit=1_000)
    env.filters["pct"] = score_text
    env.filters["explain"] = explanation_html
    return env


#: Columns of the evidence attachment: one row per quoted span of every signal.
EVIDENCE_COLUMNS = (
    "signal_id",
    "date",
    "indicator",
    "family",
    "detector",
    "strength",
    "share_of_score",
    "share_of_score_on_knowable_since",
    "how_it_counted",
    "record_id",
    "source",
    "kind",
    "external_id",
    "field",
    "part",
    "quote",
)


def evidence_csv(data: DossierData) -> str:
    """The machine-readable attachment: every scored signal and each span it quotes."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EVIDENCE_COLUMNS)
    for e in data.knowledge:
        quotes = e.quotes or (None,)
        for q in quotes:
            writer.writerow(
                (
                    e.signal_id,
                    e.date or "",
                    e.indicator,
                    e.family,
                    e.detector,
                    f"{e.strength:.4f}",
                    f"{e.contribution:.4f}",
                    f"{e.contribution_since:.4f}",
                    e.note,
                    q.record_id if q else "",
                    q.source if q else "",
                    q.kind if q else "",
                    q.external_id or "" if q else "",
                    q.field or "" if q else "",
                    q.part if q else "",
                    q.text if q else "",
                )
            )
    return out.getvalue()


def evidence_sha256(data: DossierData) -> str:
    return hashlib.sha256(evidence_csv(data).encode("utf-8")).hexdigest()


def _source_name(origin: str | None) -> str:
    """A record's origin without the machine's folders: the file name and line only."""
    if not origin:
        return ""
    return PurePath(origin.replace("\\", "/")).name


def cite(q: Quote) -> str:
    """Where a quote comes from, by source and record: ``media article URL; file
    articles.jsonl, line 3`` (never a folder of the machine that built the dossier)."""
    what = " ".join(part for part in (q.source, q.kind, q.external_id or "") if part)
    if q.field:
        what += f", field {q.field}"
    name = _source_name(q.origin)
    if name:
        stem, sep, line = name.rpartition(":")
        where = f"file {stem}, line {line}" if sep and line.isdigit() else f"file {name}"
        what = f"{what}; {where}" if what else where
    return what


def to_html(data: DossierData, generated_at: str = "") -> str:
    """One HTML file with everything inline; opens offline."""
    chart = score_chart_svg(data)
    template = _environment().get_template("dossier.html.j2")
    return template.render(
        d=data,
        chart=chart,
        timeline=timeline_svg(data),
        generated_at=generated_at,
        evidence_sha256=evidence_sha256(data),
        evidence_rows=evidence_csv(data).count("\n") - 1,
    )


def to_pdf(data: DossierData, generated_at: str = "") -> bytes:
    """The HTML dossier printed to PDF with WeasyPrint."""
    try:
        from weasyprint import HTML
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ConfigError(
            "PDF needs WeasyPrint, which is not installed: pip install 'knowable[pdf]' "
            "(or choose --format html)"
        ) from exc
    pdf: bytes = HTML(string=to_html(data, generated_at)).write_pdf()
    return pdf


def to_json(data: DossierData, generated_at: str = "") -> str:
    body: dict[str, Any] = data.as_dict()
    if generated_at:
        body["generated_at"] = generated_at
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"
