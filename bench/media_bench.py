"""Adverse-media benchmark.

1. Article-level adverse F1 on ../shared/data/media/tartu/public_test.csv for the committed
   model, beside a plain count-based Naive Bayes trained here on the cleaned training labels.
2. Role, stage and category accuracy on tests/media/roles_table.csv (sentences written for
   this project, fictional names), with the role confusion table.
3. Throughput of classify-with-subjects on synthetic 3,000-word articles against a book of
   10,000 subject names, one process (one core).

Writes bench/results/media.json. Part 1 prints "skipped: data not found" when the shared
data is absent; parts 2 and 3 need nothing outside the repository.

Run: PYTHONPATH=src nice python bench/media_bench.py [--articles 400]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from media_data import public_test, shared_data, test_keys, training_set

from knowable.catalogue.media import media_roles
from knowable.detect.media.adverse import bundled_model
from knowable.detect.media.findings import analyse
from knowable.detect.media.mentions import MentionIndex
from knowable.detect.media.signals import MediaScreener
from knowable.model import Subject
from knowable.sources.news import article_record

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "tests" / "media" / "roles_table.csv"
# Written after the rules were adjusted on TABLE; never used to change a rule.
HOLDOUT = ROOT / "tests" / "media" / "roles_holdout.csv"
RESULTS = ROOT / "bench" / "results" / "media.json"


def article_f1() -> dict[str, Any] | None:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.metrics import f1_score, precision_score, recall_score
    from sklearn.naive_bayes import MultinomialNB
    from sklearn.pipeline import make_pipeline

    root = shared_data()
    if root is None:
        print("skipped: data not found (article F1)")
        return None
    train, _ = training_set(root, exclude_keys=test_keys(root))
    test = public_test(root)
    truth = [a.label for a in test]
    baseline = make_pipeline(CountVectorizer(), MultinomialNB())
    baseline.fit([a.text for a in train], [a.label for a in train])
    base_pred = list(baseline.predict([a.text for a in test]))
    model = bundled_model()
    ours = [int(model.is_adverse(a.text)) for a in test]

    def scores(pred: list[int]) -> dict[str, float]:
        return {
            "f1": round(float(f1_score(truth, pred)), 4),
            "precision": round(float(precision_score(truth, pred)), 4),
            "recall": round(float(recall_score(truth, pred)), 4),
        }

    result = {
        "articles": len(test),
        "model": model.version,
        "ours": scores(ours),
        "nb_count_baseline": scores(base_pred),
    }
    print(f"\nArticle-level adverse classification, public_test.csv ({len(test)} articles)")
    print(f"{'system':28s} {'F1':>7s} {'P':>7s} {'R':>7s}")
    for name in ("ours", "nb_count_baseline"):
        m = result[name]
        print(f"{name:28s} {m['f1']:7.4f} {m['precision']:7.4f} {m['recall']:7.4f}")  # type: ignore[index]
    return result


PERPETRATOR = {"accused", "charged", "convicted", "civil_defendant", "venue_or_instrument"}


def _entity_scores(rows: list[Any]) -> dict[str, Any]:
    tp = fp = fn = tn = found = 0
    for i, row in enumerate(rows):
        subject = Subject(key=f"E{i}", schema="LegalEntity", name=row.entity)
        index = MentionIndex([subject], media_roles().descriptor_heads)
        mentions = index.find(row.text)
        found += bool(mentions)
        findings = analyse(row.text, mentions)
        flagged = any(f.role in PERPETRATOR and f.categories for f in findings)
        tp += flagged and row.label == 1
        fp += flagged and row.label == 0
        fn += (not flagged) and row.label == 1
        tn += (not flagged) and row.label == 0
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return {
        "rows": len(rows),
        "entity_found": round(found / max(len(rows), 1), 4),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
    }


def entity_level() -> dict[str, Any] | None:
    """Is the article adverse *about the named entity*? The cue layer on the Tartu training
    rows (entity name + label per row): flagged when a sentence gives the entity a
    perpetrator-side role and an offence category. Rows with an even position were looked
    at while writing rules ("dev"); rows with an odd position were only scored ("test").
    The model was trained on these articles, so only the cue layer is measured here."""
    root = shared_data()
    if root is None:
        print("skipped: data not found (entity level)")
        return None
    rows, _ = training_set(root, exclude_keys=test_keys(root))
    rows = [r for r in rows if r.entity]
    result = {
        "dev": _entity_scores(rows[0::2]),
        "test": _entity_scores(rows[1::2]),
    }
    print("\nEntity-level cue layer on Tartu training rows (entity name given)")
    print(f"{'half':6s} {'rows':>5s} {'found':>6s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for half, m in result.items():
        print(
            f"{half:6s} {m['rows']:5d} {m['entity_found']:6.1%} {m['precision']:6.3f} "
            f"{m['recall']:6.3f} {m['f1']:6.3f}"
        )
    return result


def roles_accuracy(table: Path = TABLE) -> dict[str, Any]:
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    book = sorted({r["subject"] for r in rows})
    subjects = [Subject(key=name, schema="Company", name=name) for name in book]
    index = MentionIndex(subjects, media_roles().descriptor_heads)
    confusion: Counter[tuple[str, str]] = Counter()
    role_ok = stage_ok = stage_n = cat_ok = 0
    misses = []
    for row in rows:
        text = row["sentence"]
        findings = [f for f in analyse(text, index.find(text)) if f.subject_key == row["subject"]]
        got_role = findings[0].role if findings else "not_found"
        got_stage = (findings[0].stage or "") if findings else ""
        got_cats = set(findings[0].categories) if findings else set()
        want_cats = {c for c in row["categories"].split("|") if c}
        confusion[(row["role"], got_role)] += 1
        role_ok += got_role == row["role"]
        if row["stage"]:
            stage_n += 1
            stage_ok += got_stage == row["stage"]
        cat_ok += got_cats == want_cats
        if got_role != row["role"] or got_cats != want_cats:
            misses.append(
                {
                    "sentence": text,
                    "want": [row["role"], sorted(want_cats)],
                    "got": [got_role, sorted(got_cats)],
                }
            )
    n = len(rows)
    roles = sorted({r for pair in confusion for r in pair})
    print(f"\nRole / stage / category accuracy on {table.name} ({n} sentences)")
    print(
        f"role accuracy {role_ok / n:.3f}   stage accuracy {stage_ok / max(stage_n, 1):.3f} "
        f"({stage_n} with a stage)   category exact-set accuracy {cat_ok / n:.3f}"
    )
    short = {r: r[:9] for r in roles}
    print("confusion (rows: expected, columns: found)")
    print(f"{'':20s}" + "".join(f"{short[r]:>10s}" for r in roles))
    for want in roles:
        print(f"{want:20s}" + "".join(f"{confusion[(want, got)] or '.':>10}" for got in roles))
    for miss in misses:
        print(f"  miss: want {miss['want']} got {miss['got']}: {miss['sentence'][:90]}")
    return {
        "sentences": n,
        "role_accuracy": round(role_ok / n, 4),
        "stage_accuracy": round(stage_ok / max(stage_n, 1), 4),
        "category_exact_accuracy": round(cat_ok / n, 4),
        "confusion": {f"{w}->{g}": c for (w, g), c in sorted(confusion.items())},
        "misses": misses,
    }


_SYLLABLES = [
    "ka",
    "ri",
    "lo",
    "me",
    "ta",
    "su",
    "vin",
    "dor",
    "el",
    "an",
    "tor",
    "bel",
    "mar",
    "qui",
    "zen",
    "pol",
    "har",
    "ost",
    "lin",
    "fer",
    "gra",
    "nov",
    "bri",
    "cal",
    "den",
    "eth",
    "fal",
    "gor",
    "hul",
    "ix",
    "jor",
    "kel",
    "lum",
    "mor",
    "nix",
    "orm",
    "pra",
    "rud",
    "sol",
    "tam",
]
_WORDS = [
    "the",
    "a",
    "of",
    "to",
    "and",
    "in",
    "that",
    "for",
    "on",
    "with",
    "as",
    "was",
    "by",
    "said",
    "at",
    "from",
    "it",
    "its",
    "an",
    "be",
    "has",
    "were",
    "company",
    "police",
    "report",
    "city",
    "market",
    "year",
    "new",
    "people",
    "court",
    "officials",
    "business",
    "week",
    "money",
    "online",
    "customers",
    "service",
    "said",
    "sources",
    "records",
    "according",
    "would",
    "could",
    "also",
    "investors",
    "million",
    "shares",
    "data",
    "plan",
    "public",
    "contract",
    "staff",
    "price",
    "growth",
    "local",
]
_CRIME = [
    "{n} was charged with sex trafficking on Monday.",
    "Detectives said the girl was advertised for sex on {n}.",
    "{n} lost 2 million euros to email fraud.",
    "Visa and Mastercard stopped processing payments for {n}.",
    "{n} opened a new office downtown.",
]


def _name(rng: random.Random) -> str:
    first = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    second = "".join(rng.choice(_SYLLABLES) for _ in range(2)).capitalize()
    return f"{first} {second} {rng.choice(['Ltd', 'Inc.', 'LLC', 'GmbH', 'Group', 'Corp'])}"


def throughput(n_articles: int, n_subjects: int = 10_000, words: int = 3_000) -> dict[str, Any]:
    rng = random.Random(20260401)
    names = list(dict.fromkeys(_name(rng) for _ in range(n_subjects * 2)))[:n_subjects]
    subjects = [Subject(key=f"S{i}", schema="Company", name=n) for i, n in enumerate(names)]
    started = time.perf_counter()
    screener = MediaScreener(subjects)
    build_s = time.perf_counter() - started
    day = datetime(2016, 1, 1, tzinfo=UTC)
    bodies: list[str] = []
    for _ in range(n_articles):
        sentences = []
        count = 0
        while count < words:
            length = rng.randint(12, 28)
            words_here = [rng.choice(_WORDS) for _ in range(length)]
            sentences.append(" ".join(words_here).capitalize() + ".")
            count += length
            if rng.random() < 0.01:
                sentences.append(rng.choice(_CRIME).format(n=rng.choice(names)))
        bodies.append(" ".join(sentences))

    def classify(i: int, body: str) -> Any:
        # What `knowable tools classify-media --subjects` does per row: build the record, score it,
        # find mentions, judge roles and map signals.
        record = article_record(
            title=f"Article {i}",
            body=body,
            url=None,
            outlet=None,
            published=day,
            published_raw=None,
            fmt="bench",
            origin="bench",
        )
        return screener.article(record)

    for i, body in enumerate(bodies[:5]):
        classify(i, body)
    load_before = os.getloadavg()[0]
    started, cpu_started = time.perf_counter(), time.process_time()
    findings = signals = 0
    for i, body in enumerate(bodies):
        result = classify(i, body)
        findings += len(result.findings)
        signals += len(result.signals)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    rate = n_articles / elapsed
    cpu_rate = n_articles / cpu
    print(
        f"\nThroughput: {n_articles} synthetic articles of ~{words} words, {n_subjects} subjects "
        f"({screener.index.size} surface forms; index built in {build_s:.2f}s)"
    )
    print(
        f"{rate:.1f} articles/s wall clock ({elapsed:.2f}s), "
        f"{cpu_rate:.1f} articles per CPU-second "
        f"(one process; load average {load_before:.1f} on {os.cpu_count()} cores); "
        f"{findings} findings, {signals} signals"
    )
    return {
        "articles": n_articles,
        "words_per_article": words,
        "subjects": n_subjects,
        "surface_forms": screener.index.size,
        "index_build_s": round(build_s, 3),
        "seconds": round(elapsed, 3),
        "cpu_seconds": round(cpu, 3),
        "articles_per_second_wall": round(rate, 1),
        "articles_per_cpu_second": round(cpu_rate, 1),
        "load_average_at_start": round(load_before, 2),
        "cores": os.cpu_count(),
        "findings": findings,
        "signals": signals,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=400)
    args = parser.parse_args()
    results: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
        },
        "article_f1": article_f1(),
        "entity_level": entity_level(),
        "roles": roles_accuracy(TABLE),
        "roles_holdout": roles_accuracy(HOLDOUT),
        "throughput": throughput(args.articles),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\nwrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
