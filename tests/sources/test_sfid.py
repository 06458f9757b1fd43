"""Salesforce Ids: 15 or 18 characters, the 18-character checksum verified, a 15-character
Id the same record as its 18-character form; made-up and sfdx reference ids left alone."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from knowable.jobs.ingest import ingest_crm
from knowable.settings import Settings
from knowable.sources import sfid
from knowable.sources.salesforce import discover, parse_export
from knowable.store import open_store

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def test_the_checksum_of_known_ids() -> None:
    # Every letter lower case or a digit: no bit set, suffix AAA.
    assert sfid.suffix("001000000000001") == "AAA"
    # 'A' in position 4 of the first chunk sets bit 3 (value 8, 'I').
    assert sfid.suffix("001A00000000001") == "IAA"
    # All five upper case in the last chunk: 31, the last suffix character.
    assert sfid.suffix("0010000000ABCDE") == "AA5"


def _suffix_bit_by_bit(id15: str) -> str:
    """The checksum as Salesforce describes it: per five characters, bit i set when the
    i-th is a capital letter; the sum indexes A-Z0-5."""
    out = ""
    for start in (0, 5, 10):
        bits = sum(1 << i for i, char in enumerate(id15[start : start + 5]) if "A" <= char <= "Z")
        out += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[bits]
    return out


@given(st.text(alphabet=ALNUM, min_size=15, max_size=15))
def test_the_fast_checksum_is_the_bit_by_bit_one(id15: str) -> None:
    assert sfid.suffix(id15) == _suffix_bit_by_bit(id15)


def test_the_checksum_of_text_that_is_not_an_id_is_still_computed() -> None:
    # Not 15 letters and digits: the table does not apply, the general loop does.
    for text in ("0010000000ABC-E", "ÄBCDEFGHIJKLMNO", "ABC"):
        assert sfid.suffix(text) == _suffix_bit_by_bit(text)
    assert sfid.suffix("0010000000ABC-E") != sfid.suffix("0010000000ABCDE")


@given(st.text(alphabet=ALNUM, min_size=15, max_size=15))
def test_every_15_character_id_has_an_18_character_form_that_validates(id15: str) -> None:
    assert sfid.problem(id15) is None
    full = sfid.to18(id15)
    assert len(full) == 18 and full[:15] == id15
    assert sfid.problem(full) is None and sfid.to18(full) == full
    # A changed case in the first fifteen no longer matches the suffix.
    flipped = id15.swapcase()
    if flipped != id15:
        assert sfid.problem(flipped + full[15:]) is not None


def test_bad_ids_are_named_with_the_reason() -> None:
    assert "expected 15 or 18" in (sfid.problem("001ABC") or "")
    assert "letters and digits" in (sfid.problem("001-0000000000001") or "")
    good = sfid.to18("001Fk0000000001")
    bad = good[:15] + "ZZZ"
    assert f"checksum suffix should be {good[15:]!r}" in (sfid.problem(bad) or "")
    assert sfid.problem(good.lower()[:15] + good[15:].lower()) is not None  # case lost
    assert sfid.problem(good[:15] + good[15:].lower()) is None  # the suffix's case is free


def test_which_exports_are_salesforce_keyed() -> None:
    assert sfid.salesforce_keyed([sfid.to18("001Fk0000000001"), "whatever"])
    assert sfid.salesforce_keyed(["001Fk0000000001", "001Fk0000000002"])
    assert not sfid.salesforce_keyed(["001DEMO0000CRUMB", "001DEMO0000LUNA"])  # made up
    assert not sfid.salesforce_keyed(["001BRK000000001AAA"])  # 18, checksum wrong
    assert not sfid.salesforce_keyed([])


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


A1 = sfid.to18("001Fk0000000001")
A2 = sfid.to18("001Fk0000000002")
O1 = sfid.to18("006Fk0000000001")


def test_a_15_character_id_and_its_18_character_form_are_one_record(tmp_path: Path) -> None:
    _write(tmp_path / "a", "Account.csv", f"Id,Name\n{A1},Harbourlight Cafe\n")
    _write(
        tmp_path / "a",
        "Opportunity.csv",
        f"Id,AccountId,Name,Amount\n{O1[:15]},{A1[:15]},Plan,100\n",
    )
    out = parse_export(discover(tmp_path / "a"))
    assert out.quarantined == []
    deal = next(r for r in out.records if r.kind == "Opportunity")
    assert deal.external_id == O1 and deal.subject_key == A1
    assert deal.payload["Id"] == O1[:15]  # the row is kept as it was exported


def test_a_bad_id_in_a_salesforce_keyed_export_is_quarantined(tmp_path: Path) -> None:
    mistyped = A2[:15] + "QQQ"
    _write(
        tmp_path / "b",
        "Account.csv",
        f"Id,Name\n{A1},Harbourlight Cafe\n{mistyped},Mistyped Ltd\n001Fk00,Short Ltd\n",
    )
    _write(
        tmp_path / "b",
        "Contact.csv",
        f"Id,AccountId,LastName\n{sfid.to18('003Fk0000000001')},{mistyped},Quill\n",
    )
    out = parse_export(discover(tmp_path / "b"))
    reasons = {(q.line, q.field): q.reason for q in out.quarantined}
    assert "checksum suffix should be" in reasons[(3, "Id")]
    assert "has 7 characters (expected 15 or 18)" in reasons[(4, "Id")]
    assert "checksum suffix should be" in reasons[(2, "AccountId")]
    assert [s.name for s in out.subjects] == ["Harbourlight Cafe"]


def test_made_up_and_reference_ids_stay_allowed(tmp_path: Path) -> None:
    _write(
        tmp_path / "c",
        "Account.csv",
        "Id,Name\n001DEMO0000CRUMB,Crumb Ltd\n001BRK000000001AAA,Broken Checksum Ltd\n",
    )
    out = parse_export(discover(tmp_path / "c"))
    assert out.quarantined == []
    assert {s.key for s in out.subjects} == {"001DEMO0000CRUMB", "001BRK000000001AAA"}


def test_streamed_ingest_decides_each_object_once_whatever_the_chunk_size(
    tmp_path: Path,
) -> None:
    """The decision is per object, from its first rows, not per chunk: a chunk holding
    only a mistyped 18-character Id of a Salesforce-keyed object still has it refused,
    and a 15-character Id among made-up ones is not turned into an 18-character key."""
    _write(
        tmp_path / "d",
        "Account.csv",
        f"Id,Name\n{A1},Harbourlight Cafe\n001BRK000000001AAA,Broken Checksum Ltd\n",
    )
    _write(
        tmp_path / "d",
        "Contact.csv",
        f"Id,AccountId,LastName\nCONTACT-ONE,{A1},Quill\n003DEMO00000001,{A1},Penrose\n",
    )
    store = open_store(Settings(workspace=tmp_path, database_url=""))
    result = ingest_crm(store, tmp_path / "d", chunk_rows=1)
    [bad] = result.quarantined
    assert (bad.line, bad.field) == (3, "Id") and "checksum suffix should be" in bad.reason
    assert {r.external_id for r in store.records(kind="Contact")} == {
        "CONTACT-ONE",
        "003DEMO00000001",
    }
    assert parse_export(discover(tmp_path / "d")).quarantined[0].line == 3


def test_an_object_of_made_up_ids_is_not_judged_by_another_objects_ids(
    tmp_path: Path,
) -> None:
    _write(tmp_path / "e", "Account.csv", f"Id,Name\n{A1},Harbourlight Cafe\n")
    _write(
        tmp_path / "e",
        "Opportunity.csv",
        f"Id,AccountId,Name,Amount\nDEAL-1,{A1},Plan,100\n",
    )
    store = open_store(Settings(workspace=tmp_path, database_url=""))
    result = ingest_crm(store, tmp_path / "e", chunk_rows=1)
    assert result.quarantined == []
    [deal] = store.records(kind="Opportunity")
    assert deal.external_id == "DEAL-1" and deal.subject_key == A1
