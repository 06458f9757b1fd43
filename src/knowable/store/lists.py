"""Named watchlists in the store: their versions and the delta of each version.

A list (``ofac-sdn``, ``un-sc``, ``eu-fsf``...) is a series of versions. Each stored
version names its content hash (so an unchanged download stores nothing), where it came
from, the HTTP validators of its download, and its delta against the version before it
by list date: the entries it added, removed and changed (same entry id, different
content; the properties that changed are kept). A monitor asks
:func:`changes_since` which entries changed after a version it has seen, which reads
only the delta rows of the later versions (one indexed query), never the entries.

The entries themselves are the list's records (``kind = watchlist_entry``, ``source =
watchlist:NAME``, ``payload.list_version = label``), as screening reads them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, and_, select

from knowable.hashing import content_hash
from knowable.store import audit
from knowable.store import schema as t
from knowable.store.rowhash import digest, row_hash, row_ref, seal
from knowable.timeutil import as_utc

Change = Literal["added", "removed", "changed"]
ENTRY_KIND = "watchlist_entry"


@dataclass(frozen=True, slots=True)
class ListVersion:
    """One stored version of a named list."""

    id: int
    list_name: str
    source: str
    label: str
    list_date: datetime | None
    format: str
    origin: str
    content_hash: str
    etag: str | None
    last_modified: str | None
    batch_id: int
    previous_id: int | None
    backfill: bool
    entries: int
    added: int
    removed: int
    changed: int
    loaded_at: datetime


@dataclass(frozen=True, slots=True)
class EntryChange:
    """One entry a version added, removed or changed. ``record_id`` is the entry as that
    version holds it (None when removed), ``previous_record_id`` as the version before
    held it (None when added); ``fields`` names the properties that differ."""

    entry_id: str
    change: Change
    record_id: str | None
    previous_record_id: str | None
    fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ListChanges:
    """What changed in a list after a version: the net effect of every later version.

    ``added``: entries the list holds now and did not hold then; ``removed``: held then,
    not now; ``changed``: held then and now, with other content (an entry that changed and
    changed back still counts). ``earlier``: entries touched by older versions loaded
    afterwards (backfills): they move knowable-since dates or de-listings in the past, so
    a monitor re-screens them too. ``versions`` are the ids read, oldest first.
    """

    list_name: str
    since_version: int | None
    versions: tuple[int, ...]
    added: tuple[EntryChange, ...] = ()
    removed: tuple[EntryChange, ...] = ()
    changed: tuple[EntryChange, ...] = ()
    earlier: tuple[EntryChange, ...] = ()

    def entry_ids(self) -> set[str]:
        """Every entry id a re-screening has to look at."""
        return {
            c.entry_id
            for group in (self.added, self.removed, self.changed, self.earlier)
            for c in group
        }


def _version(row: Any) -> ListVersion:
    m = row._mapping
    return ListVersion(
        id=int(m["id"]),
        list_name=m["list_name"],
        source=m["source"],
        label=m["label"],
        list_date=as_utc(m["list_date"]) if m["list_date"] is not None else None,
        format=m["format"],
        origin=m["origin"],
        content_hash=m["content_hash"],
        etag=m["etag"],
        last_modified=m["last_modified"],
        batch_id=int(m["batch_id"]),
        previous_id=m["previous_id"],
        backfill=bool(m["backfill"]),
        entries=int(m["entries"]),
        added=int(m["added"]),
        removed=int(m["removed"]),
        changed=int(m["changed"]),
        loaded_at=as_utc(m["loaded_at"]),
    )


def versions(conn: Connection, list_name: str | None = None) -> list[ListVersion]:
    """Stored versions, by list name and then load order."""
    v = t.list_versions.c
    query = select(t.list_versions).order_by(v.list_name, v.id)
    if list_name is not None:
        query = query.where(v.list_name == list_name)
    return [_version(r) for r in conn.execute(query)]


def version(conn: Connection, version_id: int) -> ListVersion | None:
    row = conn.execute(
        select(t.list_versions).where(t.list_versions.c.id == version_id)
    ).one_or_none()
    return _version(row) if row is not None else None


_UNDATED = datetime.min.replace(tzinfo=UTC)


def _by_date(item: ListVersion) -> tuple[datetime, int]:
    """Order of versions in time: list date (undated first), then load order."""
    return (item.list_date or _UNDATED, item.id)


def current(items: Iterable[ListVersion]) -> ListVersion | None:
    """The version in force: the newest list date (the latest load among equals)."""
    return max(items, key=_by_date, default=None)


def predecessor(items: Iterable[ListVersion], list_date: datetime) -> ListVersion | None:
    """The version a new one dated ``list_date`` follows: the newest dated on or before it."""
    when = as_utc(list_date)
    earlier = [v for v in items if v.list_date is not None and v.list_date <= when]
    return current(earlier)


def body(payload: Mapping[str, Any]) -> dict[str, Any]:
    """What an entry says, apart from its id and the version that holds it."""
    return {k: v for k, v in payload.items() if k not in ("id", "list_version")}


@dataclass(frozen=True, slots=True)
class EntryState:
    """An entry as one version holds it: its record and its content."""

    record_id: str
    body: Mapping[str, Any]

    @property
    def hash(self) -> str:
        return content_hash(dict(self.body))


def version_entries(conn: Connection, item: ListVersion) -> dict[str, EntryState]:
    """The entries of a stored version, by entry id (read from the list's records)."""
    r = t.records.c
    query = select(r.id, r.external_id, r.payload).where(
        r.source == item.source,
        r.kind == ENTRY_KIND,
        r.payload["list_version"].as_string() == item.label,
    )
    out: dict[str, EntryState] = {}
    for row in conn.execution_options(yield_per=2000).execute(query):
        payload = dict(row.payload)
        out[str(row.external_id)] = EntryState(row.id, body(payload))
    return out


def _changed_fields(old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[str, ...]:
    fields: set[str] = set()
    for key in set(old) | set(new):
        if key == "properties":
            a, b = old.get(key) or {}, new.get(key) or {}
            for prop in set(a) | set(b):
                if sorted(map(str, a.get(prop) or [])) != sorted(map(str, b.get(prop) or [])):
                    fields.add(prop)
        elif content_hash(old.get(key)) != content_hash(new.get(key)):
            fields.add(key)
    return tuple(sorted(fields))


def diff(old: Mapping[str, EntryState], new: Mapping[str, EntryState]) -> list[EntryChange]:
    """The entries added, removed and changed from ``old`` to ``new`` (by entry id)."""
    out: list[EntryChange] = []
    for entry_id in sorted(set(old) | set(new)):
        before, after = old.get(entry_id), new.get(entry_id)
        if before is None and after is not None:
            out.append(EntryChange(entry_id, "added", after.record_id, None))
        elif after is None and before is not None:
            out.append(EntryChange(entry_id, "removed", None, before.record_id))
        elif before is not None and after is not None and before.hash != after.hash:
            fields = _changed_fields(before.body, after.body)
            out.append(EntryChange(entry_id, "changed", after.record_id, before.record_id, fields))
    return out


def write_version(
    conn: Connection,
    values: Mapping[str, Any],
    changes: Iterable[EntryChange],
    actor: str,
) -> ListVersion:
    """Store a version row and its delta rows, with their row hashes and an audit event
    (``list_update``) naming the version row and a digest over the delta rows."""
    items = list(changes)
    counts = {kind: sum(1 for c in items if c.change == kind) for kind in ("added", "removed")}
    row = {
        **values,
        "added": counts["added"],
        "removed": counts["removed"],
        "changed": sum(1 for c in items if c.change == "changed"),
        "row_hash": "",
    }
    version_id = int(conn.execute(t.list_versions.insert().values(**row)).inserted_primary_key[0])  # type: ignore[index]
    version_hash = seal(conn, "list_versions", version_id)
    rows = []
    for change in items:
        item = {
            "version_id": version_id,
            "list_name": values["list_name"],
            "entry_id": change.entry_id,
            "change": change.change,
            "record_id": change.record_id,
            "previous_record_id": change.previous_record_id,
            "fields": list(change.fields),
        }
        item["row_hash"] = row_hash("list_changes", item)
        rows.append(item)
    for start in range(0, len(rows), 1000):
        conn.execute(t.list_changes.insert(), rows[start : start + 1000])
    stored = version(conn, version_id)
    assert stored is not None
    audit.append(
        conn,
        actor,
        "list_update",
        "list_version",
        str(version_id),
        {
            "list": stored.list_name,
            "label": stored.label,
            "content_hash": stored.content_hash,
            "batch_id": stored.batch_id,
            "entries": stored.entries,
            "added": stored.added,
            "removed": stored.removed,
            "changed": stored.changed,
            "changes_digest": digest(r["row_hash"] for r in rows),
            audit.ROWS_KEY: {row_ref("list_versions", version_id): version_hash},
        },
    )
    return stored


def _row_change(row: Any) -> EntryChange:
    return EntryChange(
        row.entry_id, row.change, row.record_id, row.previous_record_id, tuple(row.fields or ())
    )


def version_changes(conn: Connection, version_id: int) -> list[EntryChange]:
    """The delta of one version, by entry id."""
    c = t.list_changes.c
    query = select(t.list_changes).where(c.version_id == version_id).order_by(c.entry_id)
    return [_row_change(r) for r in conn.execute(query)]


def changes_since(conn: Connection, list_name: str, version_id: int | None) -> ListChanges:
    """The net change of ``list_name`` over the versions loaded after ``version_id``
    (None: since nothing, i.e. every version). See :class:`ListChanges`."""
    v, c = t.list_versions.c, t.list_changes.c
    conds = [v.list_name == list_name]
    if version_id is not None:
        conds.append(v.id > version_id)
    later = {
        int(r.id): bool(r.backfill)
        for r in conn.execute(select(v.id, v.backfill).where(and_(*conds)).order_by(v.id))
    }
    if not later:
        return ListChanges(list_name, version_id, ())
    query = (
        select(t.list_changes)
        .where(c.list_name == list_name, c.version_id.in_(sorted(later)))
        .order_by(c.version_id, c.id)
    )
    chains: dict[str, list[EntryChange]] = {}
    earlier: dict[str, EntryChange] = {}
    for row in conn.execute(query):
        change = _row_change(row)
        if later[int(row.version_id)]:
            earlier[change.entry_id] = change
        else:
            chains.setdefault(change.entry_id, []).append(change)
    added, removed, changed = [], [], []
    for entry_id, chain in sorted(chains.items()):
        first, last = chain[0], chain[-1]
        held_then, held_now = first.change != "added", last.change != "removed"
        if held_then and held_now:
            fields = tuple(sorted({f for c in chain for f in c.fields}))
            changed.append(
                EntryChange(entry_id, "changed", last.record_id, first.previous_record_id, fields)
            )
        elif held_now:
            added.append(EntryChange(entry_id, "added", last.record_id, None))
        elif held_then:
            removed.append(EntryChange(entry_id, "removed", None, first.previous_record_id))
    return ListChanges(
        list_name,
        version_id,
        tuple(later),
        tuple(added),
        tuple(removed),
        tuple(changed),
        tuple(earlier[k] for k in sorted(earlier)),
    )
