"""UN Security Council consolidated list (XML).

``<INDIVIDUAL>`` and ``<ENTITY>`` elements carry the name in up to four parts
(FIRST_NAME ... FOURTH_NAME), aliases, the name in its original script, nationality,
dates of birth (exact, a year, or a range of years), identity documents and addresses.
The list date is the root's ``dateGenerated`` unless ``list_date`` is given.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from lxml import etree

from knowable.errors import InputError
from knowable.model import Quarantined
from knowable.sources.guards import check_input
from knowable.sources.watchlist import (
    ADDRESS_COUNTRY,
    WatchlistLoad,
    build_load,
    country_code,
    list_version_of,
)
from knowable.timeutil import parse_when

SOURCE = "watchlist:un-sc"
_NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")


def _text(element: Any, tag: str) -> str:
    found = element.find(tag)
    return (found.text or "").strip() if found is not None and found.text else ""


def _values(element: Any, path: str) -> list[str]:
    return [v.text.strip() for v in element.findall(path) if v.text and v.text.strip()]


def _birth_dates(element: Any) -> list[str]:
    dates: list[str] = []
    for dob in element.findall("INDIVIDUAL_DATE_OF_BIRTH"):
        if exact := _text(dob, "DATE"):
            dates.append(exact[:10])
        elif year := _text(dob, "YEAR"):
            dates.append(year)
        else:
            start, end = _text(dob, "FROM_YEAR"), _text(dob, "TO_YEAR")
            if start.isdigit() and end.isdigit() and int(end) - int(start) <= 10:
                dates.extend(str(y) for y in range(int(start), int(end) + 1))
    return dates


def _entity(element: Any, schema: str, prefix: str) -> dict[str, Any] | tuple[str, str]:
    data_id = _text(element, "DATAID")
    if not data_id:
        return ("DATAID", "entry without DATAID")
    name = " ".join(p for tag in _NAME_PARTS if (p := _text(element, tag)))
    if not name:
        return ("FIRST_NAME", "entry without a name")
    properties: dict[str, list[str]] = {"name": [name], "topics": ["sanction"]}
    aliases = _values(element, f"{prefix}_ALIAS/ALIAS_NAME")
    if original := _text(element, "NAME_ORIGINAL_SCRIPT"):
        aliases.append(original)
    if aliases:
        properties["alias"] = list(dict.fromkeys(aliases))
    if program := _text(element, "UN_LIST_TYPE"):
        properties["program"] = [program]
    if ref := _text(element, "REFERENCE_NUMBER"):
        properties["unscId"] = [ref]
    countries = [
        code for value in _values(element, "NATIONALITY/VALUE") if (code := country_code(value))
    ]
    if countries:
        properties["nationality"] = list(dict.fromkeys(countries))
    addresses = [
        code
        for value in _values(element, f"{prefix}_ADDRESS/COUNTRY")
        if (code := country_code(value))
    ]
    if addresses:
        properties[ADDRESS_COUNTRY] = list(dict.fromkeys(addresses))
    if dates := _birth_dates(element):
        properties["birthDate"] = dates
    documents = _values(element, f"{prefix}_DOCUMENT/NUMBER")
    if documents:
        properties["idNumber"] = documents
    if notes := _text(element, "COMMENTS1"):
        properties["notes"] = [notes]
    if listed := _text(element, "LISTED_ON"):
        properties["createdAt"] = [listed]
    return {"id": f"un-sc-{data_id}", "schema": schema, "properties": properties}


def parse_un(path: Path, list_date: datetime | None = None, source: str = SOURCE) -> WatchlistLoad:
    """Parse the UN SC consolidated list XML file at ``path``."""
    try:
        check_input(path)
        tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    except (OSError, etree.XMLSyntaxError) as exc:
        raise InputError(f"not a readable XML file: {exc}", file=str(path)) from exc
    root = tree.getroot()
    if root.tag != "CONSOLIDATED_LIST":
        raise InputError(f"expected <CONSOLIDATED_LIST>, found <{root.tag}>", file=str(path))
    when = list_date or parse_when(str(root.get("dateGenerated", "")))
    bad: list[Quarantined] = []
    entities: list[dict[str, Any]] = []
    for tag, schema, prefix in (
        ("INDIVIDUALS/INDIVIDUAL", "Person", "INDIVIDUAL"),
        ("ENTITIES/ENTITY", "Organization", "ENTITY"),
    ):
        for element in root.findall(tag):
            parsed = _entity(element, schema, prefix)
            if isinstance(parsed, tuple):
                raw = etree.tostring(element, encoding="unicode")[:2000]
                bad.append(
                    Quarantined(source, str(path), element.sourceline, parsed[0], parsed[1], raw)
                )
            else:
                entities.append(parsed)
    return build_load(source, entities, list_version_of(when), when, str(path), bad)


def parse_un_list(
    path: Path, list_date: datetime | None = None, source: str | None = None
) -> WatchlistLoad:
    """:func:`parse_un` with the format registry's signature (None: ``un-sc``)."""
    return parse_un(path, list_date, source or SOURCE)
