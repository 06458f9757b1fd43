"""Name matching benchmark: accuracy and speed against nomenklatura, and list search.

Reads third-party data from ../shared/data (or $KNOWABLE_SHARED_DATA); prints
"skipped: data not found" and exits 0 when it is absent. Writes bench/results/names.json.

1. Pair accuracy on nomenklatura's name_bench cases.csv. The cases are split by a hash of
   the pair into a tuning part (60%) and a held-out part (40%); knowable's threshold in
   names.yml was chosen on the tuning part only. Every nomenklatura algorithm is scored
   the same way (threshold 0.7, yente's default, and its best threshold on the tuning
   part applied to the held-out part).
2. Pair speed (bench/names_speed.py): knowable, logic-v1 and logic-v2 in one run, on the
   same pairs warm and with knowable's caches cleared, and on fresh list names; pure
   Python and, when built (`make native`), compiled.
3. Search: 100,000 queries (listed names as written, and with a typo or reordered words)
   against OFAC SDN 2019-01 + the UN SC list; recall at the default threshold, false hits
   on 1,000 synthetic non-listed people, time, and index memory.

Run: PYTHONPATH=src nice python bench/names_bench.py [--queries 100000] [--quick]
     [--search-only]  (part 3 alone; the other figures of names.json are kept)
"""

from __future__ import annotations

import argparse
import csv
import gc
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))


def shared_data() -> Path | None:
    env = os.environ.get("KNOWABLE_SHARED_DATA")
    for candidate in (
        Path(env) if env else None,
        Path(__file__).resolve().parents[2] / "shared" / "data",
        Path("/work/shared/data"),
    ):
        if candidate and (candidate / "names").is_dir():
            return candidate
    return None


def entity(schema: str, name: str, n: int) -> Any:
    from followthemoney import model

    e = model.make_entity(schema)
    e.id = f"e{n}"
    e.add("name", name)
    return e


def split_of(row: dict[str, str]) -> str:
    key = f"{row['schema']}|{row['name1']}|{row['name2']}".encode()
    return "heldout" if hashlib.sha256(key).digest()[0] % 10 < 4 else "tuning"


def f1(scores: list[float], labels: list[bool], threshold: float) -> dict[str, float]:
    tp = sum(1 for s, y in zip(scores, labels, strict=True) if y and s >= threshold)
    fp = sum(1 for s, y in zip(scores, labels, strict=True) if not y and s >= threshold)
    fn = sum(1 for s, y in zip(scores, labels, strict=True) if y and s < threshold)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
    }


def best_threshold(scores: list[float], labels: list[bool]) -> float:
    grid = [x / 100 for x in range(40, 100)]
    return max(grid, key=lambda t: (f1(scores, labels, t)["f1"], -abs(t - 0.7)))


def pair_accuracy(cases: list[dict[str, str]]) -> dict[str, Any]:
    from nomenklatura.matching import (
        LogicV1,
        LogicV2,
        NameMatcher,
        NameQualifiedMatcher,
        OFACMatcher,
    )

    from knowable.catalogue.names import vocabulary
    from knowable.names.score import score_pair

    labels = [c["is_match"] == "true" for c in cases]
    parts = [split_of(c) for c in cases]
    algorithms: dict[str, Any] = {}

    passes: dict[str, Any] = {
        "knowable": lambda: [score_pair(*_parties(c)).confidence for c in cases]
    }
    for algo in (LogicV1, LogicV2, NameMatcher, NameQualifiedMatcher, OFACMatcher):
        config = algo.default_config()
        passes[algo.NAME] = lambda algo=algo, config=config: [
            algo.compare(
                entity(c["schema"], c["name1"], 2 * i),
                entity(c["schema"], c["name2"], 2 * i + 1),
                config,
            ).score
            for i, c in enumerate(cases)
        ]
    runs = {name: run() for name, run in passes.items()}
    default = vocabulary().threshold
    for name, scores in runs.items():
        tune = [(s, y) for s, y, p in zip(scores, labels, parts, strict=True) if p == "tuning"]
        held = [(s, y) for s, y, p in zip(scores, labels, parts, strict=True) if p == "heldout"]
        own = default if name == "knowable" else 0.7
        tuned = best_threshold([s for s, _ in tune], [y for _, y in tune])
        algorithms[name] = {
            "threshold": own,
            "tuning_part": f1([s for s, _ in tune], [y for _, y in tune], own),
            "heldout_part": f1([s for s, _ in held], [y for _, y in held], own),
            "all": f1(scores, labels, own),
            "threshold_tuned_on_tuning_part": tuned,
            "heldout_at_tuned_threshold": f1([s for s, _ in held], [y for _, y in held], tuned),
            "pairs_scoring_1.0": sum(1 for s in scores if s >= 0.9999),
            "distinct_scores_above_0.9": len({round(s, 4) for s in scores if s >= 0.9}),
        }
    sizes = {"tuning": parts.count("tuning"), "heldout": parts.count("heldout")}
    return {"cases": len(cases), "split": sizes, "algorithms": algorithms}


