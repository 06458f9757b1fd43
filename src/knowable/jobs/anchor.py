"""Anchor a signed checkpoint outside the database: a webhook and an RFC 3161 time-stamp
authority, each answer kept in the checkpoint file under ``anchors``.

- **Webhook**: the checkpoint JSON (which carries its Ed25519 signature, so the receiver
  can check it with the public key) is POSTed; with a secret, the body is also signed
  with HMAC-SHA256 in the same headers as the alert webhooks
  (:func:`knowable.jobs.alerts.signature`). The receiver's status and answer (its
  receipt, up to 64 KiB) and the answer's SHA-256 are kept.
- **TSA**: a TimeStampReq over the SHA-256 of the checkpoint's signed body
  (:func:`knowable.store.checkpoint.digest`) is POSTed; the reply must be granted and
  answer this request (digest and nonce); its token is kept (base64) and checked again by
  ``knowable audit verify --checkpoints ... --tsa-cert``.
"""

from __future__ import annotations

import base64
import hashlib
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from typing import Any

from knowable.jobs.alerts import SIGNATURE_HEADER, TIMESTAMP_HEADER, signature
from knowable.store import checkpoint as cp
from knowable.store import tsa
from knowable.timeutil import utcnow

#: The most of a receiver's answer kept in the checkpoint file.
MAX_RECEIPT = 64 * 1024
#: The most of a TSA's answer read (tokens are a few KiB).
MAX_TSA_REPLY = 256 * 1024


class AnchorError(Exception):
    """One anchor could not be made (the message says which and why)."""


def _post(
    url: str, body: bytes, headers: Mapping[str, str], limit: int, timeout: float
) -> tuple[int, bytes]:
    if not url.startswith(("http://", "https://")):
        raise AnchorError(f"{url}: only http(s) URLs can anchor a checkpoint")
    request = urllib.request.Request(url, data=body, method="POST", headers=dict(headers))
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return int(reply.status), reply.read(limit + 1)
    except urllib.error.HTTPError as exc:
        raise AnchorError(f"{url}: HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise AnchorError(f"{url}: cannot reach it: {getattr(exc, 'reason', exc)}") from None


def webhook(
    url: str, checkpoint: Mapping[str, Any], secret: str | None = None, timeout: float = 10.0
) -> dict[str, Any]:
    """POST the signed checkpoint to ``url``; the anchor record to keep with it."""
    body = cp.body_json(checkpoint).encode("utf-8")
    headers = {"Content-Type": "application/json", "User-Agent": "knowable-checkpoint"}
    if secret:
        stamp = str(int(time.time()))
        headers[TIMESTAMP_HEADER] = stamp
        headers[SIGNATURE_HEADER] = signature(secret, stamp, body)
    status, answer = _post(url, body, headers, MAX_RECEIPT, timeout)
    return {
        "kind": "webhook",
        "url": url,
        "at": utcnow().isoformat(),
        "status": status,
        "hmac": bool(secret),
        "receipt": answer[:MAX_RECEIPT].decode("utf-8", "replace"),
        "receipt_sha256": hashlib.sha256(answer[:MAX_RECEIPT]).hexdigest(),
        "receipt_truncated": len(answer) > MAX_RECEIPT,
    }


def timestamp(url: str, checkpoint: Mapping[str, Any], timeout: float = 10.0) -> dict[str, Any]:
    """Have the TSA at ``url`` time-stamp the checkpoint; the anchor record to keep."""
    digest = cp.digest(checkpoint)
    query, nonce = tsa.request(digest)
    headers = {"Content-Type": tsa.REQUEST_TYPE, "Accept": tsa.RESPONSE_TYPE}
    _, answer = _post(url, query, headers, MAX_TSA_REPLY, timeout)
    if len(answer) > MAX_TSA_REPLY:
        raise AnchorError(f"{url}: the TSA's reply is larger than {MAX_TSA_REPLY} bytes")
    try:
        token = tsa.token_from_response(answer, digest, nonce)
    except tsa.TimeStampError as exc:
        raise AnchorError(f"{url}: {exc}") from None
    return {
        "kind": "tsa",
        "url": url,
        "at": utcnow().isoformat(),
        "digest": digest.hex(),
        "token": base64.b64encode(token).decode("ascii"),
    }
