"""OFAC lists as published by the Sanctions List Service in XML (``SDN.XML``,
``CONS_PRIM.XML``: ``<sdnList>`` with one ``<sdnEntry>`` per entry).

Each entry carries its ``uid`` (the same number as the legacy CSV's ``ent_num``, so both
formats give the same entry ids), the name in ``firstName``/``lastName``, the type, the
programmes, aliases (``strong`` or ``weak``), addresses, identity documents, dates and
places of birth, nationalities, citizenships and vessel details. The list date is the
``Publish_Date`` (``MM/DD/YYYY``) unless ``list_date`` is given.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from knowable.errors import InputError
from knowable.sources import listxml as x
from knowable.sources.listprops import add, countries, loose_date, month_first
from knowable.sources.watchlist import (
    ADDRESS_COUNTRY,
    WatchlistLoad,
    build_load,
    list_version_of,
)

LIST_NAME = "ofac-sdn"
_TYPES = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane"}


def _name(element: Any) -> str:
    return " ".join(p for p in (x.text(element, "firstName"), x.text(element, "lastName")) if p)


def _entity(element: Any, prefix: str) -> dict[str, Any] | tuple[str, str]:
    uid = x.text(element, "uid")
    if not uid:
        return ("uid", "entry without uid")
    if not x.text(element, "lastName"):
        return ("lastName", "entry without a name (lastName is empty)")
    schema = _TYPES.get(x.text(element, "sdnType").lower(), "Organization")
    props: dict[str, list[str]] = {"name": [_name(element)], "topics": ["sanction"]}
    add(props, "program", x.texts(element, "program"))
    add(props, "position", [x.text(element, "title")])
    for aka in x.descendants(element, "aka"):
        weak = x.text(aka, "category").lower() == "weak"
        add(props, "weakAlias" if weak else "alias", [_name(aka)])
    for address in x.descendants(element, "address"):
        parts = [
            x.text(address, tag)
            for tag in ("address1", "address2", "address3", "city", "stateOrProvince")
        ]
        parts += [x.text(address, "postalCode"), x.text(address, "country")]
        add(props, "address", [", ".join(p for p in parts if p)])
        add(props, ADDRESS_COUNTRY, countries([x.text(address, "country")]))
    for ident in x.descendants(element, "id"):
        number, kind = x.text(ident, "idNumber"), x.text(ident, "idType").lower()
        if not number:
            continue
        if kind.startswith("passport"):
            add(props, "passportNumber", [number])
        elif "imo" in kind or number.upper().startswith("IMO"):
            add(props, "imoNumber", [number])
        elif kind.startswith("swift"):
            add(props, "swiftBic", [number])
        else:
            add(props, "idNumber", [number])
    for dob in x.texts(element, "dateOfBirth"):
        if (iso := loose_date(dob)) is not None:
            add(props, "birthDate", [iso])
    add(props, "birthPlace", x.texts(element, "placeOfBirth"))
    for tag, prop in (("nationality", "nationality"), ("citizenship", "citizenship")):
        add(props, prop, countries(x.text(n, "country") for n in x.descendants(element, tag)))
    vessel = x.child(element, "vesselInfo")
    if vessel is not None:
        add(props, "callSign", [x.text(vessel, "callSign")])
        add(props, "type", [x.text(vessel, "vesselType")])
        add(props, "flag", countries([x.text(vessel, "vesselFlag")]))
        add(props, "owner", [x.text(vessel, "vesselOwner")])
    add(props, "notes", [x.text(element, "remarks")])
    return {"id": f"{prefix}-{uid}", "schema": schema, "properties": props}


def published(root: Any) -> datetime | None:
    """The list's Publish_Date, when it states one."""
    info = x.child(root, "publshInformation")
    if info is None:
        info = x.child(root, "publishInformation")
    day = month_first(x.text(info, "Publish_Date")) if info is not None else None
    return datetime.fromisoformat(day).replace(tzinfo=UTC) if day else None


def parse_ofac_xml(
    path: Path, list_date: datetime | None = None, source: str | None = None
) -> WatchlistLoad:
    """Parse an OFAC ``<sdnList>`` XML file; bad entries are quarantined."""
    root = x.parse(path)
    if x.local(root) != "sdnList":
        raise InputError(f"expected <sdnList>, found <{x.local(root)}>", file=str(path))
    source = source or f"watchlist:{LIST_NAME}"
    when = list_date or published(root)
    entities, bad = x.read_entries(root, "sdnEntry", _entity, source, path)
    return build_load(source, entities, list_version_of(when), when, str(path), bad)