def _parties(row: dict[str, str]) -> tuple[Any, Any]:
    from knowable.names.score import Party

    return Party(row["schema"], (row["name1"],)), Party(row["schema"], (row["name2"],))


def _names_of(side: dict[str, Any]) -> tuple[str, ...]:
    def values(key: str) -> list[str]:
        value = side.get(key, [])
        return [value] if isinstance(value, str) else [str(v) for v in value]

    names = values("name")
    parts = [" ".join(values(k)) for k in ("firstName", "middleName", "fatherName", "lastName")]
    joined = " ".join(p for p in parts if p)
    return tuple(names + ([joined] if joined else []))


def entity_checks(data: Path) -> dict[str, Any] | None:
    """nomenklatura's whole-entity checks (entity_bench_checks.yml); 211 of the 228 are
    cases.csv pairs, so they are not independent of the tuning part."""
    import yaml
    from followthemoney import model
    from nomenklatura.matching import LogicV1, LogicV2

    from knowable.catalogue.names import vocabulary
    from knowable.names.score import Party, score_pair

    path = data / "names" / "nomenklatura_name_bench" / "entity_bench_checks.yml"
    if not path.exists():
        return None
    checks = yaml.safe_load(path.read_text())["checks"]
    labels = [bool(c["match"]) for c in checks]
    ours = [
        score_pair(
            Party(c["schema"], _names_of(c["query"])), Party(c["schema"], _names_of(c["candidate"]))
        ).confidence
        for c in checks
    ]
    out: dict[str, Any] = {
        "checks": len(checks),
        "knowable": f1(ours, labels, vocabulary().threshold),
    }
    for algo in (LogicV1, LogicV2):
        scores = []
        for n, c in enumerate(checks):
            pair = []
            for k, side in (("q", c["query"]), ("c", c["candidate"])):
                e = model.make_entity(c["schema"])
                e.id = f"{k}{n}"
                for prop, value in side.items():
                    e.add(prop, value)
                pair.append(e)
            scores.append(algo.compare(pair[0], pair[1], algo.default_config()).score)
        out[algo.NAME] = f1(scores, labels, 0.7)
    return out


def cross_script(data: Path) -> dict[str, Any] | None:
    """Recall on cross-script spellings at the default threshold, beside logic-v2 at 0.7.

    watchman_cross_script_pairs.csv (Arabic, Cyrillic, Han, Hangul, kana, Greek, Hebrew,
    Thai vs Latin) and nomenklatura_putin_names.txt (81 spellings of one name, against
    its list entry's two names). Both are positives only, so this is recall. They were
    consulted while the Korean and Greek respellings and the letter folds of Arabic-script
    skeletons were added, so they are development sets, not held out.
    """
    from followthemoney import model
    from nomenklatura.matching import LogicV2

    from knowable.names.score import Party, score_pair

    pairs_path = data / "names" / "watchman_cross_script_pairs.csv"
    putin_path = data / "names" / "nomenklatura_putin_names.txt"
    if not pairs_path.exists() or not putin_path.exists():
        return None
    lines = pairs_path.read_text(encoding="utf-8").splitlines()
    pairs = [line.split(",")[:2] for line in lines if line.strip() and not line.startswith("#")]
    text = putin_path.read_text(encoding="utf-8")
    spellings = [n.strip() for n in text.splitlines() if n.strip()]
    listed = ("Vladimir Vladimirovich Putin", "Vladimir Putin")
    sets = {
        "watchman_cross_script_pairs": [((a,), (b,)) for a, b in pairs],
        "putin_spellings": [((n,), listed) for n in spellings],
    }
    config = LogicV2.default_config()

    def person(names: tuple[str, ...], n: int) -> Any:
        e = model.make_entity("Person")
        e.id = f"p{n}"
        e.add("name", list(names))
        return e

    out: dict[str, Any] = {"status": "development sets (consulted while adding respellings)"}
    for name, rows in sets.items():
        ours = sum(score_pair(Party("Person", a), Party("Person", b)).match for a, b in rows)
        v2 = sum(
            LogicV2.compare(person(a, 2 * i), person(b, 2 * i + 1), config).score >= 0.7
            for i, (a, b) in enumerate(rows)
        )
        out[name] = {
            "pairs": len(rows),
            "knowable_recall": round(ours / len(rows), 3),
            "logic-v2_recall": round(v2 / len(rows), 3),
        }
    return out


