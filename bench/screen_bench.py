"""Screening at list scale: queries per CPU-second, index build and memory vs list size.

Lists of 25k, 100k and 500k entries are generated at run time into a temporary folder
from the real OFAC SDN 2019-01, OFAC Consolidated (non-SDN) and UN lists (every real
entry first, then synthetic entries: real given names and family names recombined for
persons, words of real organisation names recombined for organisations, with typo and
reordered aliases, countries and birth dates taken from real entries). The smaller lists
are prefixes of the largest. 50,000 customers are screened against each list: 1,250 are
list entries of the first 25k (half as listed, half with a typo or reordered words; the
rest of recall), the others new names built the same way from the same words (common
names that share words with many listed ones, as real customers do). Nothing
third-party is written into the repository.

Recall counts a listed customer found when the entry it was drawn from is among its hits
at the threshold, or any hit scores 0.99 (the same name); for the misspelt or reordered
half, `recall_listed_typo_or_reordered_same_name` also counts a hit on an entry listed
under one of the entry's names (the synthetic list repeats names at 500k entries).

Each run is a child process (CPU-seconds from getrusage, DuckDB's threads included; peak
RSS from ru_maxrss): knowable's NameIndex, and nomenklatura's blocking Index (DuckDB,
token blocking) with logic-v2 scoring the same number of candidates per customer (5).
nomenklatura is a bench-only dependency (`pip install -e '.[bench]'`); without it the
bench says so and runs knowable alone.

Run: PYTHONPATH=src nice python bench/screen_bench.py [--sizes 25000,100000,500000]
     [--customers 50000] [--no-nomenklatura] [--nomenklatura-sizes 25000,100000]
Writes bench/results/screen.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.append(str(HERE.parent / "src"))  # PYTHONPATH, when set, comes first

from common import RESULTS, machine, require, shared_data  # noqa: E402

CANDIDATES = 5
LISTED_CUSTOMERS = 1250
SEED = 20261202
FIELDS = ("id", "schema", "name", "aliases", "countries", "birth_date")


# --- data generation (parent process) -------------------------------------------------


def real_entries(data: Path) -> list[dict[str, str]]:
    from knowable.sources.ofac import parse_ofac
    from knowable.sources.un import parse_un

    lists = data / "watchlists"
    entries = parse_ofac(lists / "ofac_sdn_2019-01").entries
    entries += parse_ofac(lists / "ofac_consolidated_nonsdn").entries
    entries += parse_un(lists / "un_sc_consolidated" / "UN_consolidated.xml").entries
    rows = []
    for e in entries:
        if not e.names:
            continue
        rows.append(
            {
                "id": f"real-{len(rows)}",
                "schema": e.schema,
                "name": e.names[0],
                "aliases": ";".join(n.replace(";", ",") for n in e.names[1:]),
                "countries": ";".join(e.countries),
                "birth_date": e.birth_dates[0] if e.birth_dates else "",
            }
        )
    return rows


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1 :]
    if kind == 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + rng.choice("aeioukrstn") + word[i + 1 :]


def variant(name: str, rng: random.Random) -> str:
    """The name with a typo in one word of four letters or more, or its words reordered."""
    words = name.replace(",", " ").split()
    long_words = [i for i, w in enumerate(words) if len(w) >= 4]
    if long_words and (len(words) < 2 or rng.random() < 0.5):
        i = rng.choice(long_words)
        words[i] = typo(words[i], rng)
    elif len(words) >= 2:
        words = words[1:] + words[:1]
    return " ".join(words)


class Generator:
    """Synthetic list entries and customers from the words of real list entries."""

    def __init__(self, real: list[dict[str, str]], seed: int) -> None:
        self.rng = random.Random(seed)
        self.real = real
        self.given: list[str] = []
        self.family: list[str] = []
        self.org_names: list[list[str]] = []
        self.org_words: list[str] = []
        for row in real:
            name = row["name"]
            if row["schema"] == "Person":
                if "," in name:
                    family, _, given = name.partition(",")
                    self.family.append(family.strip())
                    self.given.extend(given.split())
                else:
                    words = name.split()
                    if len(words) >= 2:
                        self.family.append(words[-1])
                        self.given.extend(words[:-1])
            else:
                words = name.split()
                self.org_names.append(words)
                self.org_words.extend(w for w in words if len(w) > 3)
        self.given = [g for g in self.given if g.isalpha()] or ["Anna"]
        self.family = [f for f in self.family if f] or ["Smith"]

    def person_name(self) -> str:
        rng = self.rng
        given = " ".join(rng.choice(self.given) for _ in range(rng.choice((1, 1, 2))))
        return f"{rng.choice(self.family)}, {given}"

    def org_name(self) -> str:
        rng = self.rng
        words = list(rng.choice(self.org_names))
        for _ in range(rng.choice((1, 1, 2))):
            words[rng.randrange(len(words))] = rng.choice(self.org_words)
        return " ".join(words)

    def entry(self, n: int) -> dict[str, str]:
        rng = self.rng
        template = rng.choice(self.real)
        schema = template["schema"]
        name = self.person_name() if schema == "Person" else self.org_name()
        aliases = [variant(name, rng) for _ in range(rng.choice((0, 0, 1, 2)))]
        return {
            "id": f"syn-{n}",
            "schema": schema,
            "name": name,
            "aliases": ";".join(aliases),
            "countries": template["countries"],
            "birth_date": template["birth_date"] if schema == "Person" else "",
        }


def write_lists(real: list[dict[str, str]], sizes: list[int], folder: Path) -> dict[int, Path]:
    gen = Generator(real, SEED)
    largest = max(sizes)
    paths = {size: folder / f"list_{size}.csv" for size in sizes}
    handles = {size: path.open("w", newline="") for size, path in paths.items()}
    writers = {size: csv.DictWriter(h, FIELDS) for size, h in handles.items()}
    for w in writers.values():
        w.writeheader()

    def rows() -> Iterator[dict[str, str]]:
        yield from real[:largest]
        for n in range(largest - min(len(real), largest)):
            yield gen.entry(n)

    for n, row in enumerate(rows()):
        for size, w in writers.items():
            if n < size:
                w.writerow(row)
    for h in handles.values():
        h.close()
    return paths


def write_customers(real: list[dict[str, str]], list_path: Path, total: int, folder: Path) -> Path:
    """Customers: LISTED_CUSTOMERS drawn from the (smallest) list, the rest new names."""
    gen = Generator(real, SEED + 1)
    rng = random.Random(SEED + 2)
    listed = list(csv.DictReader(list_path.open()))
    path = folder / "customers.csv"
    with path.open("w", newline="") as handle:
        w = csv.DictWriter(handle, ("id", "schema", "name", "expect"))
        w.writeheader()
        for n in range(min(LISTED_CUSTOMERS, total)):
            row = rng.choice(listed)
            name = row["name"] if n % 2 == 0 else variant(row["name"], rng)
            w.writerow({"id": f"c{n}", "schema": row["schema"], "name": name, "expect": row["id"]})
        for n in range(min(LISTED_CUSTOMERS, total), total):
            schema = rng.choice(("Person", "Company"))
            name = gen.person_name() if schema == "Person" else gen.org_name()
            w.writerow({"id": f"c{n}", "schema": schema, "name": name, "expect": ""})
    return path


# --- children ---------------------------------------------------------------------------


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def split(value: str) -> tuple[str, ...]:
    return tuple(v for v in value.split(";") if v)


def child_knowable(list_path: Path, customers_path: Path) -> dict[str, Any]:
    import knowable.names
    from knowable.catalogue.names import vocabulary
    from knowable.names.index import NameIndex
    from knowable.names.score import Party

    threshold = vocabulary().threshold
    rows = list(csv.DictReader(list_path.open()))
    customers = list(csv.DictReader(customers_path.open()))
    base_rss = rss_mb()
    c0, t0 = cpu(), time.perf_counter()
    index = NameIndex(
        (
            r["id"],
            Party(
                r["schema"],
                (r["name"], *split(r["aliases"])),
                split(r["countries"]),
                split(r["birth_date"]),
            ),
        )
        for r in rows
    )
    build_cpu, build_wall = cpu() - c0, time.perf_counter() - t0
    del rows
    index_rss = rss_mb() - base_rss
    c0, t0 = cpu(), time.perf_counter()
    parties = [Party(c["schema"], (c["name"],)) for c in customers]
    blocking_cpu = 0.0
    results = []
    for start in range(0, len(parties), 2000):
        chunk = parties[start : start + 2000]
        b0 = cpu()
        index.candidates(chunk, CANDIDATES)
        blocking_cpu += cpu() - b0
        results.extend(index.search(chunk, limit=CANDIDATES, candidates=CANDIDATES))
    query_cpu, query_wall = cpu() - c0, time.perf_counter() - t0
    # candidates() ran twice (once alone, to time it; once inside search): count it once.
    query_cpu -= blocking_cpu
    found = []
    for c, hits in zip(customers, results, strict=True):
        good = [h for h in hits if h.result.confidence >= threshold]
        found.append((c["expect"], [h.key for h in good], [h.result.confidence for h in good]))
    return {
        "native": knowable.names.native(),
        "index_build_cpu_s": round(build_cpu, 2),
        "index_build_wall_s": round(build_wall, 2),
        "index_arrays_mb": round(index.array_bytes() / 2**20, 1),
        "index_rss_mb": round(index_rss, 1),
        "query_cpu_s": round(query_cpu, 2),
        "query_wall_s": round(query_wall, 2),
        "blocking_cpu_s": round(blocking_cpu, 2),
        "found": found,
        "threshold": threshold,
        "peak_rss_mb": round(peak_mb(), 1),
    }


def child_nomenklatura(list_path: Path, customers_path: Path, folder: Path) -> dict[str, Any]:
    import logging

    from followthemoney import model
    from nomenklatura.blocker.index import Index
    from nomenklatura.matching import LogicV2

    logging.disable(logging.INFO)

    class ListView:
        """What nomenklatura's Index reads of a View: the entities, and a scope name."""

        class scope:  # noqa: N801 - attribute read by Index.__repr__
            name = "bench"

        def __init__(self, entities: list[Any]) -> None:
            self._entities = entities

        def entities(self, include_schemata: Any = None) -> Iterator[Any]:
            return iter(self._entities)

    def make(row: dict[str, str]) -> Any:
        e = model.make_entity(row["schema"])
        e.id = row["id"]
        e.add("name", row["name"])
        for alias in split(row.get("aliases", "")):
            e.add("alias", alias)
        for country in split(row.get("countries", "")):
            e.add("country", country, quiet=True)
        if row.get("birth_date") and e.schema.is_a("Person"):
            e.add("birthDate", row["birth_date"], quiet=True)
        return e

    rows = list(csv.DictReader(list_path.open()))
    customers = list(csv.DictReader(customers_path.open()))
    base_rss = rss_mb()
    c0, t0 = cpu(), time.perf_counter()
    entities = [make(r) for r in rows]
    by_id = {e.id: e for e in entities}
    del rows
    index = Index(ListView(entities), folder / f"nk-{os.getpid()}")  # type: ignore[arg-type]
    index.build()
    build_cpu, build_wall = cpu() - c0, time.perf_counter() - t0
    index_rss = rss_mb() - base_rss
    config = LogicV2.default_config()
    c0, t0 = cpu(), time.perf_counter()
    queries = [make({**c, "id": f"q-{c['id']}"}) for c in customers]
    query_by_id = {q.id: q for q in queries}
    scored: dict[str, list[tuple[str, float]]] = {}
    for ident, matches in index.match_entities(queries):
        query = query_by_id[ident.id]
        out = []
        for match_id, _ in matches[:CANDIDATES]:
            entry = by_id.get(match_id.id)
            if entry is not None:
                out.append((entry.id, LogicV2.compare(query, entry, config).score))
        scored[ident.id] = out
    query_cpu, query_wall = cpu() - c0, time.perf_counter() - t0
    found = []
    for c in customers:
        hits = [(k, s) for k, s in scored.get(f"q-{c['id']}", []) if s >= 0.7]
        found.append((c["expect"], [k for k, _ in hits], [s for _, s in hits]))
    index.close()
    return {
        "index_build_cpu_s": round(build_cpu, 2),
        "index_build_wall_s": round(build_wall, 2),
        "index_rss_mb": round(index_rss, 1),
        "query_cpu_s": round(query_cpu, 2),
        "query_wall_s": round(query_wall, 2),
        "found": found,
        "threshold": 0.7,
        "peak_rss_mb": round(peak_mb(), 1),
    }


