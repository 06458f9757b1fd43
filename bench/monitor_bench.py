"""Delta screening: a monitoring run's work follows what changed, not the size of the book.

One store, fictional customers (invented names; a few list entries added later name some
of them) and a real list when the shared data is present: the January 2019 OFAC SDN
list, written out as FtM JSON lines as version 1 (else a synthetic list of 6,000
invented companies). Then, one monitoring run after each step:

- baseline: every customer and the first list version (the first run screens all);
- customers 1% / 10%: that share of customers updated (a new alias);
- lists 1% / 10%: a new list version with 1% (then 10%) of its entries touched, a third
  each removed, changed (an alias added) and added (some naming customers);
- empty: nothing changed.

Twice: each run as a new process would do it (cron: the lists' index is built again),
and as one ``--every`` loop (the index is kept until a list changes).

For each run: subjects screened per detector, listings screened, customers assessed,
CPU seconds and wall seconds; and, for comparison, what re-screening everything against
every stored list version and assessing everyone costs at the end.

Usage: python bench/monitor_bench.py [--customers 3000]  (writes bench/results/monitor.json)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "jobs"))

from common import shared_data, write_result
from monitor_data import add_customers, customers, invented_name

from knowable.catalogue.policy import bundled_policy
from knowable.jobs.assess import assess_store
from knowable.jobs.monitor import run_monitor
from knowable.jobs.watchlists import _INDEX_CACHE, ingest_watchlist, screen_watchlists
from knowable.model import Subject
from knowable.settings import Settings
from knowable.store import Store, open_store

DATES = ["2019-01-15", "2019-04-01", "2019-07-01"]


def base_entities(rng: random.Random) -> tuple[list[dict[str, Any]], str]:
    """FtM entities of the first list version: the real SDN list, or invented companies."""
    data = shared_data()
    folder = data / "watchlists" / "ofac_sdn_2019-01" if data else None
    if folder is not None and folder.is_dir():
        from knowable.sources.ofac import parse_ofac

        load = parse_ofac(folder, datetime(2019, 1, 15, tzinfo=UTC))
        entities = []
        for record in load.records:
            body = {k: v for k, v in record.payload.items() if k != "list_version"}
            entities.append(body)
        return entities, f"OFAC SDN 2019-01 ({len(entities)} entries, {folder})"
    entities = [
        {
            "id": f"syn-{i}",
            "schema": "Company",
            "properties": {"name": [invented_name(rng).replace("Trading", "Group")]},
        }
        for i in range(6000)
    ]
    return entities, "synthetic: 6,000 invented companies (shared data absent)"


def touch(
    entities: list[dict[str, Any]], share: float, people: list[Subject], rng: random.Random
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """A new version with ``share`` of the entries touched: a third removed, a third changed
    (an alias added), a third added (one in five naming a customer)."""
    count = max(3, round(len(entities) * share))
    third = count // 3
    chosen = rng.sample(range(len(entities)), 2 * third)
    removed, changed = set(chosen[:third]), set(chosen[third:])
    out: list[dict[str, Any]] = []
    for i, entity in enumerate(entities):
        if i in removed:
            continue
        if i in changed:
            props = dict(entity.get("properties", {}))
            props["alias"] = [*props.get("alias", []), invented_name(rng)]
            entity = {**entity, "properties": props}
        out.append(entity)
    for n in range(count - 2 * third):
        name = rng.choice(people).name if n % 5 == 0 else invented_name(rng)
        out.append(
            {
                "id": f"new-{share}-{n}",
                "schema": "Company",
                "properties": {"name": [f"{name} Ltd"], "program": ["BENCH"]},
            }
        )
    return out, {"removed": len(removed), "changed": len(changed), "added": count - 2 * third}


def write_ftm(path: Path, entities: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for entity in entities:
            handle.write(json.dumps(entity) + "\n")
    return path


def measured(
    label: str, store: Store, settings: Settings, extra: dict[str, Any], cold: bool
) -> dict[str, Any]:
    policy = bundled_policy()
    if cold:  # as a new process (cron) would: no lists' index kept from an earlier run
        _INDEX_CACHE.clear()
    runs_before = len(store.runs())
    cpu, wall = time.process_time(), time.perf_counter()
    result = run_monitor(store, settings, policy, alerts=False)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    new_runs = [r for r in store.runs()[runs_before:] if r["kind"] == "watchlist"]
    listings = sum(int(r["params"].get("entries", 0)) for r in new_runs)
    scored = [r["params"]["candidate_subjects"] for r in new_runs if "only_listings" in r["params"]]
    row = {
        "step": label,
        **extra,
        "changed_customers": len(result.changed_customers),
        "list_changes": result.list_changes,
        "screened": result.screened,
        "listings_screened": listings,
        "list_delta_customers_scored": scored[0] if scored else None,
        "assessed": len(result.assessed),
        "cases_opened": len(result.cases_opened),
        "signals_new": result.signals_new,
        "cpu_s": round(cpu, 2),
        "wall_s": round(wall, 2),
    }
    print(
        f"{label:14} screened {json.dumps(result.screened)}; listings {listings}; "
        + (f"list-delta candidates {scored[0]}; " if scored else "")
        + f"assessed {len(result.assessed)}; cpu {cpu:.2f} s; wall {wall:.2f} s",
        flush=True,
    )
    return row


def sequence(
    entities: list[dict[str, Any]], people: list[Subject], cold: bool
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The steps on a fresh store; then a full re-screen for comparison."""
    rng = random.Random(2026)
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        settings = Settings(workspace=work, database_url="")
        store = open_store(settings)
        add_customers(store, people)
        first = datetime.fromisoformat(DATES[0] + "T00:00:00+00:00")
        ingest_watchlist(store, write_ftm(work / "v1.jsonl", entities), "ftm", first)
        rows.append(measured("baseline", store, settings, {}, cold))
        for share in (0.01, 0.10):
            chosen = rng.sample(people, round(len(people) * share))
            updated = [
                Subject(p.key, p.schema, p.name, aliases=(invented_name(rng),)) for p in chosen
            ]
            add_customers(store, updated)
            rows.append(measured(f"customers {share:.0%}", store, settings, {}, cold))
        current = entities
        for share, date in zip((0.01, 0.10), DATES[1:], strict=True):
            current, delta = touch(current, share, people, rng)
            path = write_ftm(work / f"v-{date}.jsonl", current)
            ingest_watchlist(store, path, "ftm", datetime.fromisoformat(date + "T00:00:00+00:00"))
            rows.append(
                measured(f"lists {share:.0%}", store, settings, {"list_delta": delta}, cold)
            )
        rows.append(measured("empty", store, settings, {}, cold))
        _INDEX_CACHE.clear()
        cpu, wall = time.process_time(), time.perf_counter()
        full = screen_watchlists(store, actor="bench")
        assess_store(store, bundled_policy(), datetime.now(UTC), actor="bench")
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        reference = {
            "what": "screen every subject against every stored list version, assess everyone",
            "subjects": full.subjects,
            "listings": full.entries,
            "signals_new": full.signals_new,
            "cpu_s": round(cpu, 2),
            "wall_s": round(wall, 2),
        }
        print(f"full re-screen: {json.dumps(reference)}", flush=True)
        store.engine.dispose()
    return rows, reference


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=3000)
    args = parser.parse_args()
    entities, list_note = base_entities(random.Random(2026))
    people = customers(args.customers, seed=11)
    modes: dict[str, Any] = {}
    for mode, cold in (("one process per run (cron)", True), ("one loop (--every)", False)):
        print(f"-- {mode}", flush=True)
        rows, reference = sequence(entities, people, cold)
        modes[mode] = {"runs": rows, "full_rescreen_reference": reference}
    path = write_result(
        "monitor",
        {
            "customers": args.customers,
            "list": list_note,
            "store": "SQLite (temporary folder)",
            "modes": modes,
            "note": "the machine is shared with other jobs: CPU seconds are the figure to read; "
            "signals_new 0 in the full re-screen means the delta runs had stored every signal",
        },
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
