"""Lists that refresh (issue 14, item 5) on real lists: what an update costs and finds.

On the January 2019 OFAC SDN list (7,379 entries) and the UN Security Council list
(1,003 entries), into one store:

1. ``ofac-sdn`` v1: the 2019 list without its first 100 entries (by entry number);
2. the same files again: unchanged, nothing parsed (content hash);
3. v2: the whole 2019 list with the programme of 50 entries changed: the delta must be
   exactly 100 added, 0 removed, 50 changed;
4. v3: v2 without 80 other entries: exactly 80 removed;
5. ``list_changes_since(v1)``: the net change (100 added, 80 removed, 50 changed), timed
   against reading two versions' entries and comparing them;
6. the UN list fetched from a local HTTP server with an ETag: stored, then "304 not
   modified"; then the same entries regenerated with a new ``dateGenerated`` (new bytes):
   unchanged, no version;
7. the real trade.gov CSL sample (115 rows), told from its content.

Usage: python bench/list_updates_bench.py  (writes bench/results/list_updates.json)
"""

from __future__ import annotations

import csv
import io
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import require, shared_data, write_result

from knowable.jobs.watchlists import list_changes_since, update_watchlist
from knowable.settings import Settings
from knowable.store import lists as store_lists
from knowable.store import open_store

T = TypeVar("T")
OFAC_FILES = ("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv")


def timed(call: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    value = call()
    return value, round(time.perf_counter() - start, 3)


def numbers(folder: Path) -> list[str]:
    text = (folder / "sdn.csv").read_bytes().decode("cp1252")
    return [row[0] for row in csv.reader(io.StringIO(text)) if row and row[0].isdigit()]


def derive(folder: Path, target: Path, drop: set[str], reprogram: set[str] | None = None) -> Path:
    """A copy of the OFAC file set without the entries ``drop`` and with the programme
    of the entries ``reprogram`` changed."""
    target.mkdir(parents=True)
    for name in OFAC_FILES:
        source = folder / name
        if not source.exists():
            continue
        out: list[bytes] = []
        for line in source.read_bytes().splitlines(keepends=True):
            number = line.split(b",", 1)[0].decode("cp1252", "replace")
            if number in drop:
                continue
            if name == "sdn.csv" and number in (reprogram or set()):
                row = next(csv.reader(io.StringIO(line.decode("cp1252"))))
                row[3] = "[BENCH-CHANGED]"
                buffer = io.StringIO()
                csv.writer(buffer, lineterminator="\r\n").writerow(row)
                line = buffer.getvalue().encode("cp1252")
            out.append(line)
        (target / name).write_bytes(b"".join(out))
    return target


class _Serve(BaseHTTPRequestHandler):
    body = b""
    etag = '"un-1"'

    def do_GET(self) -> None:
        if self.headers.get("If-None-Match") == self.etag:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(self.body)))
        self.send_header("ETag", self.etag)
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        return


