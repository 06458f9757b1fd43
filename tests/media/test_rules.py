"""Every role/event rule and every offence category has a positive and a negative case."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from knowable.catalogue.media import media_categories, media_roles
from knowable.detect.media.findings import Finding, analyse
from knowable.detect.media.mentions import MentionIndex
from knowable.model import Subject

CASES: dict[str, Any] = yaml.safe_load((Path(__file__).parent / "rule_cases.yml").read_text())
SUBJECTS = [
    Subject(key="B", schema="Company", name="Brightwater Holdings Ltd"),
    Subject(key="Q", schema="Company", name="Quillfeather Market"),
]
INDEX = MentionIndex(SUBJECTS, media_roles().descriptor_heads)


def _finding(sentence: str) -> Finding | None:
    findings = [f for f in analyse(sentence, INDEX.find(sentence)) if f.subject_key == "B"]
    return findings[0] if findings else None


def _cases(section: str, polarity: str) -> list[tuple[str, str]]:
    return [(key, s) for key, spec in CASES[section].items() for s in spec.get(polarity, [])]


def test_every_rule_and_category_has_both_kinds_of_case() -> None:
    rules = {r.id for r in media_roles().rules}
    assert set(CASES["rules"]) == rules
    assert set(CASES["categories"]) == set(media_categories())
    for section in ("rules", "categories"):
        for key, spec in CASES[section].items():
            assert spec.get("positive") and spec.get("negative"), f"{section}.{key}"


@pytest.mark.parametrize(("rule", "sentence"), _cases("rules", "positive"))
def test_rule_fires(rule: str, sentence: str) -> None:
    finding = _finding(sentence)
    assert finding is not None, "subject not found"
    assert rule in finding.rules


@pytest.mark.parametrize(("rule", "sentence"), _cases("rules", "negative"))
def test_rule_stays_quiet(rule: str, sentence: str) -> None:
    finding = _finding(sentence)
    assert finding is not None, "subject not found"
    assert rule not in finding.rules


@pytest.mark.parametrize(("category", "sentence"), _cases("categories", "positive"))
def test_category_found(category: str, sentence: str) -> None:
    assert media_categories()[category].found_in(sentence)


@pytest.mark.parametrize(("category", "sentence"), _cases("categories", "negative"))
def test_category_not_found(category: str, sentence: str) -> None:
    assert not media_categories()[category].found_in(sentence)


def test_category_in_long_text_judges_vetoes_near_each_cue() -> None:
    trafficking = media_categories()["human_trafficking"]
    text = (
        "She runs anti-trafficking classes. Years later two men were charged with sex trafficking."
    )
    assert trafficking.found_in_text(text)
    assert not trafficking.found_in_text("She runs anti-trafficking classes for hotel staff.")
    assert not trafficking.found_in_text("The bakery opened.")


def test_bad_catalogue_entries_name_file_and_entry() -> None:
    import copy

    from knowable.catalogue import read_yaml
    from knowable.catalogue.media import categories_from, roles_from
    from knowable.errors import ConfigError

    categories = read_yaml("media_categories.yml")
    broken = copy.deepcopy(categories)
    broken["categories"]["fraud"]["cues"] = ["(unclosed"]
    with pytest.raises(ConfigError, match=r"media_categories\.yml: fraud: bad pattern"):
        categories_from(broken)
    roles = read_yaml("media_roles.yml")
    bad_role = copy.deepcopy(roles)
    bad_role["rules"][0]["role"] = "bystander"
    with pytest.raises(ConfigError, match=r"media_roles\.yml: rules\.0\.role"):
        roles_from(bad_role)
    bad_signal = copy.deepcopy(roles)
    bad_signal["signals"][0]["indicator"] = "NEWS-99"
    with pytest.raises(ConfigError, match=r"NEWS-99.*unknown indicator"):
        roles_from(bad_signal)
    duplicate = copy.deepcopy(roles)
    duplicate["rules"].append(duplicate["rules"][0])
    with pytest.raises(ConfigError, match="duplicate rule id"):
        roles_from(duplicate)
