"""A lone model reading never decides alone (policy ``corroboration``)."""

from __future__ import annotations

from datetime import datetime

import pytest
from assess_factories import day, reading, sig

from knowable.assess.score import assess
from knowable.catalogue.policy import Policy, bundled_policy, load_policy_text
from knowable.errors import ConfigError
from knowable.model import Signal

AS_OF = day(2020, 12, 31)


_reading = reading


def _policy() -> Policy:
    """The bundled policy with REL-12 at 0.6 per unit of score, the value these cases were
    written for: they test the corroboration rule, not the calibrated weight (the bundled
    value is tested on its own below)."""
    from importlib import resources

    import yaml

    text = resources.files("knowable.catalogue").joinpath("policy.yml").read_text("utf-8")
    data = yaml.safe_load(text)
    data["indicator_weights"]["REL-12"] = 0.6
    return load_policy_text(yaml.safe_dump(data))


def _policy_without_corroboration() -> object:
    from importlib import resources

    import yaml

    text = resources.files("knowable.catalogue").joinpath("policy.yml").read_text("utf-8")
    head, _, _ = text.partition("\ncorroboration:")
    data = yaml.safe_load(head + "\n")
    data["indicator_weights"]["REL-12"] = 0.6
    return load_policy_text(yaml.safe_dump(data))


def test_one_strong_model_reading_stays_below_review() -> None:
    # 0.6 x 0.95 = 0.57 would be review on its own; uncorroborated it counts half: 0.285.
    a = assess("acct-1", [_reading("REL-12", day(2016), 0.95, "n1", "model")], _policy(), AS_OF)
    assert a.band == "watch"
    assert round(a.score, 3) == 0.285
    assert a.knowable_since is None
    assert sum(c.value for c in a.contributions) == pytest.approx(a.score)


def test_without_the_corroboration_rule_the_same_reading_reaches_review() -> None:
    policy = _policy_without_corroboration()
    a = assess("acct-1", [_reading("REL-12", day(2016), 0.95, "n1", "model")], policy, AS_OF)  # type: ignore[arg-type]
    assert a.band == "review"


def test_a_second_record_corroborates_from_its_date() -> None:
    signals = [
        _reading("REL-12", day(2016), 0.95, "n1", "model"),
        _reading("REL-12", day(2017, 3), 0.45, "n2", "model"),
    ]
    a = assess("acct-1", signals, _policy(), AS_OF)
    assert a.band == "review"
    assert a.knowable_since == day(2017, 3)


def test_the_same_record_read_twice_is_not_two_records() -> None:
    signals = [
        _reading("REL-12", day(2016), 0.95, "n1", "model"),
        _reading("REL-12", day(2016), 0.9, "n1", "model"),
    ]
    a = assess("acct-1", signals, _policy(), AS_OF)
    assert a.band == "watch"


def test_a_rule_reading_of_the_same_record_corroborates() -> None:
    # The rules read the note as REL-13 (0.55 x 0.7 = 0.385, below the model's 0.57): only
    # the model's reading counts, but two methods agree, so it may cross at that date.
    signals = [
        _reading("REL-12", day(2016), 0.95, "n1", "model"),
        _reading("REL-13", day(2016), 0.7, "n1", "rules"),
    ]
    a = assess("acct-1", signals, _policy(), AS_OF)
    assert a.band == "review"
    assert a.knowable_since == day(2016)
    counted = [c for c in a.contributions if c.value > 0]
    assert [c.indicator for c in counted] == ["REL-12"]


def test_renewals_do_not_corroborate() -> None:
    signals = [_reading("REL-12", day(2016), 0.95, "n1", "model")]
    signals += [sig("REL-06", day(2017 + i), strength=0.8, ref=str(i)) for i in range(3)]
    a = assess("acct-1", signals, _policy(), AS_OF)
    assert a.band == "watch"
    assert a.knowable_since is None


def test_evidence_of_another_family_corroborates() -> None:
    signals = [
        _reading("REL-12", day(2016), 0.95, "n1", "model"),
        sig("NEWS-09", day(2018), strength=0.1),
    ]
    a = assess("acct-1", signals, _policy(), AS_OF)
    assert a.band == "review"
    assert a.knowable_since == day(2018)


def test_unknown_indicator_in_corroboration_is_a_config_error() -> None:
    from importlib import resources

    text = resources.files("knowable.catalogue").joinpath("policy.yml").read_text("utf-8")
    bad = text.replace("indicators: [REL-12", "indicators: [REL-99", 1)
    assert bad != text
    with pytest.raises(ConfigError, match="corroboration"):
        load_policy_text(bad)


def test_knowable_since_follows_the_rounded_score() -> None:
    # REL-07 weight 0.6 x legal 1.0: strength 0.8255 gives 0.4953, shown as 0.50.
    a = assess("acct-1", [sig("REL-07", day(2016), strength=0.8255)], _policy(), AS_OF)
    assert a.score < 0.5
    assert a.band == "review"
    assert a.knowable_since == day(2016)
    b = assess("acct-1", [sig("REL-07", day(2016), strength=0.8235)], _policy(), AS_OF)
    assert b.band == "watch"
    assert b.knowable_since is None


