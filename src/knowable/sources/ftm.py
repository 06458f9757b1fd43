"""FollowTheMoney entities as JSON lines (the OpenSanctions export format).

One entity per line: ``{"id": ..., "schema": ..., "properties": {prop: [values]}}``.
Persons, companies, organisations, vessels and aircraft become list entries; the other
entities of the file (Sanction, Address, Ownership...) are stored as records too, so
nothing is lost, but are not matched on.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from followthemoney import model

from knowable.model import Quarantined
from knowable.sources import guards
from knowable.sources.jsonlines import read_lines
from knowable.sources.watchlist import WatchlistLoad, build_load, list_version_of

SOURCE = "watchlist:ftm"


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


def parse_ftm(
    path: Path,
    list_date: datetime | None = None,
    source: str = SOURCE,
    limits: guards.Limits = guards.DEFAULT_LIMITS,
) -> WatchlistLoad:
    """Parse FtM JSON lines at ``path`` (streamed, each line capped at ``limits.row``);
    bad lines are quarantined with the reason."""
    bad: list[Quarantined] = []
    entities: list[dict[str, Any]] = []
    for item in read_lines(path, source, limits):
        if isinstance(item, Quarantined):
            bad.append(item)
            continue
        number, line = item
        try:
            entity = guards.loads(line)
        except guards.NestingTooDeepError as exc:
            bad.append(Quarantined(source, str(path), number, None, exc.reason, line[:2000]))
            continue
        except json.JSONDecodeError as exc:
            bad.append(Quarantined(source, str(path), number, None, f"not JSON: {exc.msg}", line))
            continue
        problem = _check(entity)
        if problem is not None:
            bad.append(Quarantined(source, str(path), number, problem[0] or None, problem[1], line))
            continue
        entities.append(
            {
                "id": str(entity["id"]),
                "schema": entity["schema"],
                "properties": entity.get("properties", {}),
            }
        )
    return build_load(source, entities, list_version_of(list_date), list_date, str(path), bad)
