"""Relationship evaluation, development part, grouped 5-fold cross-validation end to end.

The honest development figure: the relationship model is refitted on four fifths of the
development accounts (folds fixed by a hash of the account, as in
``scripts/train_relationship.py``), and the held-out fifth's whole CRM history (renewals
included) goes through the relationship detector with that fold's model and the bundled
rules, then the bundled policy as of 2020-12-31. The test part of ``bench/releval`` is
never read: its accounts are dropped right after the CSVs are parsed.

Reported (``bench/results/releval_dev_cv.json``): account-level precision, recall and F1
(flag = review or escalate), the share of positives whose knowable-since lies within
[label date, label + 180 days] (and how many were early, late or missed), false positives
by kind, and per indicator: accounts with at least one signal, precision (share of them
that are positive) and recall (share of positives with one).

Usage: python bench/releval_cv.py [--c 2.0]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))
RESULTS = HERE / "results"
AS_OF = datetime(2020, 12, 31, 23, 59, 59, tzinfo=UTC)
WINDOW_DAYS = 180


def held_out_runs(
    c: float,
    scheme: Any = None,
    policy: Any = None,
    emit: float | None = None,
    by_part: bool = False,
    min_parts: int | None = None,
) -> tuple[dict[str, dict[str, str]], dict[str, Any], list[Any]]:
    """Labels of the development accounts, their held-out assessments and signals.

    ``scheme``: the training labels (``train_relationship.LabelScheme``; the bundled
    model's when None); ``policy``: the bundled one when None; ``emit``: the model's
    emission threshold (the bundled model's when None); ``by_part``: one fold per part
    (leave one author out) instead of the 5 folds by account; ``min_parts``: authors a
    feature must occur in to get a coefficient (``train_relationship.fit_counts``; the
    bundled model's when None), counted among the fold's training parts."""
    import numpy as np
    import train_relationship as tr

    from knowable.assess.score import assess_many
    from knowable.catalogue.policy import bundled_policy
    from knowable.detect.relationship.detector import detect_relationship
    from knowable.detect.relationship.model import count_blocks
    from knowable.sources.salesforce import discover, parse_export

    accounts = tr.dev_accounts()
    every: list[Any] = []
    for part in tr.part_dirs():
        every += [r for r in parse_export(discover(part)).records if r.subject_key in accounts]
    records = tr.dev_records(accounts)
    meta = json.loads((tr.OUT / "relationship.json").read_text())
    if scheme is None:
        scheme = tr.LabelScheme.from_dict(meta.get("labels"))
    texts, y, w, groups = tr.labelled(records, accounts, scheme)
    words, chars = count_blocks(texts)
    emit = float(meta["emit_threshold"]) if emit is None else emit
    if min_parts is None:
        min_parts = int(meta.get("min_parts", 1))
    part_of = tr.account_parts(accounts)
    row_parts = np.array([part_of[g] for g in groups])
    policy = policy or bundled_policy()
    assessments: dict[str, Any] = {}
    signals: list[Any] = []
    for train, test in tr.folds(groups, part_of if by_part else None):
        model = tr.fit_counts(
            words[train], chars[train], y[train], w[train], c, row_parts[train], min_parts
        )
        model.meta["emit_threshold"] = emit
        keys = sorted({records[i].subject_key for i in test})
        held = [r for r in every if r.subject_key in set(keys)]
        found = detect_relationship(held, model=model)
        signals += found
        grouped: dict[str, list[Any]] = defaultdict(list)
        for s in found:
            grouped[s.subject_key].append(s)
        for a in assess_many(grouped, keys, policy, AS_OF):
            assessments[a.subject_key] = a
    return accounts, assessments, signals


def assessed_figures(
    accounts: dict[str, dict[str, str]], signals: list[Any], policy: Any = None
) -> dict[str, Any]:
    """:func:`figures` of ``signals`` assessed with ``policy`` (the bundled one when None)."""
    from knowable.assess.score import assess_many
    from knowable.catalogue.policy import bundled_policy

    grouped: dict[str, list[Any]] = defaultdict(list)
    for s in signals:
        grouped[s.subject_key].append(s)
    assessed = {
        a.subject_key: a
        for a in assess_many(grouped, sorted(accounts), policy or bundled_policy(), AS_OF)
    }
    return figures(accounts, assessed, signals)


def figures(
    accounts: dict[str, dict[str, str]], assessments: dict[str, Any], signals: list[Any]
) -> dict[str, Any]:
    positives = {k for k, v in accounts.items() if v["label"] == "positive"}
    flagged = {k for k, a in assessments.items() if a.band in ("review", "escalate")}
    timing: Counter[str] = Counter()
    for key in sorted(positives):
        a = assessments[key]
        if key not in flagged:
            timing["missed"] += 1
            continue
        delta = (a.knowable_since.date() - date.fromisoformat(accounts[key]["knowable_from"])).days
        timing["within" if 0 <= delta <= WINDOW_DAYS else "early" if delta < 0 else "late"] += 1
    tp = len(flagged & positives)
    p = tp / len(flagged) if flagged else 0.0
    r = tp / len(positives) if positives else 0.0
    fired: dict[str, set[str]] = defaultdict(set)
    for s in signals:
        fired[s.indicator].add(s.subject_key)
    per_indicator = {
        indicator: {
            "accounts": len(keys),
            "precision": round(len(keys & positives) / len(keys), 3),
            "recall": round(len(keys & positives) / len(positives), 3),
        }
        for indicator, keys in sorted(fired.items())
    }
    watched = [k for k, a in assessments.items() if k not in positives and a.band == "watch"]
    return {
        "part": "dev",
        "method": "grouped 5-fold cross-validation by account, end to end (rules + fold model "
        "+ bundled policy), as of " + AS_OF.date().isoformat(),
        "accounts": len(accounts),
        "positives": len(positives),
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "knowable_since_within_180d_of_label": round(timing["within"] / len(positives), 3),
        "knowable_since": dict(sorted(timing.items())),
        "false_positives": sorted(accounts[k]["kind"] for k in flagged - positives),
        "negatives_in_watch": len(watched),
        "per_indicator": per_indicator,
    }


def parts_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--parts",
        default=None,
        help="comma-separated part folders to read (e.g. partA,partB); default all",
    )


def apply_parts(value: str | None) -> None:
    import train_relationship as tr

    tr.ONLY_PARTS = [p.strip() for p in value.split(",")] if value else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=None, help="C (default: the bundled model's)")
    parts_option(parser)
    parser.add_argument("--out", default=None, help="result file (default releval_dev_cv.json)")
    args = parser.parse_args()
    if not (HERE / "releval" / "split.csv").exists():
        print("skipped: evaluation set not found")
        return 0
    import train_relationship as tr

    apply_parts(args.parts)
    meta = json.loads((tr.OUT / "relationship.json").read_text())
    c = args.c if args.c is not None else float(meta["chosen"]["C"])
    started = time.process_time()
    accounts, assessments, signals = held_out_runs(c)
    result = figures(accounts, assessments, signals)
    result["parts"] = [p.name for p in tr.part_dirs()]
    result["C"] = c
    result["min_parts"] = int(meta.get("min_parts", 1))
    result["model_labels"] = meta.get("labels_name", "every evidence record 1")
    parts = tr.account_parts(accounts)
    result["by_part_of_account"] = {
        name: _subset(accounts, assessments, signals, {k for k, v in parts.items() if v == name})
        for name in sorted(set(parts.values()))
    }
    by_part_accounts, by_part_assessments, by_part_signals = held_out_runs(c, by_part=True)
    result["leave_one_author_out"] = figures(by_part_accounts, by_part_assessments, by_part_signals)
    result["leave_one_author_out"]["method"] = (
        "one fold per part: each author's accounts held out together, scored end to end by "
        "a model trained on the other parts (rules and policy as bundled)"
    )
    result["cpu_seconds"] = round(time.process_time() - started, 1)
    RESULTS.mkdir(exist_ok=True)
    out = Path(args.out) if args.out else RESULTS / "releval_dev_cv.json"
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))
    return 0


def _subset(
    accounts: dict[str, dict[str, str]],
    assessments: dict[str, Any],
    signals: list[Any],
    keys: set[str],
) -> dict[str, Any]:
    """:func:`figures` of one part's accounts within a run (no per-indicator table)."""
    fig = figures(
        {k: v for k, v in accounts.items() if k in keys},
        {k: v for k, v in assessments.items() if k in keys},
        [s for s in signals if s.subject_key in keys],
    )
    fig.pop("per_indicator")
    fig.pop("method")
    return fig


if __name__ == "__main__":
    sys.exit(main())
