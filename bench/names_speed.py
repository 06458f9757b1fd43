"""Pair-scoring speed: knowable against nomenklatura logic-v1 and logic-v2, three ways.

(a) warm, same pairs: the cases.csv pairs, every library keeping its own caches from pass
    to pass, as shipped (a screening process sees the same names again and again);
(b) same pairs, knowable's name caches cleared before each pass and nomenklatura's kept
    (the older, conservative figure);
(c) fresh names: pairs no library has seen. OFAC SDN + UN names are shuffled and cut into
    disjoint sets; in each set half the pairs are a name and a typo or reordered variant
    of it, half two different list names. Every library is warmed up on one set, then
    timed once on each unseen set (median reported).

Every pass is timed from the raw strings: building the parties (knowable) or the FtM
entities (nomenklatura) is inside the timing. Algorithms take turns, pass after pass.
Run with KNOWABLE_PURE_PYTHON=1 to time pure Python when a compiled build is present;
:func:`measure_builds` does both (pure in a child process).

Run alone: PYTHONPATH=src python bench/names_speed.py DATA_DIR  (prints JSON)
"""

from __future__ import annotations

import csv
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

Pair = tuple[str, str, str]  # schema, name1, name2

PROTOCOL = {
    "timing": "from raw strings: parties (knowable) or FtM entities (nomenklatura) are "
    "built inside the timing; algorithms take turns pass after pass",
    "a_warm_same_pairs": "cases.csv pairs; every library keeps its own caches; fastest "
    "of passes 2-5",
    "b_same_pairs_knowable_cold": "cases.csv pairs; knowable's name caches cleared before "
    "each pass, nomenklatura's kept; fastest of passes 2-5",
    "c_fresh_names": "OFAC SDN 2019-01 + UN SC names shuffled into disjoint sets of pairs "
    "(half a name and its typo/reordered variant, half two different list names); one set "
    "warms every library up, then each library is timed once per unseen set; median",
    "speedup": "logic-v2 (or logic-v1) microseconds per pair / knowable's, same process",
    "caches": "knowable caches name analyses and word-pair similarities, never a pair's "
    "score; nomenklatura keeps whatever it caches itself",
    "builds": "pure: knowable.names in pure Python (KNOWABLE_PURE_PYTHON=1, child process "
    "with its own nomenklatura figures); native: compiled with mypyc (make native)",
}
ALGORITHMS = ("knowable", "logic-v1", "logic-v2")


def clear_knowable_caches() -> None:
    """Forget every name analysis and token comparison knowable has cached."""
    from knowable.names.normalise import _legal_form_pattern, analyse_name
    from knowable.names.tokens import _phonetic, token_similarity, token_weight

    analyse_name.cache_clear()
    _legal_form_pattern.cache_clear()
    _phonetic.cache_clear()
    token_similarity.cache_clear()
    token_weight.cache_clear()


def runners() -> dict[str, Callable[[list[Pair]], float]]:
    """One timed pass per algorithm: microseconds per pair, from the raw strings."""
    from followthemoney import model
    from nomenklatura.matching import LogicV1, LogicV2

    from knowable.names.score import Party, score_pair

    def knowable(pairs: list[Pair]) -> float:
        start = time.perf_counter()
        for schema, a, b in pairs:
            score_pair(Party(schema, (a,)), Party(schema, (b,)))
        return (time.perf_counter() - start) / len(pairs) * 1e6

    def nomenklatura(algo: Any) -> Callable[[list[Pair]], float]:
        config = algo.default_config()

        def run(pairs: list[Pair]) -> float:
            start = time.perf_counter()
            for n, (schema, a, b) in enumerate(pairs):
                left = model.make_entity(schema)
                left.id = f"l{n}"
                left.add("name", a)
                right = model.make_entity(schema)
                right.id = f"r{n}"
                right.add("name", b)
                algo.compare(left, right, config)
            return (time.perf_counter() - start) / len(pairs) * 1e6

        return run

    return {
        "knowable": knowable,
        "logic-v1": nomenklatura(LogicV1),
        "logic-v2": nomenklatura(LogicV2),
    }


def summary(micros: dict[str, float]) -> dict[str, Any]:
    return {
        "microseconds_per_pair": {k: round(v, 1) for k, v in micros.items()},
        "speedup_vs_logic_v2": round(micros["logic-v2"] / micros["knowable"], 1),
        "speedup_vs_logic_v1": round(micros["logic-v1"] / micros["knowable"], 1),
    }


def same_pairs(pairs: list[Pair], cold_knowable: bool, rounds: int = 5) -> dict[str, Any]:
    run = runners()
    best: dict[str, float] = {}
    for round_no in range(rounds):
        for name in ALGORITHMS:
            if cold_knowable and name == "knowable":
                clear_knowable_caches()
            micros = run[name](pairs)
            if round_no:  # the first pass pays for library start-up
                best[name] = min(best.get(name, micros), micros)
    return summary(best)


