"""How far two careful human readers agree: the authors' labels against a second reader's.

A second reader (a helper with a fresh context, given only DOMAIN.md and the labelling
guide, never the author's labels, the rules or the code) read every record of thirteen
parts and labelled them again (``labels_second_reader.csv`` beside ``labels.csv``: ten
development parts, K, M, Q and, read after their first looks, JO, JQ, JW, KA, KB, KC and
KD, and one part of each of three locked sets, E, I and O). No detector
output is read here: this is the ceiling the evaluation's own labels set, not a figure
of knowable's.

Reported per part and in all (``bench/results/releval_agreement.json``):

- label agreement: the second reader's positives against the author's, as precision,
  recall and F1 (the author taken as truth), and negatives both called negative;
- timing: for positives both call positive, where the second reader's ``knowable_from``
  falls against the author's, with the evaluation's own window: ``within`` [author's
  date, + 180 days], ``early`` or ``late``, and the spread of the differences in days.

The window is the one the issue's target applies to knowable's knowable-since (80% of
positives within it): the share a second human reader reaches is what the labels allow.

Usage: python bench/releval_agreement.py
"""

from __future__ import annotations

import csv
import json
import statistics
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
WINDOW_DAYS = 180
SECOND = "labels_second_reader.csv"
#: Where each part's folder is (the locked sets keep theirs apart).
SETS = ("releval", "releval_holdout", "releval_holdout2", "releval_holdout3")


def read_labels(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["AccountId"]: row for row in csv.DictReader(handle)}


def compare(
    author: dict[str, dict[str, str]], second: dict[str, dict[str, str]]
) -> dict[str, object]:
    """Agreement of ``second`` with ``author`` over the author's accounts."""
    missing = sorted(set(author) - set(second))
    if missing:
        raise ValueError(f"the second reader left out {len(missing)} accounts, e.g. {missing[0]}")
    positives = {k for k, v in author.items() if v["label"] == "positive"}
    called = {k for k, v in second.items() if k in author and v["label"] == "positive"}
    both = positives & called
    deltas = sorted(
        (
            date.fromisoformat(second[k]["knowable_from"])
            - date.fromisoformat(author[k]["knowable_from"])
        ).days
        for k in both
    )
    within = sum(1 for d in deltas if 0 <= d <= WINDOW_DAYS)
    p = len(both) / len(called) if called else 0.0
    r = len(both) / len(positives) if positives else 0.0
    return {
        "accounts": len(author),
        "author_positives": len(positives),
        "second_positives": len(called),
        "label_precision": round(p, 3),
        "label_recall": round(r, 3),
        "label_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "negatives_agreed": len(set(author) - positives - called),
        "timing": {
            "within": within,
            "early": sum(1 for d in deltas if d < 0),
            "late": sum(1 for d in deltas if d > WINDOW_DAYS),
        },
        "within_share_of_author_positives": round(within / len(positives), 3) if positives else 0.0,
        "days_second_minus_author": {
            "median": statistics.median(deltas) if deltas else None,
            "min": deltas[0] if deltas else None,
            "max": deltas[-1] if deltas else None,
            "same_day": sum(1 for d in deltas if d == 0),
        },
    }


def main() -> int:
    found = sorted(p for s in SETS for p in (HERE / s).glob(f"part*/{SECOND}"))
    if not found:
        print("skipped: no second reader's labels found")
        return 0
    parts: dict[str, dict[str, object]] = {}
    author_all: dict[str, dict[str, str]] = {}
    second_all: dict[str, dict[str, str]] = {}
    for path in found:
        author = read_labels(path.parent / "labels.csv")
        second = read_labels(path)
        name = f"{path.parent.parent.name}/{path.parent.name}"
        parts[name] = compare(author, second)
        author_all.update(author)
        second_all.update(second)
    result = {
        "what": "a second human reader's labels against the authors' (no detector output)",
        "window_days": WINDOW_DAYS,
        "all": compare(author_all, second_all),
        "by_part": parts,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "releval_agreement.json").write_text(
        json.dumps(result, indent=1) + "\n", encoding="utf-8"
    )
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
