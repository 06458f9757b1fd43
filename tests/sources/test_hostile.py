"""Hostile input: every parser quarantines the bad line or file with one clear reason and
keeps the rest; nothing ends in a traceback."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from knowable.errors import InputError
from knowable.jobs.ingest import ingest_crm
from knowable.jobs.media import ingest_media
from knowable.jobs.watchlists import ingest_watchlist
from knowable.model import Quarantined
from knowable.sources.csvfile import read_csv
from knowable.sources.ftm import parse_ftm
from knowable.sources.guards import MAX_DEPTH, NUL_REASON, Limits, json_depth_exceeds
from knowable.sources.listings import read_listings
from knowable.sources.news import read_media
from knowable.store import Store

DEEP = "[" * 100_000
TOO_DEEP = f"nested deeper than {MAX_DEPTH} levels"


def test_depth_scan_ignores_brackets_inside_strings() -> None:
    assert json_depth_exceeds(DEEP)
    assert not json_depth_exceeds(json.dumps({"text": DEEP}))
    assert not json_depth_exceeds("[" * MAX_DEPTH + "]" * MAX_DEPTH)
    assert json_depth_exceeds("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))


def test_deep_json_line_in_media_is_quarantined_and_the_rest_kept(
    tmp_path: Path, store: Store
) -> None:
    good = {"url": "https://n.example/a", "title": "T", "text": "Some news.", "outlet": "N"}
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(good) + "\n" + DEEP + "\n", encoding="utf-8")
    batch = read_media(path)
    assert len(batch.records) == 1
    [bad] = batch.quarantined
    assert (bad.line, bad.reason) == (2, TOO_DEEP)
    result = ingest_media(store, path)
    assert result.summary["stored"] == 1 and result.summary["quarantined"] == 1


def test_deep_json_line_in_ftm_is_quarantined(tmp_path: Path) -> None:
    entity = {"id": "p1", "schema": "Person", "properties": {"name": ["Ann Example"]}}
    path = tmp_path / "list.ftm.json"
    path.write_text(json.dumps(entity) + "\n" + DEEP + "\n", encoding="utf-8")
    load = parse_ftm(path, source="watchlist:hostile")
    assert [q.reason for q in load.quarantined] == [TOO_DEEP]
    assert load.quarantined[0].line == 2


def test_deep_json_line_in_listings_is_quarantined(tmp_path: Path) -> None:
    path = tmp_path / "ads.jsonl"
    good = {"id": "L1", "title": "Flat", "text": "A flat to rent."}
    path.write_text(json.dumps(good) + "\n" + DEEP + "\n", encoding="utf-8")
    items = list(read_listings(path, subject_key="PLAT", salt=b"salt"))
    bad = [i for i in items if getattr(i, "reason", None) == TOO_DEEP]
    assert len(bad) == 1 and bad[0].line == 2
    assert len(items) == 2


def test_deep_sfdx_json_file_is_quarantined_and_other_files_kept(
    tmp_path: Path, store: Store
) -> None:
    (tmp_path / "Account.csv").write_text("Id,Name\n001000000000001AAA,Kept Co\n")
    (tmp_path / "Deep.json").write_text(DEEP)
    result = ingest_crm(store, tmp_path)
    assert result.summary["subjects_stored"] == 1
    assert [q.reason for q in result.quarantined] == [TOO_DEEP]
    assert result.quarantined[0].file.endswith("Deep.json")


def _quarantine_reasons(store: Store) -> list[tuple[str | None, str, str]]:
    return [(q["field"], q["reason"], q["raw"]) for q in store.quarantined()]


def test_nul_byte_in_a_csv_field_quarantines_that_row_only(tmp_path: Path, store: Store) -> None:
    (tmp_path / "Account.csv").write_text(
        "Id,Name\n001000000000001AAA,Kept Co\n001000000000002AAA,Bad\x00Co\n"
    )
    result = ingest_crm(store, tmp_path)
    assert result.summary["subjects_stored"] == 1
    [bad] = result.quarantined
    assert (bad.line, bad.field, bad.reason) == (3, "Name", NUL_REASON)
    [(_, reason, raw)] = _quarantine_reasons(store)
    assert reason == NUL_REASON and "\x00" not in raw and "Bad\\x00Co" in raw


def test_nul_byte_in_a_json_line_quarantines_that_row_only(tmp_path: Path, store: Store) -> None:
    good = {"url": "https://n.example/a", "title": "T", "text": "Some news.", "outlet": "N"}
    bad = {**good, "url": "https://n.example/b", "text": "Evil\x00text"}
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    result = ingest_media(store, path)
    assert result.summary["stored"] == 1 and result.summary["quarantined"] == 1
    [(field, reason, raw)] = _quarantine_reasons(store)
    assert reason == NUL_REASON and field == "text" and "\x00" not in raw


def test_nul_byte_in_a_watchlist_entry_is_quarantined(tmp_path: Path, store: Store) -> None:
    good = {"id": "p1", "schema": "Person", "properties": {"name": ["Ann Example"]}}
    bad = {"id": "p2", "schema": "Person", "properties": {"name": ["Bad\x00Name"]}}
    path = tmp_path / "list.ftm.json"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    summary = ingest_watchlist(store, path, "ftm", name="hostile")
    assert summary["quarantined"] == 1
    assert [r for _, r, _ in _quarantine_reasons(store)] == [NUL_REASON]


def _finishes(call: Callable[[], object], fifo: Path | None = None) -> object:
    """Run ``call`` in a thread; fail (after unblocking the FIFO reader) if it hangs."""
    out: dict[str, object] = {}

    def run() -> None:
        try:
            out["value"] = call()
        except Exception as exc:
            out["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(5)
    hung = worker.is_alive()
    if hung and fifo is not None:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        worker.join(5)
    assert not hung, "reading hung"
    return out.get("error", out.get("value"))


def test_symlink_to_dev_zero_in_a_crm_folder_is_refused(tmp_path: Path, store: Store) -> None:
    (tmp_path / "Account.csv").symlink_to("/dev/zero")
    error = _finishes(lambda: ingest_crm(store, tmp_path))
    assert isinstance(error, InputError)
    assert "symbolic link out of the input folder" in str(error)


def test_symlink_to_a_device_named_directly_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "list.ftm.json"
    link.symlink_to("/dev/zero")
    error = _finishes(lambda: parse_ftm(link))
    assert isinstance(error, InputError) and "a symbolic link to a device" in str(error)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_not_waited_on(tmp_path: Path, store: Store) -> None:
    fifo = tmp_path / "Account.csv"
    os.mkfifo(fifo)
    error = _finishes(lambda: ingest_crm(store, tmp_path), fifo)
    assert isinstance(error, InputError) and "named pipe" in str(error)
    error = _finishes(lambda: read_media(fifo), fifo)
    assert isinstance(error, InputError) and "named pipe" in str(error)
    error = _finishes(lambda: list(read_csv(fifo, "x")), fifo)
    assert isinstance(error, InputError) and "named pipe" in str(error)


def test_media_folder_does_not_follow_links_out_of_it(tmp_path: Path, store: Store) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("root:x:0:0:root:/root:/bin/bash\n")
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "kept.txt").write_text("Company news\n\nA story about a company.\n")
    (folder / "passwd.txt").symlink_to(outside / "secret.txt")
    (folder / "sub").symlink_to(outside, target_is_directory=True)
    batch = read_media(folder)
    assert all("root:x" not in r.text for r in batch.records)
    assert len(batch.records) == 1
    refused = [q for q in batch.quarantined if "symbolic link out of" in q.reason]
    assert {Path(q.file).name for q in refused} == {"passwd.txt", "sub"}
    result = ingest_media(store, folder)
    assert result.summary["stored"] == 1


def test_oversized_csv_field_is_quarantined_with_its_size_and_a_prefix(
    tmp_path: Path, store: Store
) -> None:
    limits = Limits(field=1000, row=5000)
    path = tmp_path / "Account.csv"
    big = "x" * 20_000
    path.write_text(f"Id,Name\n001000000000001AAA,Kept Co\n001000000000002AAA,{big}\n")
    items = list(read_csv(path, "crm", limits))
    assert len(items) == 2
    bad = items[1]
    assert isinstance(bad, Quarantined)
    assert (bad.line, bad.field) == (3, "Name")
    assert bad.reason == "field larger than the limit of 1000 bytes (20000 bytes)"
    assert len(bad.raw) < 2100 and "20020 bytes in all" in bad.raw


def test_hundred_megabyte_field_is_quarantined_by_size_not_as_broken_csv(
    tmp_path: Path, store: Store
) -> None:
    (tmp_path / "Account.csv").write_bytes(
        b"Id,Name\n001000000000001AAA,Kept Co\n001000000000002AAA," + b"y" * (100 * 1024**2) + b"\n"
    )
    result = ingest_crm(store, tmp_path)
    assert result.summary["subjects_stored"] == 1
    [bad] = result.quarantined
    assert bad.field == "Name" and bad.reason.startswith("field larger than the limit of")
    [stored] = store.quarantined()
    assert len(stored["raw"]) < 2100


def test_oversized_csv_row_is_quarantined_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "Account.csv"
    path.write_text("Id,Name\n001000000000002AAA," + "z," * 0 + "a" * 900 + "\n")
    [bad] = list(read_csv(path, "crm", Limits(field=1000, row=500)))
    assert isinstance(bad, Quarantined)
    assert bad.reason.startswith("row larger than the limit of 500 bytes")


def test_file_over_the_file_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "Account.csv"
    path.write_text("Id,Name\n" + "001000000000002AAA,Name\n" * 100)
    with pytest.raises(InputError, match="file larger than 1000 bytes"):
        list(read_csv(path, "crm", Limits(file=1000)))


def test_json_line_over_the_row_cap_is_quarantined_and_the_rest_read(tmp_path: Path) -> None:
    from knowable.sources.jsonlines import read_lines

    path = tmp_path / "entities.jsonl"
    big = json.dumps({"id": "x", "text": "z" * 300_000})
    path.write_bytes(b'{"id": "a"}\n' + big.encode() + b'\n\xff\xfe broken\n{"id": "b"}\n')
    items = list(read_lines(path, "watchlist:ftm", Limits(row=1000)))
    assert [i for i in items if isinstance(i, tuple)] == [(1, '{"id": "a"}'), (4, '{"id": "b"}')]
    size, utf8 = (i for i in items if isinstance(i, Quarantined))
    assert (size.line, size.reason) == (
        2,
        f"row larger than the limit of 1000 bytes ({len(big) + 1} bytes)",
    )
    assert len(size.raw) < 2100
    assert utf8.line == 3 and "not valid UTF-8" in utf8.reason
    kept = list(read_lines(path, "watchlist:ftm"))
    assert sum(isinstance(i, tuple) for i in kept) == 3  # under the default cap: read


def test_ftm_and_listing_lines_over_the_cap_are_quarantined(tmp_path: Path) -> None:
    entity = {"id": "e1", "schema": "Person", "properties": {"name": ["Ana Okafor"]}}
    huge = {"id": "e2", "schema": "Person", "properties": {"name": ["y" * 5000]}}
    path = tmp_path / "list.jsonl"
    path.write_text(json.dumps(entity) + "\n" + json.dumps(huge) + "\n")
    load = parse_ftm(path, source="watchlist:test", limits=Limits(row=2000))
    assert len(load.records) == 1
    [bad] = load.quarantined
    assert bad.line == 2 and bad.reason.startswith("row larger than the limit of 2000 bytes")
    assert len(parse_ftm(path, source="watchlist:test").records) == 2
    ads = tmp_path / "ads.jsonl"
    ad = {"id": "1", "title": "a", "posted_at": "2017-01-02", "text": "t" * 5000}
    ads.write_text(json.dumps(ad) + "\n")
    [item] = read_listings(ads, subject_key="001A", salt=b"s", limits=Limits(row=2000))
    assert isinstance(item, Quarantined) and item.reason.startswith("row larger than")
    [kept] = read_listings(ads, subject_key="001A", salt=b"s")
    assert not isinstance(kept, Quarantined)


def test_listing_and_list_csv_fields_over_the_cap_are_quarantined(tmp_path: Path) -> None:
    from knowable.sources.listcsv import parse_list_csv

    ads = tmp_path / "ads.csv"
    ads.write_text(
        "id,title,posted_at,text\n1,Ad,2017-01-02,short\n2,Ad,2017-01-02," + "t" * 3000 + "\n"
    )
    items = list(read_listings(ads, subject_key="001A", salt=b"s", limits=Limits(field=1000)))
    assert not isinstance(items[0], Quarantined)
    assert isinstance(items[1], Quarantined) and items[1].field == "text"
    assert items[1].reason == "field larger than the limit of 1000 bytes (3000 bytes)"
    internal = tmp_path / "internal.csv"
    internal.write_text("id,name\nL1,Ana Okafor\nL2," + "n" * 3000 + "\n")
    load = parse_list_csv(internal, limits=Limits(field=1000))
    [bad] = load.quarantined
    assert (bad.line, bad.field) == (3, "name")
    assert len(parse_list_csv(internal).quarantined) == 0
