"""Police action against the customer's own people, and children's ages written as numbers:
the strong REL-13 readings fire when the owner or manager is the one charged, or a child
is found or recovered; not when a guest, a former employee or stolen goods are the point."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.detector import detect_relationship
from knowable.detect.relationship.reader import RecordReader
from knowable.model import Record

RULES_ONLY = relationship_rules().model_copy(update={"model": None})


def _record(text: str) -> Record:
    return Record(
        "crm",
        "Note",
        {"Body": text},
        datetime(2018, 5, 1, tzinfo=UTC),
        subject_key="acct-1",
        text=text,
    )


def _rules(text: str) -> set[str]:
    found = detect_relationship([_record(text)], rules=RULES_ONLY)
    return {rule for s in found for rule in s.details.get("rules", ())}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "News: owner R. Dawes + gm charged w/ trafficking after the raid.",
            "rel13-principal-charged-for-harm",
        ),
        (
            "Deputy says the operator, was arrested Friday for promoting prostitution.",
            "rel13-principal-charged-for-harm",
        ),
        ("Vice raided the club; girls 15-16 y/o inside.", "rel13-customer-targeted-minor"),
        ("Trooper: a 14 y/o was recovered from rm 31 in the sting.", "rel13-minor-recovered"),
        # rules 2026.12.25: "runaway" makes the number an age
        ("Det says 2 runaways (15 and 16) recovered from room 112.", "rel13-minor-recovered"),
    ],
)
def test_strong_police_readings(text: str, rule: str) -> None:
    assert rule in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mgr said a guest was arrested for prostitution last week.",
        "A former bellman was arrested for promoting prostitution downtown.",
        "Owner charged w/ drug trafficking, per local paper.",
        "Stolen laptop recovered by police, suspect 16 y/o.",
        "Runaway 15 minutes late, van recovered by the tow company.",
        "Our night auditor called 911 about a 15 y/o with an older man; the girl was recovered.",
    ],
)
def test_not_the_customer_or_not_the_harm(text: str) -> None:
    strong = {
        "rel13-principal-charged-for-harm",
        "rel13-customer-targeted-minor",
        "rel13-minor-recovered",
        "rel13-customer-targeted-for-harm",
    }
    assert not _rules(text) & strong


def test_ages_are_marked_on_their_tokens() -> None:
    text = "Booked 3 rooms. She looks about 14, per the clerk."
    read = RecordReader(relationship_rules()).read(_record(text))
    marked = [(rs, hit) for rs in read for hit in rs.positive("minor_age")]
    assert len(marked) == 1
    sentence, hit = marked[0]
    tokens = sentence.sentence.tokens[hit.first : hit.last + 1]
    assert "14" in text[tokens[0].start : tokens[-1].end]


def test_numbers_that_are_not_ages_are_not_marked() -> None:
    reader = RecordReader(relationship_rules())
    read = reader.read(_record("Booked 15 rooms for 16 nights; invoice 17 is paid."))
    assert not any(rs.positive("minor_age") for rs in read)
