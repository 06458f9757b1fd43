"""Shared reading of XML lists: a safe parse and namespace-blind element access.

Lists publish their XML with or without a namespace (OFAC's has changed over the years),
so elements are found by their local name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from lxml import etree

from knowable.errors import InputError
from knowable.model import Quarantined
from knowable.sources.guards import check_input


def parse(path: Path) -> Any:
    """The root element of the XML file at ``path``, parsed without entities or network."""
    try:
        check_input(path)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
        return etree.parse(str(path), parser).getroot()
    except (OSError, etree.XMLSyntaxError) as exc:
        raise InputError(f"not a readable XML file: {exc}", file=str(path)) from exc


def local(element: Any) -> str:
    """An element's tag without its namespace."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def kids(element: Any, name: str) -> Iterator[Any]:
    """Child elements called ``name`` (any namespace)."""
    for child in element:
        if local(child) == name:
            yield child


def child(element: Any, name: str) -> Any | None:
    return next(kids(element, name), None)


def text(element: Any | None, name: str | None = None) -> str:
    """Stripped text of ``element`` (or of its first child ``name``); "" when missing."""
    if element is not None and name is not None:
        element = child(element, name)
    if element is None or element.text is None:
        return ""
    return str(element.text).strip()


def descendants(element: Any, name: str) -> Iterator[Any]:
    """Every element called ``name`` below ``element`` (any namespace)."""
    for item in element.iter():
        if item is not element and local(item) == name:
            yield item


def texts(element: Any, name: str) -> list[str]:
    """Texts of every descendant called ``name``, without empties and repeats."""
    return list(dict.fromkeys(t for e in descendants(element, name) if (t := text(e))))


def raw(element: Any) -> str:
    """The element as XML, cut to 2,000 characters, for the quarantine."""
    return str(etree.tostring(element, encoding="unicode"))[:2000]


def read_entries(
    root: Any,
    tag: str,
    parse_one: Callable[[Any, str], dict[str, Any] | tuple[str, str]],
    source: str,
    path: Path,
) -> tuple[list[dict[str, Any]], list[Quarantined]]:
    """Parse each ``tag`` child of ``root`` with ``parse_one(element, list prefix)``; an
    element it refuses (a (field, reason) pair) is quarantined with its line and XML."""
    prefix = source.split(":", 1)[-1]
    entities: list[dict[str, Any]] = []
    bad: list[Quarantined] = []
    for element in kids(root, tag):
        parsed = parse_one(element, prefix)
        if isinstance(parsed, tuple):
            field, reason = parsed
            bad.append(
                Quarantined(source, str(path), element.sourceline, field, reason, raw(element))
            )
        else:
            entities.append(parsed)
    return entities, bad
