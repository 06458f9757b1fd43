"""Checkpoints: the audit chain's head signed with a key kept outside the database.

A checkpoint is a small JSON file holding the head's sequence number and hash, when it
was taken, and an Ed25519 signature over the canonical JSON of those three fields.
Whoever holds the public key can later prove that nothing at or before the checkpoint
was rewritten: the event at the checkpoint's sequence number must still carry the signed
hash, and since every hash covers all before it, a consistent rewrite of the chain (even
by someone with full write access to the database) changes that hash. A checkpoint past
the current head shows that the last events were deleted together with the head.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import Connection, func, select

from knowable.errors import InputError
from knowable.hashing import JCS_FORM, canonical
from knowable.store import audit
from knowable.store import schema as t
from knowable.store.audit import GENESIS
from knowable.timeutil import utcnow

FORMAT = "knowable-audit-checkpoint/1"


def keygen(path: Path) -> str:
    """Write a new Ed25519 private key (PEM, mode 0600, never overwritten); return the
    public key as PEM."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise InputError(f"{path} exists; not overwriting a key") from None
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    return public_pem(key.public_key())


def public_pem(key: Ed25519PublicKey) -> str:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def load_private(path: Path) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError(f"{path} is not an Ed25519 private key")
    return key


def load_public(path: Path) -> Ed25519PublicKey:
    """An Ed25519 public key from a PEM file (a private key file also works)."""
    data = path.read_bytes()
    if b"PRIVATE KEY" in data:
        return load_private(path).public_key()
    key = serialization.load_pem_public_key(data)
    if not isinstance(key, Ed25519PublicKey):
        raise InputError(f"{path} is not an Ed25519 public key")
    return key


def signed_body(seq: int, hash_: str, at: str) -> dict[str, Any]:
    """What a checkpoint signs: its format, the head's seq and hash, and the time."""
    return {"format": FORMAT, "seq": seq, "hash": hash_, "at": at}


def signed_bytes(checkpoint: Mapping[str, Any]) -> bytes:
    """The bytes a checkpoint's Ed25519 signature covers: the RFC 8785 canonical JSON of
    :func:`signed_body` (for these four ASCII-named string and integer fields it is also
    what checkpoints made before RFC 8785 was adopted signed)."""
    body = signed_body(int(checkpoint["seq"]), str(checkpoint["hash"]), str(checkpoint["at"]))
    return canonical(body, JCS_FORM).encode("utf-8")


def digest(checkpoint: Mapping[str, Any]) -> bytes:
    """SHA-256 of :func:`signed_bytes`: what a time-stamp authority time-stamps."""
    return hashlib.sha256(signed_bytes(checkpoint)).digest()


def make(conn: Connection, key: Ed25519PrivateKey) -> dict[str, Any]:
    """A signed checkpoint of the chain's current head."""
    head = conn.execute(
        select(t.audit_head.c.seq, t.audit_head.c.hash).where(t.audit_head.c.id == 1)
    ).one()
    body = signed_body(int(head.seq), str(head.hash), utcnow().isoformat())
    signature = key.sign(signed_bytes(body))
    return {
        **body,
        "signature": signature.hex(),
        "public_key": key.public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex(),
    }


def body_json(checkpoint: Mapping[str, Any]) -> str:
    """A checkpoint as the JSON text written to its file."""
    return json.dumps(checkpoint, indent=2, sort_keys=True) + "\n"


def write(checkpoint: Mapping[str, Any], path: Path) -> None:
    path.write_text(body_json(checkpoint), encoding="utf-8")


def read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read checkpoint {path}: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(f"{path} is not a knowable audit checkpoint")
    return data


def check_signature(checkpoint: Mapping[str, Any], key: Ed25519PublicKey) -> bool:
    """Whether the checkpoint was signed by ``key`` (the key given, never the embedded one)."""
    try:
        key.verify(bytes.fromhex(str(checkpoint["signature"])), signed_bytes(checkpoint))
    except (InvalidSignature, KeyError, ValueError, TypeError):
        return False
    return True


@dataclass(frozen=True, slots=True)
class Anchor:
    """A head known from outside the database: a checkpoint or ``--expect-head``."""

    seq: int
    hash: str
    source: str


def parse_expect_head(text: str) -> Anchor:
    seq, sep, hash_ = text.partition(":")
    if not sep or not seq.strip().isdigit() or len(hash_.strip()) != 64:
        raise InputError("--expect-head takes SEQ:HASH (a sequence number and a 64-hex hash)")
    return Anchor(int(seq), hash_.strip().lower(), f"--expect-head {seq}")


