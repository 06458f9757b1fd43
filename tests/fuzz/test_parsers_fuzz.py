"""Fuzzing every parser through its ingest job, on SQLite and PostgreSQL (issue 17).

Each target starts from a small valid file of its format (fixtures written for this
project) and applies a handful of hostile edits chosen by hypothesis: random bytes, NUL,
stray quotes and delimiters, deep brackets, invalid UTF-8, a huge field, truncation,
duplicated or deleted spans. Whatever comes out, the job must either finish (bad rows
quarantined) or refuse the input with a ``KnowableError``: one clear line, never a
traceback. Afterwards the audit chain must still verify.

The examples are derandomised, so CI runs the same cases every time; set
``KNOWABLE_FUZZ_EXAMPLES`` to run more while hunting.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowable.errors import KnowableError
from knowable.jobs.content import ingest_listings
from knowable.jobs.ingest import ingest_crm
from knowable.jobs.media import ingest_media
from knowable.jobs.watchlists import update_watchlist
from knowable.store import Store

ROOT = Path(__file__).resolve().parents[1]
LISTS = ROOT / "sources" / "fixtures" / "lists"
EXAMPLES = int(os.environ.get("KNOWABLE_FUZZ_EXAMPLES", "12"))

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

CRM_ACCOUNT = (
    b"Id,Name,Website,Industry,Description,CreatedDate\n"
    b'001000000000001AAA,Fuzz Harbor Ltd,fuzzharbor.example,Retail,"A shop, with ""quotes""",'
    b"2019-01-02T00:00:00.000+0000\n"
    b"001000000000002AAA,Quiet Pines Inn,quietpines.example,Hospitality,Motel,"
    b"2019-03-04T00:00:00.000+0000\n"
)
CRM_NOTE = (
    b"Id,ParentId,Title,Body,CreatedDate\n"
    b"002000000000001AAA,001000000000001AAA,Call,Customer asked about refunds.,"
    b"2019-02-01T10:00:00.000+0000\n"
)
MEDIA = (
    b'{"url": "https://news.example/a", "title": "Fuzz Harbor fined", "text": "Fuzz Harbor '
    b'Ltd was fined.", "outlet": "Example News", "published": "2019-05-01"}\n'
    b'{"url": "https://news.example/b", "title": "Quiet", "text": "Nothing.", "outlet": "N"}\n'
)
LISTINGS = (
    b'{"id": "ad-1", "url": "https://ads.example/1", "title": "Sofa for sale", '
    b'"body": "Blue sofa, call 555 0100", "posted": "2019-01-01"}\n'
    b'{"id": "ad-2", "url": "https://ads.example/2", "title": "Bike", "body": "Red bike", '
    b'"posted": "2019-01-02"}\n'
)

HOSTILE = [
    b"\x00",
    b'"',
    b",",
    b"\n",
    b"\r",
    b"\xff\xfe",
    b"\xc3\x28",
    b"[" * 2000,
    b"{" * 2000,
    b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    b"&a;",
    b"]]>",
    b"\xef\xbb\xbf",
    b"A" * 70_000,
    b"9" * 400,
    b"1970-13-45T99:99:99",
    b"../../../../etc/passwd",
]

edit = st.tuples(
    st.sampled_from(["insert", "replace", "delete", "duplicate", "truncate"]),
    st.floats(min_value=0.0, max_value=1.0),
    st.one_of(st.sampled_from(HOSTILE), st.binary(min_size=1, max_size=24)),
)
edits = st.lists(edit, min_size=1, max_size=4)


def mutate(seed: bytes, plan: list[tuple[str, float, bytes]]) -> bytes:
    data = bytearray(seed)
    for op, where, piece in plan:
        at = int(where * len(data)) if data else 0
        if op == "insert":
            data[at:at] = piece
        elif op == "replace":
            data[at : at + len(piece)] = piece
        elif op == "delete":
            del data[at : at + len(piece)]
        elif op == "duplicate":
            data[at:at] = data[at : at + 64]
        else:
            del data[at:]
    return bytes(data)


def survives(job: Callable[[], object]) -> None:
    """The job finishes or refuses with a KnowableError; any other exception fails."""
    try:
        job()
    except KnowableError as refused:
        message = str(refused)
        assert message and "\n" not in message.strip() and "Traceback" not in message


def _chain_intact(store: Store) -> None:
    result = store.verify_audit()
    assert result.ok, result.problems[:3]


@FUZZ
@given(plan=edits)
def test_crm_export(store: Store, tmp_path_factory: pytest.TempPathFactory, plan: list) -> None:
    folder = tmp_path_factory.mktemp("crm")
    (folder / "Account.csv").write_bytes(mutate(CRM_ACCOUNT, plan))
    (folder / "Note.csv").write_bytes(mutate(CRM_NOTE, plan[::-1]))
    survives(lambda: ingest_crm(store, folder, actor="fuzz"))


@FUZZ
@given(plan=edits)
def test_media_lines(store: Store, tmp_path_factory: pytest.TempPathFactory, plan: list) -> None:
    path = tmp_path_factory.mktemp("media") / "articles.jsonl"
    path.write_bytes(mutate(MEDIA, plan))
    survives(lambda: ingest_media(store, path, actor="fuzz"))


@FUZZ
@given(plan=edits)
def test_listings(store: Store, tmp_path_factory: pytest.TempPathFactory, plan: list) -> None:
    path = tmp_path_factory.mktemp("ads") / "ads.jsonl"
    path.write_bytes(mutate(LISTINGS, plan))
    survives(lambda: ingest_listings(store, path, "FUZZ-1", b"salt", actor="fuzz"))


LIST_SEEDS = [
    ("csl.csv", "csl-csv"),
    ("csl.json", "csl-json"),
    ("eu_fsf.xml", "eu-xml"),
    ("ofac_sdn.xml", "ofac-xml"),
    ("ofsi_conlist.csv", "uk-csv"),
    ("targets.simple.csv", "os-simple"),
    ("uk_sanctions.xml", "uk-xml"),
    ("../un.xml", "un-xml"),
    ("../entities.ftm.jsonl", "ftm"),
    ("../internal.csv", "csv"),
]


@pytest.mark.parametrize(("seed_name", "fmt"), LIST_SEEDS, ids=[f for _, f in LIST_SEEDS])
def test_watchlists(
    store: Store, tmp_path_factory: pytest.TempPathFactory, seed_name: str, fmt: str
) -> None:
    seed = (LISTS / seed_name).read_bytes()

    @FUZZ
    @given(plan=edits)
    def one(plan: list) -> None:
        path = tmp_path_factory.mktemp("list") / Path(seed_name).name
        path.write_bytes(mutate(seed, plan))
        survives(lambda: update_watchlist(store, path, name=f"fuzz-{fmt}", fmt=fmt, actor="fuzz"))
        shutil.rmtree(path.parent, ignore_errors=True)

    one()
    _chain_intact(store)


def test_the_chain_verifies_after_fuzzed_ingests(
    store: Store, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("crm")
    (folder / "Account.csv").write_bytes(CRM_ACCOUNT.replace(b"Retail", b"Re\x00tail"))
    survives(lambda: ingest_crm(store, folder, actor="fuzz"))
    path = folder / "articles.jsonl"
    path.write_bytes(MEDIA + b"[" * 100_000 + b"\n")
    survives(lambda: ingest_media(store, path, actor="fuzz"))
    _chain_intact(store)
