"""Train the article-level adverse-media model and write src/knowable/models/media_adverse.json.

Data: ../shared/data/media/tartu training CSVs (cleaned: rows marked delete / doubt /
random / neither dropped, the cross-check label used where present, copies of public-test
articles removed). Nothing from them is copied into the repository.

Model choice uses the TRAINING data only: 5-fold stratified cross-validation, repeated with
three shuffles, GROUPED so that near-duplicate articles (MinHash Jaccard >= 0.5 on word
5-shingles, equal folded titles, equal URLs; see media_data.duplicate_groups) never sit on
both sides of a fold. A count-based Naive Bayes is scored under the same folds as the peer.
The same folds grouped also by screened entity are reported as a harder check. The
public test file is read only with --score-public-test, after the choice, to report it.

Run: PYTHONPATH=src nice python bench/train_media_model.py [--score-public-test]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from media_data import (
    Article,
    duplicate_groups,
    public_test,
    shared_data,
    test_keys,
    training_set,
)

from knowable.detect.media.adverse import model_from_dict

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "knowable" / "models" / "media_adverse.json"
RESULTS = ROOT / "bench" / "results" / "media_model_training.json"
VERSION = "media-adverse-2"
SEEDS = (0, 1, 2)
PEER = "nb_count"


class Candidate:
    """One model family: how counts become features, and the linear classifier."""

    def __init__(self, name: str, kind: str, ngram_max: int, c: float = 1.0) -> None:
        self.name, self.kind, self.ngram_max, self.c = name, kind, ngram_max, c

    def features(self, counts: Any, train_rows: Any, y: Any = None) -> dict[str, Any]:
        """Per-column scale learned on the training rows (idf, NB ratio) and kept columns."""
        sub = counts[train_rows]
        df = np.asarray((sub > 0).sum(axis=0)).ravel()
        keep = np.where(df >= (1 if self.kind == "nb" else 2))[0]
        state: dict[str, Any] = {"keep": keep}
        if self.kind == "lr":
            n = sub.shape[0]
            state["scale"] = np.log((1.0 + n) / (1.0 + df[keep])) + 1.0
        elif self.kind == "nblr":
            binary = (sub[:, keep] > 0).astype(np.float64)
            yy = np.asarray(y)
            pos = 1.0 + np.asarray(binary[yy == 1].sum(axis=0)).ravel()
            neg = 1.0 + np.asarray(binary[yy == 0].sum(axis=0)).ravel()
            state["scale"] = np.log((pos / pos.sum()) / (neg / neg.sum()))
        return state

    def transform(self, counts: Any, rows: Any, state: dict[str, Any]) -> Any:
        from scipy import sparse
        from sklearn.preprocessing import normalize

        x = counts[rows][:, state["keep"]].astype(np.float64).tocsr()
        if self.kind == "nb":
            return x
        if self.kind == "nblr":
            x.data[:] = 1.0
            return x @ sparse.diags(state["scale"])
        x.data = 1.0 + np.log(x.data)
        return normalize(x @ sparse.diags(state["scale"]))

    def classifier(self) -> Any:
        from sklearn.linear_model import LogisticRegression
        from sklearn.naive_bayes import MultinomialNB
        from sklearn.svm import LinearSVC

        if self.kind == "nb":
            return MultinomialNB()
        # liblinear visits samples in a random order: fixed seeds make the run repeatable
        if self.svm:
            return LinearSVC(C=self.c, max_iter=20000, random_state=0)
        return LogisticRegression(C=self.c, solver="liblinear", max_iter=5000, random_state=0)

    @property
    def svm(self) -> bool:
        return "svm" in self.name


CANDIDATES = [
    Candidate(PEER, "nb", 1),
    Candidate("tfidf_lr_C10", "lr", 1, 10.0),
    Candidate("tfidf_svm_C1", "lr", 1, 1.0),
    Candidate("tfidf_svm_C3", "lr", 1, 3.0),
    Candidate("tfidf_svm_C10", "lr", 1, 10.0),
    Candidate("tfidf_svm_C30", "lr", 1, 30.0),
    Candidate("tfidf_svm_uni_bi_C10", "lr", 2, 10.0),
]


def counts_of(texts: list[str], ngram_max: int) -> tuple[Any, list[str]]:
    from sklearn.feature_extraction.text import CountVectorizer

    vec = CountVectorizer(ngram_range=(1, ngram_max))
    return vec.fit_transform(texts).tocsr(), list(vec.get_feature_names_out())


def cross_validate(cand: Candidate, counts: Any, y: Any, groups: Any) -> dict[str, Any]:
    """Mean and spread of out-of-fold F1 over the repeated grouped 5-fold splits."""
    from sklearn.metrics import f1_score, precision_score, recall_score
    from sklearn.model_selection import StratifiedGroupKFold

    f1s, ps, rs = [], [], []
    for seed in SEEDS:
        pred = np.zeros(len(y), dtype=int)
        folds = StratifiedGroupKFold(5, shuffle=True, random_state=seed)
        for tr, va in folds.split(np.zeros(len(y)), y, groups):
            state = cand.features(counts, tr, y[tr])
            clf = cand.classifier().fit(cand.transform(counts, tr, state), y[tr])
            pred[va] = clf.predict(cand.transform(counts, va, state))
        f1s.append(f1_score(y, pred))
        ps.append(precision_score(y, pred))
        rs.append(recall_score(y, pred))
    return {"f1": round(float(np.mean(f1s)), 4), "f1_sd": round(float(np.std(f1s)), 4),
            "precision": round(float(np.mean(ps)), 4), "recall": round(float(np.mean(rs)), 4),
            "f1_by_shuffle": [round(float(v), 4) for v in f1s]}  # fmt: skip


def entity_groups(train: list[Article], groups: list[int]) -> np.ndarray[Any, Any]:
    """Near-duplicate groups merged further by the screened entity's name."""
    from knowable.unionfind import UnionFind

    uf = UnionFind(len(train))
    first: dict[object, int] = {}
    for i, article in enumerate(train):
        for key in (("g", groups[i]), ("e", article.entity.lower()) if article.entity else None):
            if key is not None:
                uf.union(i, first.setdefault(key, i))
    return np.array([uf.find(i) for i in range(len(train))])


