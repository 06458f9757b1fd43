"""Policy validation, hashing and the combination rules."""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

import pytest
import yaml

from knowable.catalogue.policy import bundled_policy, load_policy, load_policy_text
from knowable.errors import ConfigError


def _text() -> str:
    return resources.files("knowable.catalogue").joinpath("policy.yml").read_text(encoding="utf-8")


def test_bundled_policy_hash_is_of_file_content() -> None:
    policy = bundled_policy()
    assert policy.sha256 == hashlib.sha256(_text().encode("utf-8")).hexdigest()
    assert policy.version


def test_policy_file_hash_is_of_its_exact_bytes(tmp_path: Path) -> None:
    # A file with Windows line ends: the stored hash must match `sha256sum` of the file.
    raw = _text().replace("\n", "\r\n").encode("utf-8")
    path = tmp_path / "policy.yml"
    path.write_bytes(raw)
    policy = load_policy(path)
    assert policy.sha256 == hashlib.sha256(raw).hexdigest()
    assert policy.version == bundled_policy().version


def test_any_change_changes_the_hash() -> None:
    changed = load_policy_text(_text() + "\n# comment\n")
    assert changed.sha256 != bundled_policy().sha256


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda d: d["indicator_weights"].update({"REL-99": 0.5}),
            "indicator_weights.REL-99: unknown indicator",
        ),
        (
            lambda d: d["indicator_weights"].update({"REL-01": 1.5}),
            "indicator_weights.REL-01: weight must be 0..1",
        ),
        (lambda d: d["families"].pop("media"), "families: missing family 'media'"),
        (
            lambda d: d["default_stage"].update({"media": "rumour"}),
            "default_stage.media: unknown stage",
        ),
        (lambda d: d["bands"].reverse(), "bands: min_score must rise"),
        (lambda d: d.update({"should_know": 0.55}), "should_know: must equal"),
        (lambda d: d["evidence_weights"].pop("legal"), "evidence_weights: missing level 'legal'"),
        (lambda d: d.update({"surprise": 1}), "surprise"),
        (lambda d: d["family_overrides"].update({"REL-03": "gossip"}), "unknown family 'gossip'"),
    ],
)
def test_bad_policy_names_file_and_entry(edit: object, message: str) -> None:
    data = yaml.safe_load(_text())
    edit(data)  # type: ignore[operator]
    with pytest.raises(ConfigError, match=r"catalogue/policy\.yml") as info:
        load_policy_text(yaml.safe_dump(data))
    assert message in info.value.message


def test_top_band_needs_two_families() -> None:
    policy = bundled_policy()
    assert policy.band_for(0.95, agreeing_families=1) == "review"
    assert policy.band_for(0.95, agreeing_families=2) == "escalate"
    assert policy.band_for(0.1, agreeing_families=3) == "clear"


@pytest.mark.parametrize(
    ("score", "band"),
    [(0.494, "watch"), (0.4951, "review"), (0.496, "review"), (0.5, "review"), (0.199, "watch")],
)
def test_band_follows_the_score_as_shown(score: float, band: str) -> None:
    # 0.496 prints as 0.50, so it must read as review, never "watch (0.50)".
    assert bundled_policy().band_for(score, agreeing_families=1) == band


def test_shown_score_and_band_never_disagree() -> None:
    from knowable.catalogue.policy import score_text

    policy = bundled_policy()
    for i in range(0, 10001):
        score = i / 10000
        shown = float(score_text(score))
        assert (policy.band_for(score, 1) in ("review", "escalate")) == (shown >= 0.5), score
        assert (policy.band_for(score, 1) == "clear") == (shown < 0.2), score
