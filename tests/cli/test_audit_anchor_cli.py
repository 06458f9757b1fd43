"""`knowable audit checkpoint --tsa/--webhook` and `audit verify --tsa-cert` as a user runs
them, against a local time-stamp authority and receiver the test starts (issue 17)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from clirun import run
from cryptography.hazmat.primitives import serialization

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from anchor_servers import Behaviour, make_tsa_identity, serve

pytestmark = pytest.mark.slow


def test_checkpoint_anchored_by_tsa_and_webhook_then_verified(tmp_path: Path) -> None:
    key, cert = make_tsa_identity()
    cert_file = tmp_path / "tsa.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    _, other = make_tsa_identity("Another TSA")
    other_file = tmp_path / "other.pem"
    other_file.write_bytes(other.public_bytes(serialization.Encoding.PEM))
    run(tmp_path, "init")
    audit_key, pub, out = tmp_path / "audit.key", tmp_path / "audit.pub", tmp_path / "cp.json"
    pub.write_text(run(tmp_path, "audit", "keygen", "--key", str(audit_key)).stdout)
    how = Behaviour()
    with serve(key, cert, how) as base:
        made = run(
            tmp_path,
            "audit",
            "checkpoint",
            "--key",
            str(audit_key),
            "--out",
            str(out),
            "--tsa",
            base + "/tsa",
            "--webhook",
            base + "/hook",
        )
        assert made.returncode == 0, made.stdout + made.stderr
        assert f"time-stamped by {base}/tsa" in made.stdout
        assert f"sent to {base}/hook: HTTP 200" in made.stdout
        how.webhook_status = 503
        failed = run(
            tmp_path,
            "audit",
            "checkpoint",
            "--key",
            str(audit_key),
            "--out",
            str(tmp_path / "cp2.json"),
            "--webhook",
            base + "/hook",
        )
    assert (
        failed.returncode == 1 and "anchor failed" in failed.stdout and "HTTP 503" in failed.stdout
    )
    kept = json.loads((tmp_path / "cp2.json").read_text())  # the file is kept, unanchored
    assert kept["signature"] and "anchors" not in kept
    data = json.loads(out.read_text())
    assert [a["kind"] for a in data["anchors"]] == ["tsa", "webhook"]
    # the receiver got the checkpoint with its time-stamp in it
    assert json.loads(how.hooks[0][1])["anchors"][0]["token"] == data["anchors"][0]["token"]
    ok = run(
        tmp_path,
        "audit",
        "verify",
        "--checkpoints",
        str(out),
        "--public-key",
        str(pub),
        "--tsa-cert",
        str(cert_file),
    )
    assert ok.returncode == 0 and "1 anchor(s) hold" in ok.stdout, ok.stdout
    wrong = run(
        tmp_path,
        "audit",
        "verify",
        "--checkpoints",
        str(out),
        "--public-key",
        str(pub),
        "--tsa-cert",
        str(other_file),
    )
    assert wrong.returncode == 1
    assert "does not verify with the trusted TSA certificate" in wrong.stdout, wrong.stdout