def main() -> None:
    data = require(shared_data())
    sdn = require(data / "watchlists" / "ofac_sdn_2019-01")
    un_file = require(data / "watchlists" / "un_sc_consolidated" / "UN_consolidated.xml")
    csl = data / "watchlists" / "us_csl_bis_samples" / "csl_sample.csv"
    result: dict[str, Any] = {"data": {"ofac": str(sdn), "un": str(un_file), "csl": str(csl)}}
    ids = numbers(sdn)
    first_100, next_50, next_80 = set(ids[:100]), set(ids[100:150]), set(ids[150:230])
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        store = open_store(Settings(workspace=work))
        v1_dir = derive(sdn, work / "v1", first_100)
        v2_dir = derive(sdn, work / "v2", set(), next_50)
        v3_dir = derive(sdn, work / "v3", next_80, next_50)
        v1, t1 = timed(lambda: update_watchlist(store, v1_dir, "ofac-sdn", "ofac-csv"))
        same, t_same = timed(lambda: update_watchlist(store, v1_dir, "ofac-sdn", "ofac-csv"))
        v2, t2 = timed(lambda: update_watchlist(store, v2_dir, "ofac-sdn", "ofac-csv"))
        v3, t3 = timed(lambda: update_watchlist(store, v3_dir, "ofac-sdn", "ofac-csv"))
        assert v1.version and v2.version and v3.version
        deltas = {
            name: {
                "added": u.version.added,
                "removed": u.version.removed,
                "changed": u.version.changed,
                "entries": u.version.entries,
            }
            for name, u in (("v1", v1), ("v2", v2), ("v3", v3))
            if u.version is not None
        }
        since, t_since = timed(lambda: list_changes_since(store, "ofac-sdn", v1.version.id))

        def full_compare() -> int:
            with store.read() as conn:
                a = store_lists.version_entries(conn, v1.version)  # type: ignore[arg-type]
                b = store_lists.version_entries(conn, v3.version)  # type: ignore[arg-type]
            return len(store_lists.diff(a, b))

        compared, t_full = timed(full_compare)
        result["ofac_sdn"] = {
            "v1_load_s": t1,
            "unchanged_check_s": t_same,
            "unchanged_status": same.status,
            "v2_update_s": t2,
            "v3_update_s": t3,
            "deltas": deltas,
            "expected": {
                "v2": {"added": 100, "removed": 0, "changed": 50},
                "v3": {"added": 0, "removed": 80, "changed": 0},
            },
            "changes_since_v1": {
                "added": len(since.added),
                "removed": len(since.removed),
                "changed": len(since.changed),
                "seconds": t_since,
            },
            "full_compare_of_two_versions": {"changes": compared, "seconds": t_full},
        }
        ok = (
            deltas["v2"]["added"] == 100
            and deltas["v2"]["changed"] == 50
            and deltas["v2"]["removed"] == 0
            and deltas["v3"]["removed"] == 80
            and deltas["v3"]["added"] == deltas["v3"]["changed"] == 0
            and (len(since.added), len(since.removed), len(since.changed)) == (100, 80, 50)
        )
        result["ofac_sdn"]["deltas_exact"] = ok

        _Serve.body = un_file.read_bytes()
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Serve)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{httpd.server_address[1]}/UN_consolidated.xml"
        try:
            un1, t_un1 = timed(lambda: update_watchlist(store, url, "un-sc"))
            un304, t_304 = timed(lambda: update_watchlist(store, url, "un-sc"))
            _Serve.body = _regenerated(_Serve.body)
            _Serve.etag = '"un-2"'
            un_same, t_un_same = timed(lambda: update_watchlist(store, url, "un-sc"))
        finally:
            httpd.shutdown()
            httpd.server_close()
        result["un_sc_over_http"] = {
            "first": {"status": un1.status, "entries": un1.entries, "seconds": t_un1},
            "etag_again": {"status": un304.status, "seconds": t_304},
            "regenerated_same_entries": {"status": un_same.status, "seconds": t_un_same},
        }
        if csl.exists():
            load, t_csl = timed(lambda: update_watchlist(store, csl, "us-csl"))
            result["csl_sample"] = {
                "format": load.format,
                "entries": load.entries,
                "quarantined": load.quarantined,
                "seconds": t_csl,
            }
        with store.read() as conn:
            result["versions"] = len(store_lists.versions(conn))
        result["audit_ok"] = store.verify_audit().ok
        store.engine.dispose()
    path = write_result("list_updates", result)
    print(path)
    print(result)


def _regenerated(body: bytes) -> bytes:
    """The same list with another generation date (as the UN regenerates it daily)."""
    start = body.index(b'dateGenerated="') + len(b'dateGenerated="')
    end = body.index(b'"', start)
    return body[:start] + b"2026-03-01T00:00:00.000Z" + body[end:]


if __name__ == "__main__":
    main()