def platt_slope(cand: Candidate, counts: Any, y: Any, groups: Any) -> float:
    """For a margin classifier (SVM): the slope a of sigmoid(a * margin) with the least log
    loss on out-of-fold margins (grouped folds, first shuffle). No offset, so the decision
    boundary (margin 0, score 0.5) stays the classifier's own."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedGroupKFold

    margins = np.zeros(len(y))
    folds = StratifiedGroupKFold(5, shuffle=True, random_state=SEEDS[0])
    for tr, va in folds.split(np.zeros(len(y)), y, groups):
        state = cand.features(counts, tr, y[tr])
        clf = cand.classifier().fit(cand.transform(counts, tr, state), y[tr])
        margins[va] = clf.decision_function(cand.transform(counts, va, state))
    fit = LogisticRegression(fit_intercept=False, C=1e6).fit(margins.reshape(-1, 1), y)
    return float(fit.coef_[0][0])


def export(
    cand: Candidate, counts: Any, names: list[str], y: Any, slope: float
) -> tuple[dict[str, Any], Any]:
    """Fit on all training data; the JSON model and the fitted (state, classifier)."""
    rows = np.arange(len(y))
    state = cand.features(counts, rows, y)
    clf = cand.classifier().fit(cand.transform(counts, rows, state), y)
    coef = clf.coef_[0] * slope
    weights = {
        names[col]: [round(float(scale), 6), round(float(w), 6)]
        # every kept token, also those with a zero coefficient: they still count in the norm
        for col, scale, w in zip(state["keep"], state["scale"], coef, strict=True)
    }
    data = {
        "version": VERSION,
        "model": cand.name,
        "intercept": round(float(clf.intercept_[0]) * slope, 6),
        "score_slope": round(slope, 6),
        "threshold": 0.5,
        "ngram_max": cand.ngram_max,
        "tf": "binary" if cand.kind == "nblr" else "sublinear",
        "norm": "none" if cand.kind == "nblr" else "l2",
        "trained_on": "tartu training CSVs, cleaned (docs/models/media-adverse.md)",
        "weights": weights,
    }
    return data, (state, clf)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--score-public-test", action="store_true",
                        help="after the choice, score public_test.csv (do this once)")  # fmt: skip
    args = parser.parse_args()
    root = shared_data()
    if root is None:
        print("skipped: data not found")
        return 0
    train, dropped = training_set(root, exclude_keys=test_keys(root))
    if args.score_public_test:
        return score_public_test(root, train)
    texts = [a.text for a in train]
    y = np.array([a.label for a in train])
    groups = duplicate_groups(train)
    strict = entity_groups(train, groups)
    print(f"training articles: {len(train)} (adverse {int(y.sum())}), dropped: {dropped}, "
          f"near-duplicate groups: {len(set(groups))}")  # fmt: skip
    counts = {n: counts_of(texts, n) for n in sorted({c.ngram_max for c in CANDIDATES})}
    cv: dict[str, Any] = {}
    for cand in CANDIDATES:
        matrix = counts[cand.ngram_max][0]
        cv[cand.name] = {
            "grouped": cross_validate(cand, matrix, y, np.array(groups)),
            "grouped_by_entity_too": cross_validate(cand, matrix, y, strict),
        }
        print(f"  {cand.name:22s} grouped CV F1 {cv[cand.name]['grouped']['f1']:.4f} "
              f"(entity-grouped {cv[cand.name]['grouped_by_entity_too']['f1']:.4f})")  # fmt: skip
    chosen = max(
        (c for c in CANDIDATES if c.name != PEER), key=lambda c: cv[c.name]["grouped"]["f1"]
    )
    print(f"chosen by grouped CV: {chosen.name}")
    matrix, names = counts[chosen.ngram_max]
    slope = platt_slope(chosen, matrix, y, np.array(groups)) if chosen.svm else 1.0
    data, (state, clf) = export(chosen, matrix, names, y, slope)
    OUT.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    model = model_from_dict(data)
    # the pure-Python inference must give scikit-learn's scores (checked on training texts)
    margin = clf.decision_function(chosen.transform(matrix, np.arange(len(y)), state))
    sk = 1.0 / (1.0 + np.exp(-slope * margin))
    worst = max(abs(a - model.score(t)) for a, t in zip(sk, texts, strict=True))
    print(f"reimplemented inference vs scikit-learn, max score difference: {worst:.2e}")
    assert worst < 1e-4, "JSON inference disagrees with scikit-learn"
    result: dict[str, Any] = {
        "training_articles": len(train), "training_adverse": int(y.sum()), "dropped": dropped,
        "near_duplicate_groups": len(set(groups)), "entity_and_duplicate_groups": len(set(strict)),
        "cv": cv, "chosen": chosen.name, "peer": PEER, "max_score_difference": worst,
        "artefact_bytes": OUT.stat().st_size,
    }  # fmt: skip
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, default=float) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")
    return 0


def score_public_test(root: Path, train: list[Article]) -> int:
    """Score the SHIPPED model and the Naive Bayes peer (refitted on the same training data)
    on public_test.csv and add the figures to the results file. Run once, after the choice."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.metrics import f1_score, precision_score, recall_score
    from sklearn.naive_bayes import MultinomialNB

    from knowable.detect.media.adverse import bundled_model

    model = bundled_model()
    test = public_test(root)
    yt = [a.label for a in test]
    ours = [int(model.is_adverse(a.text)) for a in test]
    vec = CountVectorizer()
    peer = MultinomialNB().fit(vec.fit_transform([a.text for a in train]), [a.label for a in train])
    theirs = [int(v) for v in peer.predict(vec.transform([a.text for a in test]))]
    out: dict[str, Any] = {"articles": len(test), "adverse": sum(yt), "model": model.version}
    for name, pred in (("shipped_model", ours), (PEER, theirs)):
        out[name] = {"f1": round(float(f1_score(yt, pred)), 4),
                     "precision": round(float(precision_score(yt, pred)), 4),
                     "recall": round(float(recall_score(yt, pred)), 4)}  # fmt: skip
        print(f"public_test {name:14s} F1 {out[name]['f1']:.4f} "
              f"P {out[name]['precision']:.4f} R {out[name]['recall']:.4f}")  # fmt: skip
    result = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    result["public_test"] = out
    RESULTS.write_text(json.dumps(result, indent=2, default=float) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
