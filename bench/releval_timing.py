"""Why knowable-since is early or late, by class, on the development part only.

Runs the same grouped 5-fold cross-validation as ``bench/releval_cv.py`` (fold models,
bundled rules and policy; the test part of ``bench/releval`` is dropped right after the
CSVs are parsed) and, for every positive account, classifies its knowable-since against
the label's ``knowable_from``:

- ``within`` [label, label + 180 days], ``early``, ``late`` or ``missed`` (never review);
- the cause, from the signals alone (no text is printed): how many records and which
  methods (``rules``, ``model``) carried an early crossing; for a late or missed one,
  whether the record of the label's date was read at all, and whether the account's
  readings were all held as lone model readings.

Two regimes: ``rules_and_model`` (what ships) and ``model_only`` (the rules' signals
dropped, renewals and trend kept). The rules were written while reading the development
records, so the first regime is partly in-sample for the rules; the second shows what the
timing rests on where the rules do not fire. Also reported: the out-of-fold model score of
the label's own record against the best earlier reading, for positives, and the best
reading of negatives, at several thresholds.

Usage: python bench/releval_timing.py   (writes bench/results/releval_dev_timing.json)
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
RESULTS = HERE / "results"
WINDOW_DAYS = 180
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8)
#: Indicators kept in the model-only regime: the model's reading and what restates it.
MODEL_ONLY = frozenset({"REL-12", "REL-06", "REL-04"})


def status(knowable: date | None, label: date) -> str:
    """``within``, ``early``, ``late`` or ``missed`` for one positive."""
    if knowable is None:
        return "missed"
    delta = (knowable - label).days
    return "within" if 0 <= delta <= WINDOW_DAYS else "early" if delta < 0 else "late"


def _method(signal: Any) -> str:
    details = signal.details or {}
    reading = details.get("reading")
    if reading in ("rules", "model"):
        return str(reading)
    return "restated" if signal.indicator in ("REL-04", "REL-06") else "rules"


def _record(signal: Any) -> str:
    details = signal.details or {}
    return str(details.get("reading_of") or signal.record_id or signal.id)


def cause(
    state: str,
    knowable: date | None,
    signals: Sequence[Any],
    label_records: frozenset[str],
    held: bool,
) -> str:
    """The class of an early, late or missed knowable-since (see the module docstring).

    ``signals`` are the account's signals; ``label_records`` the record ids of the
    label's evidence dated on its ``knowable_from``; ``held`` whether, 180 days after
    that date, the assessment still held lone model readings below the threshold."""
    if state == "within":
        return "within"
    if state == "early":
        assert knowable is not None
        used = [s for s in signals if s.observed_at.date() <= knowable and _method(s) != "restated"]
        records = {_record(s) for s in used}
        methods = "+".join(sorted({_method(s) for s in used}))
        count = "one record" if len(records) == 1 else f"{min(len(records), 3)}+ records"
        if len(records) == 2:
            count = "two records"
        return f"early: {count} before the label, read by {methods}"
    on_label = [s for s in signals if s.record_id in label_records and _method(s) != "restated"]
    if not on_label:
        return f"{state}: the label's record not read"
    if held:
        return f"{state}: the label's record read, a lone model reading held uncorroborated"
    return f"{state}: the label's record read, below the threshold"


def score_table(
    accounts: Mapping[str, Mapping[str, str]], signals: Iterable[Any]
) -> dict[str, dict[str, int]]:
    """Per threshold: positives whose label-date record the model scores at or above it,
    positives with an earlier reading at or above it, negatives with any reading at or
    above it (out-of-fold scores)."""
    readings: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for s in signals:
        if s.indicator == "REL-12":
            readings[s.subject_key].append((s.observed_at.date().isoformat(), s.strength))
    out: dict[str, dict[str, int]] = {}
    for t in THRESHOLDS:
        row = Counter[str]()
        for key, label in accounts.items():
            rows = readings.get(key, [])
            if label["label"] == "positive":
                day = label["knowable_from"]
                row["positives_label_record"] += any(d == day and v >= t for d, v in rows)
                row["positives_earlier_record"] += any(d < day and v >= t for d, v in rows)
            else:
                row["negatives_any_record"] += any(v >= t for _, v in rows)
        out[str(t)] = dict(row)
    return out


def label_records(accounts: Mapping[str, Mapping[str, str]]) -> dict[str, frozenset[str]]:
    """For each positive development account, the ids of its label's evidence records
    dated on the label's ``knowable_from``."""
    import train_relationship as tr

    from knowable.sources.salesforce import discover, parse_export

    out: dict[str, set[str]] = defaultdict(set)
    for part in tr.part_dirs():
        for r in parse_export(discover(part)).records:
            label = accounts.get(str(r.subject_key))
            if label is None or label["label"] != "positive" or r.available_at is None:
                continue
            evidence = {e.strip() for e in label["evidence_ids"].split(";")}
            if (
                r.external_id in evidence
                and r.available_at.date().isoformat() == label["knowable_from"]
            ):
                out[str(r.subject_key)].add(r.id)
    return {k: frozenset(v) for k, v in out.items()}


