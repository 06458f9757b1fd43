"""A reading marked ``stands_alone`` is not vetoed or held by the trained model; the
roles and the rule's own ``unless`` still apply."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.detector import detect_relationship, record_scores
from knowable.detect.relationship.model import load_model
from knowable.model import Record

DAY = datetime(2016, 3, 4, tzinfo=UTC)
PLAIN = "Police raided the motel last night and the owner was arrested for trafficking minors."


def _note(text: str) -> Record:
    return Record(
        source="crm",
        kind="Note",
        payload={"Body": text},
        available_at=DAY,
        subject_key="acct-1",
        text=text,
    )


def test_the_model_alone_would_hold_the_plain_fact() -> None:
    # The premise: the bundled model reads this sentence below its corroboration bar, so
    # without stands_alone the police reading would be dropped.
    rules = relationship_rules()
    assert rules.model is not None
    score = record_scores([_note(PLAIN)], load_model(), rules.renewal)
    assert max(score.values()) < rules.model.corroborate_at


def test_police_action_against_the_owner_for_the_harm_stands_alone() -> None:
    signals = [s for s in detect_relationship([_note(PLAIN)]) if s.indicator == "REL-13"]
    assert signals
    assert signals[0].evidence[0].quote.startswith("Police raided the motel")


def test_without_stands_alone_the_model_holds_it() -> None:
    rules = relationship_rules()
    held = rules.model_copy(
        update={
            "rules": [r.model_copy(update={"stands_alone": False}) for r in rules.rules],
        }
    )
    found = detect_relationship([_note(PLAIN)], rules=held)
    assert not [s for s in found if s.indicator == "REL-13"]


@pytest.mark.parametrize(
    "text",
    [
        # trafficking in goods, not people
        "News alert hit: a trucking co of the same name, owner charged w/ drug trafficking.",
        # police acting on someone other than the customer
        "A guest was arrested at the motel last night for trafficking minors.",
    ],
)
def test_no_strong_reading(text: str) -> None:
    # The readings that stand alone do not fire; the plain "owner charged" reading, held
    # by the model (corroborate_at), is the model's call, not these rules'.
    strong = {r.id for r in relationship_rules().rules if r.stands_alone}
    found = detect_relationship([_note(text)])
    assert not [s for s in found if s.indicator == "REL-13" and strong & set(s.details["rules"])]
