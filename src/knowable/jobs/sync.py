"""Salesforce sync: records from the live API, stored the way exports are (I/O edge).

For each object, in parent-before-child order: the rows whose ``SystemModstamp`` is past
the stored high-water mark (deleted ones included, by ``queryAll``) are fetched page by
page, over REST (ordered by SystemModstamp and Id) or, for large objects, as a Bulk API
2.0 query job. Each page goes through the ingest job's write path
(:func:`knowable.jobs.ingest.write_export`, over the writer of every chunk of a streamed
export: same identity, versions, audit event and quarantine as an exported file) as one
transaction that also moves the mark, so a crash
loses nothing and running again stores nothing twice. Bulk results come unordered, so
their mark moves once the job's last page is stored; a job cut short is fetched again and
its stored rows count as unchanged.

Deletions: ``queryAll`` rows with ``IsDeleted`` true, plus the Ids the object's
``deleted`` resource reports since the last mark (rows already purged from the recycle
bin), stored as deletion versions of the stored record. A full sync (``full``) fetches
everything and turns the stored records of the object that it did not return into
deletions as of the sync.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from knowable.jobs.ingest import StoreLinks, full_audit, missing_from_full, write_export
from knowable.model import Record, version_in_force
from knowable.sources import sfid
from knowable.sources.salesforce import (
    OBJECTS,
    CrmExport,
    CrmRow,
    deletion_of,
    entity_key,
    org_name,
    parse_rows,
    qualify,
)
from knowable.sources.sfapi import (
    MissingObjectError,
    SalesforceApi,
    SyncError,
    soql_datetime,
    stamp_of,
)
from knowable.store import Store
from knowable.store.batches import IngestBatch
from knowable.store.marks import Mark, get_mark, set_mark
from knowable.timeutil import as_utc, utcnow

#: Objects that carry the provider's own words besides the standard seven (comments,
#: e-mails, Chatter, chats, Lightning notes, leads): synced by default when the org has
#: them, skipped with a note when it has not (an org without Chat has no
#: LiveChatTranscript).
OPTIONAL_OBJECTS = (
    "Lead",
    "CaseComment",
    "EmailMessage",
    "FeedItem",
    "FeedComment",
    "LiveChatTranscript",
    "ContentNote",
)
#: Rows fetched with each page of an object, which link its records to their customers:
#: (object, field holding the page's Ids, fields). The API answers ContentDocumentLink
#: only filtered by document (or record) Id.
COMPANIONS = {
    "ContentNote": (
        "ContentDocumentLink",
        "ContentDocumentId",
        ("Id", "ContentDocumentId", "LinkedEntityId"),
    ),
}
#: File fields fetched one record at a time (a query gives only their path).
BLOBS = {"ContentNote": "Content"}
#: Ids per companion query (the SOQL IN list).
_IDS_PER_QUERY = 200
#: Objects synced when none are named: the standard objects knowable has rules for, and
#: the optional ones.
DEFAULT_OBJECTS = OBJECTS + OPTIONAL_OBJECTS
#: Salesforce keeps deleted Ids for the ``deleted`` resource for about this long.
DELETED_WINDOW = timedelta(days=29)
#: Deletions are asked for from a little before the last run's start: the resource
#: works in whole seconds (or minutes), and an Id reported twice is skipped anyway.
DELETED_OVERLAP = timedelta(minutes=5)


@dataclass(frozen=True)
class SyncOptions:
    org: str
    objects: tuple[str, ...] = DEFAULT_OBJECTS
    full: bool = False
    since: datetime | None = None
    #: Objects always fetched by Bulk API 2.0, and the row count from which any is.
    bulk: frozenset[str] = frozenset()
    bulk_threshold: int = 10_000
    page_size: int = 2000
    actor: str = "cli"
    #: Fetch again from this long before the stored mark. A record saved by a long
    #: transaction can become visible with a SystemModstamp older than a mark another
    #: sync already moved past; re-read rows are recognised as unchanged and skipped.
    lookback: timedelta = timedelta(0)
    #: Objects skipped with a note, not failed, when the org has no such object.
    optional: frozenset[str] = frozenset(OPTIONAL_OBJECTS)


@dataclass
class ObjectResult:
    """What one object's sync did."""

    name: str
    mode: str = "rest"
    expected: int = 0
    fetched: int = 0
    pages: int = 0
    stored: int = 0
    versions: int = 0
    unchanged: int = 0
    deletions: int = 0
    quarantined: int = 0
    missing: int = 0
    mark: datetime | None = None
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    #: One line per row quarantined (object, Id, field and reason).
    problems: list[str] = field(default_factory=list)

    def add(self, summary: dict[str, int]) -> None:
        self.stored += summary["stored"]
        self.versions += summary["versions"]
        self.unchanged += summary["duplicates"]
        self.deletions += summary["deletions"]
        self.quarantined += summary["quarantined"] + summary["quarantine_repeats"]


#: progress(object, rows fetched so far, rows expected or None)
Progress = Callable[[str, int, int | None], None]