def run_child(kind: str, list_path: Path, customers: Path, folder: Path) -> dict[str, Any]:
    args = [sys.executable, __file__, "--child", kind, str(list_path), str(customers), str(folder)]
    done = subprocess.run(args, capture_output=True, text=True, env=os.environ.copy())
    if done.returncode != 0:
        raise SystemExit(f"{kind} child failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def names_by_id(list_path: Path, ids: set[str]) -> dict[str, set[str]]:
    """Every name (primary and aliases, upper case) of the given list entries."""
    out = {}
    with list_path.open() as handle:
        for row in csv.DictReader(handle):
            if row["id"] in ids:
                out[row["id"]] = {n.upper() for n in (row["name"], *split(row["aliases"]))}
    return out


def summarise(result: dict[str, Any], customers: int, list_path: Path) -> dict[str, Any]:
    found = result.pop("found")
    listed = [(e, keys, scores) for e, keys, scores in found if e]
    others = [(keys, scores) for e, keys, scores in found if not e]
    # Found: the entry itself, or another entry under the very same name (score ~1).
    hit = sum(1 for e, keys, scores in listed if e in keys or any(s >= 0.99 for s in scores))
    exact = listed[0::2]
    varied = listed[1::2]

    def share(rows: list[tuple[str, list[str], list[float]]]) -> float:
        good = sum(1 for e, keys, scores in rows if e in keys or any(s >= 0.99 for s in scores))
        return round(good / max(len(rows), 1), 4)

    result["customers"] = customers
    result["queries_per_cpu_s"] = round(customers / result["query_cpu_s"])
    result["cpu_us_per_query"] = round(result["query_cpu_s"] / customers * 1e6, 1)
    if "blocking_cpu_s" in result:
        result["blocking_us_per_query"] = round(result["blocking_cpu_s"] / customers * 1e6, 1)
    result["recall_listed"] = round(hit / max(len(listed), 1), 4)
    result["recall_listed_exact"] = share(exact)
    result["recall_listed_typo_or_reordered"] = share(varied)
    # The synthetic list recombines real words, so at 500,000 entries a listed name is
    # often carried by several entries (the same "SERVICES" or "GRUPO" many times): a
    # misspelt query that hits one of them at the threshold has found the name it was
    # made from, the same evidence for a reviewer. Counted apart from the strict figure.
    wanted = {e for e, _, _ in varied} | {k for _, keys, _ in varied for k in keys}
    names = names_by_id(list_path, wanted)
    same = sum(
        1
        for e, keys, scores in varied
        if e in keys
        or any(s >= 0.99 for s in scores)
        or any(names.get(e, set()) & names.get(k, set()) for k in keys)
    )
    result["recall_listed_typo_or_reordered_same_name"] = round(same / max(len(varied), 1), 4)
    result["listed_customers"] = len(listed)
    result["other_customers_with_a_hit_per_1000"] = round(
        1000 * sum(1 for keys, _ in others if keys) / max(len(others), 1), 1
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="25000,100000,500000", help="knowable's ('' for none)")
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument("--no-nomenklatura", action="store_true")
    parser.add_argument("--nomenklatura-sizes", default=None, help="default: --sizes")
    parser.add_argument("--child", nargs=4, metavar=("KIND", "LIST", "CUSTOMERS", "DIR"))
    parser.add_argument("--output", default=str(RESULTS / "screen.json"))
    args = parser.parse_args()
    if args.child:
        kind, list_path, customers_path, folder = args.child
        if kind == "knowable":
            out = child_knowable(Path(list_path), Path(customers_path))
        else:
            out = child_nomenklatura(Path(list_path), Path(customers_path), Path(folder))
        print(json.dumps(out))
        return
    data = require(shared_data())
    sizes = sorted(int(s) for s in args.sizes.split(",") if s)
    nk_sizes = sorted(int(s) for s in (args.nomenklatura_sizes or args.sizes).split(","))
    try:
        import nomenklatura  # noqa: F401

        have_nk = not args.no_nomenklatura
        nk_note = "" if have_nk else "left out (--no-nomenklatura)"
    except ImportError:
        have_nk = False
        nk_note = "not installed (pip install -e '.[bench]')"
    with tempfile.TemporaryDirectory(prefix="knowable-screen-bench-") as tmp:
        folder = Path(tmp)
        real = real_entries(data)
        t0 = time.perf_counter()
        lists = write_lists(real, sorted(set(sizes + (nk_sizes if have_nk else []))), folder)
        customers = write_customers(real, lists[min(lists)], args.customers, folder)
        print(f"generated lists and customers in {time.perf_counter() - t0:.0f} s", flush=True)
        runs: dict[str, dict[str, Any]] = {"knowable": {}, "nomenklatura": {}}
        out: dict[str, Any] = {
            "machine": machine(),
            "date": time.strftime("%Y-%m-%d"),
            "real_entries": len(real),
            "customers": args.customers,
            "candidates_per_customer": CANDIDATES,
            "nomenklatura": nk_note or "nomenklatura Index (DuckDB) + logic-v2 on its top 5",
            "runs": runs,
        }
        plan = [("knowable", size) for size in sizes]
        plan += [("nomenklatura", size) for size in nk_sizes] if have_nk else []
        for kind, size in plan:
            r = summarise(
                run_child(kind, lists[size], customers, folder), args.customers, lists[size]
            )
            r["load_average_1min"] = round(os.getloadavg()[0], 1)
            runs[kind][str(size)] = r
            print(f"{kind} {size:>7}: {json.dumps(r)}", flush=True)
            # Written after every run, so a long run interrupted keeps what it measured.
            out["ratios"] = ratios(runs)
            Path(args.output).parent.mkdir(parents=True, exist_ok=True)
            Path(args.output).write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out["ratios"], indent=2))


def ratios(runs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, by_size in runs.items():
        if len(by_size) >= 2:
            sizes = sorted(by_size, key=int)
            small, large = by_size[sizes[0]], by_size[sizes[-1]]
            out[f"{name}_cost_per_query_{sizes[-1]}_vs_{sizes[0]}"] = round(
                large["cpu_us_per_query"] / small["cpu_us_per_query"], 2
            )
    for size, mine in runs["knowable"].items():
        theirs = runs["nomenklatura"].get(size)
        if theirs:
            out[f"knowable_vs_nomenklatura_queries_per_cpu_s_{size}"] = round(
                mine["queries_per_cpu_s"] / theirs["queries_per_cpu_s"], 2
            )
    return out


if __name__ == "__main__":
    main()