def check_anchors(conn: Connection, anchors: Iterable[Anchor]) -> list[str]:
    """Problems with the stored chain against heads known from outside the database."""
    problems: list[str] = []
    last = conn.execute(select(func.max(t.audit_events.c.seq))).scalar_one()
    last_seq = int(last) if last is not None else 0
    head = conn.execute(select(t.audit_head.c.seq).where(t.audit_head.c.id == 1)).scalar()
    for anchor in anchors:
        if anchor.seq == 0:
            if anchor.hash != GENESIS:
                problems.append(f"{anchor.source}: seq 0 must carry the genesis hash")
            continue
        if anchor.seq > last_seq or (head is not None and anchor.seq > int(head)):
            problems.append(
                f"{anchor.source}: the chain once reached event #{anchor.seq} but now ends at "
                f"#{last_seq} (events removed together with the head)"
            )
            continue
        stored = conn.execute(
            select(t.audit_events.c.hash).where(t.audit_events.c.seq == anchor.seq)
        ).scalar()
        if stored != anchor.hash:
            problems.append(
                f"{anchor.source}: audit event #{anchor.seq} no longer has the hash it had "
                "then (the chain at or before it was rewritten)"
            )
    return problems


def anchors_from(
    paths: Iterable[Path], key: Ed25519PublicKey, tsa_cert: x509.Certificate | None = None
) -> tuple[list[Anchor], list[str]]:
    """Read checkpoints and check their signatures (and, given the TSA's certificate,
    their time-stamp tokens); what does not hold is a problem."""
    anchors: list[Anchor] = []
    problems: list[str] = []
    for path in paths:
        data = read(path)
        if not check_signature(data, key):
            problems.append(f"checkpoint {path}: signature does not verify with the public key")
            continue
        if tsa_cert is not None:
            problems.extend(check_timestamps(data, tsa_cert, f"checkpoint {path}"))
        anchors.append(Anchor(int(data["seq"]), str(data["hash"]), f"checkpoint {path.name}"))
    return anchors, problems


def timestamps(checkpoint: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The RFC 3161 anchors stored in a checkpoint."""
    found = checkpoint.get("anchors")
    if not isinstance(found, list):
        return []
    return [a for a in found if isinstance(a, dict) and a.get("kind") == "tsa"]


def check_timestamps(
    checkpoint: Mapping[str, Any], tsa_cert: x509.Certificate, source: str
) -> list[str]:
    """Problems with a checkpoint's time-stamp tokens against the trusted TSA certificate:
    each must time-stamp this checkpoint's signed body and be signed by that TSA. A
    checkpoint with none is a problem too (the certificate says one was expected)."""
    from knowable.store import tsa

    stamps = timestamps(checkpoint)
    if not stamps:
        return [f"{source}: no RFC 3161 time-stamp to check with the TSA certificate"]
    problems: list[str] = []
    wanted = digest(checkpoint)
    for stamp in stamps:
        try:
            tsa.verify_token(base64.b64decode(str(stamp.get("token", ""))), wanted, tsa_cert)
        except (tsa.TimeStampError, ValueError) as exc:
            problems.append(f"{source}: time-stamp from {stamp.get('url')}: {exc}")
    return problems


def load_certificate(path: Path) -> x509.Certificate:
    """A TSA certificate (PEM or DER)."""
    try:
        data = path.read_bytes()
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the TSA certificate {path}: {exc}") from None


def verify_since(
    conn: Connection,
    path: Path,
    key: Ed25519PublicKey,
    tsa_cert: x509.Certificate | None = None,
) -> tuple[audit.VerifyResult, Anchor | None]:
    """Verify incrementally from the signed checkpoint at ``path``.

    The checkpoint's signature must verify with ``key`` and the stored event at its
    ``seq`` must still carry its ``hash`` (else the prefix cannot be trusted and the
    problems say so, without going on); then only the events after it and the rows they
    wrote are re-derived (:func:`knowable.store.audit.verify` with ``since``).
    """
    data = read(path)
    if not check_signature(data, key):
        result = audit.VerifyResult()
        result.problems.append(f"checkpoint {path}: signature does not verify with the public key")
        return result, None
    anchor = Anchor(int(data["seq"]), str(data["hash"]), f"checkpoint {path.name}")
    broken = check_anchors(conn, [anchor])
    if tsa_cert is not None:
        broken.extend(check_timestamps(data, tsa_cert, f"checkpoint {path}"))
    if broken:
        result = audit.VerifyResult(since_seq=anchor.seq)
        result.problems.extend(broken)
        result.problems.append(
            "the checkpointed head no longer matches: nothing before it can be trusted; "
            "run a full `knowable audit verify`"
        )
        return result, anchor
    return audit.verify(conn, audit.Since(anchor.seq, anchor.hash)), anchor
