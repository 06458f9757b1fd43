"""Ad type: commercial_sex, massage, recruitment or other, or unsure.

A linear model (multinomial logistic regression) over three feature blocks:

1. word uni- and bigrams of the normalised text (hashed, sublinear TF-IDF, L2);
2. character 3-5-grams within words (hashed, TF-IDF, L2), robust to odd spellings;
3. the content indicators found in the ad (one feature per indicator, plus the ad score
   and whether a phone number appears).

Site chrome that names the category the ad was posted under ("- Seattle escorts -
backpage.com", "Recent ... jobs ads") is removed first: the model must read the ad, not
the site's own label. The model is stored as plain arrays (``models/ad_type.npz``) and
metadata (``models/ad_type.json``), no pickle; training: ``scripts/train_ad_type.py``;
model card: ``docs/models/ad-type.md``.

The probabilities are calibrated by one temperature and, when the most probable type is
below a probability floor, the answer is ``unsure`` instead of a forced label (both chosen
by grouped cross-validation in the training script).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize

from knowable.detect.content.indicators import ContentScanner
from knowable.errors import ConfigError
from knowable.text.normalise import normalise

AD_TYPES = ("commercial_sex", "massage", "recruitment", "other")
UNSURE = "unsure"
# every answer classify() can give: the model's classes, or unsure
ANSWERS = (*AD_TYPES, UNSURE)
N_FEATURES = 2**17
_CHROME = [
    re.compile(r"-[^-\n]{0,60}-\s*backpage\.com", re.IGNORECASE),
    re.compile(r"backpage\.com", re.IGNORECASE),
    re.compile(r"the requested ad could not be found\.?", re.IGNORECASE),
    re.compile(r"recent [a-z/&, ]{2,40} ads\.", re.IGNORECASE),
    re.compile(r"posted:\s*\w+day,[^\n]{0,40}(am|pm)", re.IGNORECASE),
    # listing-page furniture of the adult sections (present on every ad of a category, so
    # it names the category rather than describing the ad)
    re.compile(r"poster'?s age:?\s*\d*", re.IGNORECASE),
    re.compile(r"post id:?\s*\d+( [a-z]+)?", re.IGNORECASE),
    re.compile(r"\blocation:", re.IGNORECASE),
    re.compile(r"other (ads by this user|(updates|reviews) in this area)", re.IGNORECASE),
    re.compile(r"edad de la persona que public\S* el anuncio:?\s*\d*", re.IGNORECASE),
    re.compile(r"identificaci\S*n de la publicaci\S*n:?\s*\d*", re.IGNORECASE),
    re.compile(r"otros anuncios de este usuario", re.IGNORECASE),
    re.compile(r"anuncios clasificados de escorts[a-z ,]{0,60}", re.IGNORECASE),
    re.compile(r"-\s*[a-z .]{2,40} (female|male|ts|trans) escorts\b", re.IGNORECASE),
]
_PHONE = re.compile(r"#?\b1?\d{10}\b|\[phone\]")


def strip_site_chrome(text: str) -> str:
    """Remove the site's navigation and category labels from a saved ad."""
    for pattern in _CHROME:
        text = pattern.sub(" ", text)
    return text


def _word_vectorizer() -> HashingVectorizer:
    return HashingVectorizer(
        n_features=N_FEATURES, ngram_range=(1, 2), alternate_sign=False, norm=None,
        lowercase=False, token_pattern=r"(?u)\b[a-z$][a-z0-9$]+\b",
    )  # fmt: skip


def _char_vectorizer() -> HashingVectorizer:
    return HashingVectorizer(
        n_features=N_FEATURES, analyzer="char_wb", ngram_range=(3, 5), alternate_sign=False,
        norm=None, lowercase=False,
    )  # fmt: skip


def _masked(text: str, scanner: ContentScanner) -> str:
    """Blank out what indicators kept out of business scores matched (stated ethnicity):
    the ad type feeds a platform's adult share, so it must not read them."""
    hidden = [
        (start, end)
        for pid, start, end in scanner.raw_matches(text)
        if not scanner.catalogue.rules[scanner.patterns[pid].indicator].business_score
    ]
    if not hidden:
        return text
    chars = list(text)
    for start, end in hidden:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def prepared(texts: Sequence[str], scanner: ContentScanner) -> list[str]:
    """Texts as the vectorisers read them: chrome removed, normalised, capped at 5,000
    characters, stated ethnicity blanked, every phone number replaced by the word
    ``phone`` (the real training ads have their numbers redacted to ``[PHONE]``; live ads
    must look the same)."""
    out = []
    for text in texts:
        norm = normalise(strip_site_chrome(text)[:5000]).text
        out.append(_PHONE.sub(" phone ", _masked(norm, scanner)))
    return out


def indicator_features(texts: Sequence[str], scanner: ContentScanner) -> np.ndarray[Any, Any]:
    """One row per text: indicator presence, ad score, phone present.

    Length is deliberately not a feature: in the real training ads job ads are long and
    escort ads short, a site artefact that would misfile a short job ad. Indicators kept
    out of business scores (AD-04) are not features either.
    """
    ids = sorted(k for k, rule in scanner.catalogue.rules.items() if rule.business_score)
    rows = np.zeros((len(texts), len(ids) + 2), dtype=np.float64)
    for i, text in enumerate(texts):
        scan = scanner.scan(text[:5000])
        for j, key in enumerate(ids):
            rows[i, j] = 1.0 if key in scan.indicators else 0.0
        rows[i, len(ids)] = scan.score
        rows[i, len(ids) + 1] = 1.0 if _PHONE.search(normalise(text[:5000]).text) else 0.0
    return rows


