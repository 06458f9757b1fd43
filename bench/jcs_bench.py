"""Cost of RFC 8785 row and event hashes against the legacy canonical form (issue 17).

Hashes synthetic rows shaped like the store's (a CRM record with a string payload, a
signal with float strength and nested evidence, an assessment with float contributions,
an audit event) in both canonical forms, and times ``knowable.jcs`` against the
independent ``rfc8785`` package where it is installed. CPU time per item, best of 5.

    python bench/jcs_bench.py [--rows 20000]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import write_result

from knowable import jcs
from knowable.hashing import JCS_FORM, LEGACY_FORM
from knowable.store.audit import _body, event_hash
from knowable.store.rowhash import row_hash

WHEN = datetime(2016, 3, 4, 5, 6, 7, tzinfo=UTC)


def record(n: int) -> dict[str, Any]:
    payload = {
        "Id": f"00T{n:015d}",
        "AccountId": f"001{n % 997:015d}",
        "Subject": f"Call {n}",
        "Description": "Customer asked about listing volumes and payment options. " * 3,
        "ActivityDate": "2016-03-04",
        "Status": "Completed",
    }
    return {
        "id": f"{n:064x}",
        "source": "crm",
        "kind": "Task",
        "external_id": payload["Id"],
        "subject_key": payload["AccountId"],
        "available_at": WHEN,
        "origin": "Task.csv:2",
        "payload": payload,
        "text": payload["Description"],
        "batch_id": 7,
    }


def signal(n: int) -> dict[str, Any]:
    return {
        "id": f"{n:064x}",
        "subject_key": f"001{n % 997:015d}",
        "indicator": "REL-03",
        "strength": 0.1 + (n % 89) / 100,
        "observed_at": WHEN,
        "detector": "relationship",
        "detector_version": "rel-2026.12.1",
        "record_id": f"{n:064x}",
        "evidence": [{"record_id": f"{n:064x}", "quote": "asked about volumes", "start": 9}],
        "details": {"rule": "REL-03a", "weight": 0.35, "matched": ["volume", "payment"]},
        "run_id": 3,
        "explanation": {"features": [{"name": "concept", "score": 0.8, "weight": 1.0}]},
    }


def assessment(n: int) -> dict[str, Any]:
    return {
        "subject_key": f"001{n:015d}",
        "as_of": WHEN,
        "score": (n % 97) / 97,
        "band": "watch",
        "policy_version": "2026.12.2",
        "policy_hash": "ab" * 32,
        "knowable_since": None,
        "contributions": [
            {"signal_id": f"{n + i:064x}", "indicator": "REL-03", "value": 0.07 * i}
            for i in range(5)
        ],
        "screened": ["relationship", "watchlist"],
        "run_id": 4,
    }


def best(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    n = args.rows
    records = [record(i) for i in range(n)]
    signals = [signal(i) for i in range(n)]
    assessments = [assessment(i) for i in range(n)]
    events = [
        _body(i, WHEN, "cli", "assess", "run", str(i), {"run": i, "seconds": 1.5 + i / 7})
        for i in range(n)
    ]
    out: dict[str, Any] = {"rows": n, "per_item_us": {}}

    def per(seconds: float) -> float:
        return round(seconds / n * 1e6, 2)

    def timings(form: int) -> dict[str, float]:
        return {
            # The general recipe in either form (the ingest's own fast path,
            # rowhash.new_record_hash, writes the current form only).
            "records (row_hash)": per(
                best(lambda: [row_hash("records", r, form) for r in records])
            ),
            "signals (row_hash)": per(
                best(lambda: [row_hash("signals", s, form) for s in signals])
            ),
            "assessments (row_hash)": per(
                best(lambda: [row_hash("assessments", a, form) for a in assessments])
            ),
            "audit events (event_hash)": per(
                best(lambda: [event_hash("0" * 64, e, form) for e in events])
            ),
        }

    out["per_item_us"]["legacy"] = timings(LEGACY_FORM)
    out["per_item_us"]["rfc8785"] = timings(JCS_FORM)
    plain = [{**s, "observed_at": WHEN.isoformat()} for s in signals]  # JSON values only
    serialisers: dict[str, float] = {
        "knowable.jcs.dumps": per(best(lambda: [jcs.dumps(s) for s in plain]))
    }
    try:
        import rfc8785

        serialisers["rfc8785.dumps"] = per(best(lambda: [rfc8785.dumps(s) for s in plain]))
    except ImportError:
        pass
    out["signal_serialisation_us"] = serialisers
    path = write_result("jcs", out)
    print(path.read_text())


if __name__ == "__main__":
    main()
