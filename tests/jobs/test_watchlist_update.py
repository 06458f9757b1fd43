"""``watchlist update``: a new version only when a list changed, its exact delta, the
changes since a version, all-quarantined loads, and lists fetched over HTTP from a local
server the tests start."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from sqlalchemy import update

from knowable.errors import InputError
from knowable.jobs.watchlists import (
    list_changes_since,
    list_versions,
    screen_watchlists,
    show_version,
    update_watchlist,
)
from knowable.model import Subject
from knowable.settings import Settings
from knowable.store import Store, open_store
from knowable.store import schema as t

HEADER = "id,name,schema,aliases,countries,program\n"
V1 = {
    "1": "1,Amber Fox Trading Ltd,Company,,cy,PROG-A",
    "2": "2,Basalt Harbour Services,Company,,mt,PROG-A",
    "3": "3,Cobalt Reed Imports,Company,,gr,PROG-B",
    "4": "4,Dune Lantern Logistics,Company,,pt,PROG-B",
}


def write(path: Path, rows: dict[str, str]) -> Path:
    path.write_text(HEADER + "\n".join(rows.values()) + "\n", encoding="utf-8")
    return path


def day(n: int) -> datetime:
    return datetime(2025, 1, n, tzinfo=UTC)


def test_same_content_stores_no_new_version(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "list.csv", V1)
    first = update_watchlist(store, path, "internal", list_date=day(1), actor="test")
    assert first.status == "stored" and first.version is not None
    assert (first.entries, first.stored, first.duplicates) == (4, 4, 0)
    assert (first.version.added, first.version.removed, first.version.changed) == (4, 0, 0)
    again = update_watchlist(store, path, "internal", actor="test")
    assert again.status == "unchanged" and again.version == first.version
    assert again.stored == 0
    assert len(list_versions(store, "internal")) == 1
    assert store.count("records") == 4
    # The check is on record all the same.
    assert store.audit_events(limit=1)[0].action == "list_check"


def test_same_entries_in_other_bytes_store_no_new_version(store: Store, tmp_path: Path) -> None:
    update_watchlist(store, write(tmp_path / "a.csv", V1), "internal", list_date=day(1))
    reordered = dict(reversed(list(V1.items())))
    later = update_watchlist(
        store, write(tmp_path / "b.csv", reordered), "internal", list_date=day(2)
    )
    assert later.status == "unchanged" and later.entries == 4
    assert len(list_versions(store, "internal")) == 1


def test_changed_list_stores_a_version_with_its_exact_delta(store: Store, tmp_path: Path) -> None:
    v1 = update_watchlist(store, write(tmp_path / "v1.csv", V1), "internal", list_date=day(1))
    rows = dict(V1)
    del rows["4"]  # removed
    rows["2"] = "2,Basalt Harbour Services,Company,Basalt HS,mt,PROG-A"  # alias added
    rows["3"] = "3,Cobalt Reed Imports,Company,,gr,PROG-C"  # programme changed
    rows["5"] = "5,Ember Quay Holdings,Company,,lv,PROG-A"  # added
    rows["6"] = "6,Flint Meadow Partners,Company,,ee,PROG-A"  # added
    v2 = update_watchlist(store, write(tmp_path / "v2.csv", rows), "internal", list_date=day(2))
    assert v2.status == "stored" and v2.version is not None and v1.version is not None
    assert (v2.version.added, v2.version.removed, v2.version.changed) == (2, 1, 2)
    assert v2.version.previous_id == v1.version.id and not v2.version.backfill
    shown, changes = show_version(store, "internal")
    assert shown == v2.version
    assert [(c.entry_id, c.change, c.fields) for c in changes] == [
        ("internal-2", "changed", ("alias",)),
        ("internal-3", "changed", ("program",)),
        ("internal-4", "removed", ()),
        ("internal-5", "added", ()),
        ("internal-6", "added", ()),
    ]
    removed = next(c for c in changes if c.change == "removed")
    assert removed.record_id is None and removed.previous_record_id is not None
    assert store.record(removed.previous_record_id).payload["list_version"] == "2025-01-01"
    # Screening sees both versions: the removed entry ends at the second one.
    with store.ingest_batch(source="crm", path="t", actor="test") as batch:
        batch.add_subject(Subject("c4", "Company", "Dune Lantern Logistics"))
    [signal] = screen_watchlists(store, actor="test").signals
    assert signal.details["ended_version"] == "2025-01-02"


def test_changes_since_a_version_are_the_net_delta(store: Store, tmp_path: Path) -> None:
    v1 = update_watchlist(store, write(tmp_path / "v1.csv", V1), "internal", list_date=day(1))
    rows = dict(V1)
    rows["5"] = "5,Ember Quay Holdings,Company,,lv,PROG-A"  # added in v2, removed in v3
    rows["1"] = "1,Amber Fox Trading Ltd,Company,,cy,PROG-Z"  # changed in v2
    del rows["2"]  # removed in v2, back unchanged in v3
    v2 = update_watchlist(store, write(tmp_path / "v2.csv", rows), "internal", list_date=day(2))
    rows3 = dict(rows)
    del rows3["5"]
    rows3["2"] = V1["2"]
    rows3["6"] = "6,Flint Meadow Partners,Company,,ee,PROG-A"  # added in v3
    del rows3["3"]  # removed in v3
    v3 = update_watchlist(store, write(tmp_path / "v3.csv", rows3), "internal", list_date=day(3))
    assert v1.version and v2.version and v3.version
    since1 = list_changes_since(store, "internal", v1.version.id)
    assert since1.versions == (v2.version.id, v3.version.id)
    assert [c.entry_id for c in since1.added] == ["internal-6"]
    assert [c.entry_id for c in since1.removed] == ["internal-3"]
    # 1 changed; 2 was removed and came back, counted as changed; 5 came and went.
    assert [(c.entry_id, c.fields) for c in since1.changed] == [
        ("internal-1", ("program",)),
        ("internal-2", ()),
    ]
    assert since1.earlier == ()
    since2 = list_changes_since(store, "internal", v2.version.id)
    assert [c.entry_id for c in since2.added] == ["internal-2", "internal-6"]
    assert [c.entry_id for c in since2.removed] == ["internal-3", "internal-5"]
    assert since2.changed == ()
    assert list_changes_since(store, "internal", v3.version.id).entry_ids() == set()
    everything = list_changes_since(store, "internal", None)
    assert {c.entry_id for c in everything.added} == {
        "internal-1",
        "internal-2",
        "internal-4",
        "internal-6",
    }
    assert list_changes_since(store, "no-such-list", None).versions == ()


def test_an_older_version_loaded_later_is_a_backfill(store: Store, tmp_path: Path) -> None:
    newer = update_watchlist(store, write(tmp_path / "v2.csv", V1), "internal", list_date=day(5))
    older_rows = {**V1, "9": "9,Garnet Sky Brokers,Company,,lt,PROG-A"}
    older = update_watchlist(
        store, write(tmp_path / "v1.csv", older_rows), "internal", list_date=day(1)
    )
    assert older.status == "stored" and older.version and newer.version
    assert older.version.backfill and older.version.previous_id is None
    assert older.version.added == 5
    since = list_changes_since(store, "internal", newer.version.id)
    assert since.added == () and since.removed == () and since.changed == ()
    assert {c.entry_id for c in since.earlier} == {f"internal-{n}" for n in (1, 2, 3, 4, 9)}
    # The version in force is still the newer one.
    assert show_version(store, "internal")[0].id == newer.version.id
    # The same bytes as the version in force, dated between the two: it follows day 1,
    # whose entry 9 it no longer holds, so it is stored (dating that de-listing earlier).
    between = update_watchlist(store, tmp_path / "v2.csv", "internal", list_date=day(3))
    assert between.status == "stored" and between.version is not None
    assert between.version.backfill and between.version.previous_id == older.version.id
    assert (between.version.added, between.version.removed, between.version.changed) == (0, 1, 0)


def test_every_row_quarantined_stores_the_quarantine_and_fails(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "1,,Company,,,\n2,Nobody,Company,,Atlantis,\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        update_watchlist(store, path, "internal", list_date=day(1))
    message = str(raised.value)
    assert "every row was quarantined (2)" in message and "\n" not in message
    assert "bad.csv, line 2, field 'name': name is empty" in message
    assert len(store.quarantined()) == 2
    assert list_versions(store) == [] and store.count("records") == 0


def test_empty_list_fails(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text(HEADER, encoding="utf-8")
    with pytest.raises(InputError, match="holds no entries"):
        update_watchlist(store, path, "internal", list_date=day(1))


def test_list_names_are_checked(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a list name"):
        update_watchlist(store, write(tmp_path / "l.csv", V1), "Bad Name!")


def test_same_day_versions_get_distinct_labels(store: Store, tmp_path: Path) -> None:
    update_watchlist(store, write(tmp_path / "a.csv", V1), "internal", list_date=day(1))
    rows = {**V1, "7": "7,Hazel Point Ltd,Company,,ie,PROG-A"}
    second = update_watchlist(store, write(tmp_path / "b.csv", rows), "internal", list_date=day(1))
    assert second.version is not None
    assert second.version.label.startswith("2025-01-01T") and second.version.added == 1


def test_audit_covers_versions_and_deltas(tmp_path: Path) -> None:
    store = open_store(Settings(workspace=tmp_path))
    update_watchlist(store, write(tmp_path / "v1.csv", V1), "internal", list_date=day(1))
    rows = {k: v for k, v in V1.items() if k != "1"}
    update_watchlist(store, write(tmp_path / "v2.csv", rows), "internal", list_date=day(2))
    assert store.verify_audit().ok
    with store.write() as conn:
        conn.execute(update(t.list_changes).values(change="added"))
    problems = store.verify_audit().problems
    assert any("list_changes row" in p for p in problems)
    assert any("list_changes written by version_id" in p for p in problems)


# -- URL sources: a local HTTP server ---------------------------------------------------


class _Lists(BaseHTTPRequestHandler):
    files: ClassVar[dict[str, tuple[bytes, str | None, str | None]]] = {}
    seen: ClassVar[list[dict[str, str]]] = []

    def do_GET(self) -> None:
        self.seen.append(dict(self.headers))
        if self.path == "/slow.csv":
            time.sleep(1.5)
        found = self.files.get(self.path)
        if found is None:
            self.send_error(404, "Not Found")
            return
        body, etag, modified = found
        if etag is not None and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        if etag is not None:
            self.send_header("ETag", etag)
        if modified is not None:
            self.send_header("Last-Modified", modified)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            return  # the client stopped reading (the size cap)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def server() -> Iterator[str]:
    _Lists.files = {}
    _Lists.seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Lists)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _body(rows: dict[str, str]) -> bytes:
    return (HEADER + "\n".join(rows.values()) + "\n").encode()


def test_url_source_with_etag_and_last_modified(server: str, tmp_path: Path) -> None:
    store = open_store(Settings(workspace=tmp_path))
    modified = "Wed, 15 Jan 2025 08:00:00 GMT"
    _Lists.files["/list.csv"] = (_body(V1), '"v1"', modified)
    first = update_watchlist(store, f"{server}/list.csv", "internal")
    assert first.status == "stored" and first.version is not None
    # The list states no date: the server's Last-Modified dates it.
    assert first.dated_by == "Last-Modified" and first.version.label == "2025-01-15"
    assert first.version.etag == '"v1"' and first.version.origin == f"{server}/list.csv"
    again = update_watchlist(store, f"{server}/list.csv", "internal")
    assert again.status == "not-modified" and again.version == first.version
    assert _Lists.seen[-1]["If-None-Match"] == '"v1"'
    assert _Lists.seen[-1]["If-Modified-Since"] == modified
    # A server without validators: the content hash decides.
    _Lists.files["/list.csv"] = (_body(V1), None, None)
    same = update_watchlist(store, f"{server}/list.csv", "internal")
    assert same.status == "unchanged"
    rows = {**V1, "8": "8,Ivory Gate Freight,Company,,fi,PROG-A"}
    _Lists.files["/list.csv"] = (_body(rows), '"v2"', "Thu, 16 Jan 2025 08:00:00 GMT")
    changed = update_watchlist(store, f"{server}/list.csv", "internal")
    assert changed.status == "stored" and changed.version is not None
    assert (changed.version.added, changed.version.removed, changed.version.changed) == (1, 0, 0)


def test_url_errors_are_one_line(server: str, tmp_path: Path) -> None:
    store = open_store(Settings(workspace=tmp_path))
    with pytest.raises(InputError, match=r"missing.csv: the server answered HTTP 404"):
        update_watchlist(store, f"{server}/missing.csv", "internal")
    _Lists.files["/big.csv"] = (_body(V1), None, None)
    with pytest.raises(InputError, match="more than the 100-byte limit"):
        update_watchlist(store, f"{server}/big.csv", "internal", max_bytes=100)
    _Lists.files["/slow.csv"] = (_body(V1), None, None)
    with pytest.raises(InputError, match=r"slow\.csv: (cannot download|download interrupted)"):
        update_watchlist(store, f"{server}/slow.csv", "internal", timeout=0.3)
    with pytest.raises(InputError, match="only http"):
        from knowable.jobs.listfetch import download

        download("ftp://example.invalid/list.csv", tmp_path)
    assert list_versions(store) == []


def test_ofac_legacy_file_set_from_several_urls(server: str, tmp_path: Path) -> None:
    store = open_store(Settings(workspace=tmp_path))
    folder = Path(__file__).parents[1] / "sources" / "fixtures" / "ofac"
    names = ("sdn.csv", "add.csv", "alt.csv")
    for name in names:
        _Lists.files[f"/ofac/{name}"] = ((folder / name).read_bytes(), None, None)
    urls = [f"{server}/ofac/{name}" for name in names]
    first = update_watchlist(store, urls, "ofac-sdn", list_date=day(1))
    assert first.status == "stored" and first.format == "ofac-csv"
    assert first.version is not None and first.version.origin == " ".join(urls)
    # The aliases of alt.csv arrived with the entries of sdn.csv.
    from_files = update_watchlist(store, folder, "ofac-files", list_date=day(1))
    assert first.entries == from_files.entries and first.parties == from_files.parties
    alias_counts = sorted(
        len(r.payload["properties"].get("alias", []))
        for r in store.records(source="watchlist:ofac-sdn")
    )
    assert alias_counts == sorted(
        len(r.payload["properties"].get("alias", []))
        for r in store.records(source="watchlist:ofac-files")
    )
    assert sum(alias_counts) > 0
    again = update_watchlist(store, urls, "ofac-sdn")
    assert again.status == "unchanged"
    with pytest.raises(InputError, match="different file names"):
        update_watchlist(store, [urls[0], urls[0]], "ofac-sdn")


def test_counts_agree_when_a_bad_row_comes_again(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    bad_row = {"0": "9,Nobody,Company,,Atlantis,"}
    first = update_watchlist(store, write(path, {**bad_row, **V1}), "internal", list_date=day(1))
    rows = {**bad_row, **V1, "5": "5,Ember Quay Holdings,Company,,lv,PROG-A"}
    second = update_watchlist(store, write(path, rows), "internal", list_date=day(2))
    for done, entries in ((first, 4), (second, 5)):
        assert done.entries == entries == done.stored + done.duplicates
        assert done.quarantined == 1  # the same row, quarantined once in the store
    assert len(store.quarantined()) == 1


def test_list_heads_and_the_changes_command(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    import knowable.cli.core
    import knowable.cli.watchlist  # noqa: F401  (registers the root options and commands)
    from knowable.cli.app import app
    from knowable.jobs.watchlists import list_heads

    store = open_store(Settings(workspace=tmp_path))
    assert list_heads(store) == {}
    v1 = update_watchlist(store, write(tmp_path / "a.csv", V1), "internal", list_date=day(1))
    rows = {k: v for k, v in V1.items() if k != "2"}
    v2 = update_watchlist(store, write(tmp_path / "b.csv", rows), "other", list_date=day(1))
    v3 = update_watchlist(store, write(tmp_path / "c.csv", rows), "internal", list_date=day(2))
    assert v1.version and v2.version and v3.version
    assert list_heads(store) == {"internal": v3.version.id, "other": v2.version.id}
    done = CliRunner().invoke(
        app,
        ["-w", str(tmp_path), "watchlist", "changes", "internal", "--since", "1", "--json"],
    )
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout) == {
        "list": "internal",
        "since": 1,
        "versions": [v3.version.id],
        "added": [],
        "removed": ["internal-2"],
        "changed": [],
        "earlier": [],
    }


def test_list_name_must_match_whole(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a list name"):
        update_watchlist(store, write(tmp_path / "l.csv", V1), "internal\n")
