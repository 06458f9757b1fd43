"""The case pack: dossier, evidence, case and an audit proof that a reader checks alone."""

from __future__ import annotations

import hashlib
import io
import json
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from review_seed import seed

from knowable.cases.repository import CaseRepository
from knowable.catalogue.policy import bundled_policy
from knowable.jobs.casepack import build_case_pack, verify_proof
from knowable.jobs.cases import scan
from knowable.store import Store


def _case(store: Store) -> str:
    seed(store)
    repo = CaseRepository(store)
    scan(store, repo, actor="test")
    return repo.case_for_subject("ACC-1").id  # type: ignore[union-attr]


def test_pack_holds_every_part_with_its_hash(store: Store) -> None:
    case_id = _case(store)
    body, summary = build_case_pack(store, case_id, bundled_policy(), "tester", pdf=False)
    with zipfile.ZipFile(io.BytesIO(body)) as pack:
        names = set(pack.namelist())
        assert {"dossier.html", "evidence.csv", "case.json", "audit-proof.jsonl"} <= names
        manifest = json.loads(pack.read("MANIFEST.json"))
        for name, digest in manifest["files"].items():
            assert hashlib.sha256(pack.read(name)).hexdigest() == digest, name
        case = json.loads(pack.read("case.json"))
        proof = [json.loads(line) for line in pack.read("audit-proof.jsonl").splitlines()]
    assert case["subject_name"] == "Harbourline Classifieds" and case["alerts"]
    assert manifest["audit_head"]["hash"] == proof[-1]["hash"] == summary.head_hash
    assert verify_proof(proof) == []
    full = [p for p in proof if "body" in p]
    assert full and all(p["body"]["entity_id"] in (case_id, "ACC-1") for p in full)
    # Events about other customers (the seed's ACC-2, ACC-3) carry hashes only.
    assert any("body" not in p for p in proof)
    # The export itself is audited, after the proof's head.
    last = store.audit_events(limit=1)[0]
    assert last.action == "case.export" and last.actor == "tester"
    assert last.seq == summary.head_seq + 1


def test_a_changed_event_or_a_broken_link_fails_the_proof(store: Store) -> None:
    case_id = _case(store)
    body, _ = build_case_pack(store, case_id, bundled_policy(), "tester", pdf=False)
    with zipfile.ZipFile(io.BytesIO(body)) as pack:
        proof = [json.loads(line) for line in pack.read("audit-proof.jsonl").splitlines()]
    edited = [dict(p) for p in proof]
    target = next(i for i, p in enumerate(edited) if "body" in p)
    edited[target] = {**edited[target], "body": {**edited[target]["body"], "actor": "mallory"}}
    assert any("does not match" in p for p in verify_proof(edited))
    unlinked = [dict(p) for p in proof]
    if len(unlinked) > 1:
        unlinked[1] = {**unlinked[1], "prev_hash": "0" * 64}
        assert any("does not link" in p for p in verify_proof(unlinked))
