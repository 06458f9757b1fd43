"""RFC 3161 time-stamps of a checkpoint: the request, the response check, the token check.

A time-stamp authority (TSA) signs ``(the hash of what we sent, its own time, our nonce)``
with a key whose certificate the verifier trusts. Stored beside a checkpoint, the token
proves the checkpoint existed by that time to anyone who trusts the TSA, independently of
our own Ed25519 key. What is time-stamped is the SHA-256 of the checkpoint's signed body
(its RFC 8785 canonical JSON, the bytes the Ed25519 signature covers).

ASN.1 by ``asn1crypto``; signatures by ``cryptography``. No network here: the job that
posts the request lives in :mod:`knowable.jobs.anchor`.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import algos, cms, core, tsp
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

REQUEST_TYPE = "application/timestamp-query"
RESPONSE_TYPE = "application/timestamp-reply"

_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


class TimeStampError(ValueError):
    """A time-stamp response or token that does not hold (the message says why)."""


def request(digest: bytes, nonce: int | None = None) -> tuple[bytes, int]:
    """A DER TimeStampReq over a SHA-256 ``digest`` asking for the TSA's certificate;
    returns it with its nonce."""
    if len(digest) != 32:
        raise ValueError("a SHA-256 digest is 32 bytes")
    nonce = secrets.randbits(63) if nonce is None else nonce
    req = tsp.TimeStampReq(
        {
            "version": "v1",
            "message_imprint": {
                "hash_algorithm": {"algorithm": "sha256"},
                "hashed_message": digest,
            },
            "nonce": nonce,
            "cert_req": True,
        }
    )
    return req.dump(), nonce


def token_from_response(data: bytes, digest: bytes, nonce: int) -> bytes:
    """The DER time-stamp token of a TimeStampResp, after checking that it was granted
    and answers this request (same digest, same nonce)."""
    try:
        # TimeStampResp ::= SEQUENCE { status PKIStatusInfo, timeStampToken OPTIONAL }, read
        # by hand: asn1crypto's TimeStampResp wants the token even in a refusal.
        outer = core.Sequence.load(data)
        status_info = tsp.PKIStatusInfo.load(outer[0].dump())
        status = status_info["status"].native
        if status not in ("granted", "granted_with_mods"):
            text = " ".join(status_info["status_string"].native or [])
            raise TimeStampError(f"the TSA refused: {status} {text}".strip())
        if len(outer) < 2:
            raise TimeStampError("the TSA's reply holds no time-stamp token")
        token = cms.ContentInfo.load(outer[1].dump())
        info = _tst_info(token)
    except (ValueError, TypeError, KeyError) as exc:
        if isinstance(exc, TimeStampError):
            raise
        raise TimeStampError(f"the TSA's reply is not a TimeStampResp: {exc}") from None
    if info["nonce"].native != nonce:
        raise TimeStampError("the TSA's token answers another request (nonce differs)")
    _check_imprint(info, digest)
    return bytes(token.dump())


@dataclass(frozen=True, slots=True)
class Stamp:
    """What a verified token says: the TSA's time and serial number."""

    gen_time: datetime
    serial: int


def verify_token(token: bytes, digest: bytes, trusted: x509.Certificate) -> Stamp:
    """Check a stored token: it time-stamps ``digest`` and its signature verifies with the
    trusted TSA certificate's key (never a certificate the token carries)."""
    try:
        info_ = cms.ContentInfo.load(token)
        info = _tst_info(info_)
        signed = info_["content"]
        signers = signed["signer_infos"]
        if len(signers) != 1:
            raise TimeStampError("a time-stamp token has exactly one signer")
        signer = signers[0]
        algorithm = signer["digest_algorithm"]["algorithm"].native
        if algorithm not in _HASHES:
            raise TimeStampError(f"unsupported digest algorithm {algorithm}")
        content = signed["encap_content_info"]["content"].contents
        attrs = {a["type"].native: a["values"] for a in signer["signed_attrs"]}
        if "message_digest" not in attrs or attrs.get("content_type") is None:
            raise TimeStampError("the token's signer lacks its signed attributes")
        if attrs["content_type"][0].native != "tst_info":
            raise TimeStampError("the token's signed content is not a TSTInfo")
        wanted = hashlib.new(algorithm, content).digest()
        if attrs["message_digest"][0].native != wanted:
            raise TimeStampError("the token's TSTInfo does not match its signed digest")
        # The signature covers the DER of the signed attributes as a SET (tag 0x31).
        signed_bytes = b"\x31" + signer["signed_attrs"].dump()[1:]
        _check_signature(trusted, signer["signature"].native, signed_bytes, algorithm, signer)
    except (ValueError, TypeError, KeyError) as exc:
        if isinstance(exc, TimeStampError):
            raise
        raise TimeStampError(f"not a time-stamp token: {exc}") from None
    _check_imprint(info, digest)
    return Stamp(info["gen_time"].native, int(info["serial_number"].native))


def _tst_info(token: cms.ContentInfo) -> tsp.TSTInfo:
    if token["content_type"].native != "signed_data":
        raise TimeStampError("a time-stamp token is CMS signed data")
    encap = token["content"]["encap_content_info"]
    if encap["content_type"].native != "tst_info":
        raise TimeStampError("the token's content is not a TSTInfo")
    parsed = encap["content"].parsed
    if not isinstance(parsed, tsp.TSTInfo):
        raise TimeStampError("the token's content is not a TSTInfo")
    return parsed


def _check_imprint(info: tsp.TSTInfo, digest: bytes) -> None:
    imprint = info["message_imprint"]
    if imprint["hash_algorithm"]["algorithm"].native != "sha256" or (
        imprint["hashed_message"].native != digest
    ):
        raise TimeStampError("the token time-stamps something else than this checkpoint")


def _check_signature(
    cert: x509.Certificate,
    signature: bytes,
    data: bytes,
    algorithm: str,
    signer: cms.SignerInfo,
) -> None:
    key = cert.public_key()
    chosen = _HASHES[algorithm]()
    sig_algo = signer["signature_algorithm"]
    try:
        if isinstance(key, rsa.RSAPublicKey):
            if sig_algo["algorithm"].native == "rsassa_pss":
                params: algos.RSASSAPSSParams = sig_algo["parameters"]
                pss = padding.PSS(padding.MGF1(chosen), int(params["salt_length"].native))
                key.verify(signature, data, pss, chosen)
            else:
                key.verify(signature, data, padding.PKCS1v15(), chosen)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, data, ec.ECDSA(chosen))
        else:
            raise TimeStampError("the TSA certificate's key is neither RSA nor EC")
    except InvalidSignature:
        raise TimeStampError(
            "the token's signature does not verify with the trusted TSA certificate"
        ) from None