def count_blocks(
    texts: Sequence[str], scanner: ContentScanner
) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """Raw hashed counts (word, char) of prepared texts."""
    ready = prepared(texts, scanner)
    return _word_vectorizer().transform(ready), _char_vectorizer().transform(ready)


def tfidf(counts: sparse.csr_matrix, idf: np.ndarray[Any, Any]) -> sparse.csr_matrix:
    """Sublinear TF times IDF, L2-normalised rows."""
    out = counts.astype(np.float64)
    out.data = 1.0 + np.log(out.data)
    out = out @ sparse.diags(idf)
    return normalize(out, norm="l2")


def design_matrix(
    texts: Sequence[str], idf_word: np.ndarray[Any, Any], idf_char: np.ndarray[Any, Any],
    scanner: ContentScanner, indicator_scale: float,
) -> sparse.csr_matrix:  # fmt: skip
    """The full feature matrix the model reads."""
    words, chars = count_blocks(texts, scanner)
    extra = sparse.csr_matrix(indicator_features(texts, scanner) * indicator_scale)
    return sparse.hstack([tfidf(words, idf_word), tfidf(chars, idf_char), extra]).tocsr()


@dataclass(frozen=True)
class AdTypeModel:
    """A trained ad type model: arrays and metadata."""

    classes: tuple[str, ...]
    coef: np.ndarray[Any, Any]
    intercept: np.ndarray[Any, Any]
    idf_word: np.ndarray[Any, Any]
    idf_char: np.ndarray[Any, Any]
    indicator_scale: float
    meta: dict[str, Any]
    # logits are divided by this before the softmax (calibration; 1 = none)
    temperature: float = 1.0
    # below this top probability the answer is "unsure" (0 = always a type)
    unsure_below: float = 0.0

    def probabilities(self, texts: Sequence[str], scanner: ContentScanner) -> np.ndarray[Any, Any]:
        """Calibrated class probabilities, one row per text, columns in ``classes`` order."""
        x = design_matrix(texts, self.idf_word, self.idf_char, scanner, self.indicator_scale)
        logits = (np.asarray(x @ self.coef.T) + self.intercept) / self.temperature
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        probs: np.ndarray[Any, Any] = exp / exp.sum(axis=1, keepdims=True)
        return probs

    def answers(self, probs: np.ndarray[Any, Any]) -> list[str]:
        """The most probable type of each row, or ``unsure`` below the probability floor."""
        return [
            self.classes[int(i)] if row[i] >= self.unsure_below else UNSURE
            for row, i in zip(probs, probs.argmax(axis=1), strict=True)
        ]

    def classify(self, texts: Sequence[str], scanner: ContentScanner) -> list[str]:
        """The ad type of each text: the most probable type, or ``unsure``."""
        return self.answers(self.probabilities(texts, scanner))


def save_model(model: AdTypeModel, npz_path: str, json_path: str) -> None:
    """Write the arrays (compressed, coefficients as sparse triples) and the metadata."""
    rows, cols = np.nonzero(model.coef)
    np.savez_compressed(
        npz_path,
        coef_rows=rows.astype(np.int8), coef_cols=cols.astype(np.int32),
        coef_vals=model.coef[rows, cols].astype(np.float32), coef_shape=np.array(model.coef.shape),
        intercept=model.intercept.astype(np.float64),
        idf_word=model.idf_word.astype(np.float32), idf_char=model.idf_char.astype(np.float32),
    )  # fmt: skip
    meta = {
        **model.meta,
        "classes": list(model.classes),
        "indicator_scale": model.indicator_scale,
        "temperature": model.temperature,
        "unsure_below": model.unsure_below,
    }
    with open(json_path, "w", encoding="utf-8") as handle:
        json.dump(meta, handle, indent=2, sort_keys=True)
        handle.write("\n")


@cache
def load_model() -> AdTypeModel:
    """The bundled model; ConfigError when it is missing (run scripts/train_ad_type.py)."""
    folder = resources.files("knowable.models")
    try:
        meta = json.loads(folder.joinpath("ad_type.json").read_text(encoding="utf-8"))
        with folder.joinpath("ad_type.npz").open("rb") as handle:
            arrays = dict(np.load(handle))
    except FileNotFoundError as exc:
        raise ConfigError("models/ad_type.*: missing; run scripts/train_ad_type.py") from exc
    shape = tuple(int(v) for v in arrays["coef_shape"])
    coef = np.zeros(shape, dtype=np.float64)
    coef[arrays["coef_rows"].astype(np.int64), arrays["coef_cols"]] = arrays["coef_vals"]
    return AdTypeModel(
        classes=tuple(meta["classes"]),
        coef=coef,
        intercept=arrays["intercept"],
        idf_word=arrays["idf_word"].astype(np.float64),
        idf_char=arrays["idf_char"].astype(np.float64),
        indicator_scale=float(meta["indicator_scale"]),
        meta=meta,
        temperature=float(meta.get("temperature", 1.0)),
        unsure_below=float(meta.get("unsure_below", 0.0)),
    )
