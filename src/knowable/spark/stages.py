"""The work of each Spark task: Arrow tables in, the pure detectors and policy, Arrow out.

Nothing here imports Spark: each function takes the rows of one partition or one group
(as a ``pyarrow.Table``) plus the reference data every task shares, turns them into the
vocabulary's objects, calls the same pure code the in-process jobs call, and returns the
result as a table. ``knowable.spark.job`` wires them into a Spark plan;
``knowable.spark.local`` runs them over whole tables in one process. Each function notes
what its group must hold for the result to equal the in-process job's.

The runs, in the order the in-process jobs run them (the relationship rules read the
other detectors' signals as red flags, so they come last):

- ``watchlist``: subjects, any split (each subject is screened on its own), against every
  list entry (shared);
- ``media``: articles grouped into stories over all articles (one group), then each story
  against every subject (shared: a mention is resolved among all subjects);
- ``content``: listings grouped by platform, customer contacts (shared) for NET-07;
- ``relationship``: CRM records grouped by entity to pick the version in force, then by
  customer together with that customer's red flags;
- ``assess``: each customer with its people and every signal about them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from knowable.assess.score import assess_many
from knowable.catalogue.policy import Policy
from knowable.catalogue.relationship import relationship_rules
from knowable.detect.content.ad_type import AdTypeModel, load_model
from knowable.detect.content.customer_contacts import (
    CustomerContact,
    contact_match_signals,
    customer_contacts,
)
from knowable.detect.content.indicators import ContentScanner
from knowable.detect.content.screen import screen_listings
from knowable.detect.content.user_reports import ReportScanner
from knowable.detect.media.signals import MediaScreener
from knowable.detect.relationship.detector import detect_relationship
from knowable.detect.watchlist.screen import ScreeningConfig, screen
from knowable.hashing import canonical_json
from knowable.model import Signal, Version, versions_in_force
from knowable.sources.stories import Story, group_stories
from knowable.sources.watchlist import WatchlistEntry, entry_from_record
from knowable.spark import tables as tb
from knowable.timeutil import as_utc

RUNS = ("watchlist", "media", "content", "relationship")

#: Articles with the story they open (only a story's first article is screened).
STORIES = pa.schema(
    [
        *tb.RECORDS,
        ("story_id", pa.string()),
        ("story_records", pa.string()),
        ("story_first_seen", pa.timestamp("us", tz="UTC")),
        ("story_outlets", pa.string()),
    ]
)


def watchlist_entries(table: pa.Table) -> list[WatchlistEntry]:
    """The list entries of the ``watchlist`` input, in the order the store gives them."""
    records = tb.store_order(tb.records_from(table))
    return [e for r in records if (e := entry_from_record(r)) is not None]


def watchlist_signals(subjects: pa.Table, entries: Sequence[WatchlistEntry]) -> pa.Table:
    """Screen some subjects against every entry (``screen_watchlists`` without a cut-off
    date or decided non-matches)."""
    found = screen(tb.subjects_from(subjects), entries, ScreeningConfig())
    return tb.signals_table(found, "watchlist")


def stories(articles: pa.Table) -> pa.Table:
    """Every article grouped into stories; one row per story: its first article and the
    story (the group must hold all articles: near-duplicates are found across them)."""
    records = [r for r in tb.store_order(tb.records_from(articles)) if r.kind == "article"]
    found = group_stories(records) if records else []
    first = {story.record_ids[0]: story for story in found}
    keep = articles.filter(pc.is_in(articles["id"], value_set=pa.array(list(first), pa.string())))
    ordered: list[Story] = [first[i] for i in keep["id"].to_pylist()]
    columns = {
        "story_id": [s.story_id for s in ordered],
        "story_records": [json.dumps(list(s.record_ids)) for s in ordered],
        "story_first_seen": [s.first_seen for s in ordered],
        "story_outlets": [json.dumps(list(s.outlets)) for s in ordered],
    }
    out = tb.conform(keep, tb.RECORDS)
    for name, values in columns.items():
        out = out.append_column(STORIES.field(name), pa.array(values, STORIES.field(name).type))
    return out


def media_signals(story_rows: pa.Table, screener: MediaScreener) -> pa.Table:
    """Screen each story on its first article against every subject of ``screener``."""
    records = tb.records_from(tb.conform(story_rows, tb.RECORDS))
    found: list[Signal] = []
    for record, row in zip(records, story_rows.to_pylist(), strict=True):
        first_seen = row["story_first_seen"]
        story = Story(
            story_id=row["story_id"],
            record_ids=tuple(json.loads(row["story_records"])),
            first_seen=as_utc(first_seen) if first_seen is not None else None,
            outlets=tuple(json.loads(row["story_outlets"])),
        )
        found.extend(screener.article(record, story).signals)
    return tb.signals_table(found, "media")


@dataclass(frozen=True)
class ContentTools:
    """What every content task builds once: scanner, ad-type model, report scanner, and
    the customers' contact index with the workspace salt (None: NET-07 is skipped)."""

    scanner: ContentScanner
    model: AdTypeModel
    reports: ReportScanner
    contacts: Mapping[str, list[CustomerContact]]
    salt: bytes | None

    @classmethod
    def build(cls, subjects: pa.Table | None, salt: bytes | None) -> ContentTools:
        scanner = ContentScanner()
        index: dict[str, list[CustomerContact]] = {}
        if salt is not None and subjects is not None:
            index = customer_contacts(tb.subjects_from(subjects), salt)
        return cls(scanner, load_model(), ReportScanner(scanner.catalogue), index, salt)


