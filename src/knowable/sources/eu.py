"""EU consolidated list of persons, groups and entities subject to financial sanctions
(the Financial Sanctions Files XML, ``<export>`` with ``<sanctionEntity>`` elements).

Each entity has a ``logicalId`` (its stable id), its subject type (person, enterprise),
names in ``<nameAlias wholeName=... strong=...>`` (the first is taken as the name; names
marked ``strong="false"`` are weak aliases), the regulation and programme, citizenships,
birth dates, identification documents and addresses, all as attributes. The list date
is the root's ``generationDate`` unless ``list_date`` is given.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from knowable.errors import InputError
from knowable.sources import listxml as x
from knowable.sources.listprops import add, countries
from knowable.sources.watchlist import (
    ADDRESS_COUNTRY,
    WatchlistLoad,
    build_load,
    list_version_of,
)
from knowable.timeutil import parse_when

LIST_NAME = "eu-fsf"
_TYPES = {"person": "Person", "enterprise": "Organization"}


def _country(element: Any) -> list[str]:
    code = (element.get("countryIsoCode") or "").strip()
    if code and code != "00":
        return countries([code])
    return countries([element.get("countryDescription") or ""])


def _whole_name(alias: Any) -> str:
    whole = (alias.get("wholeName") or "").strip()
    if whole:
        return whole
    parts = (alias.get(a) or "" for a in ("firstName", "middleName", "lastName"))
    return " ".join(p.strip() for p in parts if p.strip())


def _entity(element: Any, prefix: str) -> dict[str, Any] | tuple[str, str]:
    logical = (element.get("logicalId") or "").strip()
    if not logical:
        return ("logicalId", "sanctionEntity without logicalId")
    names: list[tuple[str, bool]] = [
        (name, (alias.get("strong") or "true").lower() != "false")
        for alias in x.kids(element, "nameAlias")
        if (name := _whole_name(alias))
    ]
    if not names:
        return ("nameAlias", "sanctionEntity without a name")
    subject = x.child(element, "subjectType")
    code = (subject.get("code") or "").lower() if subject is not None else ""
    schema = _TYPES.get(code, "LegalEntity")
    props: dict[str, list[str]] = {"name": [names[0][0]], "topics": ["sanction"]}
    add(props, "alias", [n for n, strong in names[1:] if strong])
    add(props, "weakAlias", [n for n, strong in names[1:] if not strong])
    for alias in x.kids(element, "nameAlias"):
        add(props, "position", [alias.get("function") or ""])
    for regulation in x.kids(element, "regulation"):
        add(props, "program", [regulation.get("programme") or ""])
    add(props, "euReference", [element.get("euReferenceNumber") or ""])
    add(props, "unscId", [element.get("unitedNationId") or ""])
    for citizenship in x.kids(element, "citizenship"):
        add(props, "nationality", _country(citizenship))
    for birth in x.kids(element, "birthdate"):
        add(props, "birthDate", [birth.get("birthdate") or birth.get("year") or ""])
        add(props, "birthPlace", [birth.get("city") or ""])
    for ident in x.kids(element, "identification"):
        number = (ident.get("number") or "").strip()
        kind = (ident.get("identificationTypeCode") or "").lower()
        add(props, "passportNumber" if kind == "passport" else "idNumber", [number])
    for address in x.kids(element, "address"):
        parts = [address.get(a) or "" for a in ("street", "poBox", "city", "zipCode")]
        parts.append(address.get("countryDescription") or "")
        add(props, "address", [", ".join(p.strip() for p in parts if p.strip())])
        add(props, ADDRESS_COUNTRY, _country(address))
    add(props, "notes", [x.text(r) for r in x.kids(element, "remark")])
    return {"id": f"{prefix}-{logical}", "schema": schema, "properties": props}


def parse_eu_xml(
    path: Path, list_date: datetime | None = None, source: str | None = None
) -> WatchlistLoad:
    """Parse the EU Financial Sanctions Files XML; bad entities are quarantined."""
    root = x.parse(path)
    if x.local(root) != "export":
        raise InputError(f"expected <export>, found <{x.local(root)}>", file=str(path))
    source = source or f"watchlist:{LIST_NAME}"
    when = list_date or parse_when(str(root.get("generationDate") or ""))
    entities, bad = x.read_entries(root, "sanctionEntity", _entity, source, path)
    return build_load(source, entities, list_version_of(when), when, str(path), bad)