def _typo(token: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(token) - 1)
    op = rng.choice("sdit")
    letters = "abcdefghijklmnopqrstuvwxyz"
    if op == "s":
        return token[:i] + rng.choice(letters) + token[i + 1 :]
    if op == "d":
        return token[:i] + token[i + 1 :]
    if op == "i":
        return token[:i] + rng.choice(letters) + token[i:]
    return token[: i - 1] + token[i] + token[i - 1] + token[i + 1 :]


def variant(name: str, rng: random.Random) -> str | None:
    words = name.replace(",", " ").split()
    if len(words) < 2:
        return None
    if rng.random() < 0.5:
        long_words = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if not long_words:
            return None
        i = rng.choice(long_words)
        words[i] = _typo(words[i], rng)
    else:
        rng.shuffle(words)
        if words == name.replace(",", " ").split():
            words.reverse()
    return " ".join(words)


def search_bench(data: Path, total: int) -> dict[str, Any]:
    import psutil

    from knowable.catalogue.names import vocabulary
    from knowable.names.index import NameIndex
    from knowable.names.score import Party
    from knowable.sources.ofac import parse_ofac
    from knowable.sources.un import parse_un
    from knowable.sources.watchlist import country_code

    proc = psutil.Process()
    gc.collect()
    rss0 = proc.memory_info().rss
    entries = parse_ofac(data / "watchlists" / "ofac_sdn_2019-01").entries
    entries += parse_un(data / "watchlists" / "un_sc_consolidated" / "UN_consolidated.xml").entries
    start = time.perf_counter()
    index = NameIndex((f"{e.source}|{e.entry_id}", e.party()) for e in entries)
    build_s = time.perf_counter() - start
    gc.collect()
    rss_index = proc.memory_info().rss - rss0
    threshold = vocabulary().threshold
    rng = random.Random(20261128)
    listed = [(f"{e.source}|{e.entry_id}", e.schema, n) for e in entries for n in e.names]
    exact = [rng.choice(listed) for _ in range(total // 2)]
    varied: list[tuple[str, str, str]] = []
    while len(varied) < total - len(exact):
        key, schema, name = rng.choice(listed)
        if (v := variant(name, rng)) is not None:
            varied.append((key, schema, v))
    queries = exact + varied
    parties = [Party(s, (n,)) for _, s, n in queries]
    start, cpu = time.perf_counter(), time.process_time()
    results = index.search(parties, limit=5, min_score=threshold)
    search_s, search_cpu = time.perf_counter() - start, time.process_time() - cpu

    def recall(rows: list[tuple[str, str, str]], found: list[Any]) -> float:
        hits = 0
        for (key, _, _), got in zip(rows, found, strict=True):
            # Found: the entry itself, or another entry listed under the very same name
            # (several entries share names, e.g. branches of one organisation).
            if key in {h.key for h in got} or any(h.result.confidence >= 0.99 for h in got):
                hits += 1
        return round(hits / len(rows), 4)

    negatives = list(csv.DictReader((data / "names" / "synthetic_negatives_dev_1k.csv").open()))
    neg_full = [
        Party(
            "Person",
            (r["full_name"],),
            tuple(c for c in [country_code(r["nationality"])] if c),
            (r["date_of_birth"],) if r["date_of_birth"] else (),
        )
        for r in negatives
    ]
    neg_name = [Party("Person", (r["full_name"],)) for r in negatives]
    false_full = sum(1 for hits in index.search(neg_full, limit=1, min_score=threshold) if hits)
    false_name = sum(1 for hits in index.search(neg_name, limit=1, min_score=threshold) if hits)
    return {
        "list_entries": len(entries),
        "list_names": len(listed),
        "queries": len(queries),
        "index_build_seconds": round(build_s, 1),
        "search_seconds": round(search_s, 1),
        "search_cpu_seconds": round(search_cpu, 1),
        "load_average_1min": round(os.getloadavg()[0], 1),
        "queries_per_second": round(len(queries) / search_s),
        "recall_exact": recall(exact, results[: len(exact)]),
        "recall_typo_or_reordered": recall(varied, results[len(exact) :]),
        "false_hits_per_1000_negatives": false_full * 1000 / len(negatives),
        "false_hits_per_1000_negatives_name_only": false_name * 1000 / len(negatives),
        "index_rss_mb": round(rss_index / 2**20, 1),
        "process_rss_mb": round(proc.memory_info().rss / 2**20, 1),
        "threshold": threshold,
    }


def ofac_reference(data: Path) -> dict[str, Any] | None:
    from knowable.names.score import Party, score_pair

    path = data / "names" / "nomenklatura_ofac_search_scores.csv"
    if not path.exists():
        return None
    rows = list(csv.DictReader(path.open()))
    ours = [
        score_pair(
            Party("Person", (r["query_name"],)), Party("Person", (r["result_name"],))
        ).confidence
        for r in rows
    ]
    theirs = [float(r["ofac_score"]) / 100 for r in rows]

    def ranks(xs: list[float]) -> list[float]:
        order = sorted(range(len(xs)), key=lambda i: xs[i])
        out = [0.0] * len(xs)
        for rank, i in enumerate(order):
            out[i] = float(rank)
        return out

    a, b = ranks(ours), ranks(theirs)
    n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b, strict=True))
    var = (sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b)) ** 0.5
    return {"pairs": n, "spearman_vs_ofac_tool": round(cov / var, 3)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--queries", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="pairs only, no search")
    parser.add_argument(
        "--search-only",
        action="store_true",
        help="re-run the search part only, keeping the other figures of names.json",
    )
    args = parser.parse_args()
    data = shared_data()
    if data is None:
        print("skipped: data not found")
        return
    results = HERE / "results" / "names.json"
    if args.search_only:
        kept: dict[str, Any] = json.loads(results.read_text())
        kept["search"] = search_bench(data, args.queries)
        results.write_text(json.dumps(kept, indent=2) + "\n")
        for key, value in kept["search"].items():
            print(f"search {key:42} {value}")
        return
    cases = list(csv.DictReader((data / "names" / "nomenklatura_name_bench" / "cases.csv").open()))
    from names_speed import measure_builds

    accuracy = pair_accuracy(cases)
    speed = measure_builds(data)
    out: dict[str, Any] = {
        "machine": f"{os.cpu_count()} cores",
        "load_average_1min_at_end_of_pair_speed": round(os.getloadavg()[0], 1),
        "accuracy": accuracy,
        "pair_speed": speed,
        "ofac_reference": ofac_reference(data),
        "entity_checks": entity_checks(data),
        "cross_script": cross_script(data),
    }
    if not args.quick:
        out["search"] = search_bench(data, args.queries)
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "names.json").write_text(json.dumps(out, indent=2) + "\n")
    print_table(out)


