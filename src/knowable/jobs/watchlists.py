"""Watchlists against the store: named lists updated from files or URLs (a new version
only when the content changed, with its delta), and screening (the I/O edge of
detect.watchlist)."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from knowable.detect.watchlist.screen import (
    ListIndex,
    ScreeningConfig,
    likely_subjects,
    screen_index,
)
from knowable.errors import InputError, NotFoundError
from knowable.hashing import canonical_json
from knowable.jobs.listfetch import (
    MAX_DOWNLOAD_BYTES,
    TIMEOUT_SECONDS,
    Fetched,
    download,
    download_set,
    is_url,
    local,
)
from knowable.model import Quarantined, Record, Signal
from knowable.sources.formats import detect_format, load_watchlist
from knowable.sources.watchlist import (
    KIND,
    WatchlistLoad,
    entry_from_record,
    entry_record,
    is_party_record,
    list_version_of,
    record_version,
)
from knowable.store import Store, lists
from knowable.store.lists import ListChanges, ListVersion
from knowable.timeutil import as_utc, utcnow

LIST_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,53}$")


def check_list_name(name: str) -> str:
    """A list name as stored: 1-54 lower-case letters, digits, ``.``, ``_`` or ``-``."""
    if not LIST_NAME.fullmatch(name):
        raise InputError(
            f"not a list name: {name!r} (1-54 characters: a-z, 0-9, '.', '_', '-')",
            field="NAME",
        )
    return name


@dataclass(frozen=True)
class ListUpdate:
    """What one ``watchlist update`` did.

    ``status``: ``stored`` (a new version), ``unchanged`` (same bytes as the version in
    force, or the same entries as the version it would follow: nothing stored) or
    ``not-modified`` (the server said so). Counts: ``entries`` is every entity the file
    held that was read (``parties`` of them are screened: persons, organisations,
    vessels...); ``stored + duplicates`` equals ``entries`` less any refused for a NUL
    byte (those are counted in ``quarantined``, with every row of the file that could not
    be read, whether or not an earlier load already quarantined it).
    """

    list_name: str
    status: str
    origin: str
    format: str | None
    content_hash: str
    version: ListVersion | None
    entries: int = 0
    parties: int = 0
    stored: int = 0
    duplicates: int = 0
    quarantined: int = 0
    dated_by: str = ""

    def summary(self) -> dict[str, Any]:
        v = self.version
        return {
            "list": self.list_name,
            "source": f"watchlist:{self.list_name}",
            "status": self.status,
            "version": v.id if v else None,
            "list_version": v.label if v else None,
            "format": self.format,
            "entries": self.entries,
            "parties": self.parties,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "quarantined": self.quarantined,
            "added": v.added if v and self.status == "stored" else 0,
            "removed": v.removed if v and self.status == "stored" else 0,
            "changed": v.changed if v and self.status == "stored" else 0,
            "dated_by": self.dated_by,
            "content_hash": self.content_hash,
        }


def update_watchlist(
    store: Store,
    source: str | Path | Sequence[str],
    name: str | None = None,
    fmt: str | None = None,
    list_date: datetime | None = None,
    actor: str = "cli",
    max_bytes: int = MAX_DOWNLOAD_BYTES,
    timeout: float = TIMEOUT_SECONDS,
) -> ListUpdate:
    """Load a new version of list ``name`` from ``source`` (a path, an http(s) URL, or
    several URLs of one file set, e.g. OFAC's sdn.csv, add.csv and alt.csv) only when it
    changed, with its delta against the version before it.

    The list date is ``list_date``, else the date the list states, else the server's
    Last-Modified, else now. The same bytes as the version in force, or entries equal
    to those of the version the new one would follow, store nothing (an audit event
    ``list_check`` records the check). A load whose every row is quarantined stores the
    quarantine and raises InputError.
    """
    if name is not None:
        check_list_name(name)
    known = _versions(store, name) if name else []
    in_force = lists.current(known)
    with tempfile.TemporaryDirectory(prefix="knowable-list-") as folder:
        if not isinstance(source, (str, Path)):
            fetched = download_set([str(s) for s in source], Path(folder), max_bytes, timeout)
        elif is_url(text := str(source)):
            fetched = download(
                text,
                Path(folder),
                etag=in_force.etag if in_force else None,
                last_modified=in_force.last_modified if in_force else None,
                max_bytes=max_bytes,
                timeout=timeout,
            )
        else:
            fetched = local(Path(source))
        if fetched.not_modified or fetched.path is None:
            return _unchanged(store, name or "", fetched, fmt, in_force, "not-modified", actor)
        if (
            in_force is not None
            and fetched.content_hash == in_force.content_hash
            and not _earlier(list_date, in_force)
        ):
            return _unchanged(store, name or "", fetched, fmt, in_force, "unchanged", actor)
        chosen = fmt or detect_format(fetched.path)
        source_name = f"watchlist:{name}" if name else None
        load = load_watchlist(fetched.path, chosen, list_date, source_name)
        if name is None:
            name = check_list_name(load.source.split(":", 1)[1])
            known = _versions(store, name)
            in_force = lists.current(known)
            if (
                in_force is not None
                and fetched.content_hash == in_force.content_hash
                and not _earlier(list_date, in_force)
            ):
                return _unchanged(store, name, fetched, fmt, in_force, "unchanged", actor)
        return _store_version(store, name, fetched, chosen, load, list_date, known, actor)


def _earlier(list_date: datetime | None, in_force: ListVersion) -> bool:
    """True when ``list_date`` dates a version before the one in force (a backfill)."""
    if list_date is None:
        return False
    return in_force.list_date is None or as_utc(list_date) < in_force.list_date


def _versions(store: Store, name: str) -> list[ListVersion]:
    with store.read() as conn:
        return lists.versions(conn, name)


def _unchanged(
    store: Store,
    name: str,
    fetched: Fetched,
    fmt: str | None,
    in_force: ListVersion | None,
    status: str,
    actor: str,
    entries: int = 0,
    parties: int = 0,
) -> ListUpdate:
    store.append_audit(
        actor,
        "list_check",
        "list",
        name or fetched.origin,
        {
            "status": status,
            "origin": fetched.origin,
            "content_hash": fetched.content_hash,
            "in_force": in_force.id if in_force else None,
        },
    )
    count = entries or (in_force.entries if in_force else 0)
    return ListUpdate(
        name,
        status,
        fetched.origin,
        fmt or (in_force.format if in_force else None),
        fetched.content_hash or (in_force.content_hash if in_force else ""),
        in_force,
        entries=count,
        parties=parties,
        duplicates=count,
    )


def _date(load: WatchlistLoad, given: datetime | None, fetched: Fetched) -> tuple[datetime, str]:
    if given is not None:
        return as_utc(given), "--list-date"
    if load.available_at is not None:
        return as_utc(load.available_at), "the list"
    if (published := fetched.published()) is not None:
        return published, "Last-Modified"
    return utcnow(), "load time"


def _label(when: datetime, known: list[ListVersion]) -> str:
    taken = {v.label for v in known}
    label = when.date().isoformat()
    if label in taken:
        label = utcnow().strftime(f"{label}T%H:%M:%S.%f")
    return label


def _unique(load: WatchlistLoad) -> tuple[list[Record], list[Quarantined]]:
    """The load's records with one per entry id; later repeats are quarantined."""
    seen: set[str] = set()
    kept: list[Record] = []
    repeats: list[Quarantined] = []
    for record in load.records:
        key = str(record.external_id)
        if key in seen:
            raw = canonical_json(dict(record.payload))[:2000]
            repeats.append(
                Quarantined(
                    load.source,
                    record.origin or "",
                    None,
                    "id",
                    f"entry id {key!r} appears more than once (first one kept)",
                    raw,
                )
            )
            continue
        seen.add(key)
        kept.append(record)
    return kept, repeats


def _store_version(
    store: Store,
    name: str,
    fetched: Fetched,
    fmt: str,
    load: WatchlistLoad,
    given: datetime | None,
    known: list[ListVersion],
    actor: str,
) -> ListUpdate:
    origin = fetched.origin
    when, dated_by = _date(load, given, fetched)
    label = _label(when, known)
    if label != load.list_version or load.available_at != when:
        relabelled = [
            entry_record(load.source, r.payload, label, when, origin) for r in load.records
        ]
        load = replace(load, list_version=label, available_at=when, records=relabelled)
    records, repeats = _unique(load)
    quarantined = [*load.quarantined, *repeats]
    if not records:
        _quarantine_only(store, load.source, origin, quarantined, actor)
        if quarantined:
            first = quarantined[0]
            raise InputError(
                f"every row was quarantined ({len(quarantined)}), nothing stored; "
                f"first: {first.message()}",
                file=origin,
            )
        raise InputError("the list holds no entries, nothing stored", file=origin)
    before = lists.predecessor(known, when)
    new = {str(r.external_id): lists.EntryState(r.id, lists.body(r.payload)) for r in records}
    with store.read() as conn:
        old = lists.version_entries(conn, before) if before is not None else {}
    changes = lists.diff(old, new)
    parties = sum(1 for r in records if is_party_record(r))
    if before is not None and not changes:
        return _unchanged(
            store, name, fetched, fmt, before, "unchanged", actor, len(records), parties
        )
    newest = lists.current(known)
    with store.ingest_batch(source=load.source, path=origin, actor=actor) as batch:
        for record in records:
            batch.add_record(record)
        for item in quarantined:
            batch.quarantine(item)
        batch.flush()
        version = lists.write_version(
            batch.conn,
            {
                "list_name": name,
                "source": load.source,
                "label": label,
                "list_date": when,
                "format": fmt,
                "origin": origin,
                "content_hash": fetched.content_hash,
                "etag": fetched.etag,
                "last_modified": fetched.last_modified,
                "batch_id": batch.id,
                "previous_id": before.id if before else None,
                "backfill": newest is not None
                and newest.list_date is not None
                and when < newest.list_date,
                "entries": len(records),
                "loaded_at": batch.now,
            },
            changes,
            actor,
        )
    counts = batch.summary()
    return ListUpdate(
        name,
        "stored",
        origin,
        fmt,
        fetched.content_hash,
        version,
        entries=len(records) + len(repeats),
        parties=parties,
        stored=counts["stored"],
        duplicates=counts["duplicates"] + len(repeats),
        quarantined=counts["quarantined"] + counts["quarantine_repeats"],
        dated_by=dated_by,
    )


def _quarantine_only(
    store: Store, source: str, origin: str, items: list[Quarantined], actor: str
) -> None:
    if not items:
        return
    with store.ingest_batch(source=source, path=origin, actor=actor) as batch:
        for item in items:
            batch.quarantine(item)


def ingest_watchlist(
    store: Store,
    path: Path,
    fmt: str | None,
    list_date: datetime | None = None,
    actor: str = "cli",
    name: str | None = None,
) -> dict[str, Any]:
    """``knowable ingest watchlist``: :func:`update_watchlist` of a file or folder, named
    by ``name`` or the format's default list name; returns its summary."""
    return update_watchlist(store, path, name, fmt, list_date, actor).summary()


def list_versions(store: Store, list_name: str | None = None) -> list[ListVersion]:
    """Stored versions of every list (or of ``list_name``), by list and load order."""
    with store.read() as conn:
        return lists.versions(conn, list_name)


def show_version(
    store: Store, list_name: str, version_id: int | None = None
) -> tuple[ListVersion, list[lists.EntryChange]]:
    """One version of a list (default: the one in force) and its delta."""
    with store.read() as conn:
        known = lists.versions(conn, list_name)
        if not known:
            raise NotFoundError(f"no list named {list_name!r}; see `knowable watchlist list`")
        chosen = lists.current(known) if version_id is None else None
        if version_id is not None:
            chosen = next((v for v in known if v.id == version_id), None)
            if chosen is None:
                ids = ", ".join(str(v.id) for v in known)
                raise NotFoundError(f"list {list_name!r} has no version {version_id} ({ids})")
        assert chosen is not None
        return chosen, lists.version_changes(conn, chosen.id)


def list_heads(store: Store) -> dict[str, int]:
    """The id of the newest loaded version of every list: the mark a monitor keeps to ask
    :func:`list_changes_since` on its next run."""
    heads: dict[str, int] = {}
    for item in list_versions(store):
        heads[item.list_name] = max(heads.get(item.list_name, 0), item.id)
    return heads


def list_changes_since(store: Store, list_name: str, version_id: int | None) -> ListChanges:
    """Which entries of ``list_name`` were added, changed or removed by the versions
    loaded after ``version_id`` (None: since the start). Reads only the stored deltas.
    See :class:`knowable.store.lists.ListChanges`."""
    with store.read() as conn:
        return lists.changes_since(conn, list_name, version_id)


@dataclass(frozen=True)
class WatchlistScreening:
    """What one screening run covered and found: ``entries`` counts listings (an entity
    held by several versions of a list counts once), ``lists`` the versions screened."""

    signals: list[Signal]
    subjects: int
    entries: int
    lists: list[str]
    threshold: float
    signals_new: int = 0


def screen_watchlists(
    store: Store,
    as_of: datetime | None = None,
    threshold: float | None = None,
    decided: frozenset[tuple[str, str]] = frozenset(),
    actor: str = "cli",
    subject_keys: Collection[str] | None = None,
    only: ListDelta | None = None,
) -> WatchlistScreening:
    """Screen every stored subject against every version of each list known at ``as_of``
    (each listing dated by the first version that holds it, ended by the first later one
    that does not); store the signals and record the run, also when nothing was found.

    Delta screening: ``subject_keys`` screens only those subjects; ``only`` screens
    against only the listings a list change touched (every stored version of each, so
    that a listing keeps its first date and a removal ends it).
    """
    subjects = store.subjects(keys=subject_keys)
    config = ScreeningConfig(threshold=threshold, decided_non_matches=decided)
    if only is None:
        prepared, lists = _full_index(store, as_of)
        candidates = subjects
    else:
        entries = [e for r in only.records(store, as_of) if (e := entry_from_record(r))]
        prepared = ListIndex.build(entries, only.known_versions(store, as_of))
        lists = sorted({f"{e.source}@{e.list_version}" for e in entries})
        # A list change touches few listings: block the other way round (listed names
        # against the subjects), then screen only the subjects that could match.
        candidates = likely_subjects(subjects, entries, config)
    signals = screen_index(candidates, prepared, config)
    count = len(prepared.listings)
    params = {
        "lists": lists,
        "threshold": config.cut(),
        "as_of": as_of.isoformat() if as_of else None,
        "subjects": len(subjects),
        "entries": count,
        "decided_non_matches": len(decided),
        **({"only_subjects": len(subjects)} if subject_keys is not None else {}),
        **(
            {"only_listings": only.summary(), "candidate_subjects": len(candidates)}
            if only is not None
            else {}
        ),
    }
    with store.screening_run(kind="watchlist", params=params, actor=actor) as run:
        run.add_signals(signals)
        run.mark_screened(s.key for s in subjects)
    return WatchlistScreening(signals, len(subjects), count, lists, config.cut(), run.new)


#: The lists' index of the last full screening in this process, by store, list state
#: (newest list batch, its digest, the number of list entries) and as-of: a monitoring
#: loop re-screening a few changed customers reuses it until a list changes, instead of
#: reading and indexing every list again.
_INDEX_CACHE: dict[tuple[str, tuple[int, int, str], str], tuple[ListIndex, list[str]]] = {}


def _full_index(store: Store, as_of: datetime | None) -> tuple[ListIndex, list[str]]:
    """The index over every list version known at ``as_of``, and the versions' names."""
    key = (str(store.engine.url), store.kind_mark(KIND), as_of.isoformat() if as_of else "")
    found = _INDEX_CACHE.get(key)
    if found is None:
        records = store.records(kind=KIND, available_before=as_of)
        entries = [e for r in records if (e := entry_from_record(r)) is not None]
        found = (
            ListIndex.build(entries),
            sorted({f"{e.source}@{e.list_version}" for e in entries}),
        )
        _INDEX_CACHE.clear()
        _INDEX_CACHE[key] = found
    return found


@dataclass
class ListChange:
    """What one new version of one list changed against the version before it."""

    source: str
    version: str | None
    previous: str | None
    added: set[str] = field(default_factory=set)
    changed: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)

    @property
    def touched(self) -> set[str]:
        """Entry ids whose listings the change touched."""
        return self.added | self.changed | self.removed


