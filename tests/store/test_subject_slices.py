"""Subjects written in slices (``_SUBJECT_SLICE`` per statement) store what one statement
per batch stored: the same rows in the same order, the same counts and audit row hashes,
also when a key comes twice in a batch (across slices) or was stored by an earlier one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from knowable.model import Subject
from knowable.settings import Settings
from knowable.store import batches, open_store
from knowable.store import schema as t


def _subjects(round_: int) -> list[Subject]:
    out, again = [], []
    for i in range(40):
        name = f"Company {i}" + (" renamed" if round_ and i % 3 == 0 else "")
        out.append(Subject(f"001{i:03d}", "Company", name, countries=("DE",)))
        if i % 5 == 0:  # the same key again later in the batch, changed (another slice)
            again.append(Subject(f"001{i:03d}", "Company", name + " 2", domains=("x.example",)))
        if i % 10 == 0:  # and again, as it first was (an update back)
            again.append(out[-1])
    return out + again


def _ingest(tmp_path: Path) -> tuple[list[Any], list[Any], list[dict[str, Any]]]:
    tmp_path.mkdir()
    store = open_store(Settings(workspace=tmp_path, database_url=""))
    summaries, rows_hashed = [], []
    for round_ in (0, 1):
        with store.ingest_batch("crm", "Account.csv") as batch:
            batch.add_subjects(_subjects(round_))
        summaries.append(batch.summary())
        rows_hashed.append(dict(batch._subject_rows))
    s = t.subjects.c
    columns = [c for c in t.subjects.c if c.name not in ("created_at", "updated_at")]
    with store.read() as conn:
        stored = [tuple(r) for r in conn.execute(text("SELECT rowid, key FROM subjects"))]
        stored += [tuple(r) for r in conn.execute(select(*columns).order_by(s.key))]
    return stored, summaries, rows_hashed


def test_subjects_in_slices_store_what_one_statement_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _ingest(tmp_path / "whole")
    monkeypatch.setattr(batches, "_SUBJECT_SLICE", 7)
    sliced = _ingest(tmp_path / "sliced")
    assert sliced == whole
    assert whole[1][0]["subjects_stored"] == 40 and whole[1][1]["subjects_updated"] > 0
