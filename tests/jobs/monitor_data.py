"""Fictional customers and list versions for the monitoring tests and bench.

Customer names are made of invented words, so that no two customers and no customer and
unrelated list entry look alike; a list entry that should match a customer is that
customer's name with a legal form.
"""

from __future__ import annotations

import csv
import random
from datetime import datetime
from pathlib import Path

from knowable.model import Subject
from knowable.store import Store

_SYLLABLES = [
    "zor",
    "ka",
    "vel",
    "tri",
    "mon",
    "dax",
    "lu",
    "pre",
    "ost",
    "qui",
    "bra",
    "nel",
    "fen",
    "gor",
    "hul",
    "ism",
    "jat",
    "kov",
    "lem",
    "nib",
    "orp",
    "pax",
    "rud",
    "sov",
    "tam",
    "ulv",
    "wex",
    "yor",
    "zan",
    "bel",
    "cru",
    "dim",
]
_TRADES = ("Trading", "Logistics", "Textiles", "Holdings", "Software", "Foods", "Marine")


def invented_name(rng: random.Random) -> str:
    words = ["".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize() for _ in range(2)]
    return f"{' '.join(words)} {rng.choice(_TRADES)}"


def customers(count: int, seed: int = 7) -> list[Subject]:
    rng = random.Random(seed)
    names: set[str] = set()
    while len(names) < count:
        names.add(invented_name(rng))
    return [Subject(f"001MON{i:09d}", "Company", name) for i, name in enumerate(sorted(names))]


def add_customers(store: Store, subjects: list[Subject]) -> None:
    """Store customers as one CRM batch (as an export's accounts would be)."""
    with store.ingest_batch(source="crm", path="test-accounts", actor="test") as batch:
        for subject in subjects:
            batch.add_subject(subject)


def list_entries(count: int, seed: int = 99) -> list[tuple[str, str]]:
    """(entry id, name) of unrelated listed companies."""
    rng = random.Random(seed)
    names: set[str] = set()
    while len(names) < count:
        names.add(invented_name(rng).replace("Trading", "Group"))
    return [(f"L{i:06d}", name) for i, name in enumerate(sorted(names))]


def write_list(path: Path, entries: list[tuple[str, str]]) -> Path:
    """A list in knowable's own CSV list format."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "schema", "program"])
        for entry_id, name in entries:
            writer.writerow([entry_id, name, "Company", "TEST-PROGRAM"])
    return path


def day(text: str) -> datetime:
    from datetime import UTC

    return datetime.fromisoformat(text).replace(tzinfo=UTC)