@dataclass
class ListDelta:
    """The list changes since a high-water mark, as screening needs them."""

    changes: list[ListChange] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(c.touched for c in self.changes)

    def ids(self) -> dict[str, set[str]]:
        """List (source) -> entry ids touched, over every change."""
        out: dict[str, set[str]] = {}
        for change in self.changes:
            out.setdefault(change.source, set()).update(change.touched)
        return out

    def records(self, store: Store, as_of: datetime | None = None) -> Iterator[Record]:
        """Every stored version of the touched entries (by list and entry id)."""
        for source, ids in sorted(self.ids().items()):
            if ids:
                yield from store.records(
                    kind=KIND, source=source, external_ids=ids, available_before=as_of
                )

    def known_versions(
        self, store: Store, as_of: datetime | None = None
    ) -> dict[str, dict[str, datetime]]:
        """Every dated version of each touched list (known at ``as_of``), by name."""
        return {
            source: {
                version: when
                for when in store.record_dates(source, KIND, as_of)
                if (version := list_version_of(when)) is not None
            }
            for source in sorted(self.ids())
        }

    def summary(self) -> list[dict[str, Any]]:
        return [
            {
                "list": c.source,
                "version": c.version,
                "previous": c.previous,
                "added": len(c.added),
                "changed": len(c.changed),
                "removed": len(c.removed),
            }
            for c in self.changes
        ]


