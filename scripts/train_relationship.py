"""Train the relationship model on the DEVELOPMENT part of bench/releval only.

Reads every part's export, keeps only the records of accounts that ``bench/releval/
split.csv`` puts in the development part (test accounts' records and labels are never
read into memory beyond the CSV parser), and labels each record:

- 1: the record is in a positive account's ``evidence_ids``;
- 0: any other record; the evidence records of hard look-alikes (``kind`` ``hard:*``) get
  a higher sample weight, being the negatives that matter most.

Hyper-parameters are chosen by grouped 5-fold cross-validation (groups = accounts, so no
customer is on both sides). Reported: record-level average precision and ROC AUC, and an
account-level figure of the model alone (an account is flagged when its out-of-fold model
signals, combined as the assessment policy combines them, reach the review threshold).
The final model is fitted on all development records and written to
``src/knowable/models/relationship.{npz,json}``. Deterministic: fixed folds, liblinear.

Usage: python scripts/train_relationship.py [--quick]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "bench" / "releval"
OUT = ROOT / "src" / "knowable" / "models"
VERSION = "1.0"
HARD_WEIGHT = 3.0
POSITIVE_WEIGHT = 1.0
#: Emission thresholds and policy values per unit of score tried at account level (the
#: policy's REL-12 weight times its evidence weight should equal the chosen value).
THRESHOLDS = (0.4, 0.5, 0.6)
WEIGHTS = (0.5, 0.6, 0.7)
#: Selection objective: account-level F1 + this x share of positives flagged on time.
TIMELY_WEIGHT = 0.3


def dev_accounts() -> dict[str, dict[str, str]]:
    """Labels of development accounts only."""
    with (SET / "split.csv").open(encoding="utf-8", newline="") as handle:
        dev = {r["AccountId"] for r in csv.DictReader(handle) if r["part"] == "dev"}
    out: dict[str, dict[str, str]] = {}
    for part in sorted(SET.glob("part*")):
        with (part / "labels.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["AccountId"] in dev:
                    out[row["AccountId"]] = row
    return out


def dev_records(accounts: dict[str, dict[str, str]]) -> list[Any]:
    """CRM records (knowable Records) of development accounts only, as the model reads
    them (renewal and upsell opportunities left to the renewal rule)."""
    from knowable.catalogue.relationship import relationship_rules
    from knowable.detect.relationship.detector import model_reads
    from knowable.sources.salesforce import discover, parse_export

    renewal = relationship_rules().renewal
    out = []
    for part in sorted(SET.glob("part*")):
        export = parse_export(discover(part))
        out += [
            r
            for r in export.records
            if r.subject_key in accounts and r.text and model_reads(r, renewal)
        ]
    out.sort(key=lambda r: (r.subject_key, r.external_id))
    return out


def labelled(
    records: list[Any], accounts: dict[str, dict[str, str]]
) -> tuple[list[str], np.ndarray[Any, Any], np.ndarray[Any, Any], list[str]]:
    """Prepared texts, labels, sample weights and groups."""
    from knowable.detect.relationship.model import prepare

    texts, y, w, groups = [], [], [], []
    for r in records:
        row = accounts[r.subject_key]
        evidence = {e.strip() for e in row["evidence_ids"].split(";") if e.strip()}
        is_evidence = r.external_id in evidence
        positive = row["label"] == "positive" and is_evidence
        hard = row["label"] != "positive" and is_evidence
        texts.append(prepare(r.text, r.kind))
        y.append(1 if positive else 0)
        w.append(POSITIVE_WEIGHT if positive else HARD_WEIGHT if hard else 1.0)
        groups.append(r.subject_key)
    return texts, np.array(y), np.array(w, dtype=np.float64), groups


def fit_counts(
    words: Any, chars: Any, y: np.ndarray[Any, Any], w: np.ndarray[Any, Any], c: float
) -> Any:
    """Fit on raw hashed counts (IDF from these rows only)."""
    from scipy import sparse

    from knowable.detect.relationship.model import RelationshipModel, idf_from_counts, tfidf

    idf_word, idf_char = idf_from_counts(words), idf_from_counts(chars)
    x = sparse.hstack([tfidf(words, idf_word), tfidf(chars, idf_char)]).tocsr()
    clf = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=2000)
    clf.fit(x, y, sample_weight=w)
    return RelationshipModel(
        coef=clf.coef_.ravel().astype(np.float64),
        intercept=float(clf.intercept_[0]),
        idf_word=idf_word,
        idf_char=idf_char,
        meta={},
    )


def account_crossings(
    scores: np.ndarray[Any, Any], records: list[Any], threshold: float, weight: float
) -> dict[str, Any]:
    """Each account's first date its model signals reach review, combined as the policy
    combines one family (value = weight x score per record at or above the threshold,
    noisy-OR, capped at 0.75, compared as shown to two decimals); None when never."""
    by_account: dict[str, list[tuple[Any, float]]] = defaultdict(list)
    for s, r in zip(scores.tolist(), records, strict=True):
        if r.available_at is not None:
            by_account[r.subject_key].append((r.available_at.date(), s))
    out: dict[str, Any] = {}
    for key, rows in by_account.items():
        rows.sort(key=lambda row: row[0])
        keep, cross = 1.0, None
        for day, s in rows:
            if s >= threshold:
                keep *= 1.0 - weight * s
            if cross is None and min(0.75, 1.0 - keep) >= 0.495:
                cross = day
        out[key] = cross
    return out


def timely_share(
    crossings: dict[str, Any], accounts: dict[str, dict[str, str]], positives: set[str]
) -> float:
    """Share of positives first flagged between the label's date and 180 days after."""
    from datetime import date

    hits = 0
    for key in positives:
        cross = crossings.get(key)
        if cross is not None:
            delta = (cross - date.fromisoformat(accounts[key]["knowable_from"])).days
            hits += 1 if 0 <= delta <= 180 else 0
    return round(hits / len(positives), 3) if positives else 0.0


