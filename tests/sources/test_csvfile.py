"""The CSV reader keeps every good row and quarantines each broken one with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowable.errors import InputError
from knowable.model import Quarantined
from knowable.sources.csvfile import CsvRow, read_csv


def _read(tmp_path: Path, data: bytes) -> list[CsvRow | Quarantined]:
    path = tmp_path / "Task.csv"
    path.write_bytes(data)
    return list(read_csv(path, "crm"))


def test_multiline_quoted_value_is_one_row(tmp_path: Path) -> None:
    rows = _read(tmp_path, b'Id,Body\n1,"line one\nline two, ""quoted"""\n2,plain\n')
    assert [type(r) for r in rows] == [CsvRow, CsvRow]
    first = rows[0]
    assert isinstance(first, CsvRow)
    assert first.values["Body"] == 'line one\nline two, "quoted"'
    assert first.line == 2
    assert isinstance(rows[1], CsvRow) and rows[1].line == 4


def test_unterminated_quote_is_quarantined_and_reading_resumes(tmp_path: Path) -> None:
    rows = _read(tmp_path, b'Id,Body\n1,"never closed\n2,fine\n3,also fine\n')
    bad = [r for r in rows if isinstance(r, Quarantined)]
    good = [r for r in rows if isinstance(r, CsvRow)]
    assert [q.line for q in bad] == [2]
    assert "unterminated" in bad[0].reason
    assert [r.values["Id"] for r in good] == ["2", "3"]


def test_wrong_field_count_is_quarantined(tmp_path: Path) -> None:
    rows = _read(tmp_path, b"Id,Body\n1,a,b\n2,ok\n")
    assert isinstance(rows[0], Quarantined) and "expected 2 fields, found 3" in rows[0].reason
    assert isinstance(rows[1], CsvRow)


def test_latin1_bytes_are_quarantined_with_field(tmp_path: Path) -> None:
    rows = _read(tmp_path, b"Id,Body\n1,Caf\xe9\n2,Cafe\xcc\x81 ok\n")
    bad = rows[0]
    assert isinstance(bad, Quarantined)
    assert bad.field == "Body" and "UTF-8" in bad.reason
    assert "Café" in bad.raw  # shown as latin-1 so nothing is lost
    assert isinstance(rows[1], CsvRow)


def test_bom_and_crlf(tmp_path: Path) -> None:
    rows = _read(tmp_path, b"\xef\xbb\xbfId,Body\r\n1,x\r\n")
    assert isinstance(rows[0], CsvRow) and rows[0].values == {"Id": "1", "Body": "x"}


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no header"):
        _read(tmp_path, b"")
