"""Relationship model: how likely a CRM record is a red flag about the customer's own conduct.

A binary linear model (logistic regression) over two hashed, sublinear TF-IDF blocks:

1. word uni- and bigrams;
2. character 3-5-grams within words (robust to typos, abbreviations and inflections).

The text it reads is the record's own text followed by the gloss of
:func:`knowable.catalogue.crm_language.with_gloss` (abbreviations expanded, ages under 18
marked, Spanish / Portuguese / French cue words in English), lower-cased with accents
folded and every digit written as ``0`` (magnitude stays, exact numbers do not), and the
record kind as a token. It was trained on the development part of the relationship
evaluation set only: the records that carry a positive customer's evidence against every
other record, the evidence records of hard look-alikes (NGOs, law firms, platforms that
report their own users...) weighted up. It scores a record and each of its sentences, so a
signal quotes the sentence that carried the score.

Stored as plain arrays (``models/relationship.npz``) and metadata
(``models/relationship.json``), no pickle; training: ``scripts/train_relationship.py``;
model card: ``docs/models/relationship.md``.
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

from knowable.catalogue.crm_language import with_gloss
from knowable.errors import ConfigError
from knowable.text.match import without_accents

MODEL_ID = "relationship-lr"
N_FEATURES = 2**18
#: Texts scored per feature matrix.
SCORE_CHUNK = 20_000
_DIGIT = re.compile(r"\d")


def prepare(text: str, kind: str = "") -> str:
    """The text as the vectorisers read it (see the module docstring)."""
    glossed = with_gloss(text)
    folded = _DIGIT.sub("0", without_accents(glossed.lower()))
    return f"kind_{kind.lower()} {folded}" if kind else folded


@cache
def _word_vectorizer() -> HashingVectorizer:
    return HashingVectorizer(
        n_features=N_FEATURES, ngram_range=(1, 2), alternate_sign=False, norm=None,
        lowercase=False, token_pattern=r"(?u)\b\w+\b|%|\$",
    )  # fmt: skip


@cache
def _char_vectorizer() -> HashingVectorizer:
    return HashingVectorizer(
        n_features=N_FEATURES, analyzer="char_wb", ngram_range=(3, 5), alternate_sign=False,
        norm=None, lowercase=False,
    )  # fmt: skip


def count_blocks(texts: Sequence[str]) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """Raw hashed counts (word, char) of prepared texts."""
    return _word_vectorizer().transform(texts), _char_vectorizer().transform(texts)


def tfidf(counts: sparse.csr_matrix, idf: np.ndarray[Any, Any]) -> sparse.csr_matrix:
    """Sublinear TF times IDF, L2-normalised rows.

    The IDF is applied entry by entry (``tf * idf[column]``) instead of as a product with a
    diagonal matrix of all 2**18 columns, which cost more than the rest for a few texts.
    Each row's entries are laid out in the order that product gave them (its columns
    reversed), so the row norms and the model's dot products add the same numbers in the
    same order and every score is bit for bit what the product gave
    (``tests/detect/test_relationship_model.py`` holds the two side by side).
    """
    counts = counts.tocsr()
    counts.sum_duplicates()
    bounds = counts.indptr
    rows = np.repeat(np.arange(counts.shape[0]), np.diff(bounds))
    order = bounds[rows] + bounds[rows + 1] - 1 - np.arange(counts.nnz)
    columns = counts.indices[order]
    data = (1.0 + np.log(counts.data[order].astype(np.float64))) * idf[columns]
    out = sparse.csr_matrix((data, columns, bounds.copy()), shape=counts.shape)
    return normalize(out, norm="l2")


def tfidf_by_product(counts: sparse.csr_matrix, idf: np.ndarray[Any, Any]) -> sparse.csr_matrix:
    """:func:`tfidf` as the product with the diagonal IDF matrix (the reference it equals)."""
    out = counts.astype(np.float64)
    out.data = 1.0 + np.log(out.data)
    out = out @ sparse.diags(idf)
    return normalize(out, norm="l2")


def design_matrix(
    texts: Sequence[str], idf_word: np.ndarray[Any, Any], idf_char: np.ndarray[Any, Any]
) -> sparse.csr_matrix:
    """The feature matrix the model reads, from prepared texts."""
    words, chars = count_blocks(texts)
    return sparse.hstack([tfidf(words, idf_word), tfidf(chars, idf_char)]).tocsr()


@dataclass(frozen=True)
class RelationshipModel:
    """A trained relationship model: arrays and metadata."""

    coef: np.ndarray[Any, Any]
    intercept: float
    idf_word: np.ndarray[Any, Any]
    idf_char: np.ndarray[Any, Any]
    meta: dict[str, Any]

    @property
    def version(self) -> str:
        return str(self.meta.get("version", "0"))

    def scores_prepared(self, texts: Sequence[str]) -> np.ndarray[Any, Any]:
        """Probability of "red flag about the customer's own conduct", per prepared text."""
        if not texts:
            return np.zeros(0, dtype=np.float64)
        parts = []
        # In chunks, so a million texts never build one feature matrix (each text's
        # score depends on its own row only).
        for start in range(0, len(texts), SCORE_CHUNK):
            x = design_matrix(texts[start : start + SCORE_CHUNK], self.idf_word, self.idf_char)
            parts.append(np.asarray(x @ self.coef).ravel())
        logits = np.concatenate(parts) + self.intercept
        out: np.ndarray[Any, Any] = 1.0 / (1.0 + np.exp(-logits))
        return out

    def scores(self, texts: Sequence[str], kinds: Sequence[str] = ()) -> np.ndarray[Any, Any]:
        """Probabilities for raw texts (with their record kinds, when known)."""
        kinds = list(kinds) or [""] * len(texts)
        return self.scores_prepared([prepare(t, k) for t, k in zip(texts, kinds, strict=True)])


def idf_from_counts(counts: sparse.csr_matrix) -> np.ndarray[Any, Any]:
    """Smoothed IDF of every hashed column (as scikit-learn's TfidfTransformer)."""
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.float64)
    out: np.ndarray[Any, Any] = np.log((1.0 + n) / (1.0 + df)) + 1.0
    return out


