"""Train the relationship model on the DEVELOPMENT part of bench/releval only.

Reads every part's export, keeps only the records of accounts that ``bench/releval/
split.csv`` puts in the development part (test accounts' records and labels are never
read into memory beyond the CSV parser), and labels each record in time
(:class:`LabelScheme`):

- 1: the record is in a positive account's ``evidence_ids``; an evidence record dated
  before the label's ``knowable_from`` (a hint the labeller listed, not yet what a careful
  reader calls "should have known") counts with a lower weight, or not at all;
- 0: any other record; the evidence records of hard look-alikes (``kind`` ``hard:*``) get
  a higher sample weight, being the negatives that matter most.

The label scheme and the emission threshold are chosen end to end (rules + fold model +
bundled policy, as ``bench/releval_cv.py``) by an objective that counts timing (F1 + share
knowable within [label, label + 180 days] - 0.5 x share flagged early), averaged over
two held-out regimes: 5 folds grouped by account, and one fold per part (each author's
accounts held out together, scored by a model trained on the other authors). Reported
besides: record-level average precision and ROC AUC and the model alone at account level.
The final model is fitted on all development records and written to
``src/knowable/models/relationship.{npz,json}``. Deterministic: fixed folds, liblinear.

Usage: python scripts/train_relationship.py [--c 2.0] [--min-parts N] [--scheme NAME --emit T]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "bench" / "releval"
OUT = ROOT / "src" / "knowable" / "models"
VERSION = "3.18"
HARD_WEIGHT = 3.0
POSITIVE_WEIGHT = 1.0


@dataclass(frozen=True)
class LabelScheme:
    """How the evidence records of the labels become training labels and weights.

    ``early`` says what an evidence record of a positive dated *before* the label's
    ``knowable_from`` is: ``positive`` (label 1, as every evidence record was before),
    ``drop`` (left out of training: a hint, neither red flag nor benign) or ``negative``
    (label 0: alone it is not what a careful reader calls "should have known"), with
    ``early_weight``. ``late_days``: evidence dated more than that many days after the
    label (a confirmation long after) counts with ``late_weight``. ``hard_weight``: the
    evidence records of hard look-alikes (label 0)."""

    early: str = "positive"
    early_weight: float = 1.0
    late_days: int | None = None
    late_weight: float = 1.0
    hard_weight: float = HARD_WEIGHT

    def as_dict(self) -> dict[str, Any]:
        return {
            "early": self.early,
            "early_weight": self.early_weight,
            "late_days": self.late_days,
            "late_weight": self.late_weight,
            "hard_weight": self.hard_weight,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> LabelScheme:
        return cls(**data) if data else cls()


#: Every evidence record positive (the scheme of model versions 1.0).
ALL_EVIDENCE = LabelScheme()
#: Policy values per unit of score tried for the model-alone table (the policy's REL-12
#: weight times its evidence weight is the value in use).
WEIGHTS = (0.4, 0.5, 0.6)


#: Parts read (folder names such as "partA"); None: every ``part*`` folder.
ONLY_PARTS: list[str] | None = None


def part_dirs() -> list[Path]:
    """The part folders read: every ``bench/releval/part*`` or those in ONLY_PARTS."""
    found = sorted(p for p in SET.glob("part*") if p.is_dir())
    if ONLY_PARTS is None:
        return found
    return [p for p in found if p.name in ONLY_PARTS]


def dev_accounts() -> dict[str, dict[str, str]]:
    """Labels of development accounts only."""
    with (SET / "split.csv").open(encoding="utf-8", newline="") as handle:
        dev = {r["AccountId"] for r in csv.DictReader(handle) if r["part"] == "dev"}
    out: dict[str, dict[str, str]] = {}
    for part in part_dirs():
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
    for part in part_dirs():
        export = parse_export(discover(part))
        out += [
            r
            for r in export.records
            if r.subject_key in accounts and r.text and model_reads(r, renewal)
        ]
    out.sort(key=lambda r: (r.subject_key, r.external_id))
    return out


def labelled(
    records: list[Any],
    accounts: dict[str, dict[str, str]],
    scheme: LabelScheme = ALL_EVIDENCE,
) -> tuple[list[str], np.ndarray[Any, Any], np.ndarray[Any, Any], list[str]]:
    """Prepared texts, labels, sample weights and groups (see :class:`LabelScheme`);
    records a scheme drops get weight 0."""
    from datetime import date

    from knowable.detect.relationship.model import prepare

    texts, y, w, groups = [], [], [], []
    for r in records:
        row = accounts[r.subject_key]
        evidence = {e.strip() for e in row["evidence_ids"].split(";") if e.strip()}
        is_evidence = r.external_id in evidence
        positive = row["label"] == "positive" and is_evidence
        hard = row["label"] != "positive" and is_evidence
        label, weight = (
            (1, POSITIVE_WEIGHT) if positive else (0, scheme.hard_weight if hard else 1.0)
        )
        if positive and r.available_at is not None and row["knowable_from"]:
            delta = (r.available_at.date() - date.fromisoformat(row["knowable_from"])).days
            if delta < 0 and scheme.early != "positive":
                label = 0 if scheme.early == "negative" else 1
                weight = 0.0 if scheme.early == "drop" else scheme.early_weight
            elif delta < 0:
                weight = scheme.early_weight
            elif scheme.late_days is not None and delta > scheme.late_days:
                weight = scheme.late_weight
        texts.append(prepare(r.text, r.kind))
        y.append(label)
        w.append(weight)
        groups.append(r.subject_key)
    return texts, np.array(y), np.array(w, dtype=np.float64), groups


def shared_columns(
    blocks: tuple[Any, ...], parts: np.ndarray[Any, Any], min_parts: int
) -> list[np.ndarray[Any, Any]]:
    """Per block, 1.0 for every hashed column that occurs in the rows of at least
    ``min_parts`` distinct parts (authors), 0.0 for the others."""
    out = []
    for block in blocks:
        block = block.tocsr()
        seen = np.zeros(block.shape[1], dtype=np.int64)
        for part in np.unique(parts):
            seen[np.unique(block[parts == part].indices)] += 1
        out.append((seen >= min_parts).astype(np.float64))
    return out


def fit_counts(
    words: Any,
    chars: Any,
    y: np.ndarray[Any, Any],
    w: np.ndarray[Any, Any],
    c: float,
    parts: np.ndarray[Any, Any] | None = None,
    min_parts: int = 1,
) -> Any:
    """Fit on raw hashed counts (IDF from these rows only; rows of weight 0 left out).

    With ``parts`` (each row's part, i.e. its author) and ``min_parts`` > 1, only the
    columns that occur in at least ``min_parts`` authors' rows get a coefficient: a word
    or character n-gram one author uses (a template line, a product name, a habit of
    spelling) cannot carry a score. Those columns keep their IDF, so they still count in
    each row's norm and a text of words the model has no coefficient for stays diluted
    (giving them IDF 0 instead let a few known words decide short routine lines and
    doubled the early flags one author out). Scoring needs nothing else: their
    coefficients are 0."""
    from scipy import sparse

    keep = np.asarray(w) > 0
    if not keep.all():
        words, chars, y, w = words[keep], chars[keep], y[keep], w[keep]
        parts = parts[keep] if parts is not None else None

    from knowable.detect.relationship.model import RelationshipModel, idf_from_counts, tfidf

    idf_word, idf_char = idf_from_counts(words), idf_from_counts(chars)
    x_word, x_char = tfidf(words, idf_word), tfidf(chars, idf_char)
    masks = None
    if parts is not None and min_parts > 1:
        masks = shared_columns((words, chars), parts, min_parts)
        x_word = x_word @ sparse.diags(masks[0])
        x_char = x_char @ sparse.diags(masks[1])
    x = sparse.hstack([x_word, x_char]).tocsr()
    clf = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=2000)
    clf.fit(x, y, sample_weight=w)
    coef = clf.coef_.ravel().astype(np.float64)
    if masks is not None:
        coef = coef * np.concatenate(masks)
    return RelationshipModel(
        coef=coef,
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


def folds(
    groups: list[str], parts: dict[str, str] | None = None
) -> list[tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]]:
    """5 grouped folds, fixed by a hash of the account (no account on both sides); with
    ``parts`` (each account's part), one fold per part instead: each author's accounts
    are held out together and scored by a model trained on the other authors only."""
    if parts is not None:
        names = sorted({parts[g] for g in groups})
        fold = np.array([names.index(parts[g]) for g in groups])
        return [(np.nonzero(fold != k)[0], np.nonzero(fold == k)[0]) for k in range(len(names))]
    order = {g: int(hashlib.sha256(g.encode()).hexdigest()[:8], 16) for g in set(groups)}
    ranked = sorted(order, key=lambda g: order[g])
    fold_of = {g: i % 5 for i, g in enumerate(ranked)}
    fold = np.array([fold_of[g] for g in groups])
    return list(GroupKFold(n_splits=5).split(np.zeros(len(groups)), None, fold))


def account_parts(accounts: dict[str, dict[str, str]]) -> dict[str, str]:
    """The part (author's folder) of each development account."""
    out: dict[str, str] = {}
    for part in part_dirs():
        with (part / "labels.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["AccountId"] in accounts:
                    out[row["AccountId"]] = part.name
    return out


def cross_validate(
    words: Any,
    chars: Any,
    y: np.ndarray[Any, Any],
    w: np.ndarray[Any, Any],
    groups: list[str],
    c: float,
    parts: np.ndarray[Any, Any] | None = None,
    min_parts: int = 1,
) -> tuple[np.ndarray[Any, Any], list[Any]]:
    """Out-of-fold probabilities and the fold models (``parts``, ``min_parts``: see
    :func:`fit_counts`)."""
    oof = np.zeros(len(groups))
    models = []
    for train, test in folds(groups):
        rows = parts[train] if parts is not None else None
        model = fit_counts(words[train], chars[train], y[train], w[train], c, rows, min_parts)
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


#: Training labels tried (see :class:`LabelScheme`): how much an evidence record dated
#: before the label's ``knowable_from`` counts as a red flag.
SCHEMES: dict[str, LabelScheme] = {
    "every evidence record 1": ALL_EVIDENCE,
    "earlier evidence weighted 0.5": LabelScheme(early_weight=0.5),
    "earlier evidence weighted 0.3": LabelScheme(early_weight=0.3),
    "earlier evidence weighted 0.1": LabelScheme(early_weight=0.1),
    "earlier evidence weighted 0.05": LabelScheme(early_weight=0.05),
    "earlier evidence left out": LabelScheme(early="drop"),
}
#: Emission thresholds tried end to end (the policy's REL-12 weight is the policy's own).
EMITS = (0.35, 0.4, 0.45)
#: Timing objective: F1 + share of positives knowable within [label, label + 180 d]
#: - this x share flagged before the label (early is what failed on unseen authors).
EARLY_PENALTY = 0.5
C_DEFAULT = 2.0
#: Authors (parts) a feature must occur in to get a coefficient (see :func:`fit_counts`).
MIN_PARTS_DEFAULT = 1


def timing_objective(fig: dict[str, Any]) -> float:
    """F1 + within - EARLY_PENALTY x early (shares of the positives)."""
    n = max(1, int(fig["positives"]))
    early = int(fig["knowable_since"].get("early", 0))
    within = float(fig["knowable_since_within_180d_of_label"])
    return round(float(fig["f1"]) + within - EARLY_PENALTY * early / n, 4)


def select_labels(c: float, min_parts: int = 1) -> tuple[str, float, dict[str, Any]]:
    """The label scheme and emission threshold with the best mean timing objective over
    two held-out regimes, end to end (rules + fold model + bundled policy, as
    ``bench/releval_cv.py``): 5 folds by account, and one fold per part (each author
    held out whole: the closer stand-in for exports nobody tuned on)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import releval_cv as cv

    from knowable.catalogue.policy import bundled_policy

    policy = bundled_policy()
    table: dict[str, Any] = {}
    best: tuple[float, str, float] | None = None
    for name, scheme in SCHEMES.items():
        runs = {
            regime: cv.held_out_runs(
                c, scheme, emit=min(EMITS), by_part=regime == "by_part", min_parts=min_parts
            )
            for regime in ("by_account", "by_part")
        }
        for emit in EMITS:
            row: dict[str, Any] = {}
            for regime, (accounts, _, signals) in runs.items():
                kept = [s for s in signals if s.indicator != "REL-12" or s.strength >= emit]
                fig = cv.assessed_figures(accounts, kept, policy)
                row[regime] = {
                    k: fig[k]
                    for k in ("precision", "recall", "f1", "knowable_since", "false_positives")
                }
                row[regime]["knowable_since_within_180d"] = fig[
                    "knowable_since_within_180d_of_label"
                ]
                row[regime]["objective"] = timing_objective(fig)
            row["objective"] = round(
                (row["by_account"]["objective"] + row["by_part"]["objective"]) / 2, 4
            )
            table[f"{name} | emit {emit}"] = row
            print(name, emit, json.dumps(row), flush=True)
            key = (row["objective"], name, emit)
            if best is None or key[0] > best[0]:
                best = key
    assert best is not None
    return best[1], best[2], table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=C_DEFAULT, help="C (default 2.0)")
    parser.add_argument(
        "--scheme", choices=sorted(SCHEMES), default=None, help="skip the label selection"
    )
    parser.add_argument("--emit", type=float, default=None, help="with --scheme: threshold")
    parser.add_argument(
        "--min-parts",
        type=int,
        default=MIN_PARTS_DEFAULT,
        help="authors (parts) a feature must occur in to get a coefficient (default 1)",
    )
    args = parser.parse_args()
    c = args.c
    min_parts = args.min_parts
    accounts = dev_accounts()
    records = dev_records(accounts)
    if args.scheme is None:
        name, emit, selection = select_labels(c, min_parts)
    else:
        name, emit, selection = args.scheme, args.emit or 0.4, {}
    scheme = SCHEMES[name]
    texts, y, w, groups = labelled(records, accounts, scheme)
    positives = {k for k, v in accounts.items() if v["label"] == "positive"}
    hard = {k for k, v in accounts.items() if v["kind"].startswith("hard:")}
    print(
        f"dev accounts {len(accounts)} ({len(positives)} positive), records {len(texts)}, "
        f"positive records {int(y.sum())}, labels: {name}, emit {emit}"
    )
    from knowable.detect.relationship.model import count_blocks

    words, chars = count_blocks(texts)
    part_of = account_parts(accounts)
    parts = np.array([part_of[g] for g in groups])
    oof, _ = cross_validate(words, chars, y, w, groups, c, parts, min_parts)
    scored = w > 0
    ap = float(average_precision_score(y[scored], oof[scored]))
    auc = float(roc_auc_score(y[scored], oof[scored]))
    alone: dict[str, Any] = {}
    for weight in WEIGHTS:
        crossings = account_crossings(oof, records, emit, weight)
        flagged = {g for g, d in crossings.items() if d is not None}
        fig: dict[str, Any] = prf(flagged, positives)
        fig["knowable_since_within_180d"] = timely_share(crossings, accounts, positives)
        fig["hard_negatives_flagged"] = len(flagged & hard)
        alone[f"t{emit}_w{weight}"] = fig
    print("record level", round(ap, 3), round(auc, 3), json.dumps(alone))
    model = fit_counts(words, chars, y, w, c, parts, min_parts)
    digest = hashlib.sha256()
    for t, label, weight_ in zip(texts, y.tolist(), w.tolist(), strict=True):
        digest.update(f"{label}\t{weight_}\t{t}\n".encode())
    meta = {
        "version": VERSION,
        "model": "logistic regression, word 1-2-grams + char_wb 3-5-grams, hashed TF-IDF",
        "trained_on": "bench/releval development part only (split.csv part=dev)",
        "data_sha256": digest.hexdigest(),
        "records": int(scored.sum()),
        "positive_records": int(y[scored].sum()),
        "accounts": len(accounts),
        "hard_negative_weight": scheme.hard_weight,
        "min_parts": min_parts,
        "labels": scheme.as_dict(),
        "labels_name": name,
        "chosen": {"C": c, "emit_threshold": emit, "min_parts": min_parts},
        "emit_threshold": emit,
        "cv": {
            "folds": "5 grouped by account, and one per part (author), end to end",
            "objective": f"mean over both of F1 + within - {EARLY_PENALTY} x early",
            "selection": selection,
            "record_level": {"average_precision": round(ap, 3), "roc_auc": round(auc, 3)},
            "account_level_model_alone": alone,
        },
    }
    from knowable.detect.relationship.model import RelationshipModel, save_model

    final = RelationshipModel(model.coef, model.intercept, model.idf_word, model.idf_char, meta)
    OUT.mkdir(parents=True, exist_ok=True)
    save_model(final, str(OUT / "relationship.npz"), str(OUT / "relationship.json"))
    print(
        f"chosen labels: {name}, C={c}, threshold={emit}, min_parts={min_parts}; "
        f"wrote {OUT}/relationship.*"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
