"""Every content indicator: one ad that shows it, one close ad that does not."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from knowable.catalogue import read_yaml
from knowable.catalogue.content import content_catalogue, load_content_catalogue_from
from knowable.detect.content.indicators import ContentScanner, ad_score
from knowable.detect.content.user_reports import ReportScanner
from knowable.errors import ConfigError

# indicator -> (positive ad, quote the hit must carry, negative ad)
CASES: dict[str, tuple[str, str, str]] = {
    "AD-01": ("Sweet and Y0UNG, ask for Candy", "Y0UNG", "Sweet and mature, ask for Candy"),
    "AD-02": ("100% real pics, no games", "100% real", "Nice pics, no games"),
    "AD-03": ("txt me two one six 555 O1 23", "two one six 555 O1 23", "txt me 216-555-0123"),
    "AD-04": ("Exotic Latina visiting", "Latina", "Friendly lady visiting"),
    "AD-05": (
        "Her name is Amber and she loves fun",
        "Her name is",
        "My name is Amber and I love fun",
    ),
    "AD-06": ("Ask about my girls, duo special", "my girls", "Ask about my rates, one on one"),
    "AD-07": ("Just arrived, N E W in town", "Just arrived", "Local lady, always here"),
    "AD-08": ("Petite, 19 yrs, sweet", "19 yrs", "Petite, 29 yrs, sweet"),
    "AD-09": ("Cute with tattoos", "tattoos", "Cute with curls"),
    "AD-10": ("Screening required, no cops", "Screening required", "Walk-ins welcome"),
    "AD-11": ("Specials 👑 🌹", "👑", "Specials 😀 today"),
    "AD-12": ("$40 qv, 15 min only", "15 min", "$200 hour, 60 min minimum"),
    "AD-14": (
        "Hiring girls for hostess work! Fast money, travel paid",
        "Fast money",
        "Hiring cooks, good benefits",
    ),
}


@pytest.fixture(scope="module")
def scanner() -> ContentScanner:
    return ContentScanner()


def test_every_indicator_has_a_case() -> None:
    assert set(CASES) == set(content_catalogue().rules)


@pytest.mark.parametrize("indicator_id", sorted(CASES))
def test_positive(scanner: ContentScanner, indicator_id: str) -> None:
    text, quote, _ = CASES[indicator_id]
    hits = [h for h in scanner.scan(text).hits if h.indicator == indicator_id]
    assert hits, f"{indicator_id} not found in {text!r}"
    assert quote in [h.quote for h in hits]
    for hit in hits:  # the span is the quote, in the original text
        assert text[hit.start : hit.end] == hit.quote


@pytest.mark.parametrize("indicator_id", sorted(CASES))
def test_negative(scanner: ContentScanner, indicator_id: str) -> None:
    _, _, text = CASES[indicator_id]
    assert indicator_id not in scanner.scan(text).indicators


def test_benign_listing_has_no_hits(scanner: ContentScanner) -> None:
    scan = scanner.scan("Oak dining table, seats six, pick up in Springfield. $120 or best offer.")
    assert scan.hits == ()
    assert scan.score == 0.0


def test_stated_minor_age_is_youth(scanner: ContentScanner) -> None:
    assert "AD-01" in scanner.scan("sweet 16 yo").indicators
    assert "AD-01" not in scanner.scan("sweet 26 yo").indicators


def test_several_occurrences_each_reported(scanner: ContentScanner) -> None:
    hits = [h for h in scanner.scan("young and young again").hits if h.indicator == "AD-01"]
    assert [(h.start, h.end) for h in hits] == [(0, 5), (10, 15)]


def test_score_respects_evidence() -> None:
    cat = content_catalogue()
    assert ad_score(["AD-01", "AD-03"], cat) > ad_score(["AD-01"], cat) > 0
    assert ad_score(["AD-07"], cat) == 0.0  # not predictive: no weight of its own
    assert ad_score(["AD-01", "AD-07"], cat) < ad_score(["AD-01"], cat)  # and damps
    assert ad_score(["AD-04"], cat) == 0.0  # ethnicity never moves a score
    assert ad_score(["AD-01", "AD-04"], cat) == ad_score(["AD-01"], cat)


def test_not_predictive_weights_never_positive() -> None:
    for key, rule in content_catalogue().rules.items():
        if rule.evidence == "not_predictive":
            assert rule.weight <= 0, key


def _data() -> dict[str, Any]:
    return copy.deepcopy(read_yaml("content_indicators.yml"))


def test_bundled_catalogue_loads() -> None:
    assert load_content_catalogue_from(_data()).version


def test_positive_weight_for_not_predictive_is_rejected() -> None:
    data = _data()
    data["indicators"]["AD-07"]["weight"] = 0.2
    with pytest.raises(ConfigError, match=r"content_indicators.yml: indicators.AD-07"):
        load_content_catalogue_from(data)


def test_ethnicity_with_weight_is_rejected() -> None:
    data = _data()
    data["indicators"]["AD-04"]["weight"] = 0.1
    with pytest.raises(ConfigError, match="AD-04"):
        load_content_catalogue_from(data)


def test_unknown_id_and_wrong_evidence_are_rejected() -> None:
    data = _data()
    data["indicators"]["AD-99"] = {"evidence": "validated", "weight": 0.2, "phrases": ["x"]}
    with pytest.raises(ConfigError, match="AD-99"):
        load_content_catalogue_from(data)
    data = _data()
    data["indicators"]["AD-05"]["evidence"] = "validated"
    with pytest.raises(ConfigError, match="AD-05: evidence"):
        load_content_catalogue_from(data)


def test_pattern_that_does_not_compile_is_named() -> None:
    data = _data()
    data["indicators"]["AD-09"]["regex"] = ["(?<=x)tattoo"]  # look-behind: not hyperscan
    with pytest.raises(ConfigError, match="AD-09"):
        ContentScanner(load_content_catalogue_from(data))


def test_lsh_threshold_above_link_threshold_is_rejected() -> None:
    data = _data()
    data["network_params"]["lsh_threshold"] = 0.9
    with pytest.raises(ConfigError, match="network_params"):
        load_content_catalogue_from(data)


def test_user_report_rules_are_validated_and_named() -> None:
    data = _data()
    data["user_reports"]["phrases"], data["user_reports"]["regex"] = [], []
    with pytest.raises(ConfigError, match="user_reports"):
        load_content_catalogue_from(data)
    data = _data()
    data["user_reports"]["negations"] = [False]  # an unquoted YAML `no`
    with pytest.raises(ConfigError, match=r"user_reports\.negations"):
        load_content_catalogue_from(data)
    data = _data()
    data["user_reports"]["regex"] = ["(?<=x)minor"]
    with pytest.raises(ConfigError, match="NET-06"):
        ReportScanner(load_content_catalogue_from(data))


def test_net04_counts_only_known_contact_kinds() -> None:
    data = _data()
    data["network_params"]["account_contact_kinds"] = ["fax"]
    with pytest.raises(ConfigError, match="account_contact_kinds"):
        load_content_catalogue_from(data)
