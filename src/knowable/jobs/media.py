"""Media use cases at the I/O edge: ingest articles, screen stored subjects, classify CSVs."""

from __future__ import annotations

import csv
import sys
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knowable.detect.media.signals import DETECTOR, MediaScreener
from knowable.errors import InputError
from knowable.model import Quarantined, Record, Subject
from knowable.sources import guards
from knowable.sources.news import article_record, parse_published, read_media
from knowable.sources.stories import group_stories
from knowable.store import Store

ARTICLE_COLUMNS = ("id", "title", "article")
SUBJECT_COLUMNS = ("id", "name")


@dataclass
class MediaIngestResult:
    summary: dict[str, int]
    quarantined: list[Quarantined] = field(default_factory=list)
    articles: int = 0
    stories: int = 0


def ingest_media(store: Store, path: Path, actor: str = "cli") -> MediaIngestResult:
    """Read articles from ``path`` and store them as one batch (bad items quarantined)."""
    batch_data = read_media(path)
    with store.ingest_batch("media", str(path), actor=actor) as batch:
        for record in batch_data.records:
            batch.add_record(record)
        for item in batch_data.quarantined:
            batch.quarantine(item)
    stories = group_stories(batch_data.records) if batch_data.records else []
    return MediaIngestResult(
        summary=batch.summary(),
        quarantined=batch_data.quarantined,
        articles=len(batch_data.records),
        stories=len(stories),
    )


@dataclass
class MediaScreenResult:
    run_id: int
    subjects: int
    articles: int
    stories: int
    signals: int
    signals_new: int
    by_subject: dict[str, list[dict[str, Any]]]


def screen_media(
    store: Store,
    actor: str = "cli",
    subject_keys: Collection[str] | None = None,
    after_batch: int | None = None,
) -> MediaScreenResult:
    """All stored subjects against all stored articles; the run is recorded even when empty.

    Delta screening: ``subject_keys`` screens only those subjects; ``after_batch`` only
    the stories that start with an article stored after that ingest batch.
    """
    subjects = store.subjects(keys=subject_keys)
    articles = list(store.records(kind="article", source="media"))
    only = None
    if after_batch is not None:
        fresh = store.records(kind="article", source="media", after_batch=after_batch)
        only = {r.id for r in fresh}
    screener = MediaScreener(subjects)
    outcome = screener.screen(articles, only) if subjects else screener.screen([])
    params: dict[str, Any] = {
        "detector": DETECTOR,
        "version": screener.version,
        "articles": len(articles) if only is None else len(only),
    }
    if subject_keys is not None:
        params["only_subjects"] = len(subjects)
    if after_batch is not None:
        params["after_batch"] = after_batch
    with store.screening_run(kind="media", params=params, actor=actor) as run:
        run.add_signals(outcome.signals)
        run.mark_screened(s.key for s in subjects)
    by_subject: dict[str, list[dict[str, Any]]] = {}
    for signal in outcome.signals:
        by_subject.setdefault(signal.subject_key, []).append(
            {
                "indicator": signal.indicator,
                "observed_at": signal.observed_at.date().isoformat()
                if signal.observed_at
                else None,
                "role": signal.details.get("role"),
                "stage": signal.details.get("stage"),
                "title": signal.details.get("title"),
            }
        )
    return MediaScreenResult(
        run_id=run.id,
        subjects=len(subjects),
        articles=len(articles),
        stories=len(outcome.stories),
        signals=run.found,
        signals_new=run.new,
        by_subject=by_subject,
    )


def _csv_rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    csv.field_size_limit(sys.maxsize)
    if not path.exists():
        raise InputError("no such file", file=str(path))
    guards.check_input(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = reader.fieldnames or []
        for name in required:
            if name not in columns:
                raise InputError(
                    f"missing column (have: {', '.join(columns)})",
                    file=str(path),
                    line=1,
                    field=name,
                )
        yield from enumerate(reader, start=2)


def read_subjects_csv(path: Path) -> list[Subject]:
    """Subjects from a CSV with ``id,name`` and optional ``aliases`` (|-separated), ``domains``."""
    subjects = []
    for number, row in _csv_rows(path, SUBJECT_COLUMNS):
        name = (row.get("name") or "").strip()
        if not name:
            raise InputError("subject name is empty", file=str(path), line=number, field="name")
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
        domains = tuple(d.strip() for d in (row.get("domains") or "").split("|") if d.strip())
        subjects.append(
            Subject(
                key=row["id"].strip(),
                schema="Organization",
                name=name,
                aliases=aliases,
                domains=domains,
            )
        )
    return subjects


def classify_csv(articles: Path, subjects: list[Subject] | None) -> Iterator[dict[str, Any]]:
    """One JSON-ready dict per article row: id, adverse, score, and findings with subjects."""
    screener = MediaScreener(subjects or [])
    for number, row in _csv_rows(articles, ARTICLE_COLUMNS):
        item_id = row.get("id", "")
        body = row.get("article") or ""
        raw_date = (row.get("published_at") or "").strip()
        published = parse_published(raw_date) if raw_date else None
        if not body.strip() or (raw_date and published is None):
            reason = "article text is empty" if not body.strip() else f"not a date: {raw_date!r}"
            yield {"id": item_id, "error": f"{articles}, line {number}: {reason}"}
            continue
        record: Record = article_record(
            title=row.get("title") or "",
            body=body,
            url=None,
            outlet=None,
            published=published,
            published_raw=raw_date or None,
            fmt="csv",
            origin=f"{articles}:{number}",
        )
        result = screener.article(record)
        out: dict[str, Any] = {
            "id": item_id,
            "adverse": int(result.adverse),
            "score": round(result.adverse_score, 4),
            # The explainable side: offence categories whose cue phrases occur in the article,
            # and the words that moved the model's score most.
            "categories": [
                c.id for c in screener.categories.values() if c.found_in_text(record.text)
            ],
            "terms": [term for term, _ in screener.model.explain(record.text, top=6)],
        }
        if subjects is not None:
            # Offsets are given within the CSV field the quote comes from (title or article).
            shift = len(record.payload["title"]) + 2 if record.payload["title"] else 0
            out["findings"] = [
                {
                    "subject": f.subject_key,
                    "categories": list(f.categories),
                    "role": f.role,
                    "stage": f.stage,
                    "quote": f.quote,
                    "field": "article" if f.start >= shift else "title",
                    "start": f.start - shift if f.start >= shift else f.start,
                    "end": f.end - shift if f.start >= shift else f.end,
                }
                for f in result.findings
            ]
            out["signals"] = [
                {"subject": s.subject_key, "indicator": s.indicator, "strength": s.strength}
                for s in result.signals
            ]
        yield out