def print_table(out: dict[str, Any]) -> None:
    from names_speed import print_speed

    algos = out["accuracy"]["algorithms"]
    print(
        f"{'algorithm':16} {'thr':>5} {'F1 tune':>8} {'F1 held':>8} {'F1 all':>7} "
        f"{'held@tuned':>10} {'=1.0':>5}"
    )
    for name, r in algos.items():
        print(
            f"{name:16} {r['threshold']:5.2f} {r['tuning_part']['f1']:8.3f} "
            f"{r['heldout_part']['f1']:8.3f} {r['all']['f1']:7.3f} "
            f"{r['heldout_at_tuned_threshold']['f1']:10.3f} {r['pairs_scoring_1.0']:5d}"
        )
    print_speed(out["pair_speed"])
    if out.get("entity_checks"):
        checks = out["entity_checks"]
        print(
            f"entity checks (n={checks['checks']}, 211 are cases.csv pairs): "
            + ", ".join(f"{k} F1 {v['f1']}" for k, v in checks.items() if isinstance(v, dict))
        )
    if out.get("cross_script"):
        for name, r in out["cross_script"].items():
            if isinstance(r, dict):
                print(
                    f"cross-script {name} (n={r['pairs']}, development set): knowable recall "
                    f"{r['knowable_recall']}, logic-v2 recall {r['logic-v2_recall']}"
                )
    if out.get("ofac_reference"):
        print(f"rank correlation with OFAC's own search scores: {out['ofac_reference']}")
    if "search" in out:
        for key, value in out["search"].items():
            print(f"search {key:42} {value}")


if __name__ == "__main__":
    main()
