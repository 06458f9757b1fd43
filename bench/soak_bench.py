"""Soak: the API under 50 clients for a long time, with ingest, screening and two outages.

Starts a throwaway PostgreSQL server (the machine's binaries, as the tests do), loads the
bundled demo data plus synthetic customers with open cases, makes one user per client
(analysts and reviewers, strong passwords, a token each) and runs `knowable serve
--workers 2` as a real process. For ``--minutes`` (default 30) the clients work the queue
the way people do: the case queue, case pages and their events, subject pages, signals,
assessments, JSON dossiers, review / assign / comment, decisions (analysts clear or ask
for enhanced due diligence; reviewers propose offboarding, which a second reviewer
approves) and, now and then, reopening a decided case so the queue never runs dry. Beside
them, ingest (CRM uploads to `POST /api/ingest/crm` and `knowable ingest crm`
subprocesses) feeds new customers, and `knowable screen relationship`, `knowable assess`
and `POST /api/assessments/run` screen and assess them.

In the middle PostgreSQL is restarted (stopped and started on the same data folder and
port) and later the server's whole process group gets `kill -9` and is started again, as a
supervisor would. Clients retry on connection errors with back-off and count them.

At the end every decision a client was told succeeded (HTTP 2xx) must be in the store
exactly once (its audit event, matched by case and version, and its case event), and
`knowable audit verify` must say intact. Latency p50/p95/p99 and error rate per route
family go to bench/results/soak.json with the machine and the settings.

    python bench/soak_bench.py [--minutes 30] [--clients 50] [--cases 400] [--think-ms 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import psutil
from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from knowable.auth.roles import Role  # noqa: E402
from knowable.auth.secrets import hash_password  # noqa: E402
from knowable.auth.users import UserRepository  # noqa: E402
from knowable.cases.repository import CaseRepository  # noqa: E402
from knowable.cases.tables import case_events  # noqa: E402
from knowable.catalogue.policy import bundled_policy  # noqa: E402
from knowable.demo.runner import data_dir  # noqa: E402
from knowable.jobs.assess import assess_store, screen_relationship  # noqa: E402
from knowable.jobs.cases import scan  # noqa: E402
from knowable.jobs.ingest import ingest_crm  # noqa: E402
from knowable.jobs.media import ingest_media, screen_media  # noqa: E402
from knowable.model import Assessment, Evidence, Record, Signal, Subject  # noqa: E402
from knowable.settings import Settings  # noqa: E402
from knowable.store import open_store  # noqa: E402
from knowable.store import schema as t  # noqa: E402
from knowable.store.pgserver import PostgresServer, find_bindir  # noqa: E402
from knowable.timeutil import utcnow  # noqa: E402

RESULTS = Path(__file__).with_name("results") / "soak.json"
PASSWORD = "correct horse battery staple"
BASE_DAY = datetime(2017, 1, 1, tzinfo=UTC)
#: Route families the latency and errors are reported by.
FAMILIES = (
    "queue",
    "case",
    "case_events",
    "subject",
    "signals",
    "assessments",
    "dossier",
    "review",
    "assign",
    "comment",
    "decide",
    "approve",
    "reopen",
    "ingest_upload",
    "assess_run",
)


# -- seed --------------------------------------------------------------------------------


#: Seed steps that failed (a bug found by this bench is recorded, not hidden).
SEED_FAILURES: list[str] = []


def seed(settings: Settings, n_cases: int, n_clients: int) -> dict[str, tuple[str, str]]:
    """Demo data, synthetic customers with a signal and an assessment each, cases, users.

    Returns ``{username: (role, token)}``; the ``ingest`` user feeds uploads and
    assessment runs."""
    store = open_store(settings)
    ingest_crm(store, data_dir("crm"), actor="soak-seed")
    ingest_media(store, data_dir("news"), actor="soak-seed")
    try:
        screen_media(store, actor="soak-seed")
    except Exception as exc:  # recorded in the result; the soak goes on
        first = str(exc).splitlines()[0]
        SEED_FAILURES.append(f"screen_media: {type(exc).__name__}: {first[:300]}")
        print(f"seed: screen_media failed: {first[:200]}", flush=True)
    screen_relationship(store, actor="soak-seed")
    rng = random.Random(7)
    signals = []
    assessments = []
    with store.ingest_batch(source="crm", path="soak-seed", actor="soak-seed") as batch:
        for i in range(n_cases):
            key = f"001SOAKSEED{i:07d}"
            batch.add_subject(Subject(key, "Company", f"Soak Customer {i}"))
            text = f"Note {i}: customer asked us to strip words like teen from their listings."
            note = Record("crm", "note", {"Id": f"N{i}"}, BASE_DAY, f"SN{i}", key, text)
            batch.add_record(note)
            start = text.index("strip words")
            ev = Evidence(note.id, "strip words like teen", start, start + 21)
            signals.append(Signal(key, "BIZ-03", 0.8, BASE_DAY, "soak", "1", (ev,), note.id))
            band = "escalate" if rng.random() < 0.3 else "review"
            assessments.append(Assessment(key, BASE_DAY + timedelta(days=1), 0.7, band, "s", "h"))
    with store.screening_run(kind="soak-seed", actor="soak-seed") as run:
        run.add_signals(signals)
    store.add_assessments(assessments, actor="soak-seed")
    assess_store(store, bundled_policy(), utcnow(), actor="soak-seed")
    scan(store, CaseRepository(store), "soak-seed")
    users = UserRepository(store)
    hashed = hash_password(PASSWORD)
    out: dict[str, tuple[str, str]] = {}
    for i in range(n_clients):
        role = Role.REVIEWER if i % 3 == 0 else Role.ANALYST
        name = f"soak{i:02d}"
        user = users.add(name, role, None, "cli", password_hash=hashed)
        out[name] = (role.value, users.issue_token(user.id, "soak", name))
    feeder = users.add("soak-ingest", Role.ANALYST, None, "cli", password_hash=hashed)
    out["soak-ingest"] = ("ingest", users.issue_token(feeder.id, "soak", "soak-ingest"))
    store.engine.dispose()
    return out


def crm_export(folder: Path, batch: int, n_accounts: int) -> None:
    """A small Salesforce export of new customers, each with a meeting about stripping
    words such as 'teen' from adult ads (what the relationship rules look for)."""
    folder.mkdir(parents=True, exist_ok=True)
    with (data_dir("crm") / "Account.csv").open(encoding="utf-8") as handle:
        account_header = next(csv.reader(handle))
    with (data_dir("crm") / "Event.csv").open(encoding="utf-8") as handle:
        event_header = next(csv.reader(handle))
    accounts = []
    events = []
    for j in range(n_accounts):
        acct = f"001SOAK{batch:05d}{j:04d}AA"[:18]
        contact = f"003SOAK{batch:05d}{j:04d}AA"[:18]
        row = dict.fromkeys(account_header, "")
        row.update(
            Id=acct,
            Name=f"Soak Listings {batch}-{j}",
            Type="Customer - Direct",
            Industry="Media",
            Website=f"www.soak{batch}x{j}.example",
            BillingCountry="United States",
            CreatedDate="2015-01-05T10:00:00.000+0000",
        )
        accounts.append(row)
        ev = dict.fromkeys(event_header, "")
        ev.update(
            Id=f"00USOAK{batch:05d}{j:04d}AA"[:18],
            WhatId=acct,
            WhoId=contact,
            AccountId=acct,
            Subject="Consultation: keyword rules for the moderation queue",
            Description=(
                "The owner wants rules in the queue that remove words such as 'teen', "
                "'young', 'fresh' and 'schoolgirl' from adult ads so the ads still publish."
            ),
            ActivityDate="2016-02-10",
            StartDateTime="2016-02-10T16:00:00.000+0000",
            EndDateTime="2016-02-10T17:00:00.000+0000",
            DurationInMinutes="60",
            Type="Meeting",
            CreatedDate="2016-02-10T18:00:00.000+0000",
        )
        events.append(ev)
    for name, header, rows in (
        ("Account.csv", account_header, accounts),
        ("Event.csv", event_header, events),
    ):
        with (folder / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, header, quoting=csv.QUOTE_ALL)
            writer.writeheader()
            writer.writerows(rows)


# -- the server and its supervisor --------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_env(settings: Settings) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        "KNOWABLE_DATABASE_URL": settings.database_url,
        "KNOWABLE_SECRET_KEY": "soak-bench-secret",
    }


def start_server(settings: Settings, port: int, log: Path, workers: int) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "knowable", "-w", str(settings.workspace), "serve"]
    cmd += ["--port", str(port), "--log-level", "warning", "--workers", str(workers)]
    handle = log.open("ab")
    # Its own session: kill -9 of the process group takes the workers down too, the way a
    # crashed host or an OOM kill of the service would.
    proc = subprocess.Popen(
        cmd,
        env=server_env(settings),
        stdout=handle,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}; see {log}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/openapi.json", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGKILL)
    raise RuntimeError(f"server did not start; see {log}")


@dataclass
class Shared:
    """What clients, feeders and the chaos thread share (all in one event loop, or under
    the lock for the threads)."""

    latency: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    requests: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    error_samples: list[str] = field(default_factory=list)
    transport_errors: Counter[str] = field(default_factory=Counter)
    conflicts: Counter[str] = field(default_factory=Counter)
    retries: int = 0
    acked: list[dict[str, Any]] = field(default_factory=list)
    in_doubt: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    side_jobs: list[dict[str, Any]] = field(default_factory=list)
    #: Errors (HTTP >= 400 but 409, and connection failures) by 10-second slice of the run,
    #: to tell errors inside the outages from errors outside them.
    error_slices: Counter[int] = field(default_factory=Counter)
    by_status: Counter[str] = field(default_factory=Counter)
    conflict_samples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    lock: threading.Lock = field(default_factory=threading.Lock)
    started: float = 0.0

    def note(self, what: str, **extra: Any) -> None:
        with self.lock:
            at = round(time.monotonic() - self.started, 1)
            self.events.append({"at_s": at, "event": what, **extra})
        print(f"[{at:7.1f}s] {what} {extra if extra else ''}", flush=True)

    def error(self, family: str, text: str) -> None:
        self.errors[family] += 1
        self.by_status[text.split(" ", 1)[0]] += 1
        self.error_slices[int((time.monotonic() - self.started) // 10) * 10] += 1
        if len(self.error_samples) < 40:
            at = round(time.monotonic() - self.started, 1)
            self.error_samples.append(f"{at}s {family}: {text[:300]}")


# -- clients -----------------------------------------------------------------------------


class Client:
    """One person at the API: retries connection failures with back-off, counts errors."""

    def __init__(
        self, base: str, name: str, role: str, token: str, shared: Shared, think: float
    ) -> None:
        self.name = name
        self.role = role
        self.shared = shared
        self.think = think
        self.rng = random.Random(name)
        self.totals: dict[str, int] = {}
        self.http = httpx.AsyncClient(
            base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60
        )

    async def call(
        self, family: str, method: str, url: str, deadline: float, **kw: Any
    ) -> httpx.Response | None:
        """The response (any status), or None when the server stayed unreachable.

        Connection errors are retried with exponential back-off (0.2 s doubling to 5 s);
        each attempt that fails is counted. A POST whose connection broke after it was sent
        may or may not have been applied: the retry carries the same case version, so a
        second application is refused with 409 rather than done twice."""
        delay = 0.2
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = await self.http.request(method, url, **kw)
            except httpx.TransportError as exc:
                self.shared.transport_errors[family] += 1
                self.shared.error_slices[
                    int((time.monotonic() - self.shared.started) // 10) * 10
                ] += 1
                attempt += 1
                if attempt == 1 or attempt % 10 == 0:
                    self.shared.error_samples.append(
                        f"{round(time.monotonic() - self.shared.started, 1)}s {family}: "
                        f"{type(exc).__name__} (retrying)"
                    ) if len(self.shared.error_samples) < 40 else None
                if time.monotonic() > deadline + 120:
                    return None
                self.shared.retries += 1
                await asyncio.sleep(delay * (0.5 + self.rng.random()))
                delay = min(delay * 2, 5.0)
                continue
            self.shared.latency[family].append((time.perf_counter() - started) * 1000)
            self.shared.requests[family] += 1
            code = response.status_code
            if code == 409:
                self.shared.conflicts[family] += 1
                if len(self.shared.conflict_samples[family]) < 5:
                    self.shared.conflict_samples[family].append(response.text[:200])
            elif code >= 500 or code in (401, 403, 404, 422) or code >= 400:
                self.shared.error(family, f"{code} {method} {url} {response.text[:200]}")
            return response

    async def pause(self) -> None:
        await asyncio.sleep(self.think * self.rng.random())

    async def run(self, deadline: float) -> None:
        reviewer = self.role == "reviewer"
        # Warm-up (untimed): open the connection.
        for _ in range(30):
            try:
                await self.http.get("/api/me")
                break
            except httpx.TransportError:
                await asyncio.sleep(1)
        await asyncio.sleep(self.think * self.rng.random())
        while time.monotonic() < deadline:
            try:
                await self.step(deadline, reviewer)
            except (KeyError, ValueError, TypeError) as exc:  # a body we did not expect
                self.shared.error("client", f"{type(exc).__name__}: {exc}")
            await self.pause()
        await self.http.aclose()

    async def step(self, deadline: float, reviewer: bool) -> None:
        rng = self.rng
        state = "open" if rng.random() < 0.7 else "in_review"
        if reviewer and rng.random() < 0.35:
            state = "awaiting_approval"
        # People spread over the queue rather than all taking its first page.
        pages = max(1, min(self.totals.get(state, 80), 600) // 20)
        offset = rng.randrange(0, pages) * 20
        listed = await self.call(
            "queue", "GET", f"/api/cases?state={state}&limit=20&offset={offset}", deadline
        )
        if listed is None or listed.status_code != 200:
            return
        items = listed.json()["items"]
        self.totals[state] = int(listed.json()["total"])
        if not items and offset:
            listed = await self.call("queue", "GET", f"/api/cases?state={state}&limit=20", deadline)
            items = listed.json()["items"] if listed is not None and listed.is_success else []
        if not items:
            if reviewer and rng.random() < 0.5:
                await self.reopen_one(deadline)
            return
        case = rng.choice(items)
        case_id, subject = case["id"], case["subject_key"]
        detail = await self.call("case", "GET", f"/api/cases/{case_id}", deadline)
        if detail is None or detail.status_code != 200:
            return
        version = detail.json()["version"]
        await self.pause()
        # Reading: the subject page and what it rests on, sometimes the dossier.
        await self.call("case_events", "GET", f"/api/cases/{case_id}/events", deadline)
        if rng.random() < 0.6:
            await self.call("subject", "GET", f"/api/subjects/{subject}", deadline)
            await self.call("signals", "GET", f"/api/signals?subject={subject}", deadline)
            await self.call("assessments", "GET", f"/api/subjects/{subject}/assessments", deadline)
        if rng.random() < 0.15:
            await self.call(
                "dossier", "GET", f"/api/subjects/{subject}/report?format=json", deadline
            )
        await self.pause()
        if state == "awaiting_approval":
            if detail.json().get("decided_by") != self.name:
                await self.approve(case_id, version, deadline)
            return
        # Working the case.
        roll = rng.random()
        if roll < 0.15:
            done = await self.call(
                "comment",
                "POST",
                f"/api/cases/{case_id}/comments",
                deadline,
                json={"text": f"{self.name}: checked the evidence, notes in the file."},
            )
            if done is not None and done.is_success:
                version = done.json()["version"]
        elif roll < 0.25:
            other = f"soak{rng.randrange(0, 50):02d}"
            done = await self.call(
                "assign",
                "POST",
                f"/api/cases/{case_id}/assign",
                deadline,
                json={"assignee": other, "version": version},
            )
            return
        if state == "open":
            done = await self.call(
                "review",
                "POST",
                f"/api/cases/{case_id}/review",
                deadline,
                json={"version": version},
            )
            if done is None or not done.is_success:
                return
            version = done.json()["version"]
            await self.pause()
        if rng.random() < 0.6:
            await self.decide(case_id, version, reviewer, deadline)

    async def decide(self, case_id: str, version: int, reviewer: bool, deadline: float) -> None:
        choice = self.rng.choice(
            ["offboard", "offboard", "cleared", "enhanced_due_diligence"]
            if reviewer
            else ["cleared", "enhanced_due_diligence"]
        )
        body = {
            "disposition": choice,
            "reason": f"soak decision by {self.name}",
            "version": version,
        }
        done = await self.call(
            "decide", "POST", f"/api/cases/{case_id}/disposition", deadline, json=body
        )
        if done is None:
            self.shared.in_doubt.append({"case": case_id, "action": "decide", **body})
            return
        if done.is_success:
            out = done.json()
            kind = "proposed" if choice == "offboard" else "decided"
            self.shared.acked.append(
                {
                    "case": case_id,
                    "kind": kind,
                    "actor": self.name,
                    "disposition": choice,
                    "version": out["version"],
                    "state": out["state"],
                }
            )

    async def approve(self, case_id: str, version: int, deadline: float) -> None:
        done = await self.call(
            "approve",
            "POST",
            f"/api/cases/{case_id}/approve",
            deadline,
            json={"note": f"second look by {self.name}", "version": version},
        )
        if done is None:
            self.shared.in_doubt.append({"case": case_id, "action": "approve", "version": version})
            return
        if done.is_success:
            out = done.json()
            self.shared.acked.append(
                {
                    "case": case_id,
                    "kind": "decided",
                    "actor": self.name,
                    "disposition": out["disposition"],
                    "version": out["version"],
                    "state": out["state"],
                }
            )

    async def reopen_one(self, deadline: float) -> None:
        """Reopen a decided case (new evidence came in): keeps the queue from running dry."""
        listed = await self.call(
            "queue",
            "GET",
            f"/api/cases?state=decided&limit=50&offset={self.rng.randrange(0, 5) * 50}",
            deadline,
        )
        if listed is None or not listed.is_success or not listed.json()["items"]:
            return
        case = self.rng.choice(listed.json()["items"])
        await self.call(
            "reopen",
            "POST",
            f"/api/cases/{case['id']}/reopen",
            deadline,
            json={"reason": f"new evidence, reopened by {self.name}", "version": case["version"]},
        )


# -- beside the clients: ingest, screening, assessment -------------------------------------


def cli(settings: Settings, *args: str, timeout: float = 900) -> tuple[int, float, str]:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "knowable", "-w", str(settings.workspace), *args],
        env=server_env(settings),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    tail = (proc.stderr.strip() or proc.stdout.strip())[-300:]
    return proc.returncode, time.perf_counter() - started, tail


def feeder(
    settings: Settings,
    base: str,
    token: str,
    shared: Shared,
    deadline: float,
    interval: float,
    folder: Path,
) -> None:
    """Every ``interval`` seconds one side job, in turn: an upload, a CLI ingest, a
    relationship screen, a CLI assess, an API assessment run."""
    plan = ["upload", "screen", "assess_cli", "ingest_cli", "screen", "assess_api"]
    headers = {"Authorization": f"Bearer {token}"}
    batch = 0
    i = 0
    while time.monotonic() < deadline:
        job = plan[i % len(plan)]
        i += 1
        started = time.perf_counter()
        ok = False
        detail = ""
        try:
            if job in ("upload", "ingest_cli"):
                batch += 1
                export = folder / f"export{batch:04d}"
                crm_export(export, batch, 5)
                if job == "upload":
                    files = [
                        ("files", (p.name, p.read_bytes(), "text/csv"))
                        for p in sorted(export.iterdir())
                    ]
                    r = _post_retrying(base + "/api/ingest/crm", headers, deadline, files=files)
                    ok = r is not None and r.is_success
                    detail = "" if r is None else f"{r.status_code} {r.text[:200]}"
                    _account(shared, "ingest_upload", started, r)
                else:
                    rc, _, detail = cli(settings, "ingest", "crm", str(export))
                    ok = rc == 0
            elif job == "screen":
                rc, _, detail = cli(settings, "screen", "relationship")
                ok = rc == 0
            elif job == "assess_cli":
                rc, _, detail = cli(settings, "assess")
                ok = rc == 0
            else:
                r = _post_retrying(base + "/api/assessments/run", headers, deadline, json={})
                ok = r is not None and r.is_success
                detail = "" if r is None else f"{r.status_code} {r.text[:200]}"
                _account(shared, "assess_run", started, r)
        except (subprocess.TimeoutExpired, OSError) as exc:
            detail = f"{type(exc).__name__}: {exc}"
        with shared.lock:
            shared.side_jobs.append(
                {
                    "job": job,
                    "at_s": round(time.monotonic() - shared.started, 1),
                    "seconds": round(time.perf_counter() - started, 2),
                    "ok": ok,
                    **({} if ok else {"detail": detail[-300:]}),
                }
            )
        if not ok:
            shared.note(f"side job {job} failed", detail=detail[-200:])
        rest = interval - (time.perf_counter() - started)
        end = time.monotonic() + max(0.0, rest)
        while time.monotonic() < min(end, deadline):
            time.sleep(0.5)


def _post_retrying(
    url: str, headers: dict[str, str], deadline: float, **kw: Any
) -> httpx.Response | None:
    delay = 0.5
    while time.monotonic() < deadline + 120:
        try:
            return httpx.post(url, headers=headers, timeout=600, **kw)
        except httpx.TransportError:
            time.sleep(delay)
            delay = min(delay * 2, 10)
    return None


def _account(shared: Shared, family: str, started: float, r: httpx.Response | None) -> None:
    with shared.lock:
        shared.requests[family] += 1
        shared.latency[family].append((time.perf_counter() - started) * 1000)
        if r is None or r.status_code >= 400:
            shared.error(family, "unreachable" if r is None else f"{r.status_code} {r.text[:200]}")


# -- chaos -------------------------------------------------------------------------------


class Supervisor:
    """Keeps `knowable serve` running; the chaos thread restarts PostgreSQL and kills it."""

    def __init__(self, settings: Settings, port: int, log: Path, workers: int) -> None:
        self.settings = settings
        self.port = port
        self.log = log
        self.workers = workers
        self.proc = start_server(settings, port, log, workers)
        self.restarts = 0

    def pids(self) -> list[psutil.Process]:
        try:
            parent = psutil.Process(self.proc.pid)
            return [parent, *parent.children(recursive=True)]
        except psutil.Error:
            return []

    def kill9(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def restart(self) -> float:
        started = time.monotonic()
        self.proc = start_server(self.settings, self.port, self.log, self.workers)
        self.restarts += 1
        return time.monotonic() - started

    def stop(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=30)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.proc.pid, signal.SIGKILL)


def chaos(
    pg: PostgresServer, sup: Supervisor, shared: Shared, run_s: float, pg_down_s: float
) -> None:
    """PostgreSQL restart at 40% of the run, kill -9 of the server at 70%."""
    t0 = shared.started
    time.sleep(max(0.0, t0 + 0.4 * run_s - time.monotonic()))
    shared.note("postgres stop (fast)")
    began = time.monotonic()
    pg.stop_server("fast")
    time.sleep(pg_down_s)
    pg.start_server()
    shared.note("postgres started again", down_s=round(time.monotonic() - began, 1))
    time.sleep(max(0.0, t0 + 0.7 * run_s - time.monotonic()))
    pids = [p.pid for p in sup.pids()]
    shared.note("kill -9 of the server process group", pids=pids)
    sup.kill9()
    took = sup.restart()
    shared.note("server restarted by the supervisor", restart_s=round(took, 1))


# -- verification --------------------------------------------------------------------------


def verify(settings: Settings, shared: Shared) -> dict[str, Any]:
    """Every acknowledged decision stored exactly once, with its case event; the chain."""
    store = open_store(settings)
    with store.read() as conn:
        audit_rows = conn.execute(
            select(
                t.audit_events.c.action,
                t.audit_events.c.entity_id,
                t.audit_events.c.actor,
                t.audit_events.c.payload,
            ).where(t.audit_events.c.action.in_(["case.decided", "case.proposed"]))
        ).all()
        event_rows = conn.execute(
            select(
                case_events.c.case_key,
                case_events.c.kind,
                case_events.c.actor,
                case_events.c.details,
            ).where(case_events.c.kind.in_(["decided", "proposed"]))
        ).all()
    by_version: dict[tuple[str, str, int], list[tuple[str, str | None]]] = defaultdict(list)
    for row in audit_rows:
        payload = row.payload if isinstance(row.payload, dict) else json.loads(row.payload)
        key = (row.action.removeprefix("case."), row.entity_id, int(payload.get("version", -1)))
        by_version[key].append((row.actor, payload.get("disposition")))
    stored_events = Counter(
        (r.case_key, r.kind, r.actor, (r.details or {}).get("disposition")) for r in event_rows
    )
    acked_events = Counter(
        (a["case"], a["kind"], a["actor"], a["disposition"]) for a in shared.acked
    )
    lost, duplicated, mismatched = [], [], []
    for a in shared.acked:
        found = by_version.get((a["kind"], a["case"], a["version"]), [])
        if not found:
            lost.append(a)
        elif len(found) > 1:
            duplicated.append(a)
        elif found[0] != (a["actor"], a["disposition"]):
            mismatched.append({**a, "stored": found[0]})
    missing_events = [
        {"key": list(k), "acked": n, "stored": stored_events[k]}
        for k, n in acked_events.items()
        if stored_events[k] < n
    ]
    # Any (case, kind, version) stored twice is a duplicate whoever asked for it.
    doubled_in_store = [list(k) for k, v in by_version.items() if len(v) > 1]
    acked_keys = {(a["kind"], a["case"], a["version"]) for a in shared.acked}
    soak_stored = {
        k
        for k, v in by_version.items()
        if any(actor.startswith("soak") and actor != "soak-seed" for actor, _ in v)
    }
    unacknowledged = sorted(soak_stored - acked_keys)
    verdict = store.verify_audit()
    store.engine.dispose()
    rc, seconds, tail = cli(settings, "audit", "verify")
    return {
        "decisions_acknowledged": len(shared.acked),
        "decisions_acknowledged_by_kind": dict(Counter(a["kind"] for a in shared.acked)),
        "lost": len(lost),
        "duplicated": len(duplicated),
        "mismatched": len(mismatched),
        "case_events_missing": len(missing_events),
        "doubled_in_store": len(doubled_in_store),
        "stored_but_unacknowledged": len(unacknowledged),
        "in_doubt_client_side": len(shared.in_doubt),
        "examples": {
            "lost": lost[:5],
            "duplicated": duplicated[:5],
            "mismatched": mismatched[:5],
            "case_events_missing": missing_events[:5],
            "doubled_in_store": doubled_in_store[:5],
            "stored_but_unacknowledged": [list(k) for k in unacknowledged[:5]],
        },
        "audit_chain_ok": verdict.ok,
        "audit_events": verdict.events,
        "audit_problems": list(verdict.problems)[:5],
        "cli_audit_verify": {"exit_code": rc, "seconds": round(seconds, 1), "output": tail},
    }


# -- run ---------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(args: argparse.Namespace) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="knowable-soak-"))
    pg = PostgresServer().start()
    settings = Settings(workspace=folder, database_url=pg.create_database("soak"))
    sup: Supervisor | None = None
    try:
        t0 = time.perf_counter()
        users = seed(settings, args.cases, args.clients)
        seed_s = time.perf_counter() - t0
        print(f"seeded in {seed_s:.1f} s", flush=True)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log = folder / "server.log"
        sup = Supervisor(settings, port, log, args.workers)
        shared = Shared()
        run_s = args.minutes * 60
        load_start = os.getloadavg()
        shared.started = time.monotonic()
        deadline = shared.started + run_s
        chaos_thread = threading.Thread(
            target=chaos, args=(pg, sup, shared, run_s, args.pg_down_s), daemon=True
        )
        feed_thread = threading.Thread(
            target=feeder,
            args=(
                settings,
                base,
                users["soak-ingest"][1],
                shared,
                deadline,
                args.side_every_s,
                folder / "exports",
            ),
            daemon=True,
        )
        loads: list[float] = []

        async def clients() -> None:
            people = [
                Client(base, name, role, token, shared, args.think_ms / 1000)
                for name, (role, token) in users.items()
                if role != "ingest"
            ]

            async def sample() -> None:
                while time.monotonic() < deadline:
                    loads.append(os.getloadavg()[0])
                    await asyncio.sleep(15)

            await asyncio.gather(sample(), *(p.run(deadline) for p in people))

        chaos_thread.start()
        feed_thread.start()
        asyncio.run(clients())
        elapsed = time.monotonic() - shared.started
        feed_thread.join(timeout=900)
        chaos_thread.join(timeout=300)
        sup.stop()
        server_log = log.read_text(errors="replace")
        checks = verify(settings, shared)
        families = sorted(set(shared.requests) | set(shared.transport_errors) | set(shared.errors))
        per_family = {}
        for fam in families:
            lat = shared.latency.get(fam, [])
            n = shared.requests[fam]
            per_family[fam] = {
                "requests": n,
                "errors": shared.errors[fam],
                "error_rate": round(shared.errors[fam] / n, 5) if n else None,
                "connection_errors_retried": shared.transport_errors[fam],
                "conflicts_409": shared.conflicts[fam],
                **(
                    {
                        "p50_ms": round(statistics.median(lat), 1),
                        "p95_ms": round(percentile(lat, 0.95), 1),
                        "p99_ms": round(percentile(lat, 0.99), 1),
                        "max_ms": round(max(lat), 1),
                    }
                    if lat
                    else {}
                ),
            }
        total = sum(shared.requests.values())
        errors = sum(shared.errors.values())
        return {
            "seed_s": round(seed_s, 1),
            "seed_failures": SEED_FAILURES,
            "run_s": round(elapsed, 1),
            "requests": total,
            "throughput_rps": round(total / elapsed, 1),
            "errors": errors,
            "error_rate": round(errors / max(1, total), 5),
            "connection_errors_retried": sum(shared.transport_errors.values()),
            "conflicts_409": sum(shared.conflicts.values()),
            "server_restarts_by_supervisor": sup.restarts,
            "server_tracebacks_in_log": server_log.count("Traceback"),
            "server_log_tail": server_log[-1500:],
            "load_average_start": [round(x, 2) for x in load_start],
            "load_average_during": {
                "mean": round(statistics.mean(loads), 2) if loads else None,
                "max": round(max(loads), 2) if loads else None,
            },
            "timeline": shared.events,
            "side_jobs": {
                "count": Counter(j["job"] for j in shared.side_jobs),
                "failed": [j for j in shared.side_jobs if not j["ok"]][:10],
                "seconds_by_job": {
                    job: round(
                        statistics.median(
                            [j["seconds"] for j in shared.side_jobs if j["job"] == job]
                        ),
                        1,
                    )
                    for job in {j["job"] for j in shared.side_jobs}
                },
            },
            "by_route_family": per_family,
            "errors_by_status": dict(shared.by_status),
            "errors_and_connection_failures_by_10s": {
                f"{k}s": v for k, v in sorted(shared.error_slices.items())
            },
            "error_samples": shared.error_samples[:40],
            "conflict_samples": dict(shared.conflict_samples),
            **checks,
        }
    finally:
        if sup is not None:
            with contextlib.suppress(ProcessLookupError):
                sup.stop()
        pg.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--cases", type=int, default=400, help="synthetic cases seeded")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn workers")
    parser.add_argument(
        "--think-ms",
        type=float,
        default=1000.0,
        help="upper bound of a client's random pause between steps (ms)",
    )
    parser.add_argument("--side-every-s", type=float, default=30.0, help="one side job per N s")
    parser.add_argument("--pg-down-s", type=float, default=10.0, help="PostgreSQL outage length")
    parser.add_argument("--note", default="", help="a remark stored with the result")
    args = parser.parse_args()
    if find_bindir() is None:
        sys.exit("soak: PostgreSQL binaries not found (install postgresql)")
    result = run(args)
    report = {
        "bench": "soak",
        "machine": (
            f"{os.cpu_count()} cores, {psutil.virtual_memory().total // 2**30} GiB, "
            f"{sys.platform}, Python {sys.version.split()[0]}; shared with other jobs"
        ),
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "settings": {
            "minutes": args.minutes,
            "clients": args.clients,
            "server_workers": args.workers,
            "cases_seeded": args.cases,
            "think_ms_max": args.think_ms,
            "side_job_every_s": args.side_every_s,
            "postgres_down_s": args.pg_down_s,
            "database": "PostgreSQL (throwaway server, fsync off)",
        },
        "note": args.note,
        "target": "zero lost or duplicated decisions; audit chain intact; error rate and p95 "
        "reported per route family",
        **result,
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    print(
        json.dumps(
            {
                k: report[k]
                for k in (
                    "run_s",
                    "requests",
                    "error_rate",
                    "connection_errors_retried",
                    "decisions_acknowledged",
                    "lost",
                    "duplicated",
                    "mismatched",
                    "case_events_missing",
                    "audit_chain_ok",
                )
            },
            indent=1,
        )
    )
    for fam, row in report["by_route_family"].items():
        print(
            f"{fam:>14} n={row['requests']:>6} err={row['errors']:>4} "
            f"p50={row.get('p50_ms', '-')} p95={row.get('p95_ms', '-')} "
            f"p99={row.get('p99_ms', '-')}"
        )
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
