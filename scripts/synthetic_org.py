"""A synthetic Salesforce org for scale tests: the demo's book of business, copied.

Copy 0 is the demo export itself (keys ``...DEMO...``); copy n > 0 replaces ``DEMO`` in
every Id with ``S`` and three digits (same length, so the keys stay valid Salesforce-like
Ids), which gives ``copies`` independent books of 41 customers whose notes, cases and
opportunities tell the demo's stories again. Names and domains repeat across copies, so
the watchlist and media screening meet many identical customers, as a real org with
franchises and branches does. The bundled list, news and listings stay as they are
(listings belong to copy 0's platforms; the customers' phones repeat, so NET-07 finds
every copy).

    python scripts/synthetic_org.py OUT_DIR --copies 10     # ~11,800 CRM rows
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from knowable.sources.sfid import is_valid18, to18

DEMO_CRM = Path(__file__).resolve().parents[1] / "src" / "knowable" / "demo" / "data" / "crm"
ROWS_PER_COPY = 1183


def tag(copy: int) -> str:
    """The 4 characters that replace ``DEMO`` in copy ``copy``'s keys."""
    if not 0 <= copy < 1000:
        raise ValueError("copies are numbered 0..999")
    return "DEMO" if copy == 0 else f"S{copy:03d}"


#: An 18-character Salesforce Id (letters and digits, not inside a longer word).
_ID18 = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{18}(?![A-Za-z0-9])")


def copy_text(text: str, copy: int) -> str:
    """``text`` with copy ``copy``'s keys: ``DEMO`` replaced, and every 18-character Id
    that was valid given the checksum suffix of its new first 15 characters (the suffix
    encodes which of them are capitals, so the old one would be quarantined)."""
    if copy == 0:
        return text
    valid = {m.group(0) for m in _ID18.finditer(text) if "DEMO" in m.group(0)}
    renamed = {
        i.replace("DEMO", tag(copy)): to18(i.replace("DEMO", tag(copy))[:15])
        for i in valid
        if is_valid18(i)
    }
    out = text.replace("DEMO", tag(copy))
    if not renamed:
        return out
    return _ID18.sub(lambda m: renamed.get(m.group(0), m.group(0)), out)


def write_crm(folder: Path, copies: int) -> int:
    """Write ``copies`` copies of the demo CRM export to ``folder``; returns data rows."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = 0
    for source in sorted(DEMO_CRM.glob("*.csv")):
        header, _, body = source.read_text(encoding="utf-8").partition("\n")
        if body and not body.endswith("\n"):
            body += "\n"
        rows += sum(1 for _ in csv.reader(io.StringIO(body))) * copies
        with (folder / source.name).open("w", encoding="utf-8", newline="") as out:
            out.write(header + "\n")
            for copy in range(copies):
                out.write(copy_text(body, copy))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    print(f"{args.folder}: {write_crm(args.folder, args.copies)} CRM rows")


if __name__ == "__main__":
    main()
