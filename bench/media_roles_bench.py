"""Media roles on real press-release sentences: per-role precision and recall, both halves.

Reads tests/media/press_roles.csv (sentences quoted from real county prosecutors' press
releases, labelled by someone who never read the rules) and runs the role reader on each
row with the row's party as the only subject. The split is fixed in
tests/media/press_roles_eval.py (SHA-256 of the release's file name, first byte even: the
development half). Rules are tuned on the development half; the held-out half is only
reported.

Writes bench/results/media_roles.json (``--dev-only`` skips the held-out half and writes
nothing, for use while working on the rules).

Run: PYTHONPATH=src python bench/media_roles_bench.py [--dev-only] [--label NAME]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "media"))

from press_roles_eval import (  # noqa: E402
    PERPETRATOR_LABELS,
    STAGE_OF_LABEL,
    Row,
    load,
    predict,
)

from knowable.catalogue.media import media_roles  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "media_roles.json"


def evaluate(rows: list[Row], *, show_misses: bool) -> dict[str, Any]:
    """Accuracy, per-role precision/recall, the confusion table and the stage agreement."""
    pairs = []
    stage_ok = stage_n = 0
    misses = []
    for row in rows:
        got = predict(row)
        pairs.append((row.role, got.role))
        if row.role in PERPETRATOR_LABELS and got.role in PERPETRATOR_LABELS:
            stage_n += 1
            stage_ok += got.stage == STAGE_OF_LABEL[row.stage]
        if got.role != row.role:
            misses.append(
                {
                    "party": row.party,
                    "want": row.role,
                    "got": got.role,
                    "rules": list(got.finding.rules) if got.finding else [],
                    "sentence": row.sentence,
                }
            )
    labels = sorted({w for w, _ in pairs} | {g for _, g in pairs})
    per_role = {}
    for label in labels:
        tp = sum(1 for w, g in pairs if w == label and g == label)
        predicted = sum(1 for _, g in pairs if g == label)
        actual = sum(1 for w, _ in pairs if w == label)
        per_role[label] = {
            "precision": round(tp / predicted, 3) if predicted else None,
            "recall": round(tp / actual, 3) if actual else None,
            "predicted": predicted,
            "support": actual,
        }
    confusion = Counter(pairs)
    correct = sum(1 for w, g in pairs if w == g)
    out = {
        "rows": len(rows),
        "accuracy": round(correct / len(rows), 3) if rows else None,
        "per_role": per_role,
        "stage_agreement_on_perpetrator_rows": (round(stage_ok / stage_n, 3) if stage_n else None),
        "stage_rows": stage_n,
        "confusion": [
            {"want": w, "got": g, "n": n} for (w, g), n in sorted(confusion.items()) if w != g
        ],
    }
    if show_misses:
        for miss in misses:
            print(f"  want {miss['want']:15s} got {miss['got']:15s} {miss['party']!r}: ", end="")
            print(f"{miss['sentence'][:150]} {miss['rules']}")
    return out


def report(name: str, result: dict[str, Any]) -> None:
    print(f"{name}: {result['rows']} rows, role accuracy {result['accuracy']}")
    print(f"  {'role':18s} {'P':>6s} {'R':>6s} {'pred':>5s} {'supp':>5s}")
    for label, figures in result["per_role"].items():
        p = "-" if figures["precision"] is None else f"{figures['precision']:.3f}"
        r = "-" if figures["recall"] is None else f"{figures['recall']:.3f}"
        print(f"  {label:18s} {p:>6s} {r:>6s} {figures['predicted']:5d} {figures['support']:5d}")
    print(
        f"  stage agreement where both sides say perpetrator: "
        f"{result['stage_agreement_on_perpetrator_rows']} ({result['stage_rows']} rows)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev-only", action="store_true", help="development half only")
    parser.add_argument("--misses", action="store_true", help="list development-half misses")
    parser.add_argument("--label", default="current", help="name of this run in the output")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    dev = evaluate(load("dev"), show_misses=args.misses)
    report("development half", dev)
    if args.dev_only:
        return
    heldout = evaluate(load("heldout"), show_misses=False)
    report("held-out half", heldout)
    previous: dict[str, Any] = {}
    if args.output.exists():
        previous = json.loads(args.output.read_text())
    runs = previous.get("runs", {})
    runs[args.label] = {
        "catalogue_version": media_roles().version,
        "development": dev,
        "heldout": heldout,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        json.dumps(
            {
                "table": "tests/media/press_roles.csv",
                "split": "SHA-256 of the file name, first byte even: development; odd: held-out",
                "runs": runs,
            },
            indent=2,
        )
        + "\n"
    )
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
