"""The UK Sanctions List (FCDO) in XML: ``<Designations>`` of ``<Designation>`` elements.

A designation has a ``UniqueID`` (e.g. ``RUS0251``), its names (``Name1``..``Name5`` are
given names, ``Name6`` the family or whole name; ``NameType`` "Primary Name" or an
alias), non-Latin names, the regime, whether it is an individual, entity or ship,
addresses, and individual, entity or ship details (dates of birth written
``dd/mm/yyyy`` with ``dd``/``mm`` for unknown parts, nationalities, passports, national
identifiers, registration numbers, IMO numbers, flags). The list date is the root's
``DateGenerated`` (``dd/mm/yyyy``) unless ``list_date`` is given.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from knowable.errors import InputError
from knowable.sources import listxml as x
from knowable.sources.listprops import add, countries, day_first
from knowable.sources.watchlist import (
    ADDRESS_COUNTRY,
    WatchlistLoad,
    build_load,
    list_version_of,
)

LIST_NAME = "uk-sanctions"
_TYPES = {"individual": "Person", "entity": "Organization", "ship": "Vessel"}
_PARTS = ("Name1", "Name2", "Name3", "Name4", "Name5", "Name6")


def _entity(element: Any, prefix: str) -> dict[str, Any] | tuple[str, str]:
    unique = x.text(element, "UniqueID")
    if not unique:
        return ("UniqueID", "designation without UniqueID")
    kind = x.text(element, "IndividualEntityShip").lower()
    if kind not in _TYPES:
        return ("IndividualEntityShip", f"unknown designation type {kind!r}")
    primary: list[str] = []
    aliases: list[str] = []
    for name in x.descendants(element, "Name"):
        whole = " ".join(p for tag in _PARTS if (p := x.text(name, tag)))
        if whole:
            kind_of = x.text(name, "NameType").lower()
            (primary if kind_of == "primary name" else aliases).append(whole)
    if not primary and not aliases:
        return ("Names", "designation without a name")
    names = primary or aliases
    props: dict[str, list[str]] = {"name": [names[0]], "topics": ["sanction"]}
    add(props, "alias", names[1:] + (aliases if primary else []))
    add(props, "alias", x.texts(element, "NameNonLatinScript"))
    add(props, "program", [x.text(element, "RegimeName")])
    add(props, "unscId", [x.text(element, "UNReferenceNumber")])
    for address in x.descendants(element, "Address"):
        parts = [x.text(address, f"AddressLine{i}") for i in range(1, 7)]
        parts += [x.text(address, "AddressPostalCode"), x.text(address, "AddressCountry")]
        add(props, "address", [", ".join(p for p in parts if p)])
        add(props, ADDRESS_COUNTRY, countries([x.text(address, "AddressCountry")]))
    for dob in x.texts(element, "DOB"):
        if (iso := day_first(dob)) is not None:
            add(props, "birthDate", [iso])
    add(props, "nationality", countries(x.texts(element, "Nationality")))
    add(props, "passportNumber", x.texts(element, "PassportNumber"))
    add(props, "idNumber", x.texts(element, "NationalIdentifierNumber"))
    add(props, "registrationNumber", x.texts(element, "BusinessRegistrationNumber"))
    add(props, "imoNumber", x.texts(element, "IMONumber"))
    add(props, "flag", countries(x.texts(element, "CurrentBelievedFlagOfShip")))
    add(props, "position", x.texts(element, "Position"))
    add(props, "notes", [x.text(element, "OtherInformation")])
    if designated := day_first(x.text(element, "DateDesignated")):
        props["createdAt"] = [designated]
    return {"id": f"{prefix}-{unique}", "schema": _TYPES[kind], "properties": props}


def generated(root: Any) -> datetime | None:
    """The list's DateGenerated, when it states one."""
    day = day_first(x.text(root, "DateGenerated"))
    if day is None or len(day) != 10:
        return None
    return datetime.fromisoformat(day).replace(tzinfo=UTC)


def parse_uk_xml(
    path: Path, list_date: datetime | None = None, source: str | None = None
) -> WatchlistLoad:
    """Parse the UK Sanctions List XML; bad designations are quarantined."""
    root = x.parse(path)
    if x.local(root) != "Designations":
        raise InputError(f"expected <Designations>, found <{x.local(root)}>", file=str(path))
    source = source or f"watchlist:{LIST_NAME}"
    when = list_date or generated(root)
    entities, bad = x.read_entries(root, "Designation", _entity, source, path)
    return build_load(source, entities, list_version_of(when), when, str(path), bad)
