"""The bundled ad type model: loads, reads the ad rather than the site's label."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest

from knowable.detect.content.ad_type import (
    AD_TYPES,
    ANSWERS,
    UNSURE,
    load_model,
    strip_site_chrome,
)
from knowable.detect.content.indicators import ContentScanner


@pytest.fixture(scope="module")
def scanner() -> ContentScanner:
    return ContentScanner()


def test_strip_site_chrome() -> None:
    text = "Sweet lady - Springfield escorts - backpage.com The requested ad could not be found."
    assert "escorts" not in strip_site_chrome(text)
    assert "Sweet lady" in strip_site_chrome(text)


def test_model_loads_with_all_types() -> None:
    model = load_model()
    assert set(model.classes) == set(AD_TYPES)
    assert model.coef.shape[0] == len(AD_TYPES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oak dining table for sale, seats six, gently used. $120, pick up only in Riverton.",
            "other",
        ),
        (
            "Now hiring warehouse associates, full time, benefits, weekly pay. Apply online "
            "with your resume; forklift experience a plus. Equal opportunity employer.",
            "recruitment",
        ),
        (
            "Relaxing Swedish and deep tissue massage, table shower, hot stone. 60 min $60. "
            "Friendly staff, open 10am to 10pm, walk-ins welcome.",
            "massage",
        ),
        (
            "Hi gentlemen, sweet sexy young girl, 100% real pics, incall and outcall, "
            "$150 hh, no rush, text me now, discreet fun",
            "commercial_sex",
        ),
    ],
)
def test_handwritten_examples(scanner: ContentScanner, text: str, expected: str) -> None:
    assert load_model().classify([text], scanner) == [expected]


def test_probabilities_sum_to_one(scanner: ContentScanner) -> None:
    probs = load_model().probabilities(["a bike for sale", "hiring drivers"], scanner)
    assert probs.shape == (2, len(AD_TYPES))
    assert abs(float(probs.sum()) - 2.0) < 1e-9


def test_stated_ethnicity_does_not_move_the_ad_type(scanner: ContentScanner) -> None:
    # the same ad with and without an ethnicity word: identical probabilities
    with_it = "Sweet Latina girl, real pics, incall, $150 hh, text me"
    without = "Sweet girl, real pics, incall, $150 hh, text me"
    probs = load_model().probabilities([with_it, without], scanner)
    assert probs[0].tolist() == pytest.approx(probs[1].tolist(), abs=1e-9)


CASES = Path(__file__).with_name("ad_type_cases.csv")
ALLOWED_CASE_ERRORS = 2  # measured with model 2.0: two escort ads that mention hiring


def _cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_recruitment_job_and_escort_hiring_are_told_apart(scanner: ContentScanner) -> None:
    # Hand-written (never used in training): sex-work recruitment and ordinary job ads are
    # recruitment; escort ads that mention hiring stay commercial_sex. AD-14 then separates
    # the two kinds of recruitment for the platform's adult share.
    cases = _cases()
    got = load_model().classify([c["text"] for c in cases], scanner)
    wrong = [(c["kind"], g, c["text"][:60]) for c, g in zip(cases, got, strict=True)
             if g != c["expected"]]  # fmt: skip
    assert len(wrong) <= ALLOWED_CASE_ERRORS, wrong


def test_unsure_below_the_probability_floor(scanner: ContentScanner) -> None:
    model = load_model()
    assert 0.0 < model.unsure_below < 1.0
    strict = replace(model, unsure_below=1.0)
    assert strict.classify(["a bike for sale"], scanner) == [UNSURE]
    relaxed = replace(model, unsure_below=0.0)
    assert relaxed.classify(["a bike for sale"], scanner) != [UNSURE]
    assert set(model.classify([c["text"] for c in _cases()], scanner)) <= set(ANSWERS)
