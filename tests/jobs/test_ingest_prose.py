"""Prose objects through the store: a Lightning note linked by a ContentDocumentLink of an
earlier chunk, a case comment of a later export linked to a case stored before, and both
screened from the store. Fictional data, written here."""

from __future__ import annotations

import base64
import csv
from pathlib import Path

from knowable.jobs.assess import screen_relationship
from knowable.jobs.ingest import ingest_crm
from knowable.store import Store
from knowable.timeutil import parse_when

SHOP = "001PRJ000000000001"
CAFE = "001PRJ000000000002"
CASE = "500PRJ000000000001"
RED = "The owner keeps the workers' passports in the office safe and deducts rent from their wages."
ROUTINE = "Walked the cafe manager through the new order screen, password reset done."


def _write(folder: Path, name: str, rows: list[dict[str, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / name).open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), quoting=csv.QUOTE_ALL)
        writer.writeheader()
        writer.writerows(rows)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def test_prose_objects_link_across_chunks_and_exports_and_are_screened(
    tmp_path: Path, store: Store
) -> None:
    jan = tmp_path / "jan"
    _write(
        jan,
        "Account.csv",
        [
            {"Id": SHOP, "Name": "Larkspur Nail Studio", "CreatedDate": "2015-01-05"},
            {"Id": CAFE, "Name": "Tallow Lane Cafe", "CreatedDate": "2015-01-06"},
        ],
    )
    _write(
        jan,
        "Case.csv",
        [{"Id": CASE, "AccountId": SHOP, "Subject": "Billing", "CreatedDate": "2015-02-01"}],
    )
    _write(
        jan,
        "ContentDocumentLink.csv",
        [
            {"Id": "06APRJ000000000001", "ContentDocumentId": "069PRJ000000000001",
             "LinkedEntityId": SHOP},
            {"Id": "06APRJ000000000002", "ContentDocumentId": "069PRJ000000000002",
             "LinkedEntityId": CAFE},
        ],
    )  # fmt: skip
    _write(
        jan,
        "ContentNote.csv",
        [
            {"Id": "069PRJ000000000001", "Title": "Visit", "Content": _b64(f"<p>{RED}</p>"),
             "CreatedDate": "2015-03-10T10:00:00.000+0000"},
            {"Id": "069PRJ000000000002", "Title": "Call", "Content": _b64(ROUTINE),
             "CreatedDate": "2015-03-11T10:00:00.000+0000"},
        ],
    )  # fmt: skip
    # Two rows a chunk: the note is read in a later chunk than the link that places it.
    first = ingest_crm(store, jan, chunk_rows=2)
    assert first.quarantined_count == 0 and len(first.batch_ids) > 2
    # A later export holds only case comments: they link to the case stored in January.
    feb = tmp_path / "feb"
    _write(
        feb,
        "CaseComment.csv",
        [{"Id": "00aPRJ000000000001", "ParentId": CASE, "CommentBody": RED,
          "CreatedDate": "2015-04-02T08:00:00.000+0000"}],
    )  # fmt: skip
    ingest_crm(store, feb)
    records = {r.external_id: r for r in store.records(source="crm")}
    assert records["069PRJ000000000001"].subject_key == SHOP
    assert records["069PRJ000000000002"].subject_key == CAFE
    assert records["00aPRJ000000000001"].subject_key == SHOP
    result = screen_relationship(store)
    by_record = {s.record_id: s for s in result.signals}
    note = by_record[records["069PRJ000000000001"].id]
    assert note.subject_key == SHOP
    assert note.observed_at == parse_when("2015-03-10T10:00:00Z")
    assert any(RED[:40] in ev.quote for ev in note.evidence)
    comment = by_record[records["00aPRJ000000000001"].id]
    assert comment.subject_key == SHOP
    assert comment.observed_at == parse_when("2015-04-02T08:00:00Z")
    assert records["069PRJ000000000002"].id not in by_record
    assert not [s for s in result.signals if s.subject_key == CAFE]