def regime(
    accounts: Mapping[str, Mapping[str, str]],
    signals: Sequence[Any],
    policy: Any,
    as_of: Any,
    labelled: Mapping[str, frozenset[str]],
) -> dict[str, Any]:
    """Figures and causes of one regime (its signals assessed with the bundled policy)."""
    from datetime import UTC, datetime, timedelta

    import releval_cv as cv

    from knowable.assess.score import assess, assess_many

    grouped: dict[str, list[Any]] = defaultdict(list)
    for s in signals:
        grouped[s.subject_key].append(s)
    assessed = {a.subject_key: a for a in assess_many(grouped, sorted(accounts), policy, as_of)}
    figures = cv.figures(dict(accounts), assessed, list(signals))
    causes: Counter[str] = Counter()
    for key, label in accounts.items():
        if label["label"] != "positive":
            continue
        a = assessed[key]
        knowable = a.knowable_since.date() if a.knowable_since else None
        day = date.fromisoformat(label["knowable_from"])
        state = status(knowable, day)
        end = datetime.combine(day + timedelta(days=WINDOW_DAYS), datetime.min.time(), UTC)
        then = assess(key, grouped[key], policy, end)
        held = any("not yet corroborated" in c.note for c in then.contributions)
        rows = sorted(grouped[key], key=_when)
        causes[cause(state, knowable, rows, labelled.get(key, frozenset()), held)] += 1
    figures.pop("per_indicator")
    figures.pop("method")
    figures["causes"] = dict(sorted(causes.items()))
    return figures


def _when(signal: Any) -> Any:
    return signal.observed_at


def main() -> int:
    import argparse

    import releval_cv as cv

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cv.parts_option(parser)
    parser.add_argument("--out", default=None, help="default releval_dev_timing.json")
    args = parser.parse_args()
    if not (HERE / "releval" / "split.csv").exists():
        print("skipped: evaluation set not found")
        return 0
    import train_relationship as tr

    from knowable.catalogue.policy import bundled_policy

    cv.apply_parts(args.parts)
    started = time.process_time()
    meta = json.loads((tr.OUT / "relationship.json").read_text())
    policy = bundled_policy()
    result: dict[str, Any] = {
        "part": "dev",
        "parts": [p.name for p in tr.part_dirs()],
        "method": "grouped 5-fold cross-validation by account (as bench/releval_cv.py), "
        "and one fold per part (leave one author out); causes read from the signals only",
    }
    for name, by_part in (("by_account", False), ("leave_one_author_out", True)):
        accounts, _, signals = cv.held_out_runs(float(meta["chosen"]["C"]), by_part=by_part)
        labelled = label_records(accounts)
        result[name] = {
            "rules_and_model": regime(accounts, signals, policy, cv.AS_OF, labelled),
            "model_only": regime(
                accounts,
                [s for s in signals if s.indicator in MODEL_ONLY],
                policy,
                cv.AS_OF,
                labelled,
            ),
            "model_scores": score_table(accounts, signals),
        }
    result["cpu_seconds"] = round(time.process_time() - started, 1)
    RESULTS.mkdir(exist_ok=True)
    out = Path(args.out) if args.out else RESULTS / "releval_dev_timing.json"
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
