"""Train the ad type model and write src/knowable/models/ad_type.{npz,json}.

Data: ../shared/data/ads/dig_ads_training_redacted.csv (494 real ads labelled by the site
category they were posted under: escort -> commercial_sex, massage-parlor -> massage,
job-ad -> recruitment), read in place and never copied; plus synthetic ordinary ads
(scripts/ad_type_other.py) for the "other" class.

Honest evaluation:
- many real ads are reposts of the same text, so near-duplicates (MinHash Jaccard >= 0.5
  on word 3-shingles) are grouped and a group never straddles train and test;
- a stratified group split keeps 25% of the real ads as the HELD-OUT set; model choice
  (C, indicator feature scale) uses cross-validation on the training part only;
- the held-out set is scored once, for the report, after the model is fixed.

Usage: python scripts/train_ad_type.py [--out src/knowable/models]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import zlib
from pathlib import Path
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedGroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from ad_type_other import job_ads, other_ads  # noqa: E402

from knowable.detect.content.ad_type import (  # noqa: E402
    _PHONE,
    AdTypeModel,
    count_blocks,
    indicator_features,
    save_model,
    strip_site_chrome,
    tfidf,
)
from knowable.detect.content.indicators import ContentScanner  # noqa: E402
from knowable.text.normalise import normalise  # noqa: E402

LABELS = {"escort": "commercial_sex", "massage-parlor": "massage", "job-ad": "recruitment"}
REAL_CLASSES = ["commercial_sex", "massage", "recruitment"]
CLASSES = [*REAL_CLASSES, "other"]
SEED = 20261128
N_OTHER_TRAIN, N_OTHER_TEST, N_JOBS_TRAIN = 300, 150, 60
GRID = [(c, s) for c in (2.0, 8.0) for s in (1.0, 2.0)]


def shared_data() -> Path | None:
    """The shared data folder, or None when this machine does not have it."""
    candidates = []
    if os.environ.get("KNOWABLE_SHARED_DATA"):
        candidates.append(Path(os.environ["KNOWABLE_SHARED_DATA"]))
    candidates += [ROOT.parent / "shared" / "data", ROOT.parents[1] / "shared" / "data",
                   Path("/work/shared/data")]  # fmt: skip
    for path in candidates:
        if (path / "ads" / "dig_ads_training_redacted.csv").exists():
            return path
    return None


def load_dig(data: Path) -> tuple[list[str], list[str], str]:
    """Texts, labels and the SHA-256 of the file."""
    path = data / "ads" / "dig_ads_training_redacted.csv"
    raw = path.read_bytes()
    rows = list(csv.DictReader(raw.decode("utf-8").splitlines()))
    return (
        [r["text_redacted"] for r in rows],
        [LABELS[r["label_name"]] for r in rows],
        (hashlib.sha256(raw).hexdigest()),
    )


def duplicate_groups(texts: list[str], threshold: float = 0.5) -> list[int]:
    """Group id per text: near-duplicates (MinHash LSH) share a group.

    Reads the texts with chrome removed, normalised and phones as one token: the same
    for every model version, so the held-out split never moves.
    """
    lsh = MinHashLSH(threshold=threshold, num_perm=64)
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, raw in enumerate(texts):
        text = _PHONE.sub(" phone ", normalise(strip_site_chrome(raw)[:5000]).text)
        words = text.split()
        grams = {" ".join(words[k : k + 3]).encode() for k in range(max(1, len(words) - 2))}
        sketch = MinHash(num_perm=64, seed=3, hashfunc=zlib.crc32)
        sketch.update_batch(list(grams))
        for j in lsh.query(sketch):
            parent[find(i)] = find(int(j))
        lsh.insert(i, sketch)
    return [find(i) for i in range(len(texts))]


def split(texts: list[str], labels: list[str]) -> tuple[list[int], list[int]]:
    """Train and held-out indices of the real ads (stratified, near-duplicates grouped)."""
    groups = duplicate_groups(texts)
    folds = StratifiedGroupKFold(n_splits=4, shuffle=True, random_state=SEED)
    train, test = next(folds.split(texts, labels, groups))
    return sorted(int(i) for i in train), sorted(int(i) for i in test)


def idf_of(counts: sparse.csr_matrix) -> np.ndarray[Any, Any]:
    """Smoothed IDF as scikit-learn computes it."""
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    return np.log((1.0 + n) / (1.0 + df)) + 1.0


def fit(texts: list[str], labels: list[str], c: float, scale: float,
        scanner: ContentScanner) -> AdTypeModel:  # fmt: skip
    """Fit one model on the given texts."""
    words, chars = count_blocks(texts, scanner)
    idf_w, idf_c = idf_of(words), idf_of(chars)
    extra = sparse.csr_matrix(indicator_features(texts, scanner) * scale)
    x = sparse.hstack([tfidf(words, idf_w), tfidf(chars, idf_c), extra]).tocsr()
    lr = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    lr.fit(x, labels)
    order = [list(lr.classes_).index(k) for k in CLASSES if k in lr.classes_]
    return AdTypeModel(
        classes=tuple(lr.classes_[order]), coef=lr.coef_[order], intercept=lr.intercept_[order],
        idf_word=idf_w, idf_char=idf_c, indicator_scale=scale, meta={},
    )  # fmt: skip


def baseline_f1(train_x: list[str], train_y: list[str], test_x: list[str],
                test_y: list[str]) -> float:  # fmt: skip
    """TF-IDF + logistic regression with default settings on the raw text."""
    vec = TfidfVectorizer()
    lr = LogisticRegression(max_iter=1000).fit(vec.fit_transform(train_x), train_y)
    pred = lr.predict(vec.transform(test_x))
    return float(f1_score(test_y, pred, labels=REAL_CLASSES, average="macro"))


def choose(texts: list[str], labels: list[str], scanner: ContentScanner) -> tuple[float, float]:
    """(C, scale) with the best cross-validated macro-F1 on the training part only."""
    groups = duplicate_groups(texts)
    folds = list(StratifiedGroupKFold(n_splits=4, shuffle=True, random_state=SEED + 1)
                 .split(texts, labels, groups))  # fmt: skip
    best = (-1.0, GRID[0])
    for c, scale in GRID:
        scores = []
        for tr, va in folds:
            model = fit([texts[i] for i in tr], [labels[i] for i in tr], c, scale, scanner)
            pred = model.classify([texts[i] for i in va], scanner)
            scores.append(f1_score([labels[i] for i in va], pred, average="macro"))
        mean = float(np.mean(scores))
        print(f"  cv C={c:<5} scale={scale:<4} macro-F1 {mean:.3f}", file=sys.stderr)
        if mean > best[0]:
            best = (mean, (c, scale))
    return best[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "knowable" / "models")
    args = parser.parse_args()
    data = shared_data()
    if data is None:
        print("skipped: data not found")
        return 0
    texts, labels, digest = load_dig(data)
    train, test = split(texts, labels)
    scanner = ContentScanner()
    tr_x = [texts[i] for i in train] + other_ads(N_OTHER_TRAIN, seed=1)
    tr_x += job_ads(N_JOBS_TRAIN, seed=1)
    tr_y = [labels[i] for i in train] + ["other"] * N_OTHER_TRAIN
    tr_y += ["recruitment"] * N_JOBS_TRAIN
    c, scale = choose(tr_x, tr_y, scanner)
    model = fit(tr_x, tr_y, c, scale, scanner)
    te_x, te_y = [texts[i] for i in test], [labels[i] for i in test]
    pred = model.classify(te_x, scanner)
    other_x = other_ads(N_OTHER_TEST, seed=2)
    other_pred = model.classify(other_x, scanner)
    jobs_pred = model.classify(job_ads(40, seed=2), scanner)
    report = {
        "data": {"file": "ads/dig_ads_training_redacted.csv", "sha256": digest},
        "split": {"seed": SEED, "train_real": len(train), "heldout_real": len(test),
                  "grouping": "MinHash Jaccard>=0.5 near-duplicates kept together",
                  "synthetic_other_train": N_OTHER_TRAIN, "synthetic_other_test": N_OTHER_TEST,
                  "synthetic_recruitment_train": N_JOBS_TRAIN},
        "chosen": {"C": c, "indicator_scale": scale},
        "heldout_macro_f1": round(float(f1_score(te_y, pred, labels=REAL_CLASSES,
                                                 average="macro")), 4),
        "heldout_per_class_f1": dict(zip(REAL_CLASSES, [round(float(v), 4) for v in f1_score(
            te_y, pred, labels=REAL_CLASSES, average=None)], strict=True)),
        "baseline_tfidf_lr_macro_f1": round(baseline_f1(
            [texts[i] for i in train], [labels[i] for i in train], te_x, te_y), 4),
        "heldout_with_other_macro_f1": round(float(f1_score(
            te_y + ["other"] * N_OTHER_TEST, pred + other_pred, labels=CLASSES,
            average="macro")), 4),
        "synthetic_other_recall": round(sum(p == "other" for p in other_pred) / N_OTHER_TEST, 4),
        "synthetic_recruitment_recall": round(sum(p == "recruitment" for p in jobs_pred) / 40, 4),
    }  # fmt: skip
    model = AdTypeModel(**{**model.__dict__, "meta": {"version": "1.0", "report": report}})
    args.out.mkdir(parents=True, exist_ok=True)
    save_model(model, str(args.out / "ad_type.npz"), str(args.out / "ad_type.json"))
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