def prf(flagged: set[str], positives: set[str]) -> dict[str, float]:
    tp = len(flagged & positives)
    p = tp / len(flagged) if flagged else 0.0
    r = tp / len(positives) if positives else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def folds(groups: list[str]) -> list[tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]]:
    """5 grouped folds, fixed by a hash of the account (no account on both sides)."""
    order = {g: int(hashlib.sha256(g.encode()).hexdigest()[:8], 16) for g in set(groups)}
    ranked = sorted(order, key=lambda g: order[g])
    fold_of = {g: i % 5 for i, g in enumerate(ranked)}
    fold = np.array([fold_of[g] for g in groups])
    return list(GroupKFold(n_splits=5).split(np.zeros(len(groups)), None, fold))


def cross_validate(
    words: Any,
    chars: Any,
    y: np.ndarray[Any, Any],
    w: np.ndarray[Any, Any],
    groups: list[str],
    c: float,
) -> tuple[np.ndarray[Any, Any], list[Any]]:
    """Out-of-fold probabilities and the fold models."""
    oof = np.zeros(len(groups))
    models = []
    for train, test in folds(groups):
        model = fit_counts(words[train], chars[train], y[train], w[train], c)
        oof[test] = _scores_counts(model, words[test], chars[test])
        models.append((model, test))
    return oof, models


def _scores_counts(model: Any, words: Any, chars: Any) -> np.ndarray[Any, Any]:
    from scipy import sparse

    from knowable.detect.relationship.model import tfidf

    x = sparse.hstack([tfidf(words, model.idf_word), tfidf(chars, model.idf_char)]).tocsr()
    logits = np.asarray(x @ model.coef).ravel() + model.intercept
    out: np.ndarray[Any, Any] = 1.0 / (1.0 + np.exp(-logits))
    return out


