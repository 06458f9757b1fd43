"""The relationship model's training labels in time, its folds by author and its timing
objective (scripts/train_relationship.py), on fictional records and labels."""

from __future__ import annotations

import importlib.util
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest

from knowable.model import Record

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location(
        "train_relationship", ROOT / "scripts" / "train_relationship.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_relationship"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


tr = _load()


def _record(account: str, ident: str, day: tuple[int, int, int]) -> Record:
    text = f"Note {ident} about the account."
    when = datetime(*day, tzinfo=UTC)
    return Record(
        "crm", "Note", {"Body": text}, when, subject_key=account, text=text, external_id=ident
    )


ACCOUNTS = {
    "pos": {
        "AccountId": "pos",
        "label": "positive",
        "kind": "motel",
        "knowable_from": "2016-05-01",
        "evidence_ids": "hint;fact;later",
    },
    "hard": {
        "AccountId": "hard",
        "label": "negative",
        "kind": "hard:ngo",
        "knowable_from": "",
        "evidence_ids": "ngo1",
    },
}
RECORDS = [
    _record("pos", "hint", (2015, 9, 1)),  # evidence before the label: a hint
    _record("pos", "fact", (2016, 5, 1)),  # the label's own record
    _record("pos", "later", (2018, 1, 1)),  # a confirmation long after
    _record("pos", "routine", (2016, 6, 1)),  # not evidence
    _record("hard", "ngo1", (2016, 1, 1)),  # a hard look-alike's evidence
]


def _rows(scheme: object) -> dict[str, tuple[int, float]]:
    _, y, w, _ = tr.labelled(RECORDS, ACCOUNTS, scheme)
    return {
        str(r.external_id): (int(label), float(weight))
        for r, label, weight in zip(RECORDS, y.tolist(), w.tolist(), strict=True)
    }


def test_every_evidence_record_is_positive_in_the_old_scheme() -> None:
    rows = _rows(tr.ALL_EVIDENCE)
    assert rows["hint"] == (1, 1.0) and rows["fact"] == (1, 1.0) and rows["later"] == (1, 1.0)
    assert rows["routine"] == (0, 1.0)
    assert rows["ngo1"] == (0, tr.HARD_WEIGHT)


def test_evidence_before_the_label_is_weighted_down_in_time() -> None:
    rows = _rows(tr.LabelScheme(early_weight=0.3))
    assert rows["hint"] == (1, 0.3)
    assert rows["fact"] == (1, 1.0) and rows["later"] == (1, 1.0)
    assert rows["routine"] == (0, 1.0)


def test_evidence_before_the_label_can_be_left_out_or_called_negative() -> None:
    assert _rows(tr.LabelScheme(early="drop"))["hint"] == (1, 0.0)
    assert _rows(tr.LabelScheme(early="negative", early_weight=0.5))["hint"] == (0, 0.5)


def test_confirmations_long_after_can_be_weighted() -> None:
    rows = _rows(tr.LabelScheme(late_days=365, late_weight=0.5))
    assert rows["later"] == (1, 0.5)
    assert rows["fact"] == (1, 1.0)


def test_a_scheme_round_trips_through_the_model_metadata() -> None:
    scheme = tr.LabelScheme(early_weight=0.3, hard_weight=5.0)
    assert tr.LabelScheme.from_dict(scheme.as_dict()) == scheme
    assert tr.LabelScheme.from_dict(None) == tr.ALL_EVIDENCE


def test_one_fold_per_part_holds_each_author_out_whole() -> None:
    groups = ["a1", "a1", "a2", "b1", "b2", "b2", "c1"]
    parts = {"a1": "partA", "a2": "partA", "b1": "partB", "b2": "partB", "c1": "partC"}
    folds = tr.folds(groups, parts)
    assert len(folds) == 3
    for train, test in folds:
        held = {parts[groups[i]] for i in test}
        assert len(held) == 1
        assert held.isdisjoint({parts[groups[i]] for i in train})
    assert sorted(i for _, test in folds for i in test) == list(range(len(groups)))


def test_the_timing_objective_counts_early_flags_against_the_model() -> None:
    on_time = {"positives": 10, "f1": 0.9, "knowable_since_within_180d_of_label": 0.8,
               "knowable_since": {"within": 8, "late": 2}}  # fmt: skip
    early = {**on_time, "knowable_since": {"within": 8, "early": 2}}
    assert tr.timing_objective(on_time) == pytest.approx(1.7)
    assert tr.timing_objective(early) == pytest.approx(1.7 - 0.5 * 0.2)


def _fit_by_author(min_parts: int) -> tuple[object, dict[str, float]]:
    """A fit on fictional notes by two authors: "wirecard" (author A's own word) and
    "passport" (both authors') each come with the red flags; returns the model and the
    coefficient of each word's unigram column."""
    import numpy as np

    from knowable.detect.relationship.model import count_blocks, prepare

    flagged_a = ["boss keeps the passport wirecard", "passport held by owner wirecard"]
    flagged_b = ["manager holds every passport", "passport kept in the office safe"]
    routine_a = ["invoice sent wirecard", "password reset done", "seat added for wirecard"]
    routine_b = ["invoice sent", "renewal call booked", "seat added"]
    texts = [prepare(t) for t in flagged_a + flagged_b + routine_a + routine_b]
    y = np.array([1, 1, 1, 1] + [0] * 6)
    w = np.ones(len(texts))
    parts = np.array(
        ["partA", "partA", "partB", "partB", "partA", "partA", "partA"] + ["partB"] * 3
    )
    words, chars = count_blocks(texts)
    model = tr.fit_counts(words, chars, y, w, 2.0, parts, min_parts)
    coef = {}
    for word in ("wirecard", "passport"):
        column = count_blocks([word])[0].indices[0]
        coef[word] = float(model.coef[column])
    return model, coef


def test_a_feature_of_one_author_gets_no_coefficient_with_min_parts_2() -> None:
    _, coef = _fit_by_author(2)
    assert coef["wirecard"] == 0.0
    assert coef["passport"] > 0.0


def test_every_feature_can_carry_a_score_with_min_parts_1() -> None:
    _, coef = _fit_by_author(1)
    assert coef["wirecard"] != 0.0
    assert coef["passport"] > 0.0


def test_masked_features_still_count_in_the_row_norm() -> None:
    """A one-author column keeps its IDF: a text made of it dilutes a shared red-flag
    word, so "passport" beside four unknown words scores lower than "passport" alone."""
    masked, _ = _fit_by_author(2)
    plain, _ = _fit_by_author(1)
    assert (masked.idf_word == plain.idf_word).all()
    alone, diluted = masked.scores_prepared(["passport", "passport wirecard wirecard"])
    assert diluted < alone
