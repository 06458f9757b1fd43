"""Checkpoint anchors beyond a file (issue 17): an RFC 3161 time-stamp authority and a
webhook, both local servers the tests start."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from anchor_servers import Behaviour, make_tsa_identity, serve
from asn1crypto import core
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from knowable.jobs import anchor
from knowable.jobs.alerts import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify_signature
from knowable.settings import Settings
from knowable.store import Store, open_store, tsa
from knowable.store import checkpoint as cp

Identity = tuple[ec.EllipticCurvePrivateKey, x509.Certificate]


@pytest.fixture(scope="module")
def identity() -> Identity:
    return make_tsa_identity()


@pytest.fixture
def sqlite_store(sqlite_settings: Settings) -> Iterator[Store]:
    opened = open_store(sqlite_settings)
    try:
        yield opened
    finally:
        opened.engine.dispose()


@pytest.fixture
def how() -> Behaviour:
    return Behaviour()


@pytest.fixture
def base(identity: Identity, how: Behaviour) -> Iterator[str]:
    with serve(*identity, how) as url:
        yield url


def _checkpoint(store: Store, tmp_path: Path) -> tuple[dict[str, object], Path]:
    for i in range(3):
        store.append_audit("cli", "note", "test", str(i), {"n": i})
    key = tmp_path / "audit.key"
    pub = tmp_path / "audit.pub"
    pub.write_text(cp.keygen(key))
    with store.read() as conn:
        return cp.make(conn, cp.load_private(key)), pub


def test_tsa_time_stamps_the_checkpoint_and_verify_checks_the_token(
    sqlite_store: Store, tmp_path: Path, base: str, identity: Identity, how: Behaviour
) -> None:
    made, pub = _checkpoint(sqlite_store, tmp_path)
    stamped = anchor.timestamp(base + "/tsa", made)
    assert stamped["digest"] == cp.digest(made).hex()
    # the request the TSA received asks about exactly this checkpoint's signed body
    req = tsa.tsp.TimeStampReq.load(how.requests[0])
    assert req["message_imprint"]["hashed_message"].native == cp.digest(made)
    out = tmp_path / "cp.json"
    cp.write({**made, "anchors": [stamped]}, out)
    anchors, problems = cp.anchors_from([out], cp.load_public(pub), identity[1])
    assert problems == [] and anchors[0].seq == 3
    stamp = tsa.verify_token(base64.b64decode(stamped["token"]), cp.digest(made), identity[1])
    assert stamp.serial == 1


def test_a_token_moved_to_another_checkpoint_or_another_tsa_is_refused(
    sqlite_store: Store, tmp_path: Path, base: str, identity: Identity
) -> None:
    made, pub = _checkpoint(sqlite_store, tmp_path)
    stamped = anchor.timestamp(base + "/tsa", made)
    key = tmp_path / "audit.key"
    sqlite_store.append_audit("cli", "note", "test", "later", {})
    with sqlite_store.read() as conn:
        later = cp.make(conn, cp.load_private(key))
    out = tmp_path / "moved.json"
    cp.write({**later, "anchors": [stamped]}, out)  # a genuine token, the wrong checkpoint
    _, problems = cp.anchors_from([out], cp.load_public(pub), identity[1])
    assert problems and "time-stamps something else than this checkpoint" in problems[0]
    right = tmp_path / "right.json"
    cp.write({**made, "anchors": [stamped]}, right)
    _, other = make_tsa_identity("Another TSA")
    _, problems = cp.anchors_from([right], cp.load_public(pub), other)
    assert problems and "does not verify with the trusted TSA certificate" in problems[0]
    bare = tmp_path / "bare.json"
    cp.write(made, bare)
    _, problems = cp.anchors_from([bare], cp.load_public(pub), identity[1])
    assert problems and "no RFC 3161 time-stamp" in problems[0]


def test_a_token_whose_tstinfo_was_edited_is_refused(
    sqlite_store: Store, tmp_path: Path, base: str, identity: Identity
) -> None:
    made, _ = _checkpoint(sqlite_store, tmp_path)
    token = base64.b64decode(anchor.timestamp(base + "/tsa", made)["token"])
    info = tsa.cms.ContentInfo.load(token)
    tst = info["content"]["encap_content_info"]["content"].parsed
    tst["serial_number"] = 99  # re-encode the TSTInfo with another serial
    info["content"]["encap_content_info"]["content"] = core.ParsableOctetString(
        tst.dump(force=True)
    )
    with pytest.raises(tsa.TimeStampError, match="does not match its signed digest"):
        tsa.verify_token(info.dump(force=True), cp.digest(made), identity[1])


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("refuse", "the TSA refused: rejection policy says no"),
        ("wrong_nonce", "nonce differs"),
        ("wrong_digest", "time-stamps something else"),
    ],
)
def test_a_tsa_answer_that_does_not_answer_us_is_refused(
    sqlite_store: Store, tmp_path: Path, base: str, how: Behaviour, setting: str, message: str
) -> None:
    made, _ = _checkpoint(sqlite_store, tmp_path)
    setattr(how, setting, True)
    with pytest.raises(anchor.AnchorError, match=message):
        anchor.timestamp(base + "/tsa", made)


def test_webhook_gets_the_signed_checkpoint_and_its_receipt_is_kept(
    sqlite_store: Store, tmp_path: Path, base: str, how: Behaviour
) -> None:
    made, pub = _checkpoint(sqlite_store, tmp_path)
    sent = anchor.webhook(base + "/hook", made, secret="s3cret")
    headers, body = how.hooks[0]
    received = json.loads(body)
    assert cp.check_signature(received, cp.load_public(pub))  # the receiver can check it
    assert verify_signature("s3cret", headers[TIMESTAMP_HEADER], body, headers[SIGNATURE_HEADER])
    assert not verify_signature("other", headers[TIMESTAMP_HEADER], body, headers[SIGNATURE_HEADER])
    assert sent["status"] == 200 and json.loads(sent["receipt"])["ticket"] == 1
    assert sent["receipt_sha256"] == hashlib.sha256(sent["receipt"].encode()).hexdigest()
    unsigned = anchor.webhook(base + "/hook", made)
    assert unsigned["hmac"] is False and SIGNATURE_HEADER not in how.hooks[1][0]


def test_webhook_failures_are_one_clear_error(
    sqlite_store: Store, tmp_path: Path, base: str, how: Behaviour
) -> None:
    made, _ = _checkpoint(sqlite_store, tmp_path)
    how.webhook_status = 500
    with pytest.raises(anchor.AnchorError, match="HTTP 500"):
        anchor.webhook(base + "/hook", made)
    with pytest.raises(anchor.AnchorError, match="only http"):
        anchor.webhook("file:///etc/passwd", made)


def test_incremental_verify_checks_the_time_stamp_before_trusting_the_prefix(
    sqlite_store: Store, tmp_path: Path, base: str, identity: Identity
) -> None:
    made, pub = _checkpoint(sqlite_store, tmp_path)
    stamped = tmp_path / "stamped.json"
    cp.write({**made, "anchors": [anchor.timestamp(base + "/tsa", made)]}, stamped)
    bare = tmp_path / "bare.json"
    cp.write(made, bare)
    sqlite_store.append_audit("cli", "note", "test", "after", {})
    with sqlite_store.read() as conn:
        ok, _ = cp.verify_since(conn, stamped, cp.load_public(pub), identity[1])
        refused, _ = cp.verify_since(conn, bare, cp.load_public(pub), identity[1])
    assert ok.ok and ok.events == 1 and ok.events_skipped == 3
    assert refused.problems[0].endswith("no RFC 3161 time-stamp to check with the TSA certificate")
    assert "nothing before it can be trusted" in refused.problems[-1]
