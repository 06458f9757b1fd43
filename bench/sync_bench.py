"""Salesforce sync throughput against the local test server (tests/sync/sfserver.py).

Seeds a fictional org of N accounts with one contact and two deals each, then measures:
a first full sync over REST (pages of 2000, each one transaction with its mark), the same
org over Bulk API 2.0 into a fresh store, and an incremental sync after 1% of the deals
changed (which must fetch only those). Records per second are wall-clock on the shared
machine, server and client in one process (the server's own cost is included).

    python bench/sync_bench.py [--accounts 2000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "sync"))
sys.path.insert(0, str(ROOT / "bench"))

from common import write_result  # noqa: E402
from orgdata import account, contact, opportunity, sid  # noqa: E402
from sfserver import CLIENT_ID, CLIENT_SECRET, PASSWORD, SECURITY_TOKEN, USERNAME, Org, start  # noqa: E402  # noqa: E402

from knowable.jobs.sync import SyncOptions, sync_salesforce  # noqa: E402
from knowable.settings import Settings  # noqa: E402
from knowable.sources.sfapi import (  # noqa: E402
    Credentials,
    RetryPolicy,
    SalesforceApi,
    http_session,
)
from knowable.store import open_store  # noqa: E402

OBJECTS = ("Account", "Contact", "Opportunity")


def seed(org: Org, accounts: int) -> None:
    for n in range(1, accounts + 1):
        row = account(1 + n % 5, 10, Id=sid("001", n), Name=f"Fictional Trading {n} Ltd")
        org.add("Account", **row)
        org.add("Contact", **contact(1 + n % 3, 1, 20, Id=sid("003", n), AccountId=sid("001", n)))
        for k in (0, 1):
            deal = 2 * n + k
            org.add(
                "Opportunity",
                **opportunity(
                    1, 1, 1000.0 + deal, 30, Id=sid("006", deal), AccountId=sid("001", n)
                ),
            )


def run(server: Any, folder: Path, **options: Any) -> tuple[float, int, Any]:
    session = http_session(str(server.cert))
    creds = Credentials(
        login_url=server.base,
        username=USERNAME,
        password=PASSWORD,
        security_token=SECURITY_TOKEN,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
    )
    api = SalesforceApi(
        creds, retry=RetryPolicy(attempts=3, base=0.1), session=session, bulk_poll=0.05
    )
    store = options.pop("store", None) or open_store(Settings(workspace=folder, database_url=""))
    start_at = time.perf_counter()
    results = sync_salesforce(store, api, SyncOptions(org="bench", objects=OBJECTS, **options))
    seconds = time.perf_counter() - start_at
    assert all(r.error is None for r in results), [r.error for r in results]
    return seconds, sum(r.fetched for r in results), store


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        org = Org(page_size=2000)
        seed(org, args.accounts)
        server = start(folder, org)
        try:
            (folder / "rest").mkdir()
            rest_s, rest_n, store = run(server, folder / "rest")
            records = store.count("records")
            (folder / "bulk").mkdir()
            bulk_s, bulk_n, _ = run(server, folder / "bulk", bulk=frozenset(OBJECTS))
            changed = max(1, 2 * args.accounts // 100)
            for deal in range(2, 2 + changed):
                org.add(
                    "Opportunity",
                    **opportunity(
                        1, 1, 5.0, 90, Id=sid("006", deal), AccountId=sid("001", deal // 2)
                    ),
                )
            inc_s, inc_n, _ = run(server, folder / "rest", store=store)
            assert inc_n == changed, (inc_n, changed)
        finally:
            server.stop()
    result = {
        "accounts": args.accounts,
        "records": records,
        "rest_full": {
            "seconds": round(rest_s, 2),
            "fetched": rest_n,
            "records_per_second": round(rest_n / rest_s),
        },
        "bulk_full": {
            "seconds": round(bulk_s, 2),
            "fetched": bulk_n,
            "records_per_second": round(bulk_n / bulk_s),
        },
        "incremental": {"changed": changed, "fetched": inc_n, "seconds": round(inc_s, 2)},
    }
    path = write_result("sync", result)
    print(result)
    print(f"written {path}")


if __name__ == "__main__":
    main()
