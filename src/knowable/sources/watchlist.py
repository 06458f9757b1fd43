"""What every watchlist parser produces: Records to store and entries to match.

Each parser turns one list file (or file set) into FtM-like entity dicts, one per list
entry; :func:`build_load` turns those into :class:`~knowable.model.Record` objects (the
exact entry, stored) and :class:`WatchlistEntry` objects (the view the matcher uses).
The list version is the list's date (``--list-date`` or the date the file states); it
is part of the payload so that each list load is kept and screening can be asked "as of"
a list version.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from followthemoney.types import registry

from knowable.hashing import content_hash
from knowable.model import Quarantined, Record
from knowable.names.score import Party

KIND = "watchlist_entry"

#: FtM schemata a list entry can have and be matched on.
PARTY_SCHEMATA = frozenset(
    {"Person", "Organization", "Company", "LegalEntity", "PublicBody", "Vessel", "Airplane"}
)


@lru_cache(maxsize=4096)
def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-2 code (lower case, as FtM writes it) of a country name or code."""
    value = text.strip()
    if not value:
        return None
    code = registry.country.clean(value)
    return str(code) if code else None


def list_version_of(list_date: datetime | None) -> str | None:
    """The version name of a list dated ``list_date``: its day (None when undated)."""
    return list_date.date().isoformat() if list_date else None


def props(entity: Mapping[str, Any], name: str) -> tuple[str, ...]:
    """Values of one FtM property as strings (missing property: empty)."""
    values = entity.get("properties", {}).get(name, [])
    if isinstance(values, str):
        values = [values]
    return tuple(str(v) for v in values if str(v).strip())


@dataclass(frozen=True)
class WatchlistEntry:
    """One list entry as the matcher sees it (FtM view), tied to its stored record."""

    source: str
    entry_id: str
    schema: str
    names: tuple[str, ...]
    list_version: str | None
    record_id: str
    countries: tuple[str, ...] = ()
    birth_dates: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()
    programs: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    available_at: datetime | None = None
    content: str = field(default="", compare=False)
    address_countries: tuple[str, ...] = ()

    @property
    def caption(self) -> str:
        return self.names[0] if self.names else self.entry_id

    def party(self) -> Party:
        """The matcher's view of this entry."""
        return Party(
            self.schema,
            self.names,
            self.countries,
            self.birth_dates,
            self.identifiers,
            self.address_countries,
        )


#: FtM properties read as identifiers (a shared one decides a match).
IDENTIFIER_PROPS = (
    "idNumber",
    "passportNumber",
    "registrationNumber",
    "taxNumber",
    "imoNumber",
    "innCode",
    "ogrnCode",
    "leiCode",
    "swiftBic",
)
#: FtM properties read as countries (nationality, residence, jurisdiction, flag).
COUNTRY_PROPS = ("country", "nationality", "citizenship", "jurisdiction", "flag")
#: Countries known only from an entry's addresses. Not an FtM property: the OFAC and UN
#: parsers write it, because an organisation's addresses may be its branches abroad
#: (see :func:`knowable.names.score.country_conflict`).
ADDRESS_COUNTRY = "addressCountry"


_Strings = tuple[str, ...]


def _codes(entity: Mapping[str, Any], names: Iterable[str]) -> set[str]:
    values = (value for prop in names for value in props(entity, prop))
    return {code for value in values if (code := country_code(value))}


def _view(
    entity: Mapping[str, Any],
) -> tuple[str, _Strings, _Strings, _Strings, _Strings, _Strings]:
    """Schema, names (every name and alias), countries as ISO codes, birth dates,
    identifiers and address-only countries of an FtM entity dict: what the matcher
    compares."""
    names = props(entity, "name") + props(entity, "alias") + props(entity, "weakAlias")
    countries = _codes(entity, COUNTRY_PROPS)
    addresses = _codes(entity, (ADDRESS_COUNTRY,)) - countries
    return (
        str(entity.get("schema")),
        tuple(dict.fromkeys(names)),
        tuple(sorted(countries)),
        props(entity, "birthDate"),
        tuple(v for prop in IDENTIFIER_PROPS for v in props(entity, prop)),
        tuple(sorted(addresses)),
    )


def party_from_entity(entity: Mapping[str, Any]) -> Party:
    """The matcher's view of an FtM entity dict (list entries and ``tools match-pairs`` alike)."""
    return Party(*_view(entity))


def entry_from_entity(
    entity: Mapping[str, Any], source: str, record: Record, list_version: str | None
) -> WatchlistEntry:
    """Read the matcher's view out of an FtM entity dict."""
    schema, names, countries, birth_dates, identifiers, addresses = _view(entity)
    body = {"schema": entity.get("schema"), "properties": entity.get("properties", {})}
    return WatchlistEntry(
        source=source,
        entry_id=str(entity.get("id")),
        schema=schema,
        names=names,
        list_version=list_version,
        record_id=record.id,
        countries=countries,
        birth_dates=birth_dates,
        identifiers=identifiers,
        programs=props(entity, "program"),
        topics=props(entity, "topics"),
        available_at=record.available_at,
        content=content_hash(body),
        address_countries=addresses,
    )


@dataclass
class WatchlistLoad:
    """Everything one list load produced. Nothing is dropped: bad rows are quarantined."""

    source: str
    list_version: str | None
    available_at: datetime | None
    records: list[Record] = field(default_factory=list)
    entries: list[WatchlistEntry] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)


def build_load(
    source: str,
    entities: Iterable[Mapping[str, Any]],
    list_version: str | None,
    available_at: datetime | None,
    origin: str,
    quarantined: Sequence[Quarantined] = (),
) -> WatchlistLoad:
    """Turn parsed entity dicts into records and entries for one list load."""
    load = WatchlistLoad(source, list_version, available_at, quarantined=list(quarantined))
    for entity in entities:
        record = entry_record(source, entity, list_version, available_at, origin)
        load.records.append(record)
        if entity.get("schema") in PARTY_SCHEMATA:
            load.entries.append(entry_from_entity(entity, source, record, list_version))
    return load


def entry_record(
    source: str,
    entity: Mapping[str, Any],
    list_version: str | None,
    available_at: datetime | None,
    origin: str,
) -> Record:
    """The stored record of one list entry in one list version."""
    payload = {k: v for k, v in entity.items() if k != "list_version"}
    payload["list_version"] = list_version
    return Record(
        source=source,
        kind=KIND,
        payload=payload,
        available_at=available_at,
        external_id=str(entity.get("id")),
        origin=origin,
        text="; ".join(props(entity, "name")),
    )


def is_party_record(record: Record) -> bool:
    """True when the stored list entry is one the matcher screens against."""
    return record.payload.get("schema") in PARTY_SCHEMATA


def record_version(record: Record) -> str | None:
    """The list version a stored list entry was loaded with (None when undated)."""
    version = record.payload.get("list_version")
    return str(version) if version else None


def entry_from_record(record: Record) -> WatchlistEntry | None:
    """Rebuild the matcher's view from a stored record (None for non-party entities)."""
    if not is_party_record(record):
        return None
    return entry_from_entity(record.payload, record.source, record, record_version(record))
