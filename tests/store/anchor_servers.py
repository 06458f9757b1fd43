"""A local RFC 3161 time-stamp authority and a local webhook receiver for the anchor
tests (nothing leaves the machine). The TSA signs with a self-signed EC certificate made
here; it can be told to refuse, to answer another nonce, or to stamp another digest."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from asn1crypto import algos, cms, core, tsp
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


def make_tsa_identity(
    name: str = "Test TSA",
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """A fresh EC key and a self-signed certificate for time-stamping."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, cert


@dataclass
class Behaviour:
    refuse: bool = False
    wrong_nonce: bool = False
    wrong_digest: bool = False
    webhook_status: int = 200
    requests: list[bytes] = field(default_factory=list)
    hooks: list[tuple[dict[str, str], bytes]] = field(default_factory=list)


def _stamp(
    query: bytes, key: ec.EllipticCurvePrivateKey, cert: x509.Certificate, how: Behaviour
) -> bytes:
    req = tsp.TimeStampReq.load(query)
    if how.refuse:
        # A TimeStampResp of only its status (asn1crypto insists on a token when dumping).
        status = tsp.PKIStatusInfo(
            {"status": "rejection", "status_string": ["policy says no"]}
        ).dump()
        return b"\x30" + bytes([len(status)]) + status
    imprint = req["message_imprint"]
    if how.wrong_digest:
        imprint = tsp.MessageImprint(
            {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": b"\x01" * 32}
        )
    nonce = req["nonce"].native + (1 if how.wrong_nonce else 0)
    info = tsp.TSTInfo(
        {
            "version": "v1",
            "policy": "1.3.6.1.4.1.99999.1",
            "message_imprint": imprint,
            "serial_number": len(how.requests),
            "gen_time": datetime.now(UTC).replace(microsecond=0),
            "nonce": nonce,
        }
    )
    content = info.dump()
    der_cert = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    # RFC 5816's ESSCertIDv2 naming the signing certificate, as real TSAs (and OpenSSL's
    # `ts -verify`) expect.
    ess = {
        "certs": [
            {
                "hash_algorithm": {"algorithm": "sha256"},
                "cert_hash": hashlib.sha256(der_cert.dump()).digest(),
            }
        ]
    }
    attrs = cms.CMSAttributes(
        [
            cms.CMSAttribute({"type": "content_type", "values": ["tst_info"]}),
            cms.CMSAttribute(
                {"type": "message_digest", "values": [hashlib.sha256(content).digest()]}
            ),
            cms.CMSAttribute({"type": "signing_certificate_v2", "values": [ess]}),
        ]
    )
    signature = key.sign(attrs.dump(), ec.ECDSA(hashes.SHA256()))
    signer = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                {
                    "issuer_and_serial_number": {
                        "issuer": der_cert.issuer,
                        "serial_number": der_cert.serial_number,
                    }
                }
            ),
            "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
            "signed_attrs": attrs,
            "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"}),
            "signature": signature,
        }
    )
    signed = cms.SignedData(
        {
            "version": "v3",
            "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
            "encap_content_info": {
                "content_type": "tst_info",
                "content": core.ParsableOctetString(content),
            },
            "certificates": [der_cert],
            "signer_infos": [signer],
        }
    )
    token = cms.ContentInfo({"content_type": "signed_data", "content": signed})
    return tsp.TimeStampResp({"status": {"status": "granted"}, "time_stamp_token": token}).dump()


@contextmanager
def serve(key: ec.EllipticCurvePrivateKey, cert: x509.Certificate, how: Behaviour) -> Iterator[str]:
    """Serve ``/tsa`` and ``/hook`` on 127.0.0.1; yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep test output clean
            return

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if self.path == "/tsa":
                how.requests.append(body)
                if self.headers.get("Content-Type") != "application/timestamp-query":
                    self.send_response(415)
                    self.end_headers()
                    return
                answer = _stamp(body, key, cert, how)
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
            else:
                how.hooks.append((dict(self.headers.items()), body))
                answer = json.dumps(
                    {"received": hashlib.sha256(body).hexdigest(), "ticket": len(how.hooks)}
                ).encode()
                self.send_response(how.webhook_status)
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
