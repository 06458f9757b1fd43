"""The article-level model: JSON weights load, score and explain; bad files fail clearly."""

from __future__ import annotations

import math

import pytest

from knowable.detect.media.adverse import bundled_model, model_from_dict, ngrams, tokens
from knowable.errors import ConfigError

ADVERSE = (
    "Prosecutors charged the former chief executive with fraud and money laundering on "
    "Tuesday, accusing him of siphoning millions from investors through shell companies."
)
BENIGN = (
    "The orchestra announced its spring programme on Tuesday, with three new concerts and a "
    "free afternoon for schools in the city's concert hall."
)


def test_tokens_are_lower_case_words_of_two_or_more_characters() -> None:
    assert tokens("A Fraud-case: X 42 ok") == ["fraud", "case", "42", "ok"]


def test_tiny_model_computes_tfidf_logistic_score() -> None:
    model = model_from_dict(
        {"version": "t", "intercept": -1.0, "weights": {"fraud": [2.0, 3.0], "cake": [1.0, -1.0]}}
    )
    # one "fraud": tf 1, idf 2 -> x = 2, norm 2 -> normalised 1; margin = -1 + 3
    assert model.score("fraud") == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert model.score("nothing known here") == pytest.approx(1 / (1 + math.exp(1.0)))
    assert model.explain("fraud cake")[0][0] == "fraud"


def test_ngrams_join_neighbouring_tokens_as_scikit_learn_does() -> None:
    assert ngrams("Money laundering charges", 2) == [
        "money", "laundering", "charges", "money laundering", "laundering charges",
    ]  # fmt: skip
    assert ngrams("a b", 1) == []


def test_binary_unnormalised_bigram_model() -> None:
    model = model_from_dict(
        {
            "version": "t", "intercept": -1.0, "ngram_max": 2, "tf": "binary", "norm": "none",
            "weights": {"money laundering": [2.0, 1.5], "money": [1.0, 0.5]},
        }
    )  # fmt: skip
    # binary: repeats do not count; margin = -1 + 2*1.5 + 1*0.5
    assert model.score("money laundering, money laundering") == pytest.approx(
        1 / (1 + math.exp(-2.5))
    )
    assert model.score("nothing") == pytest.approx(1 / (1 + math.exp(1.0)))


def test_bundled_model_separates_adverse_from_benign() -> None:
    model = bundled_model()
    assert model.is_adverse(ADVERSE)
    assert not model.is_adverse(BENIGN)
    assert "charged" in [t for t, _ in model.explain(ADVERSE)]


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"version": "x", "intercept": "nan?", "weights": {}},
        {"version": "x", "weights": {"a": 1}},
        {"version": "x", "intercept": 0, "weights": {}, "tf": "log"},
        {"version": "x", "intercept": 0, "weights": {}, "ngram_max": 7},
    ],
)
def test_invalid_model_is_a_config_error(data: dict[str, object]) -> None:
    with pytest.raises(ConfigError, match=r"models/media_adverse\.json"):
        model_from_dict(data)  # type: ignore[arg-type]