def _order(objects: tuple[str, ...]) -> list[str]:
    rank = {name: i for i, name in enumerate(OBJECTS)}
    return sorted(dict.fromkeys(objects), key=lambda o: rank.get(o, len(OBJECTS)))


def _where(mark: Mark | None, since: datetime | None, lookback: timedelta = timedelta(0)) -> str:
    """The SOQL WHERE clause of the rows past the mark, or from ``lookback`` before it
    (and from ``since``)."""
    conds: list[str] = []
    if mark is not None and mark.mark is not None and lookback > timedelta(0):
        conds.append(f"SystemModstamp > {soql_datetime(mark.mark - lookback)}")
    elif mark is not None and mark.mark is not None:
        stamp = soql_datetime(mark.mark)
        if mark.mark_id:
            conds.append(
                f"(SystemModstamp > {stamp} OR (SystemModstamp = {stamp} AND Id > "
                f"'{mark.mark_id}'))"
            )
        else:
            conds.append(f"SystemModstamp > {stamp}")
    if since is not None:
        conds.append(f"SystemModstamp >= {soql_datetime(since)}")
    return " WHERE " + " AND ".join(conds) if conds else ""


def _later(a: tuple[datetime, str] | None, b: tuple[datetime, str] | None) -> bool:
    return b is None or (a is not None and a > b)


