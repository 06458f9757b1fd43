"""The court's dossier: the verdict and what carried it first, folded listings, an appendix,
an evidence attachment whose hash the dossier prints, no machine paths, money with currency."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console

from knowable.catalogue.policy import bundled_policy
from knowable.demo.runner import run_demo
from knowable.jobs.report import dossier_from_store, report_file_name, write_dossier
from knowable.model import Explanation
from knowable.report.dossier import EvidenceItem, Quote, fold
from knowable.report.render import evidence_csv, to_html
from knowable.store import Store

LISTLOOP = "001DEMO0000LISTLP"
WHEN = datetime(2026, 11, 28, tzinfo=UTC)


def _item(
    sid: str, indicator: str, family: str, detector: str, date: str, value: float
) -> EvidenceItem:
    quote = Quote(f"r-{sid}", f"quote {sid}", 0, 7, None, "src", "kind", "/home/x/file.csv:3", sid)
    expl = Explanation("s", "rules", indicator, "1")
    return EvidenceItem(
        date, sid, indicator, indicator, family, 0.5, value, "", detector, (quote,), expl
    )


def test_fold_joins_listing_signals_and_puts_the_public_record_first() -> None:
    items = [
        _item("a1", "AD-01", "content", "content", "2012-01-01", 0.01),
        _item("a2", "AD-01", "content", "content", "2012-03-01", 0.02),
        _item("r1", "REL-03", "relationship", "relationship", "2013-01-01", 0.2),
        _item("n1", "NEWS-02", "media", "media", "2014-01-01", 0.05),
    ]
    lines = fold(items, carried=["a2"])
    assert [x.indicator for x in lines] == ["NEWS-02", "REL-03", "AD-01"]
    ads = lines[-1]
    assert ads.count == 2 and (ads.first, ads.last) == ("2012-01-01", "2012-03-01")
    assert ads.carried and round(ads.contribution, 3) == 0.03
    assert not fold([_item("r9", "REL-03", "relationship", "relationship", "2013-01-01", 0.2)])[
        0
    ].carried


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, Path]:
    folder = tmp_path_factory.mktemp("court")
    return run_demo(folder, Console(quiet=True)), folder


def test_front_pages_name_the_date_and_what_carried_it(demo: tuple[Store, Path]) -> None:
    store, folder = demo
    data = dossier_from_store(store, store.subject(LISTLOOP), bundled_policy(), WHEN)
    html = to_html(data)
    front, _, appendix = html.partition('<div class="appendix">')
    assert 'knowable since <span class="date">2011-09-14</span>' in front
    assert "the evidence that carried it" in front
    assert "Appendix A" in appendix and appendix.count('class="explanation"') == len(data.knowledge)
    # Listing-level signals are folded on the front pages: far fewer lines than signals.
    assert len(data.key_lines) <= 25 < len(data.knowledge)
    assert any(line.count > 1 for line in data.key_lines + data.carried_lines)
    # Sources by name and record, never a path of the machine that built it.
    assert str(folder) not in html and "/src/knowable/" not in html
    assert not re.search(r"(?:/[\w.-]+){2,}/[\w.-]+\.(?:jsonl|csv|html):\d", html)
    assert re.search(r"USD [\d,]+</strong>\s+in closed-won revenue", front)


def test_front_pages_print_in_at_most_twelve_pages(demo: tuple[Store, Path]) -> None:
    weasyprint = pytest.importorskip("weasyprint")
    store, _ = demo
    data = dossier_from_store(store, store.subject(LISTLOOP), bundled_policy(), WHEN)
    front = to_html(data).partition('<div class="appendix">')[0] + "</body></html>"
    pages = len(weasyprint.HTML(string=front).render().pages)
    assert pages <= 12, pages


def test_attachment_hash_is_printed_and_matches_the_file(demo: tuple[Store, Path]) -> None:
    store, folder = demo
    subject = store.subject(LISTLOOP)
    path = folder / "reports" / "court.html"
    data = write_dossier(store, subject, bundled_policy(), WHEN, path, "html", actor="test")
    attachment = path.with_name("court.evidence.csv")
    digest = hashlib.sha256(attachment.read_bytes()).hexdigest()
    assert digest in path.read_text(encoding="utf-8")
    assert attachment.read_text(encoding="utf-8") == evidence_csv(data)
    assert attachment.read_text(encoding="utf-8").count("\n") >= len(data.knowledge) + 1


def test_report_file_names_stay_in_the_reports_folder() -> None:
    """Defect: a CRM Id like ../../../../var/x made `knowable report` write outside."""
    for key in ("../../../../var/x", "a/b", "..", "/etc/passwd", "ok-001"):
        name = report_file_name(key, ".html")
        assert "/" not in name and not name.startswith(".")
        assert (Path("/r") / name).resolve().parent == Path("/r")
    assert report_file_name("001ABC", ".html") == "001ABC.html"
