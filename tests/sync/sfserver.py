"""A small Salesforce-API-compatible server for tests, on localhost over TLS.

It speaks the parts of the API the sync uses: the OAuth token endpoint (username-password
and JWT bearer flows), ``sobjects/X/describe``, ``query`` and ``queryAll`` with
``nextRecordsUrl`` paging, ``sobjects/X/deleted``, and the Bulk API 2.0 query job
lifecycle (create, poll, CSV results paged by ``Sforce-Locator``). SOQL is understood as
far as the sync writes it: a field list or ``COUNT()``, one object, a WHERE clause of
comparisons joined by AND/OR with parentheses, ORDER BY.

Faults a test can ask for: the next N data calls refused with HTTP 403
``REQUEST_LIMIT_EXCEEDED``; every session expired after N more data calls (HTTP 401
``INVALID_SESSION_ID``); the connection dropped without an answer on a given page.

Run it alone (for the docs) with ``python tests/sync/sfserver.py --port 8443``.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import ipaddress
import json
import re
import secrets
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

API = r"/services/data/v(?P<version>\d+\.\d)"
CLIENT_ID = "3MVG9fictional.client.id"
CLIENT_SECRET = "fictional-client-secret"
USERNAME = "sync@fictional-org.example"
PASSWORD = "Pa55word"
SECURITY_TOKEN = "tok3n"


def sf_time(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def parse_time(text: str) -> dt.datetime:
    text = text.replace("Z", "+00:00")
    if re.search(r"[+-]\d{4}$", text):
        text = text[:-2] + ":" + text[-2:]
    return dt.datetime.fromisoformat(text)


# -- SOQL, as far as the sync writes it --------------------------------------------------
_TOKEN = re.compile(r"\s*(\(|\)|'(?:[^'\\]|\\.)*'|>=|<=|!=|=|>|<|[A-Za-z0-9_.:+\-]+)")


@dataclass
class Soql:
    fields: list[str]
    obj: str
    where: Callable[[dict[str, Any]], bool]
    order: list[str]
    count: bool


def parse_soql(text: str) -> Soql:
    m = re.match(
        r"^\s*SELECT\s+(?P<fields>.+?)\s+FROM\s+(?P<obj>\w+)"
        r"(?:\s+WHERE\s+(?P<where>.+?))?(?:\s+ORDER\s+BY\s+(?P<order>.+?))?\s*$",
        text,
        re.IGNORECASE | re.DOTALL,
    )
    if m is None:
        raise ValueError(f"cannot read SOQL: {text}")
    fields = [f.strip() for f in m["fields"].split(",")]
    count = fields == ["COUNT()"]
    where = _parse_where(m["where"]) if m["where"] else (lambda _r: True)
    order = [f.strip() for f in m["order"].split(",")] if m["order"] else []
    return Soql(fields, m["obj"], where, order, count)


def _parse_where(text: str) -> Callable[[dict[str, Any]], bool]:
    tokens = [t for t in _TOKEN.findall(text) if t]
    pos = 0

    def peek() -> str | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> str:
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def expr() -> Callable[[dict[str, Any]], bool]:
        parts = [term()]
        while (peek() or "").upper() == "OR":
            take()
            parts.append(term())
        return lambda r: any(p(r) for p in parts)

    def term() -> Callable[[dict[str, Any]], bool]:
        parts = [factor()]
        while (peek() or "").upper() == "AND":
            take()
            parts.append(factor())
        return lambda r: all(p(r) for p in parts)

    def factor() -> Callable[[dict[str, Any]], bool]:
        if peek() == "(":
            take()
            inner = expr()
            assert take() == ")", text
            return inner
        name, op = take(), take()
        if op.upper() == "IN":  # name IN ('a', 'b')
            assert take() == "(", text
            values: set[str] = set()
            while peek() != ")":
                values.add(take()[1:-1])
            take()
            return lambda r: r.get(name) in values
        literal = take()
        value: Any = literal[1:-1] if literal.startswith("'") else parse_time(literal)
        if literal.lower() in ("true", "false"):
            value = literal.lower() == "true"

        def check(r: dict[str, Any]) -> bool:
            have = r.get(name)
            if isinstance(value, dt.datetime):
                have = parse_time(str(have))
            return {
                "=": have == value,
                "!=": have != value,
                ">": have > value,
                "<": have < value,
                ">=": have >= value,
                "<=": have <= value,
            }[op]

        return check

    result = expr()
    assert pos == len(tokens), f"unread SOQL: {tokens[pos:]}"
    return result


# -- the org ------------------------------------------------------------------------------
@dataclass
class Org:
    """The records the server serves, and the faults a test has asked for."""

    records: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    fields: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    #: Records deleted and purged from the recycle bin: only the deleted resource knows them.
    purged: dict[str, list[tuple[str, dt.datetime]]] = field(default_factory=dict)
    earliest_deleted: dt.datetime | None = None
    page_size: int = 2000
    jwt_public_key: str | None = None
    tokens: set[str] = field(default_factory=set)
    log: list[tuple[str, str]] = field(default_factory=list)
    rate_limited: int = 0
    expire_after: int | None = None
    #: Drop the connection on this page of a REST query (1 = first page) this many times.
    drop_page: int | None = None
    drop_times: int = 0
    #: The next N token requests answer HTTP 503.
    token_failures: int = 0
    #: Bulk query jobs end in state Failed.
    fail_jobs: bool = False
    #: Hold the answer to this page of a REST query (1 = first page) until the event is set.
    hold_page: int | None = None
    held: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    cursors: dict[str, tuple[list[dict[str, Any]], list[str], str, int]] = field(
        default_factory=dict
    )
    jobs: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The content of file fields (base64 fields), by (object, Id, field).
    blobs: dict[tuple[str, str, str], bytes] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, obj: str, **values: Any) -> dict[str, Any]:
        """Add or change a record (fields given as Python values)."""
        table = self.records.setdefault(obj, {})
        record = table.setdefault(values["Id"], {"IsDeleted": False})
        record.update(values)
        known = {name for name, _t in self.fields.get(obj, [])}
        for name, value in values.items():
            if name not in known:
                kind = "boolean" if isinstance(value, bool) else "string"
                self.fields.setdefault(obj, []).append((name, kind))
        for name in ("Id", "IsDeleted", "SystemModstamp"):
            if name not in known and name not in values:
                self.fields.setdefault(obj, []).append((name, "string"))
        return record

    def delete(self, obj: str, ident: str, when: dt.datetime, purge: bool = False) -> None:
        if purge:
            del self.records[obj][ident]
            self.purged.setdefault(obj, []).append((ident, when))
        else:
            self.records[obj][ident].update(IsDeleted=True, SystemModstamp=sf_time(when))

    def data_calls(self, method: str) -> list[tuple[str, str]]:
        return [entry for entry in self.log if entry[0] == method]

    def queries(self) -> list[str]:
        """The SOQL of every query and bulk job asked for, in order."""
        return [path for kind, path in self.log if kind == "soql"]


def _select(org: Org, soql: Soql, include_deleted: bool) -> list[dict[str, Any]]:
    rows = [
        dict(r)
        for r in org.records.get(soql.obj, {}).values()
        if (include_deleted or not r.get("IsDeleted")) and soql.where(r)
    ]
    for name in reversed(soql.order):
        rows.sort(key=lambda r, n=name: parse_time(r[n]) if n == "SystemModstamp" else r.get(n))
    return rows


def _project(record: dict[str, Any], fields: list[str], obj: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "attributes": {"type": obj, "url": f"/services/data/v59.0/sobjects/{obj}/{record['Id']}"}
    }
    for name in fields:
        out[name] = record.get(name)
    return out


def _csv(records: list[dict[str, Any]], fields: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(fields)
    for r in records:
        row = []
        for name in fields:
            value = r.get(name)
            row.append(
                ""
                if value is None
                else ("true" if value is True else "false")
                if isinstance(value, bool)
                else str(value)
            )
        writer.writerow(row)
    return buffer.getvalue()


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    # -- plumbing --------------------------------------------------------------------------
    def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        if isinstance(body, str):
            data = body.encode("utf-8")
            kind = "text/csv; charset=UTF-8"
        else:
            data = json.dumps(body).encode("utf-8")
            kind = "application/json;charset=UTF-8"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _authorised(self) -> bool:
        org = self.server.org
        header = self.headers.get("Authorization", "")
        token = header.removeprefix("Bearer ").strip()
        with org.lock:
            if org.expire_after is not None:
                if org.expire_after == 0:
                    org.tokens.clear()
                    org.expire_after = None
                else:
                    org.expire_after -= 1
            ok = token in org.tokens
            limited = ok and org.rate_limited > 0
            if limited:
                org.rate_limited -= 1
        if not ok:
            self._send(
                401, [{"message": "Session expired or invalid", "errorCode": "INVALID_SESSION_ID"}]
            )
            return False
        if limited:
            self._send(
                403,
                [
                    {
                        "message": "TotalRequests Limit exceeded.",
                        "errorCode": "REQUEST_LIMIT_EXCEEDED",
                    }
                ],
            )
            return False
        return True

    # -- routes ----------------------------------------------------------------------------
    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/services/oauth2/token":
            self._token(parse_qs(self._body().decode("utf-8")))
            return
        if re.fullmatch(API + r"/jobs/query/?", url.path):
            body = json.loads(self._body() or b"{}")
            if not self._authorised():
                return
            self.server.org.log.append(("POST", url.path))
            self.server.org.log.append(("soql", body["query"]))
            job_id = "750" + secrets.token_hex(6).upper()[:12]
            soql = parse_soql(body["query"])
            rows = _select(self.server.org, soql, body["operation"] == "queryAll")
            self.server.org.jobs[job_id] = {"soql": soql, "rows": rows, "polls": 0}
            self._send(
                200,
                {
                    "id": job_id,
                    "operation": body["operation"],
                    "object": soql.obj,
                    "state": "UploadComplete",
                    "contentType": "CSV",
                },
            )
            return
        self._send(404, [{"errorCode": "NOT_FOUND", "message": url.path}])

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        org = self.server.org
        if not self._authorised():
            return
        org.log.append(("GET", self.path))
        path = url.path.rstrip("/")
        if m := re.fullmatch(API + r"/sobjects/(?P<obj>\w+)/describe", path):
            if m["obj"] not in org.fields:
                self._send(
                    404,
                    [
                        {
                            "errorCode": "NOT_FOUND",
                            "message": "The requested resource does not exist",
                        }
                    ],
                )
                return
            fields = org.fields[m["obj"]]
            self._send(
                200,
                {"name": m["obj"], "fields": [{"name": n, "type": t} for n, t in fields]},
            )
        elif m := re.fullmatch(API + r"/sobjects/(?P<obj>\w+)/(?P<id>\w+)/(?P<field>\w+)", path):
            blob = org.blobs.get((m["obj"], m["id"], m["field"]))
            if blob is None:
                self._send(404, [{"errorCode": "NOT_FOUND", "message": path}])
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(blob)))
            self.end_headers()
            self.wfile.write(blob)
        elif m := re.fullmatch(API + r"/(?P<kind>query|queryAll)", path):
            org.log.append(("soql", query["q"]))
            self._query(query["q"], m["kind"] == "queryAll")
        elif m := re.fullmatch(API + r"/(?:query|queryAll)/(?P<cursor>\w+)-(?P<offset>\d+)", path):
            self._more(m["cursor"], int(m["offset"]))
        elif m := re.fullmatch(API + r"/sobjects/(?P<obj>\w+)/deleted", path):
            self._deleted(m["obj"], query)
        elif m := re.fullmatch(API + r"/jobs/query/(?P<job>\w+)", path):
            job = org.jobs[m["job"]]
            job["polls"] += 1
            state = "InProgress" if job["polls"] < 2 else "JobComplete"
            body = {"id": m["job"], "state": state, "operation": "queryAll"}
            if org.fail_jobs and job["polls"] >= 2:
                body.update(state="Failed", errorMessage="InvalidBatch : Failed to process query")
            self._send(200, body)
        elif m := re.fullmatch(API + r"/jobs/query/(?P<job>\w+)/results", path):
            self._results(m["job"], query)
        else:
            self._send(404, [{"errorCode": "NOT_FOUND", "message": path}])

    def _token(self, form: dict[str, list[str]]) -> None:
        org = self.server.org
        if org.token_failures > 0:
            org.token_failures -= 1
            self._send(503, {"error": "server_unavailable"})
            return
        grant = form.get("grant_type", [""])[0]
        ok = False
        if grant == "password":
            ok = (
                form.get("client_id") == [CLIENT_ID]
                and form.get("client_secret") == [CLIENT_SECRET]
                and form.get("username") == [USERNAME]
                and form.get("password") == [PASSWORD + SECURITY_TOKEN]
            )
        elif grant == "urn:ietf:params:oauth:grant-type:jwt-bearer" and org.jwt_public_key:
            import jwt

            try:
                claims = jwt.decode(
                    form["assertion"][0],
                    org.jwt_public_key,
                    algorithms=["RS256"],
                    audience=self.server.base,
                )
                ok = claims.get("iss") == CLIENT_ID and claims.get("sub") == USERNAME
            except jwt.PyJWTError:
                ok = False
        if not ok:
            self._send(
                400, {"error": "invalid_grant", "error_description": "authentication failure"}
            )
            return
        token = "00Dfictional!" + secrets.token_hex(16)
        with org.lock:
            org.tokens.add(token)
        self._send(
            200,
            {
                "access_token": token,
                "instance_url": self.server.base,
                "id": f"{self.server.base}/id/00D000000000001EAA/005000000000001AAA",
                "token_type": "Bearer",
            },
        )

    def _page(self, cursor: str, offset: int) -> None:
        org = self.server.org
        rows, fields, obj, size = org.cursors[cursor]
        page_no = offset // size + 1
        if org.drop_page == page_no and org.drop_times > 0:
            org.drop_times -= 1
            self._drop()
            return
        if org.hold_page == page_no:
            org.held.set()
            org.release.wait(timeout=60)
        nxt = offset + size
        done = nxt >= len(rows)
        body: dict[str, Any] = {
            "totalSize": len(rows),
            "done": done,
            "records": [_project(r, fields, obj) for r in rows[offset:nxt]],
        }
        if not done:
            body["nextRecordsUrl"] = f"/services/data/v59.0/query/{cursor}-{nxt}"
        self._send(200, body)

    def _query(self, text: str, include_deleted: bool) -> None:
        org = self.server.org
        soql = parse_soql(text)
        rows = _select(org, soql, include_deleted)
        if soql.count:
            self._send(200, {"totalSize": len(rows), "done": True, "records": []})
            return
        cursor = "01g" + secrets.token_hex(6).upper()
        asked = re.search(r"batchSize=(\d+)", self.headers.get("Sforce-Query-Options") or "")
        size = min(org.page_size, int(asked.group(1))) if asked else org.page_size
        org.cursors[cursor] = (rows, soql.fields, soql.obj, size)
        self._page(cursor, 0)

    def _more(self, cursor: str, offset: int) -> None:
        self._page(cursor, offset)

    def _deleted(self, obj: str, query: dict[str, str]) -> None:
        org = self.server.org
        start, end = parse_time(query["start"]), parse_time(query["end"])
        found = [
            (r["Id"], parse_time(r["SystemModstamp"]))
            for r in org.records.get(obj, {}).values()
            if r.get("IsDeleted")
        ] + org.purged.get(obj, [])
        items = [
            {"id": ident, "deletedDate": sf_time(when)}
            for ident, when in found
            if start <= when <= end
        ]
        earliest = org.earliest_deleted or start
        self._send(
            200,
            {
                "deletedRecords": items,
                "earliestDateAvailable": sf_time(earliest),
                "latestDateCovered": sf_time(end),
            },
        )

    def _results(self, job_id: str, query: dict[str, str]) -> None:
        org = self.server.org
        job = org.jobs[job_id]
        size = int(query.get("maxRecords") or org.page_size)
        start = int(query.get("locator") or 0)
        page_no = start // size + 1
        if org.drop_page == page_no and org.drop_times > 0:
            org.drop_times -= 1
            self._drop()
            return
        chunk = job["rows"][start : start + size]
        nxt = start + size
        locator = str(nxt) if nxt < len(job["rows"]) else "null"
        self._send(
            200,
            _csv(chunk, job["soql"].fields),
            {"Sforce-Locator": locator, "Sforce-NumberOfRecords": str(len(chunk))},
        )


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    org: Org
    base: str


@dataclass
class Running:
    org: Org
    base: str
    cert: Path
    server: _Server
    thread: threading.Thread

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def make_cert(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost (cert, key)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "sfserver-cert.pem", folder / "sfserver-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def start(folder: Path, org: Org | None = None, port: int = 0) -> Running:
    """Start the server on 127.0.0.1 (a free port unless given) in a thread."""
    cert, key = make_cert(folder)
    server = _Server(("127.0.0.1", port), _Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.org = org or Org()
    server.base = f"https://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return Running(server.org, server.base, cert, server, thread)


if __name__ == "__main__":  # pragma: no cover - for the docs
    import argparse
    import sys
    import time

    sys.path.insert(0, str(Path(__file__).parent))
    from orgdata import seed_demo

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8443)
    parser.add_argument("--folder", type=Path, default=Path("."))
    args = parser.parse_args()
    org = Org(page_size=2)
    seed_demo(org)
    running = start(args.folder, org, args.port)
    print(f"serving {running.base} (certificate {running.cert})", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        running.stop()
