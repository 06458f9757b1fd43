"""The court's dossier: the verdict and what carried it first, folded listings, an appendix,
an evidence attachment whose hash the dossier prints, no machine paths, money with currency."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console

from knowable.catalogue.policy import bundled_policy
from knowable.demo.runner import run_demo
from knowable.errors import ConfigError
from knowable.jobs.report import dossier_from_store, report_file_name, write_dossier
from knowable.model import Explanation
from knowable.report.dossier import DossierData, EvidenceItem, Quote, distinct_quotes, fold
from knowable.report.render import cite, evidence_csv, to_html, to_pdf
from knowable.store import Store

LISTLOOP = "001DEMO0000LISTLP"
WHEN = datetime(2026, 11, 28, tzinfo=UTC)


def _item(
    sid: str,
    indicator: str,
    family: str,
    detector: str,
    date: str,
    value: float,
    record: str = "",
    text: str = "",
    then: float = 0.0,
) -> EvidenceItem:
    quote = Quote(
        record or f"r-{sid}",
        text or f"quote {sid}",
        0,
        7,
        None,
        "src",
        "kind",
        "/home/x/file.csv:3",
        sid,
    )
    expl = Explanation("s", "rules", indicator, "1")
    return EvidenceItem(
        date, sid, indicator, indicator, family, 0.5, value, "", detector, (quote,), expl, then
    )


def test_signals_quoting_one_record_are_one_line_and_each_quote_shows_once() -> None:
    same = "The CEO pleaded guilty."
    items = [
        _item("n1", "NEWS-05", "media", "media", "2018-04-10", 0.02, "art-14", same),
        _item("n2", "NEWS-01", "media", "media", "2018-04-10", 0.03, "art-14", same),
        _item("n3", "NEWS-09", "media", "media", "2018-04-10", 0.01, "art-14", same),
        _item("n4", "NEWS-02", "media", "media", "2011-09-14", 0.0, "art-1", "Sold on it.", 0.38),
    ]
    lines = fold(items)
    assert len(lines) == 2
    # The report that weighed most on the knowable-since day comes first.
    assert lines[0].indicator == "NEWS-02" and lines[0].contribution_since == 0.38
    joined = lines[1]
    assert joined.indicator == "NEWS-01" and [c for c, _ in joined.also] == ["NEWS-05", "NEWS-09"]
    assert [q.text for q in joined.quotes] == [same]
    assert round(joined.contribution, 3) == 0.06


def test_distinct_quotes_label_title_and_body_and_keep_different_words() -> None:
    def q(text: str, part: str) -> Quote:
        return Quote("r", text, 0, 1, None, "content", "listing", None, "LL-1", part)

    merged = distinct_quotes([q("young", "title"), q("Young ", "body"), q("fresh", "body")])
    assert [(x.text, x.part) for x in merged] == [("young", "title and body"), ("fresh", "body")]
    assert len(distinct_quotes([q("a", "title"), q("b", "body"), q("c", "body")])) == 2


def test_cite_names_source_and_record_never_the_folder() -> None:
    quote = Quote(
        "r1", "x", 0, 1, None, "media", "article", "/home/ops/in/articles.jsonl:3", "https://n/1"
    )
    assert cite(quote) == "media article https://n/1; file articles.jsonl, line 3"
    assert "/home" not in cite(quote)
    bare = Quote("r2", "x", 0, 1, "Body", "crm", "Note", None, "002A")
    assert cite(bare) == "crm Note 002A, field Body"


def test_pdf_without_weasyprint_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    data = _tiny_dossier()
    with pytest.raises(ConfigError, match=re.escape("pip install 'knowable[pdf]'")):
        to_pdf(data)


def _tiny_dossier() -> DossierData:
    from knowable.model import Subject
    from knowable.report.dossier import build_dossier

    subject = Subject(key="001T", name="Tiny Co", schema="Company")
    return build_dossier(subject, [], [], bundled_policy(), WHEN)


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
    # No quote is printed twice on the front pages; title and body quotes are labelled.
    quotes = re.findall(r"<blockquote>(.*?)<br>", front, flags=re.S)
    assert quotes and len(quotes) == len(set(quotes))
    assert '<span class="part">title' in front and '<span class="part">body:' in front
    # The news report that carried the score shows what it weighed on that day.
    news = next(x for x in data.carried_lines if x.family == "media")
    assert news.first == "2011-09-14" and news.contribution_since >= 0.2
    carried = front.partition("the evidence that carried it")[2].partition("Score over time")[0]
    assert f'<td class="num">{news.contribution_since:.2f}</td>' in carried


@pytest.mark.slow
def test_pdf_has_at_most_twelve_pages_before_the_appendix(demo: tuple[Store, Path]) -> None:
    """Printed whole, then read back: the page where the appendix heading stands."""
    pytest.importorskip("weasyprint")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    store, folder = demo
    path = folder / "reports" / "listloop.pdf"
    write_dossier(store, store.subject(LISTLOOP), bundled_policy(), WHEN, path, "pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    appendix = next(i for i, page in enumerate(pages) if "Appendix A: every signal" in page)
    assert 1 <= appendix <= 12, appendix
    first = pages[0]
    assert "ESCALATE" in first and "knowable since 2011-09-14" in " ".join(first.split())
    assert "NEWS-02" in first
    assert str(folder) not in text and "/tmp/" not in text
    digest = hashlib.sha256(path.with_name("listloop.evidence.csv").read_bytes()).hexdigest()
    assert digest[:20] in "".join(text.split())


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
