"""Train the article-level adverse-media model and write src/knowable/models/media_adverse.json.

Data: ../shared/data/media/tartu training CSVs (cleaned: rows marked delete / doubt /
random / neither dropped, the cross-check label used where present, copies of public-test
articles removed). The model is chosen by 5-fold cross-validation on training data only;
public_test.csv is scored once, after the choice, beside a count-based Naive Bayes baseline.

Run: PYTHONPATH=src nice python bench/train_media_model.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from media_data import public_test, shared_data, test_keys, training_set

from knowable.detect.media.adverse import model_from_dict

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "knowable" / "models" / "media_adverse.json"
RESULTS = ROOT / "bench" / "results" / "media_model_training.json"
VERSION = "media-adverse-lr-1"


def _candidates() -> dict[str, object]:
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.naive_bayes import MultinomialNB
    from sklearn.pipeline import make_pipeline

    def tfidf() -> TfidfVectorizer:
        return TfidfVectorizer(min_df=2, sublinear_tf=True)

    return {
        "nb_count (baseline)": make_pipeline(CountVectorizer(), MultinomialNB()),
        "lr_tfidf_C10": make_pipeline(tfidf(), LogisticRegression(C=10, max_iter=5000)),
        "lr_tfidf_C30": make_pipeline(tfidf(), LogisticRegression(C=30, max_iter=5000)),
        "lr_tfidf_C100": make_pipeline(tfidf(), LogisticRegression(C=100, max_iter=5000)),
    }


def main() -> int:
    from sklearn.base import clone
    from sklearn.metrics import f1_score, precision_score, recall_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    root = shared_data()
    if root is None:
        print("skipped: data not found")
        return 0
    train, dropped = training_set(root, exclude_keys=test_keys(root))
    test = public_test(root)
    x = [a.text for a in train]
    y = [a.label for a in train]
    xt = [a.text for a in test]
    yt = [a.label for a in test]
    print(f"training articles: {len(train)} (adverse {sum(y)}), dropped: {dropped}")
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    cv: dict[str, float] = {}
    for name, pipeline in _candidates().items():
        predicted = cross_val_predict(clone(pipeline), x, y, cv=folds)
        cv[name] = float(f1_score(y, predicted))
        print(f"  5-fold CV F1 {name:22s} {cv[name]:.4f}")
    # Choice by cross-validation only, among the logistic models (they give a calibrated-ish
    # probability and per-token weights that can be shown as an explanation).
    chosen = max((n for n in cv if n.startswith("lr_")), key=lambda n: cv[n])
    print(f"chosen by CV: {chosen}")
    pipelines = _candidates()
    baseline = pipelines["nb_count (baseline)"]
    baseline.fit(x, y)  # type: ignore[attr-defined]
    final = pipelines[chosen]
    final.fit(x, y)  # type: ignore[attr-defined]
    vec, clf = final.steps[0][1], final.steps[1][1]  # type: ignore[attr-defined]
    vocab = vec.vocabulary_
    weights = {
        token: [round(float(vec.idf_[i]), 6), round(float(clf.coef_[0][i]), 6)]
        for token, i in sorted(vocab.items())
    }
    data = {
        "version": VERSION,
        "intercept": round(float(clf.intercept_[0]), 6),
        "threshold": 0.5,
        "trained_on": "tartu training CSVs, cleaned (docs/models/media-adverse.md)",
        "weights": weights,
    }
    OUT.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    model = model_from_dict(data)
    sk_scores = final.predict_proba(xt)[:, 1]  # type: ignore[attr-defined]
    ours = [model.score(t) for t in xt]
    worst = max(abs(a - b) for a, b in zip(sk_scores, ours, strict=True))
    print(f"reimplemented inference vs scikit-learn, max score difference: {worst:.2e}")
    assert worst < 1e-4, "JSON inference disagrees with scikit-learn"
    ours_pred = [int(s >= model.threshold) for s in ours]
    base_pred = list(baseline.predict(xt))  # type: ignore[attr-defined]
    result = {
        "training_articles": len(train),
        "training_adverse": sum(y),
        "dropped": dropped,
        "cv_f1": cv,
        "chosen": chosen,
        "public_test": {
            "articles": len(test),
            "model": {
                "f1": f1_score(yt, ours_pred),
                "precision": precision_score(yt, ours_pred),
                "recall": recall_score(yt, ours_pred),
            },
            "nb_count_baseline": {
                "f1": f1_score(yt, base_pred),
                "precision": precision_score(yt, base_pred),
                "recall": recall_score(yt, base_pred),
            },
        },
        "artefact_bytes": OUT.stat().st_size,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, default=float), encoding="utf-8")
    print(f"{'public_test':22s} {'F1':>7s} {'P':>7s} {'R':>7s}")
    for name in ("model", "nb_count_baseline"):
        m = result["public_test"][name]  # type: ignore[index]
        print(f"{name:22s} {m['f1']:7.4f} {m['precision']:7.4f} {m['recall']:7.4f}")
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