def content_signals(listings: pa.Table, tools: ContentTools) -> pa.Table:
    """Screen the listings of whole platforms (a platform's listings in one group)."""
    grouped: dict[str, list[Any]] = defaultdict(list)
    for record in tb.records_from(listings):
        if record.subject_key:
            grouped[record.subject_key].append(record)
    found: list[Signal] = []
    for key, records in sorted(grouped.items()):
        result = screen_listings(
            tb.store_order(records), key, tools.scanner, tools.model, tools.reports
        )
        found.extend(result.signals)
        if tools.salt is not None and tools.contacts:
            found.extend(contact_match_signals(result.commercial, tools.contacts, tools.salt))
    return tb.signals_table(found, "content")


def records_in_force(crm: pa.Table) -> pa.Table:
    """The CRM rows in force now (every version of an entity must be in the group).

    The rule is :func:`knowable.model.versions_in_force` (what ``in_force`` applies to
    whole records), fed with only the columns it reads: no payload or text is decoded."""
    ids = crm["id"].to_pylist()
    keys = crm["entity_key"].to_pylist()
    versions = zip(
        ids,
        tb.timestamps(crm["valid_from"]),
        tb.timestamps(crm["ingested_at"]),
        crm["deleted"].to_pylist(),
        strict=True,
    )
    chosen = versions_in_force(
        (key, Version(i, valid, ingested, bool(deleted)))
        for key, (i, valid, ingested, deleted) in zip(keys, versions, strict=True)
    )
    keep = [key is None or chosen.get(key) == i for key, i in zip(keys, ids, strict=True)]
    return crm.filter(pa.array(keep, pa.bool_()))


def relationship_signals(records: pa.Table, flags: pa.Table) -> pa.Table:
    """The relationship rules over whole customers' in-force CRM records, with the
    signals of the other runs about them as red flags."""
    crm = tb.store_order(tb.records_from(records))
    red = tb.signals_from(flags)
    found = detect_relationship(crm, red_flags=red, rules=relationship_rules())
    return tb.signals_table(found, "relationship")


def assessments(
    subjects: pa.Table, signals: pa.Table, policy: Policy, dates: Sequence[datetime]
) -> pa.Table:
    """Assess whole customers (each with its people and all their signals) at ``dates``.

    Every subject counts as screened: the watchlist and media runs cover every subject,
    as the in-process runs do.
    """
    people: dict[str, list[str]] = defaultdict(list)
    customers: list[str] = []
    for subject in tb.subjects_from(subjects):
        if subject.schema == "Person":
            if subject.parent_key:
                people[subject.parent_key].append(subject.key)
        else:
            customers.append(subject.key)
    grouped: dict[str, list[Signal]] = defaultdict(list)
    for signal in tb.signals_from(signals):
        grouped[signal.subject_key].append(signal)
    out = []
    for when in dates:
        out.extend(assess_many(grouped, customers, policy, when, None, people))
    return tb.assessments_table(out)


def coverage(
    subjects: pa.Table, platforms: Iterable[str], crm_subjects: Iterable[str]
) -> dict[str, list[str]]:
    """The subjects each run marks screened, as the in-process jobs do: watchlist and
    media every subject; content the platforms with listings; relationship every company
    plus every subject with an in-force CRM record."""
    keys = subjects["key"].to_pylist()
    companies = {
        k for k, s in zip(keys, subjects["schema"].to_pylist(), strict=True) if s == "Company"
    }
    return {
        "watchlist": sorted(keys),
        "media": sorted(keys),
        "content": sorted(set(platforms)),
        "relationship": sorted(companies | {k for k in crm_subjects if k}),
    }


def screened_table(covered: Mapping[str, Sequence[str]]) -> pa.Table:
    rows = [{"run": run, "subject_key": key} for run, keys in covered.items() for key in keys]
    return pa.Table.from_pylist(rows, schema=tb.SCREENED)


def runs_table(
    covered: Mapping[str, Sequence[str]],
    signals: Mapping[str, int],
    inputs: Mapping[str, int],
) -> pa.Table:
    """One row per run with the params recorded when the output is loaded."""
    read = {"watchlist": "entries", "media": "articles", "content": "listings"}
    rows = []
    for position, run in enumerate(RUNS):
        params = {
            "engine": "spark",
            "subjects": len(covered[run]),
            "signals": signals[run],
            read.get(run, "records"): inputs[read.get(run, "crm")],
        }
        rows.append({"run": run, "position": position, "params": canonical_json(params)})
    return pa.Table.from_pylist(rows, schema=tb.RUNS)