def list_delta_since(store: Store, batch_mark: int) -> ListDelta:
    """The list versions loaded by ingest batches after ``batch_mark``, each compared with
    the stored version of its list dated just before it (none: every entry is added).

    Derived from the stored, dated list versions; the one place to swap for a store that
    records each version's delta when it is loaded.
    """
    fresh: dict[tuple[str, str | None], dict[str, str]] = {}
    dates: dict[tuple[str, str | None], datetime | None] = {}
    for record in store.records(kind=KIND, after_batch=batch_mark):
        key = (record.source, record_version(record))
        fresh.setdefault(key, {})[record.external_id or ""] = _entry_body(record)
        dates[key] = record.available_at
    changes: list[ListChange] = []
    for (source, version), entries in sorted(fresh.items(), key=lambda kv: str(kv[0])):
        when = dates[(source, version)]
        previous, before = _previous_version(store, source, when) if when else (None, {})
        change = ListChange(source, version, previous)
        for entry_id, body in entries.items():
            if entry_id not in before:
                change.added.add(entry_id)
            elif before[entry_id] != body:
                change.changed.add(entry_id)
        change.removed = set(before) - set(entries)
        changes.append(change)
    return ListDelta(changes)


def _entry_body(record: Record) -> str:
    """An entry's content without its version (what changes when the entry changes)."""
    from knowable.hashing import content_hash

    body = {k: v for k, v in record.payload.items() if k != "list_version"}
    return content_hash(body)


def _previous_version(
    store: Store, source: str, when: datetime
) -> tuple[str | None, dict[str, str]]:
    """The version of ``source`` dated last before ``when``: its name and entry id ->
    content (empty when there is none)."""
    latest = store.list_date_before(source, KIND, when)
    if latest is None:
        return None, {}
    items = list(store.records(kind=KIND, source=source, available_on=latest))
    version = record_version(items[0]) if items else None
    return version, {(r.external_id or ""): _entry_body(r) for r in items}
