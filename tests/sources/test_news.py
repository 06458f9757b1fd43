"""News readers: each format, a missing date stated as None, bad items quarantined."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from knowable.errors import InputError
from knowable.sources.news import parse_published, read_media

FIXTURES = Path(__file__).parent / "fixtures" / "media"


def test_jsonl_reads_good_lines_and_quarantines_bad_ones() -> None:
    batch = read_media(FIXTURES / "articles.jsonl")
    titles = [r.payload["title"] for r in batch.records]
    assert titles == ["Quarry Lane Market fined", "Undated story", "RFC date"]
    first = batch.records[0]
    assert first.source == "media" and first.kind == "article"
    assert first.available_at == datetime(2013, 5, 2, tzinfo=UTC)
    assert first.payload["outlet"] == "The Example Herald"
    assert first.text.startswith("Quarry Lane Market fined\n\nQuarry Lane Market was fined")
    assert batch.records[2].available_at == datetime(2014, 6, 10, 12, 30, tzinfo=UTC)
    reasons = {(q.line, q.field): q.reason for q in batch.quarantined}
    assert set(reasons) == {(3, None), (4, "published_at"), (5, "text"), (6, "title")}
    assert "not valid JSON" in reasons[(3, None)]
    assert all(q.file.endswith("articles.jsonl") for q in batch.quarantined)


def test_missing_date_is_stated_not_invented() -> None:
    batch = read_media(FIXTURES / "articles.jsonl")
    undated = batch.records[1]
    assert undated.available_at is None
    assert undated.payload["date_stated"] is False
    assert undated.payload["published_at"] is None


def test_rss_entries_with_and_without_dates() -> None:
    batch = read_media(FIXTURES / "feed.rss")
    assert [r.payload["title"] for r in batch.records] == [
        "Council approves new bridge",
        "Library hours extended",
    ]
    bridge, library = batch.records
    assert bridge.available_at == datetime(2014, 3, 3, 9, 0, tzinfo=UTC)
    assert "new bridge" in bridge.text and "<b>" not in bridge.text
    assert bridge.payload["outlet"] == "Valley Courier"
    assert library.available_at is None
    assert [(q.line, q.field) for q in batch.quarantined] == [(3, "content")]


def test_atom_entry_uses_published_date_in_utc() -> None:
    batch = read_media(FIXTURES / "feed.atom")
    (entry,) = batch.records
    assert entry.available_at == datetime(2015, 7, 1, 16, 45, tzinfo=UTC)
    assert entry.external_id == "https://gazette.example/ferry"


def test_html_main_text_without_navigation() -> None:
    batch = read_media(FIXTURES / "page.html")
    (page,) = batch.records
    assert "cooperative to share a cold store" in page.text
    assert "Subscribe to our newsletter" not in page.text
    assert page.available_at == datetime(2016, 9, 14, tzinfo=UTC)


def test_html_without_date_has_none() -> None:
    (page,) = read_media(FIXTURES / "undated.html").records
    assert "ferris wheel" in page.text
    assert page.available_at is None


def test_plain_text_headers_and_first_line_title() -> None:
    (canal,) = read_media(FIXTURES / "story.txt").records
    assert canal.payload["title"] == "Canal path reopens"
    assert canal.payload["outlet"] == "Canal Weekly"
    assert canal.available_at == datetime(2012, 8, 20, tzinfo=UTC)
    (bakery,) = read_media(FIXTURES / "notitle.txt").records
    assert bakery.payload["title"] == "Bakery wins regional prize"
    assert bakery.available_at is None


def test_plain_text_with_unreadable_date_is_quarantined() -> None:
    batch = read_media(FIXTURES / "baddate.txt")
    assert batch.records == []
    (bad,) = batch.quarantined
    assert bad.field == "date" and "sometime in spring" in bad.reason


def test_folder_reads_every_file() -> None:
    batch = read_media(FIXTURES)
    assert len(batch.records) == 3 + 2 + 1 + 1 + 1 + 1 + 1
    assert len(batch.quarantined) == 4 + 1 + 1


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_media(tmp_path / "nope.jsonl")


def test_ingest_is_idempotent_by_content() -> None:
    first = read_media(FIXTURES / "articles.jsonl").records
    second = read_media(FIXTURES / "articles.jsonl").records
    assert [r.id for r in first] == [r.id for r in second]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2014-06-10", datetime(2014, 6, 10, tzinfo=UTC)),
        ("June 3, 2014", datetime(2014, 6, 3, tzinfo=UTC)),
        ("3 June 2014", datetime(2014, 6, 3, tzinfo=UTC)),
        ("Tue, 10 Jun 2014 08:30:00 GMT", datetime(2014, 6, 10, 8, 30, tzinfo=UTC)),
        ("soon", None),
        ("", None),
    ],
)
def test_parse_published(text: str, expected: datetime | None) -> None:
    assert parse_published(text) == expected
