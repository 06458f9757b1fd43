"""The demo CRM generator is deterministic and its bundled output is current and coherent."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from build_crm import FIELDS, build
from crmstory.rows import sfid

BUNDLED = Path(__file__).resolve().parents[2] / "src" / "knowable" / "demo" / "data" / "crm"

STORY_IDS = {
    "ListLoop Inc.": "001DEMO0000LISTLP",
    "Maple Market Co.": "001DEMO0000MAPLE",
    "Harbor Staffing Solutions LLC": "001DEMO0000HARBOR",
    "Lotus Garden Spa Group": "001DEMO0000LOTUS",
    "Kindred Hearts Dating Ltd": "001DEMO0000KINDRD",
    "Velvet Room Media Inc.": "001DEMO0000VELVET",
    "Phenicia Shipping Offshore S.A.R.L.": "001DEMO0000PHENIC",
    "Phoenix Shipping Lines Ltd": "001DEMO0000PHOENX",
}


def _read(folder: Path, obj: str) -> list[dict[str, str]]:
    with (folder / f"{obj}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_two_runs_give_the_same_bytes_as_the_bundled_files(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    build(first)
    build(second)
    for obj in FIELDS:
        name = f"{obj}.csv"
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
        assert (first / name).read_bytes() == (BUNDLED / name).read_bytes(), (
            f"{name} is stale: run "
            "python scripts/demo_story/build_crm.py src/knowable/demo/data/crm"
        )


def test_a_different_seed_changes_only_the_filler(tmp_path: Path) -> None:
    build(tmp_path, seed=7)
    assert (tmp_path / "Case.csv").read_bytes() != (BUNDLED / "Case.csv").read_bytes()
    names = {r["Name"] for r in _read(tmp_path, "Account")}
    assert names == {r["Name"] for r in _read(BUNDLED, "Account")}


def test_story_accounts_have_their_fixed_ids() -> None:
    accounts = {r["Name"]: r["Id"] for r in _read(BUNDLED, "Account")}
    for name, ident in STORY_IDS.items():
        assert accounts[name] == ident
    assert 35 <= len(accounts) <= 45


def test_every_reference_resolves_and_every_date_is_in_range() -> None:
    rows = {obj: _read(BUNDLED, obj) for obj in FIELDS}
    accounts = {r["Id"] for r in rows["Account"]}
    ids = [r["Id"] for table in rows.values() for r in table]
    assert len(ids) == len(set(ids))
    known = set(ids)
    for obj, table in rows.items():
        assert table, obj
        assert list(table[0]) == list(FIELDS[obj])
        for row in table:
            for field in ("AccountId", "ParentId"):
                if field in row:
                    assert row[field] in accounts, (obj, row["Id"], field)
            for field in ("WhatId", "WhoId", "ContactId"):
                if row.get(field):
                    assert row[field] in known, (obj, row["Id"], field)
            assert "2010-01-01" <= row["CreatedDate"][:10] <= "2018-06-30", (obj, row["Id"])
    for case in rows["Case"]:
        if case["ClosedDate"]:
            assert case["ClosedDate"] > case["CreatedDate"], case["Id"]


def test_listloop_revenue_grows_and_renewals_follow_the_public_warnings() -> None:
    opps = [r for r in _read(BUNDLED, "Opportunity") if r["AccountId"] == "001DEMO0000LISTLP"]
    renewals = sorted(
        (r["CloseDate"], float(r["Amount"]))
        for r in opps
        if r["Type"] in ("New Business", "Renewal") and r["StageName"] == "Closed Won"
    )
    amounts = [amount for _, amount in renewals]
    assert len(amounts) == 7  # 2011 to 2017
    assert amounts == sorted(amounts) and len(set(amounts)) == len(amounts)
    after_subpoena = [
        r for r in opps if r["StageName"] == "Closed Won" and r["CloseDate"] > "2016-03-22"
    ]
    kinds = {r["Type"] for r in after_subpoena}
    assert {"Renewal", "Upsell"} <= kinds


@pytest.mark.parametrize(
    ("prefix", "number", "expected"),
    [("003", 42, "003DEMO00000042YDA"), ("00T", 1, "00TDEMO000000012DA")],
)
def test_ids_carry_the_salesforce_case_checksum(prefix: str, number: int, expected: str) -> None:
    # Worked by hand: each 5-character chunk sets bit i when character i is upper case.
    assert sfid(prefix, number) == expected
