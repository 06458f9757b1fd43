"""Real check of list versions as evidence (issue 13, item 5) on the January 2019 OFAC SDN list.

The real 2019 list is loaded as two versions (2019-01-15 and, unchanged, 2021-07-07; the
2021 one first, as in the defect), and a third derived version (2022-01-01) is the same
list without Bank Tejarat (a de-listing). Customers named like listed Iranian banks,
with a country none of the bank's addresses has, are screened as of several dates into
one store, then assessed. Checks:

- the bank is knowable from 2019-01-15 (the first version), not 2021-07-07;
- the listing counts once, whatever the runs and versions (one counted signal on it as of
  2019-06 and 2021-12; the score equals that of one run's signals), and nothing counts
  before 2019-01-15;
- the de-listing ends it: as of 2022-06 the listing no longer counts;
- the branches abroad make no country conflict (strength with and without the customer's
  country).

Usage: python bench/list_versions_bench.py  (writes bench/results/list_versions.json)
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import require, shared_data, write_result

from knowable.assess.score import assess
from knowable.catalogue.policy import bundled_policy
from knowable.jobs.watchlists import ingest_watchlist, screen_watchlists
from knowable.model import Signal, Subject
from knowable.names.score import Party, score_pair
from knowable.settings import Settings
from knowable.sources.ofac import parse_ofac
from knowable.store import open_store

FIRST = datetime(2019, 1, 15, tzinfo=UTC)
SECOND = datetime(2021, 7, 7, tzinfo=UTC)
DELISTED = datetime(2022, 1, 1, tzinfo=UTC)
#: (customer key, name, listed entry number, a country none of the bank's addresses has)
BANKS = [
    ("001TEJARAT", "Bank Tejarat", "25677", "ch"),
    ("001MELLI", "Bank Melli Iran", "25578", "ch"),
    ("001SADERAT", "Bank Saderat Iran", "10368", "ch"),
    ("001SEPAH", "Bank Sepah", "25580", "ch"),
    ("001MELLAT", "Bank Mellat", "25019", "ch"),
]
#: The bank removed in the derived 2022 version.
DELISTED_ENTRY = "25677"


def without(folder: Path, target: Path, number: str) -> Path:
    """A copy of the OFAC file set without the rows of entry ``number``."""
    target.mkdir(parents=True)
    for name in ("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"):
        source = folder / name
        if not source.exists():
            continue
        lines = source.read_bytes().splitlines(keepends=True)
        kept = [line for line in lines if not line.startswith(f"{number},".encode())]
        (target / name).write_bytes(b"".join(kept))
    return target


def main() -> None:
    folder = require((shared_data() or Path("/nonexistent")) / "watchlists" / "ofac_sdn_2019-01")
    policy = bundled_policy()
    customers = [
        Subject(key, "Company", name, countries=(country,)) for key, name, _, country in BANKS
    ]
    checks: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "ws").mkdir()
        store = open_store(Settings(workspace=work / "ws", database_url=""))
        with store.ingest_batch(source="crm", path="bench", actor="bench") as batch:
            for customer in customers:
                batch.add_subject(customer)
        started = time.perf_counter()
        loads = [ingest_watchlist(store, folder, "ofac-csv", SECOND, actor="bench")]
        run_2021_alone = screen_watchlists(store, actor="bench")
        loads.append(ingest_watchlist(store, folder, "ofac-csv", FIRST, actor="bench"))
        t0 = time.perf_counter()
        run_both = screen_watchlists(store, as_of=datetime(2021, 12, 31, tzinfo=UTC), actor="bench")
        screen_two_versions_s = time.perf_counter() - t0
        run_2019 = screen_watchlists(store, as_of=datetime(2019, 6, 1, tzinfo=UTC), actor="bench")
        derived = without(folder, work / "delisted", DELISTED_ENTRY)
        loads.append(ingest_watchlist(store, derived, "ofac-csv", DELISTED, actor="bench"))
        run_now = screen_watchlists(store, actor="bench")
        elapsed = time.perf_counter() - started
        runs = {
            "2021 version alone (before 2019 was loaded)": run_2021_alone,
            "as of 2021-12-31 (two versions)": run_both,
            "as of 2019-06-01": run_2019,
            "now (three versions, bank de-listed in 2022)": run_now,
        }
        stored = store.signals()
        results = []
        for key, name, number, country in BANKS:
            mine = [s for s in stored if s.subject_key == key]
            entry_id = f"ofac-sdn-{number}"
            listing = f"watchlist:ofac-sdn|{entry_id}"
            on_entry = [s for s in mine if listing in s.details.get("evidence_keys", [])]
            as_of = {
                "2019-01-14": datetime(2019, 1, 14, tzinfo=UTC),
                "2019-06-01": datetime(2019, 6, 1, tzinfo=UTC),
                "2021-12-01": datetime(2021, 12, 1, tzinfo=UTC),
                "2022-06-01": datetime(2022, 6, 1, tzinfo=UTC),
            }
            assessed = {label: assess(key, mine, policy, when) for label, when in as_of.items()}
            # One run's signals (as of 2019-06: the 2019 version alone), the customer's
            # other listings (a bank's subsidiaries) included.
            one_run = [s for s in run_2019.signals if s.subject_key == key]
            single = assess(key, one_run, policy, as_of["2021-12-01"]).score
            # What the old policy made of the same stored signals: every signal counted.
            twice = assess(key, [_plain(s) for s in mine], policy, as_of["2021-12-01"]).score
            counted = {
                label: sum(
                    1
                    for c in a.contributions
                    if c.value > 0 and c.signal_id in {s.id for s in on_entry}
                )
                for label, a in assessed.items()
            }
            entry = next(e for e in parse_ofac(folder, FIRST).entries if e.entry_id == entry_id)
            with_country = score_pair(
                Party("Company", (name,), (country,)), entry.party()
            ).confidence
            no_country = score_pair(Party("Company", (name,)), entry.party()).confidence
            old_view = replace(
                entry, countries=entry.address_countries, address_countries=()
            ).party()
            old_conflict = score_pair(Party("Company", (name,), (country,)), old_view).confidence
            row = {
                "customer": name,
                "customer_country": country,
                "entry": entry_id,
                "entry_address_countries": list(entry.address_countries),
                "stored_signals_on_listing": len(on_entry),
                "observed_at": sorted(
                    {s.observed_at.isoformat() for s in on_entry if s.observed_at}
                ),
                "ended_at": sorted(
                    {str(s.details["ended_at"]) for s in on_entry if "ended_at" in s.details}
                ),
                "knowable_since": {
                    label: a.knowable_since.isoformat() if a.knowable_since else None
                    for label, a in assessed.items()
                },
                "score": {label: round(a.score, 4) for label, a in assessed.items()},
                "counted_signals": counted,
                "score_one_run": round(single, 4),
                "score_every_stored_signal_counted_2021_12": round(twice, 4),
                "match_with_customer_country": round(with_country, 4),
                "match_without_country": round(no_country, 4),
                "match_with_branch_countries_as_conflict (before)": round(old_conflict, 4),
            }
            results.append(row)
            delisted = number == DELISTED_ENTRY
            checks[name] = {
                "knowable from 2019-01-15": assessed["2021-12-01"].knowable_since == FIRST,
                "nothing before 2019-01-15": assessed["2019-01-14"].score == 0.0,
                "counted once (2019-06, 2021-12)": counted["2019-06-01"]
                == counted["2021-12-01"]
                == 1,
                "score equals one run's": abs(assessed["2021-12-01"].score - single) < 1e-9,
                "no country conflict from branches": with_country >= no_country,
                "de-listing ends it (2022-06)": (counted["2022-06-01"] == 0)
                if delisted
                else (counted["2022-06-01"] == 1),
            }
    summary = {
        "data": str(folder),
        "versions": [
            "2019-01-15 (real)",
            "2021-07-07 (the same real list, loaded first)",
            "2022-01-01 (derived: Bank Tejarat removed)",
        ],
        "loads": loads,
        "runs": {
            label: {"lists": r.lists, "listings": r.entries, "signals": len(r.signals)}
            for label, r in runs.items()
        },
        "screen_two_versions_seconds": round(screen_two_versions_s, 2),
        "total_seconds": round(elapsed, 1),
        "banks": results,
        "checks": checks,
        "all_passed": all(all(c.values()) for c in checks.values()),
    }
    path = write_result("list_versions", summary)
    for row in results:
        print(
            f"{row['customer']}: knowable since {row['knowable_since']['2021-12-01']}, "
            f"score 2019-06 {row['score']['2019-06-01']} / 2021-12 {row['score']['2021-12-01']} / "
            f"2022-06 {row['score']['2022-06-01']} (one run {row['score_one_run']}, "
            f"every stored signal counted {row['score_every_stored_signal_counted_2021_12']}); "
            f"match {row['match_with_customer_country']} with country, "
            f"{row['match_with_branch_countries_as_conflict (before)']} before"
        )
    for name, result in checks.items():
        failed = [k for k, ok in result.items() if not ok]
        print(f"  {name}: {'all checks pass' if not failed else 'FAILED ' + ', '.join(failed)}")
    seconds = summary["screen_two_versions_seconds"]
    print(f"screening two versions: {seconds} s; total {summary['total_seconds']} s")
    print(f"written to {path}")
    if not summary["all_passed"]:
        sys.exit(1)


def _plain(signal: Signal) -> Signal:
    """The signal without its evidence keys and end: how the old policy saw it."""
    details = {k: v for k, v in signal.details.items() if k not in ("evidence_keys", "ended_at")}
    return replace(signal, details=details, id="")


if __name__ == "__main__":
    main()