def test_a_held_reading_says_so_and_a_corroborated_one_does_not() -> None:
    lone = assess("acct-1", [_reading("REL-12", day(2016), 0.95, "n1", "model")], _policy(), AS_OF)
    assert "not yet corroborated" in lone.contributions[0].note
    signals = [
        _reading("REL-12", day(2016), 0.95, "n1", "model"),
        _reading("REL-12", day(2017), 0.5, "n2", "model"),
    ]
    both = assess("acct-1", signals, _policy(), AS_OF)
    assert all("not yet corroborated" not in c.note for c in both.contributions)


def test_one_weak_model_reading_leaves_a_customer_clear() -> None:
    # 0.6 x 0.45 = 0.27 would be watch; uncorroborated at half value it is 0.135, clear.
    a = assess("acct-1", [_reading("REL-12", day(2016), 0.45, "n1", "model")], _policy(), AS_OF)
    assert a.band == "clear"
    assert round(a.score, 3) == 0.135


def test_held_value_never_crosses_review_whatever_the_weight() -> None:
    from knowable.assess.combine import prepare

    policy = _policy()
    signals = [_reading("REL-12", day(2016), 0.95, "n1", "model"), sig("REL-07", day(2016, 2), 0.7)]
    p = prepare(signals, policy, AS_OF)
    assert p.corroborated_from < float("inf")
    assert assess("acct-1", signals, policy, AS_OF).band == "review"


# Weak hints (rel-roles): relationship indicators whose one signal is worth under 0.25 are
# held like a lone model reading.


def test_a_weak_hint_does_not_corroborate_the_model_on_the_same_record() -> None:
    # A closed case that mentions a concern (REL-09) and the model's reading of the same
    # case: before, the rule corroborated the model (0.6 x 0.9 = 0.54, review).
    signals = [
        _reading("REL-12", day(2016), 0.9, "c1", "model"),
        _reading("REL-09", day(2016), 0.6, "c1", "rules"),
    ]
    a = assess("acct-1", signals, _policy(), AS_OF)
    assert a.band != "review"
    assert a.knowable_since is None


def test_a_weak_hint_on_a_second_record_still_counts_as_a_second_record() -> None:
    signals = [
        _reading("REL-12", day(2016), 0.9, "c1", "model"),
        _reading("REL-09", day(2017), 0.6, "c2", "rules"),
    ]
    a = assess("acct-1", signals, _policy(), AS_OF)
    assert a.band == "review"
    assert a.knowable_since == day(2017)


def test_a_stronger_rule_still_corroborates_the_model_on_the_same_record() -> None:
    signals = [
        _reading("REL-12", day(2016), 0.9, "c1", "model"),
        _reading("REL-13", day(2016), 0.7, "c1", "rules"),
    ]
    a = assess("acct-1", signals, _policy(), AS_OF)
    assert a.band == "review"


@pytest.mark.parametrize("indicator", ["REL-09", "REL-10", "REL-08", "BEH-03", "BEH-04", "BIZ-14"])
def test_every_relationship_indicator_worth_under_a_quarter_alone_is_held(indicator: str) -> None:
    from knowable.catalogue import indicators
    from knowable.catalogue.relationship import relationship_rules

    policy = _policy()
    spec = policy.spec
    assert spec.corroboration is not None
    held = set(spec.corroboration.indicators)
    rules = relationship_rules()
    catalogue = indicators()
    worth: dict[str, float] = {}
    for rule in rules.rules:
        weight = spec.indicator_weights.get(rule.indicator, spec.default_indicator_weight)
        value = weight * spec.evidence_weights[catalogue[rule.indicator].spec.evidence]
        worth[rule.indicator] = max(worth.get(rule.indicator, 0.0), value * rule.strength)
    assert worth[indicator] < 0.25
    assert indicator in held
    strong = {i for i, v in worth.items() if v >= 0.25}
    assert not strong & held


# Corroboration by kind (policy ``corroboration.kinds``): listed readings of different
# indicators on different records corroborate each other; readings of one kind do not.


def _kinds_policy(records: int, kinds: int) -> object:
    from importlib import resources

    text = resources.files("knowable.catalogue").joinpath("policy.yml").read_text("utf-8")
    head, _, _ = text.partition("\ncorroboration:")
    return load_policy_text(
        head + "\ncorroboration:\n  indicators: [REL-12, REL-09, REL-10, REL-08, BEH-03, "
        f"BEH-04, BIZ-14]\n  records: {records}\n  kinds: {kinds}\n  alone_weight: 0.5\n"
    )


def test_two_model_readings_are_one_kind_and_stay_held() -> None:
    signals = [
        _reading("REL-12", day(2016), 0.95, "n1", "model"),
        _reading("REL-12", day(2017, 3), 0.9, "n2", "model"),
    ]
    a = assess("acct-1", signals, _kinds_policy(0, 2), AS_OF)  # type: ignore[arg-type]
    assert a.band == "watch"
    assert a.knowable_since is None


