"""Every signal kind carries a typed explanation that one renderer shows everywhere."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console

from knowable.catalogue.policy import bundled_policy
from knowable.demo.runner import run_demo
from knowable.explain import explanation_html, explanation_of, explanation_text
from knowable.jobs.report import dossier_from_store
from knowable.model import Explanation, Feature, Signal
from knowable.report.render import to_html
from knowable.store import Store

PHENICIA = "001DEMO0000PHENIC"
LISTLOOP = "001DEMO0000LISTLP"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return run_demo(tmp_path_factory.mktemp("explain"), Console(file=None, quiet=True))


def test_every_detector_attaches_an_explanation(store: Store) -> None:
    signals = store.signals()
    detectors = {s.detector for s in signals}
    assert {"watchlist", "media", "content", "relationship"} <= detectors
    missing = [s for s in signals if s.explanation is None]
    assert not missing, sorted({s.detector for s in missing})
    for s in signals:
        e = s.explanation
        assert e is not None and e.summary and e.method and e.version, s.detector


def test_watchlist_hit_shows_list_programme_and_features(store: Store) -> None:
    (hit,) = [s for s in store.signals(subject_key=PHENICIA) if s.detector == "watchlist"]
    facts = dict(explanation_of(hit).facts)
    assert facts["list version"] == "2019-01-15"
    assert facts["programmes"] not in ("", "none given")
    html = str(explanation_html(hit))
    assert "name" in html and "<table" in html and "confidence" in html
    names = [f.name for f in explanation_of(hit).features]
    assert "name" in names


def test_dossier_shows_explanations(store: Store) -> None:
    subject = store.subject(LISTLOOP)
    when = datetime(2018, 6, 30, tzinfo=UTC)
    data = dossier_from_store(store, subject, bundled_policy(), when)
    html = to_html(data)
    assert html.count('class="explanation"') == len(data.knowledge)
    assert any(e.explanation.method == "rules+model" for e in data.knowledge)


def test_signal_stored_before_explanations_gets_one_from_its_details() -> None:
    old = Signal(
        subject_key="S",
        indicator="REL-03",
        strength=0.5,
        observed_at=None,
        detector="relationship",
        detector_version="1",
        details={"rules": ["REL-03-a"], "kind": "Note", "entry_hash": "x"},
    )
    e = explanation_of(old)
    assert e.method == "rules" and e.method_id == "REL-03-a"
    assert ("kind", "Note") in e.facts
    assert all(label != "entry hash" for label, _ in e.facts)


def test_explanation_html_escapes_and_text_lists_features() -> None:
    e = Explanation(
        summary="<script>x</script>",
        method="matcher",
        method_id="list",
        version="1",
        facts=(("programme", "SDGT"),),
        features=(Feature("name", 0.91, 0.6, "a ~ b"),),
    )
    html = str(explanation_html(e))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "0.91" in html and "0.60" in html
    lines = explanation_text(e)
    assert any("name 0.91 x0.60" in line for line in lines)


def test_explanation_survives_the_store(store: Store, tmp_path: Path) -> None:
    (hit,) = [s for s in store.signals(subject_key=PHENICIA) if s.detector == "watchlist"]
    assert hit.explanation is not None
    assert Explanation.from_dict(hit.explanation.as_dict()) == hit.explanation
