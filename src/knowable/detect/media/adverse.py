"""Article-level adverse-media triage model: a small linear model stored as JSON weights.

The model is a linear model over word n-gram features, trained by
``bench/train_media_model.py`` (see docs/models/media-adverse.md). Each feature is the
n-gram's term weight (``tf``: ``sublinear`` 1 + log count, or ``binary`` 1 when present)
times its stored scale (an idf, or a Naive Bayes log-count ratio), optionally L2-normalised
over the article (``norm``), then multiplied by its coefficient. Inference is reimplemented
here in a few lines so that the runtime needs no pickled objects and no scikit-learn: the
training script checks that both give the same scores. Files without ``ngram_max``,
``tf`` or ``norm`` read as unigram, sublinear, L2 (the first format).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from knowable.errors import ConfigError

MODEL_FILE = "media_adverse.json"
# The same tokens scikit-learn's default token_pattern finds, lower-cased.
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens of two or more characters."""
    return _TOKEN.findall(text.lower())


def ngrams(text: str, ngram_max: int = 1) -> list[str]:
    """Word n-grams of 1..``ngram_max`` tokens, joined by a space (as scikit-learn does)."""
    words = tokens(text)
    out = list(words)
    for n in range(2, ngram_max + 1):
        out += [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
    return out


@dataclass(frozen=True)
class AdverseModel:
    """Weights of the linear model: per n-gram its scale (idf or NB ratio) and coefficient,
    plus the intercept and how term counts become features."""

    version: str
    intercept: float
    threshold: float
    weights: dict[str, tuple[float, float]]
    ngram_max: int = 1
    tf: str = "sublinear"
    norm: str = "l2"

    def _features(self, text: str) -> tuple[dict[str, float], float]:
        weights = self.weights
        counts = Counter(ngrams(text, self.ngram_max))
        if self.tf == "binary":
            values = {t: weights[t][0] for t in counts if t in weights}
        else:
            values = {
                t: (1.0 + math.log(c)) * weights[t][0] for t, c in counts.items() if t in weights
            }
        if self.norm == "l2":
            return values, math.sqrt(sum(v * v for v in values.values()))
        return values, 1.0 if values else 0.0

    def score(self, text: str) -> float:
        """Probability-like score in 0..1 that the article is adverse media."""
        values, norm = self._features(text)
        margin = self.intercept
        if norm > 0:
            margin += sum(self.weights[t][1] * v for t, v in values.items()) / norm
        return 1.0 / (1.0 + math.exp(-margin))

    def is_adverse(self, text: str) -> bool:
        return self.score(text) >= self.threshold

    def explain(self, text: str, top: int = 8) -> list[tuple[str, float]]:
        """The tokens that pushed the score most, with their signed contribution to the margin."""
        values, norm = self._features(text)
        if norm == 0:
            return []
        parts = [(t, self.weights[t][1] * v / norm) for t, v in values.items()]
        parts.sort(key=lambda p: -abs(p[1]))
        return [(t, round(c, 4)) for t, c in parts[:top]]


def model_from_dict(data: dict[str, Any], name: str = MODEL_FILE) -> AdverseModel:
    """Validate and build a model from its JSON form."""
    try:
        weights = {str(t): (float(w[0]), float(w[1])) for t, w in data["weights"].items()}
        model = AdverseModel(
            version=str(data["version"]),
            intercept=float(data["intercept"]),
            threshold=float(data.get("threshold", 0.5)),
            weights=weights,
            ngram_max=int(data.get("ngram_max", 1)),
            tf=str(data.get("tf", "sublinear")),
            norm=str(data.get("norm", "l2")),
        )
        if model.tf not in ("sublinear", "binary") or model.norm not in ("l2", "none"):
            raise ValueError(f"unknown tf {model.tf!r} or norm {model.norm!r}")
        if not 1 <= model.ngram_max <= 3:
            raise ValueError(f"ngram_max {model.ngram_max} not in 1..3")
        return model
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ConfigError(f"models/{name}: not a valid adverse-media model: {exc!r}") from exc


@cache
def bundled_model() -> AdverseModel:
    """The committed model (src/knowable/models/media_adverse.json)."""
    path = resources.files("knowable").joinpath("models", MODEL_FILE)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"models/{MODEL_FILE}: cannot read the model: {exc}") from exc
    return model_from_dict(data)
