"""Assessments as of a date: families, caps, decay, exclusions, not screened."""

from __future__ import annotations

import pytest
from assess_factories import day, sig

from knowable.assess.score import assess
from knowable.catalogue.policy import NOT_SCREENED, bundled_policy
from knowable.model import Signal

POLICY = bundled_policy()


def test_repetition_within_one_family_stays_under_its_cap() -> None:
    signals = [sig("REL-05", day(2014, m), ref=str(m)) for m in range(1, 13)]
    result = assess("acct-1", signals, POLICY, day(2015))
    assert result.score == pytest.approx(POLICY.spec.families["relationship"].cap)
    assert result.band == "review"  # one family never reaches the top band


def test_two_families_reach_the_top_band() -> None:
    signals = [sig("REL-05", day(2014, m), ref=str(m)) for m in range(1, 7)]
    signals += [sig("NEWS-05", day(2014, 8), strength=1.0, stage="seizure")]
    result = assess("acct-1", signals, POLICY, day(2015))
    assert result.band == "escalate"
    assert sum(c.value for c in result.contributions) == pytest.approx(result.score)


def test_allegations_decay_and_convictions_do_not() -> None:
    alleged = assess("acct-1", [sig("NEWS-02", day(2010), stage="allegation")], POLICY, day(2020))
    fresh = assess("acct-1", [sig("NEWS-02", day(2010), stage="allegation")], POLICY, day(2010, 2))
    convicted = assess("acct-1", [sig("NEWS-01", day(2010), stage="conviction")], POLICY, day(2020))
    convicted_then = assess(
        "acct-1", [sig("NEWS-01", day(2010), stage="conviction")], POLICY, day(2010, 2)
    )
    assert alleged.score < fresh.score / 10
    assert convicted.score == pytest.approx(convicted_then.score)


def test_knowable_since_is_first_crossing_with_carrying_signals() -> None:
    signals = [
        sig("REL-03", day(2013, 11)),
        sig("REL-05", day(2014, 3)),
        sig("REL-01", day(2015, 7)),
    ]
    result = assess("acct-1", signals, POLICY, day(2018))
    assert result.knowable_since == day(2014, 3)
    carried = [c for c in result.contributions if "carried" in c.note]
    assert [c.indicator for c in carried] == ["REL-05"]


def test_fairness_exclusion_is_shown_and_not_scored() -> None:
    result = assess("acct-1", [sig("AD-04", day(2014), strength=1.0)], POLICY, day(2015))
    assert result.score == 0.0
    assert result.band == "clear"
    [c] = result.contributions
    assert c.value == 0.0 and "fairness" in c.note


def test_undated_signals_are_listed_not_scored() -> None:
    result = assess("acct-1", [sig("REL-05", None), sig("REL-03", day(2014))], POLICY, day(2015))
    undated = [c for c in result.contributions if c.note.startswith("undated")]
    assert [c.indicator for c in undated] == ["REL-05"]
    assert result.score == pytest.approx(
        assess("acct-1", [sig("REL-03", day(2014))], POLICY, day(2015)).score
    )


def test_not_screened_is_never_clear() -> None:
    result = assess("acct-9", [], POLICY, day(2015), screened=False)
    assert result.band == NOT_SCREENED and not result.screened
    assert assess("acct-9", [], POLICY, day(2015), screened=True).band == "clear"


def test_policy_version_and_hash_recorded() -> None:
    result = assess("acct-1", [sig("REL-03", day(2014))], POLICY, day(2015))
    assert (result.policy_version, result.policy_hash) == (POLICY.version, POLICY.sha256)


def test_other_subjects_signals_are_ignored() -> None:
    result = assess("acct-1", [sig("REL-05", day(2014), subject="acct-2")], POLICY, day(2015))
    assert result.score == 0.0


def test_signals_about_the_subjects_people_count_when_related() -> None:
    officer = sig("NEWS-01", day(2014), strength=1.0, subject="person-1", stage="conviction")
    assert assess("acct-1", [officer], POLICY, day(2015)).score == 0.0
    related = assess("acct-1", [officer], POLICY, day(2015), related=frozenset({"person-1"}))
    assert related.score > 0.5


def test_derived_renewal_signals_never_count_as_agreement() -> None:
    signals = [sig("REL-05", day(2014, m), ref=str(m)) for m in range(1, 7)]
    signals += [sig("REL-06", day(2015, m), ref=str(m)) for m in range(1, 7)]
    result = assess("acct-1", signals, POLICY, day(2016))
    # Participation raises the score within review but never across escalate's edge.
    assert 0.75 < result.score < 0.795
    assert result.band == "review"
    assert {c.family for c in result.contributions if c.indicator == "REL-06"} == {"participation"}


def _crm(indicator: str, when: object, ref: str) -> Signal:
    return Signal("acct-1", indicator, 0.9, when, "relationship", "1", record_id=ref)  # type: ignore[arg-type]


def test_provider_records_count_as_one_source_until_corroborated() -> None:
    own = [
        _crm(i, day(2015, m), f"n{m}")
        for m, i in enumerate(["BEH-01", "BEH-02", "BEH-05", "BIZ-17", "BIZ-17", "REL-07"], 1)
    ]
    alone = assess("acct-1", own, POLICY, day(2016))
    assert alone.score >= 0.8 and alone.band == "review"
    news = sig("NEWS-01", day(2015, 9), strength=1.0, stage="charge")
    corroborated = assess("acct-1", [*own, news], POLICY, day(2016))
    assert corroborated.band == "escalate"