def save_model(model: RelationshipModel, npz_path: str, json_path: str) -> None:
    """Write the arrays (coefficients and IDF as sparse pairs) and the metadata."""
    cols = np.nonzero(model.coef)[0]
    default_word = float(model.idf_word.max())
    default_char = float(model.idf_char.max())
    word_cols = np.nonzero(model.idf_word < default_word)[0]
    char_cols = np.nonzero(model.idf_char < default_char)[0]
    np.savez_compressed(
        npz_path,
        coef_cols=cols.astype(np.int32), coef_vals=model.coef[cols].astype(np.float32),
        coef_len=np.array([len(model.coef)]), intercept=np.array([model.intercept]),
        idf_word_cols=word_cols.astype(np.int32),
        idf_word_vals=model.idf_word[word_cols].astype(np.float32),
        idf_char_cols=char_cols.astype(np.int32),
        idf_char_vals=model.idf_char[char_cols].astype(np.float32),
        idf_default=np.array([default_word, default_char]),
    )  # fmt: skip
    with open(json_path, "w", encoding="utf-8") as handle:
        json.dump(model.meta, handle, indent=2, sort_keys=True)
        handle.write("\n")


def _dense(cols: np.ndarray[Any, Any], vals: np.ndarray[Any, Any], default: float) -> Any:
    out = np.full(N_FEATURES, default, dtype=np.float64)
    out[cols.astype(np.int64)] = vals
    return out


@cache
def load_model() -> RelationshipModel:
    """The bundled model; ConfigError when it is missing (run scripts/train_relationship.py)."""
    folder = resources.files("knowable.models")
    try:
        meta = json.loads(folder.joinpath("relationship.json").read_text(encoding="utf-8"))
        with folder.joinpath("relationship.npz").open("rb") as handle:
            arrays = dict(np.load(handle))
    except FileNotFoundError as exc:
        raise ConfigError(
            "models/relationship.*: missing; run scripts/train_relationship.py"
        ) from exc
    coef = np.zeros(int(arrays["coef_len"][0]), dtype=np.float64)
    coef[arrays["coef_cols"].astype(np.int64)] = arrays["coef_vals"]
    default_word, default_char = (float(v) for v in arrays["idf_default"])
    return RelationshipModel(
        coef=coef,
        intercept=float(arrays["intercept"][0]),
        idf_word=_dense(arrays["idf_word_cols"], arrays["idf_word_vals"], default_word),
        idf_char=_dense(arrays["idf_char_cols"], arrays["idf_char_vals"], default_char),
        meta=meta,
    )
