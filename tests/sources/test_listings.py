"""Listing files: CSV, JSON lines, saved HTML; hashed contacts; quarantine."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowable.errors import InputError
from knowable.model import Quarantined, Record
from knowable.sources.listings import contact_hash, read_listings

SALT = b"test-salt"
KEY = "001TEST0000PLAT"

CSV_TEXT = """id,posted_at,title,body,category,location,phone,email,handle
a1,2014-03-05,Oak table,"Seats six, call 216-555-0123",furniture,Springfield,216-555-0123,,
a2,not-a-date,Bike,Red bike,sports,Springfield,,,
a3,2014-03-06,,,misc,Springfield,,,
a4,2014-03-07,Lamp,"Two lines
of body",home,Shelbyville,,nobody-at-example,
,2014-03-08,No id,body,misc,Springfield,,,
a6,2014-03-09T10:00:00Z,Sofa,"Text two one six 555 O1 23",home,Springfield,,Sam@Example.com,@sam
"""


def _read(tmp_path: Path, name: str, text: str) -> tuple[list[Record], list[Quarantined]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = list(read_listings(path, subject_key=KEY, salt=SALT))
    records = [r for r in out if isinstance(r, Record)]
    bad = [r for r in out if isinstance(r, Quarantined)]
    assert len(records) + len(bad) == len(out)
    return records, bad


def test_csv_records_and_quarantine(tmp_path: Path) -> None:
    records, bad = _read(tmp_path, "ads.csv", CSV_TEXT)
    assert [r.payload["id"] for r in records] == ["a1", "a6"]
    reasons = {(q.line, q.field) for q in bad}
    assert reasons == {(3, "posted_at"), (4, "body"), (5, "email"), (7, "id")}
    assert all(q.file.endswith("ads.csv") for q in bad)
    first = records[0]
    assert first.source == "content" and first.kind == "listing"
    assert first.subject_key == KEY
    assert (
        first.available_at is not None
        and first.available_at.isoformat() == "2014-03-05T00:00:00+00:00"
    )
    assert first.text.startswith("Oak table")


def test_contacts_stored_only_hashed(tmp_path: Path) -> None:
    records, _ = _read(tmp_path, "ads.csv", CSV_TEXT)
    a1, a6 = records
    assert "phone" not in a1.payload and "email" not in a6.payload
    assert "sam@example.com" not in str(a6.payload).lower()
    phone_hash = contact_hash("phone", "216-555-0123", SALT)
    # the phone field and the phone written in the text hash to the same value
    assert a1.payload["contact_hashes"] == [phone_hash]
    # a disguised number in the text links to the same phone
    assert phone_hash in a6.payload["contact_hashes"]
    assert contact_hash("email", "sam@example.com", SALT) in a6.payload["contact_hashes"]
    assert contact_hash("handle", "sam", SALT) in a6.payload["contact_hashes"]


def test_hash_depends_on_salt_and_normalises() -> None:
    assert contact_hash("phone", "(216) 555-0123", SALT) == contact_hash(
        "phone", "1 216 555 0123", SALT
    )
    assert contact_hash("phone", "216-555-0123", SALT) != contact_hash(
        "phone", "216-555-0123", b"other"
    )
    assert contact_hash("phone", "call me", SALT) is None


def test_ingest_is_idempotent(tmp_path: Path) -> None:
    first, _ = _read(tmp_path, "ads.csv", CSV_TEXT)
    second, _ = _read(tmp_path, "ads.csv", CSV_TEXT)
    assert [r.id for r in first] == [r.id for r in second]


def test_jsonl(tmp_path: Path) -> None:
    text = (
        '{"id": "j1", "posted_at": "2015-01-02", "title": "Kayak", "body": "Barely used"}\n'
        "\n"
        "{not json\n"
        '["a list"]\n'
        '{"id": "j2", "posted_at": "2015-01-03", "title": "Tent", "body": "Four person"}\n'
    )
    records, bad = _read(tmp_path, "ads.jsonl", text)
    assert [r.payload["id"] for r in records] == ["j1", "j2"]
    assert [(q.line, q.reason.split(":")[0]) for q in bad] == [
        (3, "not JSON"),
        (4, "not a JSON object"),
    ]


HTML = """<html><body>
<div class="results">
  <article data-listing-id="h1">
    <h2 data-field="title">Garden chairs</h2>
    <time data-field="posted_at" datetime="2016-05-01">May 1</time>
    <span class="location">Ogdenville</span>
    <div itemprop="description"><p>Set of four.</p><p>Call 216-555-0188</p></div>
  </article>
  <article class="listing" data-id="h2">
    <h2 data-field="title">Puppy crate</h2>
    <span data-field="date">2016-05-02</span>
    <div data-field="body">Medium size</div>
  </article>
  <article data-listing-id="h3">
    <h2 data-field="title">No date here</h2>
  </article>
