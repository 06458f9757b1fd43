"""REL-04 (trend), REL-06 (renewal after a red flag) and REL-09 (case structure)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from knowable.catalogue import read_yaml
from knowable.catalogue.relationship import RULES_FILE, load_rules_from, relationship_rules
from knowable.detect.relationship.detector import detect_relationship
from knowable.errors import ConfigError
from knowable.model import Record, Signal

#: The rules alone (the trained model's part is tested in test_relationship_model).
RULES_ONLY = relationship_rules().model_copy(update={"model": None})


def _detect(records: list[Record], red_flags: list[Signal] | None = None) -> list[Signal]:
    return detect_relationship(records, red_flags=red_flags or [], rules=RULES_ONLY)


def _day(year: int, month: int, day: int = 1) -> datetime:
    return datetime(year, month, day, tzinfo=UTC)


def _rec(
    kind: str, when: datetime, text: str = "", subject: str = "acct-1", **payload: object
) -> Record:
    return Record(
        source="crm",
        kind=kind,
        payload={"text": text, **payload},
        available_at=when,
        subject_key=subject,
        text=text,
    )


def _flag(
    subject: str, when: datetime, indicator: str = "NEWS-04", strength: float = 0.8
) -> Signal:
    return Signal(subject, indicator, strength, when, "media", "1", record_id=f"news-{when.date()}")


def _won(when: datetime, kind: str = "Renewal", subject: str = "acct-1") -> Record:
    return _rec(
        "Opportunity",
        when,
        f"{kind} {when.year}",
        subject,
        StageName="Closed Won",
        Type=kind,
        Amount=12000,
    )


def test_renewal_after_public_red_flag_fires() -> None:
    signals = _detect([_won(_day(2016, 1, 15))], red_flags=[_flag("acct-1", _day(2015, 7, 1))])
    [rel06] = [s for s in signals if s.indicator == "REL-06"]
    assert rel06.observed_at == _day(2016, 1, 15)
    assert rel06.details["first_flag"]["indicator"] == "NEWS-04"
    assert any(e.field == "StageName" and e.quote == "Closed Won" for e in rel06.evidence)


@pytest.mark.parametrize(
    ("record", "flags"),
    [
        (_won(_day(2014, 1, 15)), [_flag("acct-1", _day(2015, 7, 1))]),  # renewal before the flag
        (_won(_day(2016, 1, 15)), [_flag("acct-2", _day(2015, 7, 1))]),  # flag on another customer
        (_won(_day(2016, 1, 15), kind="New Business"), [_flag("acct-1", _day(2015, 7, 1))]),
        (_won(_day(2016, 1, 15)), [_flag("acct-1", _day(2015, 7, 1), strength=0.2)]),  # weak flag
        (
            _won(_day(2016, 1, 15)),
            [_flag("acct-1", _day(2015, 7, 1), indicator="AD-04")],
        ),  # fairness
        (
            _rec("Opportunity", _day(2016, 1, 15), "", StageName="Closed Lost", Type="Renewal"),
            [_flag("acct-1", _day(2015, 7, 1))],
        ),
    ],
)
def test_renewal_rule_negatives(record: Record, flags: list[Signal]) -> None:
    assert not [s for s in _detect([record], red_flags=flags) if s.indicator == "REL-06"]


def test_red_flag_from_crm_text_counts_for_renewal() -> None:
    note = _rec(
        "Note", _day(2015, 7, 10), "Visa and Mastercard stopped processing payments for them."
    )
    signals = _detect([note, _won(_day(2015, 9, 1), kind="Upsell")])
    assert {"REL-01", "REL-06"} <= {s.indicator for s in signals}


def _meetings(
    dates: list[datetime], text: str = "Working session on a custom integration."
) -> list[Record]:
    return [_rec("Event", d, text, Subject=f"m{d.date()}") for d in dates]


def test_tailoring_trend_fires_once_for_flagged_customer() -> None:
    records = _meetings([_day(2014, 2), _day(2014, 6), _day(2014, 9), _day(2014, 11)])
    signals = _detect(records, red_flags=[_flag("acct-1", _day(2014, 1))])
    [rel04] = [s for s in signals if s.indicator == "REL-04"]
    assert rel04.observed_at == _day(2014, 9)
    assert len(rel04.evidence) == 3


def test_tailoring_trend_needs_a_flag_and_growth() -> None:
    records = _meetings([_day(2014, 2), _day(2014, 6), _day(2014, 9)])
    assert not [s for s in _detect(records) if s.indicator == "REL-04"]
    # flagged only after the growth: fires at the first date that is both
    late = _detect(records + _meetings([_day(2016, 1)]), red_flags=[_flag("acct-1", _day(2015, 1))])
    assert not [s for s in late if s.indicator == "REL-04"]
    # steady support (as many meetings as the year before) is not growth
    steady = _meetings([_day(y, m) for y in (2011, 2012, 2013, 2014) for m in (1, 5, 9)])
    found = _detect(steady, red_flags=[_flag("acct-1", _day(2014, 1))])
    assert not [s for s in found if s.indicator == "REL-04"]


def test_ordinary_meetings_are_not_tailored() -> None:
    records = _meetings(
        [_day(2014, 2), _day(2014, 6), _day(2014, 9)], text="Quarterly business review."
    )
    found = _detect(records, red_flags=[_flag("acct-1", _day(2014, 1))])
    assert not [s for s in found if s.indicator == "REL-04"]


def test_closed_case_about_concern_without_investigation() -> None:
    case = _rec(
        "Case",
        _day(2016, 3, 3),
        "User report says an ad shows a minor. Please check.",
        Status="Closed",
    )
    [rel09] = [s for s in _detect([case]) if s.indicator == "REL-09"]
    assert "rel09-closed-case-structure" in rel09.details["rules"]
    assert {e.field for e in rel09.evidence} == {None, "Status"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("User report says an ad shows a minor. Investigated and referred to NCMEC.", "Closed"),
        ("User report says an ad shows a minor.", "Open"),
        ("Customer cannot log in after the upgrade.", "Closed"),
    ],
)
def test_closed_case_negatives(text: str, status: str) -> None:
    case = _rec("Case", _day(2016, 3, 3), text, Status=status)
    assert not [s for s in _detect([case]) if s.indicator == "REL-09"]


def test_bad_rules_file_names_the_entry() -> None:
    data = read_yaml(RULES_FILE)
    data["rules"][0]["all"] = ["no_such_concept"]
    with pytest.raises(
        ConfigError, match=r"relationship_rules.yml: rules\[rel01-payer-dropped\]: unknown concept"
    ):
        load_rules_from(data)
    data = read_yaml(RULES_FILE)
    data["rules"][0]["indicator"] = "REL-99"
    with pytest.raises(ConfigError, match="unknown indicator 'REL-99'"):
        load_rules_from(data)
    data = read_yaml(RULES_FILE)
    data["negation"]["cues"][0] = False
    with pytest.raises(ConfigError, match=r"negation.cues.0"):
        load_rules_from(data)
