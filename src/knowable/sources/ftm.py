"""FollowTheMoney entities as JSON lines (the OpenSanctions export format).

One entity per line: ``{"id": ..., "schema": ..., "properties": {prop: [values]}}``;
OpenSanctions adds ``datasets`` (the datasets that list the entity), which is kept. The
list is named after the dataset every entity of the file belongs to, or by the caller
(``--name``); a file of several datasets without a name is refused, so that no two lists
ever share one name.
Persons, companies, organisations, vessels and aircraft become list entries; the other
entities of the file (Sanction, Address, Ownership...) are stored as records too, so
nothing is lost, but are not matched on.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from followthemoney import model

from knowable.errors import InputError
from knowable.model import Quarantined
from knowable.sources import guards
from knowable.sources.jsonlines import read_lines
from knowable.sources.watchlist import WatchlistLoad, build_load, list_version_of


def _check(entity: Any) -> tuple[str, str] | None:
    if not isinstance(entity, dict):
        return ("", "line is not a JSON object")
    if not entity.get("id"):
        return ("id", "entity without id")
    schema = entity.get("schema")
    if not isinstance(schema, str) or model.get(schema) is None:
        return ("schema", f"unknown FtM schema {schema!r}")
    properties = entity.get("properties", {})
    if not isinstance(properties, dict):
        return ("properties", "properties is not an object")
    for prop, values in properties.items():
        if not isinstance(values, list):
            return (prop, "property values must be a list")
    return None


def _datasets(entity: dict[str, Any]) -> list[str]:
    values = entity.get("datasets")
    if not isinstance(values, list):
        return []
    return sorted({str(v) for v in values if str(v).strip()})


def dataset_name(path: Path, entities: list[dict[str, Any]]) -> str:
    """The one dataset every entity belongs to, or InputError naming the choice."""
    common: set[str] | None = None
    for entity in entities:
        mine = set(entity.get("datasets", []))
        common = mine if common is None else common & mine
    if common is not None and len(common) == 1:
        return common.pop()
    seen = sorted({d for e in entities for d in e.get("datasets", [])})
    if not seen:
        raise InputError("the entities name no dataset: pass --name for this list", file=str(path))
    shown = ", ".join(seen[:5]) + (", ..." if len(seen) > 5 else "")
    raise InputError(
        f"the entities belong to several datasets ({shown}): pass --name for this list",
        file=str(path),
    )


def parse_ftm(
    path: Path,
    list_date: datetime | None = None,
    source: str | None = None,
    limits: guards.Limits = guards.DEFAULT_LIMITS,
) -> WatchlistLoad:
    """Parse FtM JSON lines at ``path`` (streamed, each line capped at ``limits.row``);
    bad lines are quarantined with the reason."""
    where = source or "watchlist"
    bad: list[Quarantined] = []
    entities: list[dict[str, Any]] = []
    for item in read_lines(path, where, limits):
        if isinstance(item, Quarantined):
            bad.append(item)
            continue
        number, line = item
        try:
            entity = guards.loads(line)
        except guards.NestingTooDeepError as exc:
            bad.append(Quarantined(where, str(path), number, None, exc.reason, line[:2000]))
            continue
        except json.JSONDecodeError as exc:
            bad.append(Quarantined(where, str(path), number, None, f"not JSON: {exc.msg}", line))
            continue
        problem = _check(entity)
        if problem is not None:
            bad.append(Quarantined(where, str(path), number, problem[0] or None, problem[1], line))
            continue
        kept = {
            "id": str(entity["id"]),
            "schema": entity["schema"],
            "properties": entity.get("properties", {}),
        }
        if datasets := _datasets(entity):
            kept["datasets"] = datasets
        entities.append(kept)
    if source is None:
        if not entities:
            source = "watchlist:ftm-unnamed"
        else:
            source = f"watchlist:{dataset_name(path, entities)}"
        bad = [replace(item, source=source) for item in bad]
    return build_load(source, entities, list_version_of(list_date), list_date, str(path), bad)
