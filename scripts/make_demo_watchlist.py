"""Cut the demo's OFAC SDN excerpt out of the full (public-domain) SDN list.

The excerpt keeps OFAC's legacy CSV layout (sdn.csv, add.csv, alt.csv, sdn_comments.csv)
and copies the selected entries' lines unchanged, so the demo exercises the real parser.
It selects the entries the demo story names (``--include``: PHENICIA SHIPPING OFFSHORE
SARL, which the demo CRM's Phenicia account must match), every shipping, maritime and
trading company (up to ``--companies``) and a deterministic spread of the other entries
(every ``--step``-th), at most ``--limit`` in all.

Run: python scripts/make_demo_watchlist.py [SDN_FOLDER] [OUT_FOLDER]
Default SDN_FOLDER is ../shared/data/watchlists/ofac_sdn_2019-01 (or $KNOWABLE_SHARED_DATA).
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "knowable" / "demo" / "data" / "watchlist"
TRADE = re.compile(r"\b(SHIPPING|MARITIME|TRADING|TANKER|NAVIGATION|SHIPPING LINES)\b")


def default_source() -> Path | None:
    env = os.environ.get("KNOWABLE_SHARED_DATA")
    for base in (
        Path(env) if env else None,
        ROOT.parent / "shared" / "data",
        Path("/work/shared/data"),
    ):
        if base and (base / "watchlists" / "ofac_sdn_2019-01").is_dir():
            return base / "watchlists" / "ofac_sdn_2019-01"
    return None


def lines_by_entry(path: Path) -> dict[str, list[bytes]]:
    """Raw lines of a legacy OFAC file keyed by entry number (first column)."""
    out: dict[str, list[bytes]] = {}
    if not path.exists():
        return out
    raw = path.read_bytes()
    for line in raw.splitlines(keepends=True):
        text = line.decode("cp1252", errors="replace")
        first = next(csv.reader(io.StringIO(text)), [""])
        if first and first[0].strip().isdigit():
            out.setdefault(first[0].strip(), []).append(line)
    return out


def select(
    sdn: dict[str, list[bytes]], companies: int, step: int, limit: int, include: list[str]
) -> list[str]:
    trade: list[str] = []
    others: list[str] = []
    for number, lines in sdn.items():
        row = next(csv.reader(io.StringIO(lines[0].decode("cp1252", errors="replace"))))
        is_company = len(row) > 2 and row[2].strip() == "-0-"
        if is_company and TRADE.search(row[1]):
            trade.append(number)
        else:
            others.append(number)
    chosen = [n for n in include if n in sdn]
    chosen += [n for n in trade[:companies] + others[::step] if n not in chosen]
    return sorted(set(chosen[:limit]), key=int)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("source", nargs="?", type=Path)
    parser.add_argument("out", nargs="?", type=Path, default=OUT)
    parser.add_argument("--companies", type=int, default=120)
    parser.add_argument("--step", type=int, default=40)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--include", nargs="*", default=["12543"], help="entry numbers")
    args = parser.parse_args()
    source = args.source or default_source()
    if source is None or not (source / "sdn.csv").exists():
        print("skipped: data not found")
        return
    sdn = lines_by_entry(source / "sdn.csv")
    chosen = select(sdn, args.companies, args.step, args.limit, args.include)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in ("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"):
        rows = sdn if name == "sdn.csv" else lines_by_entry(source / name)
        with (args.out / name).open("wb") as handle:
            for number in chosen:
                for line in rows.get(number, []):
                    handle.write(line)
    print(f"wrote {len(chosen)} entries to {args.out}")


if __name__ == "__main__":
    main()