</div></body></html>
"""


def test_html(tmp_path: Path) -> None:
    records, bad = _read(tmp_path, "page.html", HTML)
    assert [r.payload["id"] for r in records] == ["h1", "h2"]
    h1 = records[0]
    assert h1.payload["location"] == "Ogdenville"
    assert h1.payload["body"] == "Set of four.\nCall 216-555-0188"
    assert h1.payload["contact_hashes"] == [contact_hash("phone", "2165550188", SALT)]
    assert len(bad) == 1 and bad[0].field == "posted_at" and bad[0].line == 14


def test_html_without_listings_is_quarantined(tmp_path: Path) -> None:
    records, bad = _read(tmp_path, "page.html", "<html><p>hello</p></html>")
    assert records == [] and len(bad) == 1 and "no listings" in bad[0].reason


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [("ads.txt", "x", "unknown listing file type"), ("missing.csv", None, "file not found")],
)
def test_file_errors(tmp_path: Path, name: str, content: str | None, message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    with pytest.raises(InputError, match=message):
        list(read_listings(path, subject_key=KEY, salt=SALT))


def test_empty_salt_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ads.csv"
    path.write_text(CSV_TEXT)
    with pytest.raises(InputError, match="salt"):
        list(read_listings(path, subject_key=KEY, salt=b""))


def test_account_and_reports_columns(tmp_path: Path) -> None:
    text = (
        "id,posted_at,title,body,location,poster_id,flags\n"
        "b1,2015-01-02,Hi,Sweet lady,Springfield,User-77,she looks underage\n"
        "b2,2015-01-03,Hi,Sweet lady,Springfield,,\n"
    )
    records, bad = _read(tmp_path, "ads.csv", text)
    assert not bad
    first, second = records
    assert first.payload["account_hash"] == contact_hash("account", " user-77 ", SALT)
    assert first.payload["account_hash"].startswith("account:")
    assert "User-77" not in repr(first.payload) and "user-77" not in repr(first.payload)
    assert first.payload["reports"] == "she looks underage"
    assert "underage" not in first.text  # reports are not ad text
    assert "account_hash" not in second.payload and "reports" not in second.payload


def test_listing_without_optional_columns_keeps_its_id(tmp_path: Path) -> None:
    plain = "id,posted_at,title,body\nc1,2015-01-02,Hi,Sweet lady\n"
    blank = "id,posted_at,title,body,account,reports\nc1,2015-01-02,Hi,Sweet lady,,\n"
    (a,), _ = _read(tmp_path, "a.csv", plain)
    (b,), _ = _read(tmp_path, "b.csv", blank)
    assert a.id == b.id


def test_jsonl_report_list_and_html_account(tmp_path: Path) -> None:
    line = (
        '{"id": "j1", "posted_at": "2015-02-01", "title": "Hi", "account": "acct-9", '
        '"reports": ["forced to work", "  ", "spam"]}\n'
    )
    (record,), _ = _read(tmp_path, "ads.jsonl", line)
    assert record.payload["reports"] == "forced to work\nspam"
    assert record.payload["account_hash"] == contact_hash("account", "ACCT-9", SALT)
    page = (
        '<div data-listing-id="h1"><h2 class="title">Hi</h2>'
        '<time data-field="posted_at" datetime="2015-02-03"></time>'
        '<span data-field="poster">acct-9</span>'
        '<li class="report">she is a minor</li><li class="report">trafficked</li></div>'
    )
    (html_record,), _ = _read(tmp_path, "page.html", page)
    assert html_record.payload["account_hash"] == record.payload["account_hash"]
    assert html_record.payload["reports"] == "she is a minor\ntrafficked"
