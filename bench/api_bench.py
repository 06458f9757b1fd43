"""Concurrent API clients working the case queue: latency, errors, and no lost decisions.

Starts `knowable serve` on loopback (a real uvicorn process) over a freshly seeded store,
then runs N asyncio clients for a bounded number of rounds. Each round a client lists
open cases, opens one (detail), comments on it and tries to decide it with the version it
read; a 409 (someone else decided first, or the case moved on) is the expected outcome of a
race, not an error. Afterwards the store and the audit chain are re-read: every decision a
client was told succeeded must be stored exactly once, with one `decided` case event and
one `case.decided` audit event, and the chain must verify.

Runs PostgreSQL with 50 clients (the machine's PostgreSQL binaries, started by the bench)
and SQLite with 10 clients. Synthetic data made here; no shared data needed.

    python bench/api_bench.py [--cases 300] [--rounds 12] [--think-ms 50]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import psutil
from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from knowable.auth.roles import Role  # noqa: E402
from knowable.auth.secrets import hash_password  # noqa: E402
from knowable.auth.users import UserRepository  # noqa: E402
from knowable.cases.repository import CaseRepository  # noqa: E402
from knowable.cases.tables import case_events, cases  # noqa: E402
from knowable.jobs.cases import scan  # noqa: E402
from knowable.model import Assessment, Evidence, Record, Signal, Subject  # noqa: E402
from knowable.settings import Settings  # noqa: E402
from knowable.store import open_store  # noqa: E402
from knowable.store import schema as t  # noqa: E402
from knowable.store.pgserver import PostgresServer, find_bindir  # noqa: E402

RESULTS = Path(__file__).with_name("results") / "api.json"
BASE_DAY = datetime(2017, 1, 1, tzinfo=UTC)


def seed(settings: Settings, n_cases: int, n_clients: int) -> dict[str, str]:
    """Subjects with a note and a signal each, assessments in review bands, cases, users."""
    store = open_store(settings)
    rng = random.Random(7)
    signals = []
    assessments = []
    with store.ingest_batch(source="crm", path="bench", actor="bench") as batch:
        for i in range(n_cases):
            key = f"B{i:05d}"
            batch.add_subject(Subject(key, "Company", f"Bench Customer {i}"))
            text = f"Note {i}: customer asked to strip words like teen from listings."
            note = Record("crm", "note", {"Id": f"N{i}"}, BASE_DAY, f"N{i}", key, text)
            batch.add_record(note)
            start = text.index("strip words")
            ev = Evidence(note.id, "strip words like teen", start, start + 21)
            signals.append(Signal(key, "BIZ-03", 0.8, BASE_DAY, "bench", "1", (ev,), note.id))
            band = "escalate" if rng.random() < 0.3 else "review"
            assessments.append(Assessment(key, BASE_DAY + timedelta(days=1), 0.7, band, "b", "h"))
    with store.screening_run(kind="bench", actor="bench") as run:
        run.add_signals(signals)
    store.add_assessments(assessments, actor="bench")
    scan(store, CaseRepository(store), "bench")
    users = UserRepository(store)
    hashed = hash_password("bench password 123")
    tokens = {}
    for i in range(n_clients):
        role = Role.REVIEWER if i % 2 == 0 else Role.ANALYST
        user = users.add(f"client{i:02d}", role, None, "bench", password_hash=hashed)
        tokens[user.username] = users.issue_token(user.id, "bench", "bench")
    store.engine.dispose()
    return tokens


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(settings: Settings, port: int, log: Path, workers: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        "KNOWABLE_DATABASE_URL": settings.database_url,
        "KNOWABLE_SECRET_KEY": "bench",
    }
    cmd = [
        sys.executable,
        "-m",
        "knowable",
        "-w",
        str(settings.workspace),
        "serve",
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--workers",
        str(workers),
    ]
    handle = log.open("wb")
    proc = subprocess.Popen(cmd, env=env, stdout=handle, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/openapi.json", timeout=1)
            return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"server did not start; see {log}")


async def client(
    base: str, name: str, token: str, rounds: int, think: float, out: dict[str, Any]
) -> None:
    rng = random.Random(name)
    reviewer = int(name[-2:]) % 2 == 0
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=60) as http:

        async def call(kind: str, method: str, url: str, **kw: Any) -> httpx.Response | None:
            started = time.perf_counter()
            try:
                response = await http.request(method, url, **kw)
            except httpx.HTTPError as exc:
                out["errors"].append(f"{kind}: {type(exc).__name__}: {exc}")
                return None
            out["latency"][kind].append((time.perf_counter() - started) * 1000)
            body = response.text
            if "database is locked" in body:
                out["locked"] += 1
            if response.status_code >= 500 or response.status_code in (401, 403, 422):
                out["errors"].append(f"{kind}: {response.status_code} {body[:200]}")
            return response

        # Warm-up, not timed: open the connection and let the server fill its pools.
        for _ in range(2):
            await http.get("/api/me")
        await out["barrier"].wait()
        await asyncio.sleep(think * rng.random())  # clients do not all start at one instant
        for _ in range(rounds):
            offset = rng.randrange(0, 3) * 20
            listed = await call("list", "GET", f"/api/cases?state=open&limit=20&offset={offset}")
            if listed is None or listed.status_code != 200:
                continue
            items = listed.json()["items"]
            if not items:
                listed = await call("list", "GET", "/api/cases?state=open&limit=20")
                items = listed.json()["items"] if listed is not None else []
                if not items:
                    break
            case_id = rng.choice(items)["id"]
            detail = await call("detail", "GET", f"/api/cases/{case_id}")
            if detail is None or detail.status_code != 200:
                continue
            version = detail.json()["version"]
            await asyncio.sleep(think * rng.random())
            choice = rng.choice(
                ["offboard", "report_to_authorities", "cleared", "enhanced_due_diligence"]
                if reviewer
                else ["cleared", "enhanced_due_diligence"]
            )
            decided = await call(
                "decide",
                "POST",
                f"/api/cases/{case_id}/disposition",
                json={
                    "disposition": choice,
                    "reason": f"bench decision by {name}",
                    "version": version,
                },
            )
            if decided is None:
                continue
            if decided.status_code == 200:
                out["decided"].append((case_id, name, choice))
            elif decided.status_code == 409:
                out["conflicts"] += 1
            await asyncio.sleep(think * rng.random())


def _cpu(process: psutil.Process) -> float:
    try:
        times = process.cpu_times()
    except psutil.Error:
        return 0.0
    return float(times.user + times.system)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def verify(settings: Settings, decided: list[tuple[str, str, str]]) -> dict[str, Any]:
    store = open_store(settings)
    told = Counter(case_id for case_id, _, _ in decided)
    with store.read() as conn:
        stored = {
            r.key: (r.reviewer, r.disposition)
            for r in conn.execute(
                select(cases.c.key, cases.c.reviewer, cases.c.disposition).where(
                    cases.c.state == "decided"
                )
            )
        }
        events = Counter(
            r.case_key
            for r in conn.execute(
                select(case_events.c.case_key).where(case_events.c.kind == "decided")
            )
        )
        audit = Counter(
            r.entity_id
            for r in conn.execute(
                select(t.audit_events.c.entity_id).where(t.audit_events.c.action == "case.decided")
            )
        )
        total_cases = conn.execute(select(func.count()).select_from(cases)).scalar_one()
    lost = [c for c in told if c not in stored]
    # A decision acknowledged to one client but stored as another's would be lost too.
    mismatched = [
        (case_id, who, choice)
        for case_id, who, choice in decided
        if stored.get(case_id) != (who, choice)
    ]
    duplicated = [c for c, n in told.items() if n > 1]
    result = store.verify_audit()
    store.engine.dispose()
    return {
        "decisions_acknowledged": len(decided),
        "decided_in_store": len(stored),
        "cases": int(total_cases),
        "lost": len(lost) + len(mismatched),
        "duplicated_acknowledgements": len(duplicated),
        "decided_events_not_one": sum(1 for c in stored if events[c] != 1),
        "audit_events_not_one": sum(1 for c in stored if audit[c] != 1),
        "unacknowledged_in_store": len(set(stored) - set(told)),
        "audit_chain_ok": result.ok,
        "audit_events": result.events,
        "audit_problems": result.problems[:5],
    }


def run_backend(
    backend: str, n_clients: int, n_cases: int, rounds: int, think_ms: float, workers: int
) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix=f"knowable-bench-{backend}-"))
    server: PostgresServer | None = None
    if backend == "postgres":
        server = PostgresServer().start()
        settings = Settings(workspace=folder, database_url=server.create_database("bench"))
    else:
        settings = Settings(workspace=folder, database_url=f"sqlite:///{folder / 'knowable.db'}")
    try:
        t0 = time.perf_counter()
        tokens = seed(settings, n_cases, n_clients)
        seed_s = time.perf_counter() - t0
        port = free_port()
        log = folder / "server.log"
        proc = start_server(settings, port, log, workers)
        out: dict[str, Any] = {
            "latency": defaultdict(list),
            "errors": [],
            "decided": [],
            "conflicts": 0,
            "locked": 0,
        }
        t1 = time.perf_counter()
        c1 = time.process_time()
        server_procs = [
            psutil.Process(proc.pid),
            *psutil.Process(proc.pid).children(recursive=True),
        ]
        s1 = sum(_cpu(p) for p in server_procs)
        try:

            async def main() -> None:
                out["barrier"] = asyncio.Barrier(len(tokens))
                await asyncio.gather(
                    *(
                        client(
                            f"http://127.0.0.1:{port}", name, token, rounds, think_ms / 1000, out
                        )
                        for name, token in tokens.items()
                    )
                )

            asyncio.run(main())
        finally:
            elapsed = time.perf_counter() - t1
            client_cpu = time.process_time() - c1
            server_cpu = sum(_cpu(p) for p in server_procs) - s1
            proc.terminate()
            proc.wait(timeout=20)
        server_log = log.read_text(errors="replace")
        checks = verify(settings, out["decided"])
        lat = out["latency"]
        requests = sum(len(v) for v in lat.values())
        return {
            "backend": backend,
            "clients": n_clients,
            "cases": n_cases,
            "rounds_per_client": rounds,
            "think_ms_max": think_ms,
            "server_workers": workers,
            "seed_s": round(seed_s, 2),
            "run_s": round(elapsed, 2),
            "requests": requests,
            "throughput_rps": round(requests / elapsed, 1),
            "server_cpu_ms_per_request": round(server_cpu * 1000 / max(1, requests), 1),
            "client_cpu_ms_per_request": round(client_cpu * 1000 / max(1, requests), 1),
            "latency_ms": {
                kind: {
                    "n": len(values),
                    "p50": round(statistics.median(values), 1),
                    "p95": round(percentile(values, 0.95), 1),
                    "max": round(max(values), 1),
                }
                for kind, values in sorted(lat.items())
            },
            "errors": len(out["errors"]),
            "error_samples": out["errors"][:5],
            "conflicts_409": out["conflicts"],
            "database_locked": out["locked"] + server_log.count("database is locked"),
            "server_tracebacks": server_log.count("Traceback"),
            **checks,
        }
    finally:
        if server is not None:
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument(
        "--think-ms",
        type=float,
        nargs="+",
        default=[1000.0, 0.0],
        help="Upper bound of the random pause between a client's steps; one run per value "
        "(1000 = a person working the queue, 0 = clients hammering the server)",
    )
    parser.add_argument("--pg-clients", type=int, default=50)
    parser.add_argument("--sqlite-clients", type=int, default=10)
    parser.add_argument("--only", choices=["postgres", "sqlite"], default=None)
    parser.add_argument("--pg-workers", type=int, default=2, help="uvicorn workers on PostgreSQL")
    args = parser.parse_args()
    runs = []
    plan = [("postgres", args.pg_clients), ("sqlite", args.sqlite_clients)]
    for backend, n in plan:
        if args.only and backend != args.only:
            continue
        if backend == "postgres" and find_bindir() is None:
            print("postgres: skipped (PostgreSQL binaries not found)")
            continue
        workers = args.pg_workers if backend == "postgres" else 1
        for think in args.think_ms:
            runs.append(run_backend(backend, n, args.cases, args.rounds, think, workers))
    report = {
        "bench": "api",
        "machine": f"{os.cpu_count()} cores, {sys.platform}, Python {sys.version.split()[0]}",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "target": "p95 < 200 ms for list and detail; zero errors; zero lost or duplicated",
        "load_average_at_start": os.getloadavg()[0],
        "notes": "Warm-up requests (2 per client) are not timed; clients start staggered "
        "within one think interval. think_ms_max bounds a uniform random pause between "
        "a client's steps. Clients and server share the machine.",
        "runs": runs,
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    columns = ["backend", "think", "clients", "reqs", "rps", "list p95", "detail p95"]
    columns += ["decide p95", "errors", "409", "lost", "dup", "locked", "chain"]
    header = " ".join(f"{c:>10}" for c in columns)
    print(header)
    for r in runs:
        lat = r["latency_ms"]
        cells = [
            r["backend"],
            f"{r['think_ms_max']:.0f}",
            r["clients"],
            r["requests"],
            r["throughput_rps"],
            lat.get("list", {}).get("p95", 0),
            lat.get("detail", {}).get("p95", 0),
            lat.get("decide", {}).get("p95", 0),
            r["errors"],
            r["conflicts_409"],
            r["lost"],
            r["duplicated_acknowledgements"],
            r["database_locked"],
            "ok" if r["audit_chain_ok"] else "BAD",
        ]
        print(" ".join(f"{c!s:>10}" for c in cells))
    print(f"results: {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
