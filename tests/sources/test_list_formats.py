"""The list formats: each parsed into entries with names, aliases, ids, programmes and
dates, each malformed row quarantined naming file, line (or position) and field, and
each told from its content."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from knowable.errors import InputError
from knowable.sources.formats import FORMATS, FormatName, detect_format, load_watchlist
from knowable.sources.watchlist import WatchlistEntry, WatchlistLoad

LISTS = Path(__file__).parent / "fixtures" / "lists"
FIXTURES = Path(__file__).parent / "fixtures"


def _entries(load: WatchlistLoad) -> dict[str, WatchlistEntry]:
    return {e.entry_id: e for e in load.entries}


def _props(load: WatchlistLoad, entry_id: str) -> dict[str, list[str]]:
    [record] = [r for r in load.records if r.external_id == entry_id]
    return dict(record.payload["properties"])


def _bad(load: WatchlistLoad) -> list[tuple[int | None, str | None, str]]:
    return [(q.line, q.field, q.reason) for q in load.quarantined]


def test_format_names_and_choices_agree() -> None:
    assert [f.value for f in FormatName] == list(FORMATS)


def test_ofac_sls_xml() -> None:
    load = load_watchlist(LISTS / "ofac_sdn.xml", "ofac-xml")
    assert load.source == "watchlist:ofac-sdn"
    assert load.available_at == datetime(2025, 3, 14, tzinfo=UTC)  # Publish_Date
    person = _entries(load)["ofac-sdn-9001"]
    assert person.schema == "Person"
    assert person.names == ("Ivo MARLOWE-TESTA", "Ivan TESTA", "El Lobo Gris")
    assert person.programs == ("SDNTK", "TCO")
    assert person.birth_dates == ("1971-03-12",)
    assert person.countries == ("it",)
    assert person.identifiers == ("NID-55-01", "X1234567")
    props = _props(load, "ofac-sdn-9001")
    assert props["weakAlias"] == ["El Lobo Gris"] and props["birthPlace"] == ["Bari, Italy"]
    vessel = _entries(load)["ofac-sdn-9003"]
    assert vessel.schema == "Vessel" and vessel.countries == ("pa",)
    assert vessel.identifiers == ("IMO 9999991",)
    assert _entries(load)["ofac-sdn-9002"].address_countries == ("cy",)
    assert _bad(load) == [(42, "lastName", "entry without a name (lastName is empty)")]
    assert load.quarantined[0].file.endswith("ofac_sdn.xml")


def test_ofac_xml_and_legacy_csv_give_the_same_entry_ids(tmp_path: Path) -> None:
    (tmp_path / "sdn.csv").write_text(
        '9002,"GREY HERON SHIPPING LTD.",-0- ,"[IRAN]",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n'
    )
    legacy = load_watchlist(tmp_path, "ofac-csv")
    xml = load_watchlist(LISTS / "ofac_sdn.xml", "ofac-xml")
    assert {e.entry_id for e in legacy.entries} <= {e.entry_id for e in xml.entries}


def test_eu_fsf_xml() -> None:
    load = load_watchlist(LISTS / "eu_fsf.xml", "eu-xml")
    assert load.source == "watchlist:eu-fsf" and load.list_version == "2025-04-02"
    person = _entries(load)["eu-fsf-700101"]
    assert person.schema == "Person"
    assert person.names == ("Oksana Veltrova", "Оксана Вельтрова", "The Teacher")
    assert person.programs == ("UKR",)
    assert person.birth_dates == ("1968-11-04",) and person.countries == ("ru",)
    assert person.identifiers == ("7100012345",)
    assert _props(load, "eu-fsf-700101")["weakAlias"] == ["The Teacher"]
    org = _entries(load)["eu-fsf-700102"]
    assert org.schema == "Organization" and org.address_countries == ("cy",)  # "00" unknown
    assert _props(load, "eu-fsf-700102")["unscId"] == ["QDe.999"]
    assert _bad(load) == [
        (21, "logicalId", "sanctionEntity without logicalId"),
        (25, "nameAlias", "sanctionEntity without a name"),
    ]


def test_uk_sanctions_list_xml() -> None:
    load = load_watchlist(LISTS / "uk_sanctions.xml", "uk-xml")
    assert load.source == "watchlist:uk-sanctions" and load.list_version == "2025-05-05"
    person = _entries(load)["uk-sanctions-RUS9901"]
    assert person.names == ("Dmitri Pavlovich KORVALEV", "Dmitry KORVALYOV", "Дмитрий Корвалёв")
    # "dd/mm/1961" is a year; the other date is day first.
    assert person.birth_dates == ("1961", "1962-07-02")
    assert person.countries == ("ru",) and person.identifiers == ("P7700001",)
    assert person.programs == ("The Russia (Sanctions) (EU Exit) Regulations 2019",)
    assert _props(load, "uk-sanctions-RUS9901")["createdAt"] == ["2022-03-15"]
    entity = _entries(load)["uk-sanctions-RUS9902"]
    assert entity.schema == "Organization"
    assert entity.names == ("Taiga Northern Freight JSC", "TNF JSC")
    assert entity.identifiers == ("1027700000001",)
    assert _bad(load) == [
        (38, "IndividualEntityShip", "unknown designation type 'spaceship'"),
        (43, "UniqueID", "designation without UniqueID"),
    ]


def test_uk_ofsi_consolidated_csv() -> None:
    load = load_watchlist(LISTS / "ofsi_conlist.csv", "uk-csv")
    assert load.source == "watchlist:uk-ofsi" and load.list_version == "2025-01-28"
    # Two rows of group 80001 (primary name and an alias) are one entry.
    person = _entries(load)["uk-ofsi-80001"]
    assert person.schema == "Person"
    assert person.names == ("Vittorio ORLANDINI", "Vito ORLANDINI")
    assert person.birth_dates == ("1966-02-14",) and person.countries == ("it",)
    assert person.identifiers == ("YA0011223",) and person.programs == ("Russia",)
    assert _props(load, "uk-ofsi-80001")["passportNumber"] == ["YA0011223"]
    assert _entries(load)["uk-ofsi-80002"].schema == "Organization"
    assert _bad(load) == [
        (6, "Name 6", "Name 6 is empty"),
        (7, "DOB", "not a date: 'sometime'"),
    ]


def test_trade_gov_csl_csv() -> None:
    load = load_watchlist(LISTS / "csl.csv", "csl-csv")
    assert load.source == "watchlist:us-csl"
    person = _entries(load)["us-csl-a1b2c3"]
    assert person.schema == "Person"
    assert person.names == ("QUILLER, Anselmo", "QUILLER RUIZ, Anselmo", "EL CUERVO")
    assert person.programs == ("SDNTK", "TCO")
    assert person.birth_dates == ("1975-06-01", "1976")
    assert person.countries == ("mx",)
    assert person.identifiers == ("QURA750601", "G1234567")
    assert _props(load, "us-csl-a1b2c3")["passportNumber"] == ["G1234567"]
    # No id and no entity number: the id is the source list and a hash of the entry.
    [other] = [e for e in load.entries if e.entry_id != "us-csl-a1b2c3"]
    assert other.entry_id.startswith("us-csl-el-") and other.names[1] == "Brightfield Optics"
    assert _props(load, other.entry_id)["createdAt"] == ["2019-05-21"]
    assert _bad(load) == [
        (4, "name", "name is empty"),
        (5, "dates_of_birth", "not a date: 'sometime in spring'"),
    ]


def test_trade_gov_csl_json() -> None:
    load = load_watchlist(LISTS / "csl.json", "csl-json")
    csv_load = load_watchlist(LISTS / "csl.csv", "csl-csv")
    person = _entries(load)["us-csl-a1b2c3"]
    assert person.names == _entries(csv_load)["us-csl-a1b2c3"].names
    assert person.identifiers == ("G1234567",) and person.countries == ("mx",)
    assert _props(load, "us-csl-a1b2c3")["address"] == ["Calle Falsa 123, Ciudad Ejemplo, MX"]
    assert _bad(load) == [
        (None, "results[2].name", "name is empty"),
        (None, "results[3]", "not an object"),
    ]


def test_csl_without_a_name_column_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "csl.csv"
    path.write_text("source,entity_number,title\nX,1,y\n")
    with pytest.raises(InputError, match=r"csl.csv, line 1: missing column\(s\) name"):
        load_watchlist(path, "csl-csv")


def test_opensanctions_targets_simple_csv() -> None:
    load = load_watchlist(LISTS / "targets.simple.csv", "os-simple")
    # Named after the file's one dataset.
    assert load.source == "watchlist:example-sanctions-list"
    person = _entries(load)["NK-fict01"]
    assert person.names == ("Mirela Dravenko", "Mirela Dravenco", "Мирела Дравенко")
    assert person.countries == ("ru", "ua") and person.birth_dates == ("1980-02-14",)
    assert person.programs == ("EX-PROG",) and person.identifiers == ("PP-0011223",)
    [record] = [r for r in load.records if r.external_id == "NK-fict01"]
    assert record.payload["datasets"] == ["Example Sanctions List"]
    # last_seen moves with every export: not kept, so unchanged entries stay unchanged.
    assert "2025-05-05" not in str(record.payload)
    assert _entries(load)["NK-fict02"].schema == "Company"
    assert _bad(load) == [
        (4, "schema", "unknown FtM schema 'Starship'"),
        (5, "name", "name is empty"),
    ]


def test_opensanctions_named_by_the_caller() -> None:
    load = load_watchlist(LISTS / "targets.simple.csv", "os-simple", source="watchlist:os-test")
    assert load.source == "watchlist:os-test"
    assert {q.source for q in load.quarantined} == {"watchlist:os-test"}


def test_ftm_list_is_named_by_its_dataset() -> None:
    load = load_watchlist(FIXTURES / "entities.ftm.jsonl", "ftm")
    assert load.source == "watchlist:ex_sanctions"
    assert {q.source for q in load.quarantined} == {"watchlist:ex_sanctions"}
    assert load.records[0].payload["datasets"] == ["ex_sanctions"]


def test_ftm_of_several_datasets_needs_a_name(tmp_path: Path) -> None:
    path = tmp_path / "mixed.ftm.json"
    path.write_text(
        '{"id": "a", "schema": "Person", "properties": {"name": ["A"]}, "datasets": ["x"]}\n'
        '{"id": "b", "schema": "Person", "properties": {"name": ["B"]}, "datasets": ["y"]}\n'
    )
    with pytest.raises(InputError, match=r"several datasets \(x, y\): pass --name"):
        load_watchlist(path, "ftm")
    assert load_watchlist(path, "ftm", source="watchlist:mine").source == "watchlist:mine"
    path.write_text('{"id": "a", "schema": "Person", "properties": {"name": ["A"]}}\n')
    with pytest.raises(InputError, match="name no dataset: pass --name"):
        load_watchlist(path, "ftm")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (LISTS / "ofac_sdn.xml", "ofac-xml"),
        (LISTS / "eu_fsf.xml", "eu-xml"),
        (LISTS / "uk_sanctions.xml", "uk-xml"),
        (LISTS / "ofsi_conlist.csv", "uk-csv"),
        (LISTS / "csl.csv", "csl-csv"),
        (LISTS / "csl.json", "csl-json"),
        (LISTS / "targets.simple.csv", "os-simple"),
        (FIXTURES / "entities.ftm.jsonl", "ftm"),
        (FIXTURES / "un.xml", "un-xml"),
        (FIXTURES / "internal.csv", "csv"),
        (FIXTURES / "ofac", "ofac-csv"),
        (FIXTURES / "ofac" / "sdn.csv", "ofac-csv"),
    ],
)
def test_format_is_told_from_the_content(path: Path, expected: str) -> None:
    assert detect_format(path) == expected


def test_unknown_content_is_refused_naming_the_formats(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text("just some words\nand more\n")
    with pytest.raises(InputError, match=r"cannot tell the list format.*pass --format"):
        detect_format(path)
    other = tmp_path / "other.xml"
    other.write_text("<?xml version='1.0'?><!-- c --><catalog/>")
    with pytest.raises(InputError, match="cannot tell"):
        load_watchlist(other, None)