class _ObjectSync:
    """One object's sync: pages in, marks moved, deletions at the end."""

    def __init__(
        self,
        store: Store,
        api: SalesforceApi,
        options: SyncOptions,
        obj: str,
        progress: Progress | None,
    ) -> None:
        self.store = store
        self.api = api
        self.options = options
        self.obj = obj
        self.org = org_name(options.org) or options.org
        self.progress = progress
        self.result = ObjectResult(obj)
        self.seen: set[str] = set()
        self.started = utcnow()

    def _rows(self, page: list[dict[str, str]], obj: str | None = None) -> list[CrmRow]:
        kind = obj or self.obj
        rows = []
        for values in page:
            ident = values.get("Id", "")
            rows.append(
                CrmRow(
                    kind=kind,
                    file=f"salesforce:{self.org}/{kind}/{ident}",
                    line=None,
                    values=values,
                    raw=json.dumps(values, ensure_ascii=False)[:4000],
                    org=self.org,
                    sfids=True,
                )
            )
        return rows

    def _companions(self, page: list[dict[str, str]]) -> list[CrmRow]:
        """The rows that link this page's records to their customers (a Lightning note's
        ContentDocumentLinks), fetched by the page's Ids."""
        spec = COMPANIONS.get(self.obj)
        if spec is None:
            return []
        obj, key, fields = spec
        ids = [i for v in page if (i := v.get("Id", "")) and sfid.problem(i) is None]
        out: list[CrmRow] = []
        for start in range(0, len(ids), _IDS_PER_QUERY):
            quoted = ", ".join(f"'{i}'" for i in ids[start : start + _IDS_PER_QUERY])
            soql = f"SELECT {', '.join(fields)} FROM {obj} WHERE {key} IN ({quoted})"
            for part in self.api.rest_pages(obj, soql, self.options.page_size):
                out.extend(self._rows(part, obj))
        return out

    def _fetch_blobs(self, page: list[dict[str, str]]) -> None:
        """Put each live record's file field (a Lightning note's Content) into its row;
        a file that cannot be fetched leaves the field out (its preview is read)."""
        name = BLOBS.get(self.obj)
        if name is None:
            return
        failed = 0
        for values in page:
            ident = values.get("Id", "")
            if not ident or values.get("IsDeleted") == "true":
                continue
            try:
                values[name] = self.api.blob(self.obj, ident, name).decode("utf-8", "replace")
            except SyncError:
                failed += 1
        if failed:
            self.result.notes.append(
                f"{failed} {name} fields could not be fetched: their preview is read"
            )

    def _write(
        self,
        export: CrmExport,
        deletions: list[Record],
        extra: dict[str, Any],
        move: Callable[[IngestBatch], None] | None,
        top: dict[str, Any] | None = None,
    ) -> None:
        batch = write_export(
            self.store,
            export,
            f"salesforce://{self.org}/{self.obj}",
            self.options.actor,
            deletions,
            {
                "sync": {"org": self.org, "object": self.obj, "mode": self.result.mode, **extra},
                **(top or {}),
            },
            move,
        )
        self.result.add(batch.summary())
        self.result.problems.extend(q.message() for q in export.quarantined)

    def run(self) -> ObjectResult:
        with self.store.read() as conn:
            stored = get_mark(conn, self.org, self.obj)
        # --full and --since say where to start; the stored mark only moves forward.
        mark = None if self.options.full or self.options.since else stored
        where = _where(mark, self.options.since, self.options.lookback)
        fields = self.api.fields(self.obj)
        self.result.expected = self.api.count(self.obj, where)
        bulky = self.obj in self.options.bulk or self.result.expected >= self.options.bulk_threshold
        self.result.mode = "bulk" if bulky else "rest"
        soql = f"SELECT {', '.join(fields)} FROM {self.obj}{where}"
        last: tuple[datetime, str] | None = (
            (stored.mark, stored.mark_id or "") if stored and stored.mark else None
        )
        pages: Iterator[list[dict[str, str]]]
        if bulky:
            pages = self.api.bulk_pages(self.obj, soql, self.options.page_size)
        else:
            pages = self.api.rest_pages(
                self.obj, soql + " ORDER BY SystemModstamp, Id", self.options.page_size
            )
        highest = last
        for page in pages:
            self.result.pages += 1
            self.result.fetched += len(page)
            self._fetch_blobs(page)
            rows = self._companions(page) + self._rows(page)
            links = StoreLinks(self.store)
            links.prefetch(
                {
                    key
                    for row in rows
                    for name, value in row.values.items()
                    if name != "Id" and sfid.problem(str(value)) is None
                    for key in row.link_keys(name)
                }
            )
            export = parse_rows(rows, known_link=links.get)
            for keys in export.seen.values():
                self.seen.update(keys)
            page_high = max(
                ((s, v.get("Id", "")) for v in page if (s := stamp_of(v)) is not None),
                default=None,
            )
            if _later(page_high, highest):
                highest = page_high
            move = None
            if not bulky and highest is not None and _later(highest, last):
                top = highest
                move = self._mover(top)
                last = top
            self._write(
                export,
                [],
                {"page": self.result.pages, **_mark_json(last if not bulky else None)},
                move,
            )
            if self.progress is not None:
                self.progress(self.obj, self.result.fetched, self.result.expected)
        deletions = self._deletions(stored)
        self._write(
            CrmExport(),
            deletions,
            {"completed": True, **_mark_json(highest)},
            self._mover(highest, checked_to=self.started),
            self._full_extra(deletions),
        )
        self.result.mark = highest[0] if highest else None
        return self.result

    def _mover(
        self, top: tuple[datetime, str] | None, checked_to: datetime | None = None
    ) -> Callable[[IngestBatch], None]:
        def move(batch: IngestBatch) -> None:
            set_mark(
                batch.conn,
                self.org,
                self.obj,
                top[0] if top else None,
                top[1] if top else None,
                batch.id,
                checked_to=checked_to,
            )

        return move

    def _full_extra(self, deletions: list[Record]) -> dict[str, Any]:
        if not self.options.full:
            return {}
        missing = [r for r in deletions if r.origin == self._missing_why()]
        return full_audit(missing, [])

    def _missing_why(self) -> str:
        return f"missing from full sync of salesforce:{self.org}/{self.obj}"

    def _deletions(self, stored: Mark | None) -> list[Record]:
        """Deletion versions: records a full sync did not return, and Ids the org reports
        deleted since the last mark that are still live in the store."""
        out: list[Record] = []
        if self.options.full:
            export = CrmExport(seen={(self.org, self.obj): self.seen})
            missing, _ = missing_from_full(self.store, export, self.started, self._missing_why())
            out.extend(missing)
            self.result.missing = len(missing)
            return out
        if stored is None or stored.checked_to is None:
            return out  # a first sync: queryAll returned the recycle bin's rows
        start = stored.checked_to - DELETED_OVERLAP
        if self.started - start > DELETED_WINDOW:
            start = self.started - DELETED_WINDOW
            self.result.notes.append(
                f"deletions before {start.date()} cannot be asked for (Salesforce keeps "
                "deleted Ids about 30 days): run with --full to catch them"
            )
        found, earliest = self.api.deleted(self.obj, start, self.started)
        if earliest is not None and as_utc(earliest) > start:
            self.result.notes.append(
                f"the org reports deletions only from {earliest.isoformat()}: run with --full "
                "to catch earlier ones"
            )
        keys = {}
        for ident, when in found:
            value = sfid.to18(ident) if sfid.problem(ident) is None else ident
            keys[entity_key(self.obj, qualify(self.org, value))] = when
        versions = self.store.versions(keys)
        for entity, when in sorted(keys.items()):
            live = version_in_force(versions.get(entity, []))
            if live is None:
                continue  # never stored, or already deleted (a queryAll row said so)
            record = self.store.record(live)
            out.append(deletion_of(record, when, f"deleted in Salesforce ({self.obj} deleted)"))
        return out


def _mark_json(mark: tuple[datetime, str] | None) -> dict[str, Any]:
    if mark is None:
        return {}
    return {"mark": as_utc(mark[0]).isoformat(), "mark_id": mark[1]}


def sync_salesforce(
    store: Store,
    api: SalesforceApi,
    options: SyncOptions,
    progress: Progress | None = None,
) -> list[ObjectResult]:
    """Sync each object of ``options``; an object that fails is reported, the rest go on."""
    results: list[ObjectResult] = []
    for obj in _order(options.objects):
        job = _ObjectSync(store, api, options, obj, progress)
        try:
            results.append(job.run())
        except MissingObjectError as exc:
            if obj not in options.optional:
                job.result.error = exc.message
            else:
                job.result.mode = "-"
                job.result.notes.append("not in this org: skipped")
            results.append(job.result)
        except SyncError as exc:
            job.result.error = exc.message
            results.append(job.result)
    return results
