"""What reading the prose objects costs: rows per CPU-second of parsing an export of each
(Note as the plain reference; CaseComment; EmailMessage with an HTML body and a quoted
reply chain; FeedItem with an HTML body; ContentNote with base64 HTML content through a
ContentDocumentLink), and of the text step (``record_text``) alone.

Synthetic, fictional rows generated here (written to a temporary folder). Results in
``bench/results/prose.json``. ``--rows N`` per object (default 20,000).
"""

from __future__ import annotations

import argparse
import base64
import csv
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from common import write_result

from knowable.sources.crmfields import record_text
from knowable.sources.salesforce import discover, parse_export

ACCOUNTS = 200
_TEXT = (
    "customer asked about the invoice for the spring renewal and the new seats for the "
    "front desk team; walked the manager through the booking screen and the export"
)
_WORDS = _TEXT.split(" ")


def _sentence(i: int, words: int = 18) -> str:
    return " ".join(_WORDS[(i + k) % len(_WORDS)] for k in range(words)).capitalize() + "."


def _paragraphs(i: int, n: int = 4) -> list[str]:
    return [_sentence(i * 7 + k) for k in range(n)]


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), quoting=csv.QUOTE_ALL)
        writer.writeheader()
        writer.writerows(rows)


def _aid(n: int) -> str:
    return f"001BEN{n:012d}"


def _cid(n: int) -> str:
    return f"500BEN{n:012d}"


def _base(folder: Path) -> None:
    _write(
        folder / "Account.csv",
        [{"Id": _aid(n), "Name": f"Bench Customer {n}", "CreatedDate": "2015-01-01"}
         for n in range(ACCOUNTS)],
    )  # fmt: skip
    _write(
        folder / "Case.csv",
        [{"Id": _cid(n), "AccountId": _aid(n), "Subject": "Billing",
          "CreatedDate": "2015-02-01"} for n in range(ACCOUNTS)],
    )  # fmt: skip


def _rows(kind: str, rows: int) -> dict[str, list[dict[str, str]]]:
    day = "2016-05-04T10:00:00.000+0000"
    if kind == "Note":
        return {"Note": [{"Id": f"002BEN{i:012d}", "ParentId": _aid(i % ACCOUNTS),
                          "Title": "call", "Body": " ".join(_paragraphs(i)),
                          "CreatedDate": day} for i in range(rows)]}  # fmt: skip
    if kind == "CaseComment":
        return {"CaseComment": [{"Id": f"00aBEN{i:012d}", "ParentId": _cid(i % ACCOUNTS),
                                 "CommentBody": " ".join(_paragraphs(i)),
                                 "CreatedDate": day} for i in range(rows)]}  # fmt: skip
    if kind == "EmailMessage":
        out = []
        for i in range(rows):
            new, old = _paragraphs(i, 2), _paragraphs(i + 1, 3)
            html = (
                "".join(f"<p>{p}</p>" for p in new)
                + "<blockquote>"
                + "".join(f"<p>&gt; {p}</p>" for p in old + old)
                + "</blockquote>"
            )
            out.append({"Id": f"02sBEN{i:012d}", "ParentId": _cid(i % ACCOUNTS),
                        "Subject": "Re: billing", "TextBody": "", "HtmlBody": html,
                        "MessageDate": day, "CreatedDate": day})  # fmt: skip
        return {"EmailMessage": out}
    if kind == "FeedItem":
        return {"FeedItem": [{"Id": f"0D5BEN{i:012d}", "ParentId": _aid(i % ACCOUNTS),
                              "Body": "".join(f"<p>{p}</p>" for p in _paragraphs(i)),
                              "CreatedDate": day} for i in range(rows)]}  # fmt: skip
    notes, links = [], []
    for i in range(rows):
        content = "".join(f"<p>{p}</p>" for p in _paragraphs(i))
        notes.append({"Id": f"069BEN{i:012d}", "Title": "visit", "CreatedDate": day,
                      "Content": base64.b64encode(content.encode()).decode()})  # fmt: skip
        links.append({"Id": f"06ABEN{i:012d}", "ContentDocumentId": f"069BEN{i:012d}",
                      "LinkedEntityId": _aid(i % ACCOUNTS)})  # fmt: skip
    return {"ContentDocumentLink": links, "ContentNote": notes}


def _measure(kind: str, rows: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="knowable-prose-") as tmp:
        folder = Path(tmp)
        _base(folder)
        files = _rows(kind, rows)
        for name, items in files.items():
            _write(folder / f"{name}.csv", items)
        size = sum(p.stat().st_size for p in folder.iterdir())
        start = time.process_time()
        out = parse_export(discover(folder))
        parse_cpu = time.process_time() - start
        mine = [r for r in out.records if r.kind == kind]
        assert len(mine) == rows and all(r.subject_key for r in mine), kind
        assert not out.quarantined, out.quarantined[:1]
        items = files[kind]
        start = time.process_time()
        for values in items:
            record_text(kind, values)
        text_cpu = time.process_time() - start
    return {
        "object": kind,
        "rows": rows,
        "export_bytes": size,
        "parse_cpu_s": round(parse_cpu, 3),
        "parse_rows_per_cpu_s": round((rows + 2 * ACCOUNTS) / parse_cpu),
        "text_cpu_s": round(text_cpu, 3),
        "text_rows_per_cpu_s": round(rows / text_cpu) if text_cpu else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    results = []
    for kind in ("Note", "CaseComment", "EmailMessage", "FeedItem", "ContentNote"):
        found = _measure(kind, args.rows)
        results.append(found)
        print(
            f"{kind:13} {found['rows']:>7} rows: parse {found['parse_rows_per_cpu_s']:>7} "
            f"rows/CPU-s, text alone {found['text_rows_per_cpu_s']:>8} rows/CPU-s"
        )
    path = write_result(
        "prose", {"load_average": os.getloadavg()[0], "rows_per_object": args.rows,
                  "results": results},
    )  # fmt: skip
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
