"""Multi-pattern engines for the media mention finder: pyahocorasick against hyperscan.

knowable uses two multi-pattern engines: hyperscan for the regex catalogues (content
indicators, user reports, the text normaliser's triggers) and pyahocorasick for the
literal surface forms of the subject book (knowable.detect.media.mentions). hyperscan
can also match literals, so this measures whether it could take over the mention finder:

1. Build time (CPU) and peak memory of each engine over the surface forms of N synthetic
   company subjects (the names media_bench.py uses), each build in its own process.
2. Scan time per synthetic 3,000-word article (CPU, best of three passes), and a check
   that both engines report the same (end offset, form) pairs.

Writes bench/results/multipattern.json. Needs nothing outside the repository.
Run: PYTHONPATH=src nice python bench/multipattern_bench.py [--subjects 1000 10000 100000]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections.abc import Callable
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import ahocorasick
import hyperscan

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import write_result
from media_bench import _CRIME, _WORDS, _name

from knowable.detect.media.mentions import FoldedText, _surface_forms
from knowable.model import Subject

ENGINES = ("pyahocorasick", "hyperscan")


def _names(n_subjects: int) -> list[str]:
    rng = random.Random(20260401)
    return list(dict.fromkeys(_name(rng) for _ in range(n_subjects * 2)))[:n_subjects]


def _forms(names: list[str]) -> list[str]:
    forms: dict[str, None] = {}
    for i, name in enumerate(names):
        for form, _ in _surface_forms(Subject(key=f"S{i}", schema="Company", name=name)):
            forms.setdefault(form)
    return list(forms)


def _build(engine: str, forms: list[str]) -> Callable[[str], list[tuple[int, str]]]:
    """The engine over ``" form "`` keys (as MentionIndex pads them) and its scan function."""
    if engine == "pyahocorasick":
        automaton = ahocorasick.Automaton()
        for form in forms:
            automaton.add_word(f" {form} ", form)
        automaton.make_automaton()

        def scan_ac(padded: str) -> list[tuple[int, str]]:
            return sorted(automaton.iter(padded))

        return scan_ac
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=[f" {form} ".encode() for form in forms],
        ids=list(range(len(forms))),
        elements=len(forms),
        flags=0,
        literal=True,
    )
    scratch = hyperscan.Scratch(database)

    def scan_hs(padded: str) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []

        def on_match(pattern: int, start: int, end: int, flags: int, context: Any) -> None:
            out.append((end - 1, forms[pattern]))

        database.scan(padded.encode(), match_event_handler=on_match, scratch=scratch)
        return sorted(out)

    return scan_hs


def _build_cost(engine: str, n_subjects: int) -> dict[str, Any]:
    """Runs in a child process, so that peak RSS belongs to this one build."""
    forms = _forms(_names(n_subjects))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.process_time()
    _build(engine, forms)
    seconds = time.process_time() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "forms": len(forms),
        "build_cpu_s": round(seconds, 3),
        "peak_rss_mb": (after - before) // 1024,
    }


def _articles(names: list[str], count: int, words: int = 3_000) -> list[str]:
    rng = random.Random(20260402)
    bodies: list[str] = []
    for _ in range(count):
        sentences: list[str] = []
        written = 0
        while written < words:
            length = rng.randint(12, 28)
            sentences.append(" ".join(rng.choice(_WORDS) for _ in range(length)).capitalize() + ".")
            written += length
            if rng.random() < 0.01:
                sentences.append(rng.choice(_CRIME).format(n=rng.choice(names)))
        bodies.append(" ".join(sentences))
    return bodies


def scan_cost(n_subjects: int, n_articles: int) -> dict[str, Any]:
    names = _names(n_subjects)
    forms = _forms(names)
    padded = [f" {FoldedText(body).folded} " for body in _articles(names, n_articles)]
    scanners = {engine: _build(engine, forms) for engine in ENGINES}
    results = {engine: [scan(p) for p in padded] for engine, scan in scanners.items()}
    same = results["pyahocorasick"] == results["hyperscan"]
    out: dict[str, Any] = {"articles": n_articles, "hits": sum(map(len, results["hyperscan"]))}
    out["same_matches"] = same
    for engine, scan in scanners.items():
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            for text in padded:
                scan(text)
            best = min(best, time.process_time() - started)
        out[f"{engine}_ms_per_article"] = round(best / n_articles * 1e3, 4)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--subjects", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    builds: dict[str, dict[str, Any]] = {}
    with get_context("spawn").Pool(1, maxtasksperchild=1) as pool:
        for n in args.subjects:
            for engine in ENGINES:
                cost = pool.apply(_build_cost, (engine, n))
                builds[f"{engine}/{n}"] = cost
                print(
                    f"build {engine:13} {n:>7,} subjects ({cost['forms']:,} forms): "
                    f"{cost['build_cpu_s']:.2f} s CPU, peak RSS +{cost['peak_rss_mb']} MB"
                )
    scans = {}
    for n in args.subjects:
        scans[str(n)] = scan = scan_cost(n, args.articles)
        print(
            f"scan  {n:>7,} subjects: pyahocorasick {scan['pyahocorasick_ms_per_article']} ms, "
            f"hyperscan {scan['hyperscan_ms_per_article']} ms per 3,000-word article (CPU); "
            f"same matches: {scan['same_matches']}"
        )
    path = write_result("multipattern", {"build": builds, "scan": scans})
    print(f"written: {path}")
    return 0 if all(s["same_matches"] for s in scans.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