def fresh_sets(data: Path, sets: int, size: int, seed: int = 20261128) -> list[list[Pair]]:
    """Disjoint sets of list-name pairs (no name in two sets)."""
    from names_bench import variant

    from knowable.sources.ofac import parse_ofac
    from knowable.sources.un import parse_un

    entries = parse_ofac(data / "watchlists" / "ofac_sdn_2019-01").entries
    entries += parse_un(data / "watchlists" / "un_sc_consolidated" / "UN_consolidated.xml").entries
    names = sorted({(e.schema, n) for e in entries for n in e.names if n.strip()})
    rng = random.Random(seed)
    rng.shuffle(names)
    if len(names) < sets * size * 2:
        raise SystemExit(f"only {len(names)} list names for {sets} sets of {size} pairs")
    out: list[list[Pair]] = []
    for k in range(sets):
        pool = names[k * size * 2 : (k + 1) * size * 2]
        pairs: list[Pair] = []
        for i in range(size):
            (schema, a), (_, other) = pool[2 * i], pool[2 * i + 1]
            typo = variant(a, rng) if i % 2 == 0 else None
            pairs.append((schema, a, typo or other))
        out.append(pairs)
    return out


def fresh_names(data: Path, sets: int = 7, size: int = 1000) -> dict[str, Any]:
    run = runners()
    warm, *unseen = fresh_sets(data, sets, size)
    for name in ALGORITHMS:
        run[name](warm)
    timed: dict[str, list[float]] = {name: [] for name in ALGORITHMS}
    for k, pairs in enumerate(unseen):
        # Rotate who goes first: a shared machine's load falls on everyone in turn.
        order = ALGORITHMS[k % 3 :] + ALGORITHMS[: k % 3]
        for name in order:
            timed[name].append(run[name](pairs))
    result = summary({name: statistics.median(v) for name, v in timed.items()})
    result["sets"] = {"unseen": len(unseen), "pairs_each": size}
    result["per_set_microseconds"] = {k: [round(x, 1) for x in v] for k, v in timed.items()}
    return result


def measure(data: Path) -> dict[str, Any]:
    """All three protocols with whatever build of knowable.names this process loaded."""
    import knowable.names

    cases = list(csv.DictReader((data / "names" / "nomenklatura_name_bench" / "cases.csv").open()))
    pairs = [(c["schema"], c["name1"], c["name2"]) for c in cases]
    return {
        "native": knowable.names.native(),
        "a_warm_same_pairs": same_pairs(pairs, cold_knowable=False),
        "b_same_pairs_knowable_cold": same_pairs(pairs, cold_knowable=True),
        "c_fresh_names": fresh_names(data),
        "pairs": len(pairs),
    }


def measure_builds(data: Path) -> dict[str, Any]:
    """Pure Python (in a child process when a compiled build is loaded) and native."""
    import knowable.names

    out: dict[str, Any] = {"protocol": PROTOCOL}
    if knowable.names.native():
        env = {**os.environ, "KNOWABLE_PURE_PYTHON": "1"}
        child = subprocess.run(
            [sys.executable, __file__, str(data)], env=env, capture_output=True, text=True
        )
        if child.returncode:
            raise SystemExit(child.stderr)
        out["pure"] = json.loads(child.stdout)
        out["native"] = measure(data)
    else:
        out["pure"] = measure(data)
        out["native"] = None
        out["native_note"] = "no compiled build loaded (run `make native`)"
    return out


def print_speed(speed: dict[str, Any]) -> None:
    native = bool(speed.get("native"))
    print(f"knowable.names compiled build (make native) measured: {native}")
    print(
        f"{'pair speed (us/pair)':34} {'knowable':>9} {'logic-v1':>9} {'logic-v2':>9} "
        f"{'vs v2':>6} {'vs v1':>6}"
    )
    for build in ("pure", "native"):
        if not speed.get(build):
            continue
        for key, label in (
            ("a_warm_same_pairs", "(a) same pairs, warm"),
            ("b_same_pairs_knowable_cold", "(b) same pairs, knowable cold"),
            ("c_fresh_names", "(c) fresh names"),
        ):
            r = speed[build][key]
            us = r["microseconds_per_pair"]
            print(
                f"{label + ' [' + build + ']':34} {us['knowable']:9.1f} {us['logic-v1']:9.1f} "
                f"{us['logic-v2']:9.1f} {r['speedup_vs_logic_v2']:5.1f}x "
                f"{r['speedup_vs_logic_v1']:5.1f}x"
            )


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]))))
