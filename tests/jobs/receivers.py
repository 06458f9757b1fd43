"""Local receivers the alert tests start: a webhook server that checks the HMAC signature
itself, and an SMTP server (aiosmtpd) that requires STARTTLS and a login, with a
self-signed certificate made for the test."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from ipaddress import IPv4Address
from pathlib import Path
from typing import Any


@dataclass
class Hook:
    """What the webhook receiver saw: each request's headers, body and whether it was
    correctly signed; ``fail_first`` requests are answered 500 whatever they hold."""

    secret: bytes
    fail_first: int = 0
    requests: list[tuple[dict[str, str], bytes, bool]] = field(default_factory=list)
    url: str = ""

    @property
    def accepted(self) -> list[dict[str, Any]]:
        return [json.loads(body) for _, body, ok in self.requests if ok]


def signed_correctly(secret: bytes, headers: dict[str, str], body: bytes) -> bool:
    """The receiver's own check (written apart from knowable's): HMAC-SHA256 over
    ``timestamp.body``, compared in constant time."""
    timestamp = headers.get("X-Knowable-Timestamp", "")
    given = headers.get("X-Knowable-Signature", "")
    expected = (
        "sha256=" + hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    )
    return bool(timestamp) and hmac.compare_digest(expected, given)


@contextmanager
def webhook(secret: bytes, fail_first: int = 0) -> Iterator[Hook]:
    hook = Hook(secret, fail_first)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            headers = {k: v for k, v in self.headers.items()}
            ok = signed_correctly(hook.secret, headers, body)
            hook.requests.append((headers, body, ok))
            failing = len(hook.requests) <= hook.fail_first
            code = 500 if failing else (204 if ok else 401)
            self.send_response(code)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    hook.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/knowable?token=abc"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield hook
    finally:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    """A local port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost, and its key, as PEM files."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(IPv4Address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@dataclass
class Mailbox:
    port: int
    cafile: Path
    messages: list[Message] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)


@contextmanager
def smtp_server(folder: Path, user: str, password: str) -> Iterator[Mailbox]:
    """An SMTP server on 127.0.0.1 that refuses mail before STARTTLS and a login."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    cert, key = self_signed(folder)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    box = Mailbox(closed_port(), cert)

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
            box.messages.append(message_from_bytes(envelope.content))
            return "250 OK"

    def authenticator(
        server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        ok = (
            isinstance(data, LoginPassword)
            and data.login.decode() == user
            and data.password.decode() == password
        )
        if ok:
            box.logins.append(user)
        return AuthResult(success=ok)

    controller = Controller(
        Handler(),
        hostname="127.0.0.1",
        port=box.port,
        tls_context=context,
        require_starttls=True,
        authenticator=authenticator,
        auth_required=True,
        auth_require_tls=True,
    )
    controller.start()
    try:
        yield box
    finally:
        controller.stop()
