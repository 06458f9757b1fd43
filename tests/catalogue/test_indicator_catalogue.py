"""The indicator catalogue loads, and a bad file fails naming the entry at fault."""

from __future__ import annotations

import pytest

from knowable.catalogue import indicators, load_indicators_from
from knowable.errors import ConfigError


def test_bundled_catalogue_loads_with_fairness_flags() -> None:
    catalogue = indicators()
    assert catalogue["NEWS-08"].spec.grave
    assert catalogue["NEWS-08"].family == "watchlist"
    assert not catalogue["AD-04"].spec.business_score  # stated ethnicity
    assert catalogue["AD-07"].spec.evidence == "not_predictive"


def test_unknown_evidence_level_names_the_entry() -> None:
    bad = {
        "version": "x",
        "indicators": {
            "AD-99": {"title": "t", "family": "content", "data": ["AD"], "evidence": "hunch"}
        },
    }
    with pytest.raises(ConfigError, match=r"indicators\.yml: indicators\.AD-99\.evidence"):
        load_indicators_from(bad)


def test_unknown_field_is_rejected() -> None:
    bad = {
        "version": "x",
        "indicators": {
            "AD-98": {
                "title": "t",
                "family": "content",
                "data": ["AD"],
                "evidence": "validated",
                "wieght": 2,
            }
        },
    }
    with pytest.raises(ConfigError, match="AD-98"):
        load_indicators_from(bad)


def test_every_emitted_indicator_is_in_the_catalogue() -> None:
    """Detectors name indicator ids in their own catalogues; each must exist here."""
    from knowable.catalogue import read_yaml

    known = set(indicators())
    rules = read_yaml("relationship_rules.yml")
    text = str(rules) + str(read_yaml("content_indicators.yml")) + str(read_yaml("media_roles.yml"))
    import re

    used = set(re.findall(r"\b(?:AD|NET|BIZ|NEWS|REL|BEH)-\d\d\b", text))
    assert used, "no indicator ids found in the detector catalogues"
    assert used <= known, sorted(used - known)