def end_to_end(
    records: list[Any],
    accounts: dict[str, dict[str, str]],
    fold_models: list[Any],
    threshold: float,
) -> dict[str, Any]:
    """The whole relationship detector (rules + fold model) and the bundled policy on each
    held-out fold: honest account-level figures for the development part."""
    from datetime import UTC, date, datetime

    from knowable.assess.score import assess_many
    from knowable.catalogue.policy import bundled_policy
    from knowable.detect.relationship.detector import detect_relationship

    as_of = datetime(2020, 12, 31, 23, 59, 59, tzinfo=UTC)
    policy = bundled_policy()
    flagged: set[str] = set()
    timely = 0
    for model, test in fold_models:
        held = [records[i] for i in test]
        keys = sorted({r.subject_key for r in held})
        model.meta["emit_threshold"] = threshold
        signals = detect_relationship(held, model=model)
        grouped: dict[str, list[Any]] = defaultdict(list)
        for s in signals:
            grouped[s.subject_key].append(s)
        for a in assess_many(grouped, keys, policy, as_of):
            if a.band in ("review", "escalate"):
                flagged.add(a.subject_key)
                row = accounts[a.subject_key]
                if row["label"] == "positive" and a.knowable_since is not None:
                    start = date.fromisoformat(row["knowable_from"])
                    if 0 <= (a.knowable_since.date() - start).days <= 180:
                        timely += 1
    positives = {k for k, v in accounts.items() if v["label"] == "positive"}
    out: dict[str, Any] = prf(flagged, positives)
    out["knowable_since_within_180d"] = round(timely / len(positives), 3)
    out["hard_negatives_flagged"] = sorted(
        accounts[k]["kind"] for k in flagged - positives if accounts[k]["kind"].startswith("hard:")
    )
    out["false_positives"] = len(flagged - positives)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one C only (4)")
    parser.add_argument("--c", type=float, default=None, help="one given C only")
    args = parser.parse_args()
    accounts = dev_accounts()
    records = dev_records(accounts)
    texts, y, w, groups = labelled(records, accounts)
    positives = {k for k, v in accounts.items() if v["label"] == "positive"}
    hard = {k for k, v in accounts.items() if v["kind"].startswith("hard:")}
    print(
        f"dev accounts {len(accounts)} ({len(positives)} positive), records {len(texts)}, "
        f"positive records {int(y.sum())}"
    )
    from knowable.detect.relationship.model import count_blocks

    words, chars = count_blocks(texts)
    grid = [args.c] if args.c else [4.0] if args.quick else [2.0, 4.0, 8.0]
    results: dict[str, Any] = {}
    # best = (objective, hard negatives flagged (fewer first), AP, C, threshold, weight)
    best: tuple[float, int, float, float, float, float] | None = None
    oof_best: np.ndarray[Any, Any] | None = None
    best_models: list[Any] = []
    for c in grid:
        oof, fold_models = cross_validate(words, chars, y, w, groups, c)
        ap = float(average_precision_score(y, oof))
        auc = float(roc_auc_score(y, oof))
        per_threshold = {}
        for threshold in THRESHOLDS:
            for weight in WEIGHTS:
                crossings = account_crossings(oof, records, threshold, weight)
                flagged = {g for g, d in crossings.items() if d is not None}
                fig: dict[str, Any] = prf(flagged, positives)
                fig["knowable_since_within_180d"] = timely_share(crossings, accounts, positives)
                fig["hard_negatives_flagged"] = len(flagged & hard)
                per_threshold[f"t{threshold}_w{weight}"] = fig
                objective = round(fig["f1"] + TIMELY_WEIGHT * fig["knowable_since_within_180d"], 4)
                key = (objective, -len(flagged & hard), round(ap, 3), c, threshold, weight)
                if best is None or key > best:
                    best, oof_best, best_models = key, oof, fold_models
        results[str(c)] = {
            "average_precision": round(ap, 3),
            "roc_auc": round(auc, 3),
            "account_level_model_alone": per_threshold,
        }
        print(c, json.dumps(results[str(c)]))
    assert best is not None and oof_best is not None
    c, threshold, weight = best[3], best[4], best[5]
    e2e = end_to_end(records, accounts, best_models, threshold)
    print("end-to-end grouped CV (rules + fold model + policy):", json.dumps(e2e))
    model = fit_counts(words, chars, y, w, c)
    digest = hashlib.sha256()
    for t, label in zip(texts, y.tolist(), strict=True):
        digest.update(f"{label}\t{t}\n".encode())
    meta = {
        "version": VERSION,
        "model": "logistic regression, word 1-2-grams + char_wb 3-5-grams, hashed TF-IDF",
        "trained_on": "bench/releval development part only (split.csv part=dev)",
        "data_sha256": digest.hexdigest(),
        "records": len(texts),
        "positive_records": int(y.sum()),
        "accounts": len(accounts),
        "hard_negative_weight": HARD_WEIGHT,
        "chosen": {
            "C": c,
            "emit_threshold": threshold,
            "policy_value_per_score": weight,
            "account_level_cv": results[str(c)]["account_level_model_alone"][
                f"t{threshold}_w{weight}"
            ],
        },
        "emit_threshold": threshold,
        "cv": {"folds": "5, grouped by account", "by_C": results, "end_to_end": e2e},
    }
    from knowable.detect.relationship.model import RelationshipModel, save_model

    final = RelationshipModel(model.coef, model.intercept, model.idf_word, model.idf_char, meta)
    OUT.mkdir(parents=True, exist_ok=True)
    save_model(final, str(OUT / "relationship.npz"), str(OUT / "relationship.json"))
    np.save("/tmp/relationship_oof.npy", oof_best)
    print(
        f"chosen C={c} threshold={threshold} weight={weight} objective={best[0]}; "
        f"wrote {OUT}/relationship.*"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