def test_a_model_reading_and_a_weak_hint_on_another_record_are_two_kinds() -> None:
    signals = [
        _reading("REL-12", day(2016), 0.95, "n1", "model"),
        _reading("REL-09", day(2017, 3), 0.6, "c2", "rules"),
    ]
    a = assess("acct-1", signals, _kinds_policy(0, 2), AS_OF)  # type: ignore[arg-type]
    assert a.band == "review"
    assert a.knowable_since == day(2017, 3)


def test_two_kinds_on_one_record_are_not_two_kinds_apart() -> None:
    signals = [
        _reading("REL-12", day(2016), 0.95, "c1", "model"),
        _reading("REL-09", day(2016), 0.6, "c1", "rules"),
    ]
    a = assess("acct-1", signals, _kinds_policy(0, 2), AS_OF)  # type: ignore[arg-type]
    assert a.knowable_since is None


def test_kinds_apart_is_a_matching_of_indicators_to_records() -> None:
    from knowable.assess.combine import _kinds_apart

    assert _kinds_apart({"REL-12": {"a"}, "REL-09": {"a"}}, 2) is False
    assert _kinds_apart({"REL-12": {"a", "b"}, "REL-09": {"a"}}, 2) is True
    assert _kinds_apart({"REL-12": {"a"}, "REL-09": {"a"}, "BEH-03": {"b"}}, 2) is True
    assert _kinds_apart({"REL-12": {"a"}, "REL-09": {"a"}, "BEH-03": {"b"}}, 3) is False


def test_negative_kinds_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="corroboration"):
        _kinds_policy(0, -1)


def test_the_bundled_weight_needs_two_strong_readings() -> None:
    """REL-12 at its bundled 0.45 per unit of score (chosen one author out): one reading at
    0.85 leaves a customer clear, a second at 0.3 only in watch, a second at 0.9 in review
    from its date."""
    one = [_reading("REL-12", day(2016), 0.85, "n1", "model")]
    assert assess("acct-1", one, bundled_policy(), AS_OF).band == "clear"
    weak = [*one, _reading("REL-12", day(2017, 3), 0.3, "n2", "model")]
    assert assess("acct-1", weak, bundled_policy(), AS_OF).band == "watch"
    strong = [*one, _reading("REL-12", day(2017, 3), 0.9, "n2", "model")]
    a = assess("acct-1", strong, bundled_policy(), AS_OF)
    assert a.band == "review"
    assert a.knowable_since == day(2017, 3)


def _rule_reading(
    indicator: str, when: datetime, strength: float, record: str, score: float
) -> Signal:
    """The rules' reading of ``record``, carrying the model's score of that record."""
    return reading(indicator, when, strength, record, "rules", model_score=score)


def _policy_model_below(threshold: float) -> Policy:
    from importlib import resources

    import yaml

    text = resources.files("knowable.catalogue").joinpath("policy.yml").read_text("utf-8")
    data = yaml.safe_load(text)
    data["corroboration"]["model_below"] = threshold
    return load_policy_text(yaml.safe_dump(data))


def test_a_rule_reading_the_model_does_not_share_is_held() -> None:
    # REL-13 at 0.95 (0.55 x 0.95 = 0.52) reaches review alone; on a record the model
    # scores 0.05 it counts half until something corroborates it.
    note = _rule_reading("REL-13", day(2016), 0.95, "n1", 0.05)
    held = assess("acct-1", [note], _policy_model_below(0.2), AS_OF)
    assert held.band == "watch"
    assert held.knowable_since is None
    alone = assess("acct-1", [note], _policy_model_below(0.0), AS_OF)
    assert alone.band == "review"


def test_a_rule_reading_the_model_shares_is_not_held() -> None:
    note = _rule_reading("REL-13", day(2016), 0.95, "n1", 0.3)
    a = assess("acct-1", [note], _policy_model_below(0.2), AS_OF)
    assert a.band == "review"
    assert a.knowable_since == day(2016)


def test_a_held_rule_reading_is_corroborated_by_a_second_record() -> None:
    signals = [
        _rule_reading("REL-13", day(2016), 0.95, "n1", 0.05),
        _rule_reading("BEH-02", day(2017, 3), 0.8, "n2", 0.1),
    ]
    a = assess("acct-1", signals, _policy_model_below(0.2), AS_OF)
    assert a.band == "review"
    assert a.knowable_since == day(2017, 3)


def test_model_below_must_be_a_share() -> None:
    with pytest.raises(ConfigError, match="model_below"):
        _policy_model_below(1.5)


def test_a_held_rule_reading_says_why_it_is_held() -> None:
    note = _rule_reading("REL-13", day(2016), 0.95, "n1", 0.05)
    [part] = assess("acct-1", [note], _policy_model_below(0.2), AS_OF).contributions
    assert "the relationship model scored its record 0.05" in part.note
    assert "not yet corroborated" in part.note
    [shared] = assess(
        "acct-1",
        [_rule_reading("REL-13", day(2016), 0.95, "n1", 0.3)],
        _policy_model_below(0.2),
        AS_OF,
    ).contributions
    assert "relationship model" not in shared.note
