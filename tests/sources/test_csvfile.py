"""The CSV reader keeps every good row and quarantines each broken one with its line."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pytest

from knowable.errors import InputError
from knowable.model import Quarantined
from knowable.sources.csvfile import PIECE, CsvRow, read_csv
from knowable.sources.guards import Limits


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


def test_unterminated_quote_before_a_long_tail_resumes_on_the_next_line(tmp_path: Path) -> None:
    """The broken row's tail is larger than the row cap: it is measured, not held, and
    reading goes back to the line after the broken one."""
    path = tmp_path / "Task.csv"
    good = "".join(f"{n},fine row {n}\n" for n in range(2, 3000))
    path.write_text('Id,Body\n1,"never closed\n' + good)
    rows = list(read_csv(path, "crm", Limits(row=2000, field=1000)))
    bad = [r for r in rows if isinstance(r, Quarantined)]
    assert [(q.line, q.reason) for q in bad] == [
        (2, "unterminated quoted field (broken CSV quoting)")
    ]
    assert bad[0].raw == '1,"never closed\n'
    kept = [r for r in rows if isinstance(r, CsvRow)]
    assert len(kept) == 2998 and kept[0].line == 3 and kept[-1].values["Id"] == "2999"


def test_a_line_longer_than_one_piece_is_read_whole(tmp_path: Path) -> None:
    long = "word " * (PIECE // 2)
    rows = _read(tmp_path, f'Id,Body\n1,"{long}\nsecond line"\n2,short\n'.encode())
    assert [type(r) for r in rows] == [CsvRow, CsvRow]
    first = rows[0]
    assert isinstance(first, CsvRow) and first.values["Body"] == f"{long}\nsecond line"
    assert isinstance(rows[1], CsvRow) and rows[1].line == 4


def test_a_quoted_oversized_field_is_named_with_its_value_size(tmp_path: Path) -> None:
    path = tmp_path / "Note.csv"
    body = 'say ""hi"" ' + "b" * 5000
    path.write_text(f'Id,Body,Title\n1,"{body}",t\n2,ok,t\n')
    rows = list(read_csv(path, "crm", Limits(row=3000, field=1000)))
    bad = rows[0]
    assert isinstance(bad, Quarantined) and bad.field == "Body"
    assert bad.reason == f"field larger than the limit of 1000 bytes ({len(body) - 2} bytes)"
    assert isinstance(rows[1], CsvRow)


def test_rows_over_the_row_cap_with_no_big_field_name_the_row(tmp_path: Path) -> None:
    path = tmp_path / "Note.csv"
    path.write_text("Id,A,B,C\n1," + ",".join(["x" * 900] * 3) + "\n2,a,b,c\n")
    rows = list(read_csv(path, "crm", Limits(row=2000, field=1000)))
    bad = rows[0]
    assert isinstance(bad, Quarantined) and bad.field is None
    assert bad.reason.startswith("row larger than the limit of 2000 bytes")
    assert isinstance(rows[1], CsvRow)


def test_the_file_is_streamed_never_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from knowable.sources import csvfile

    real_open = csvfile.open_input
    asked: list[int] = []

    class Spy:
        """The file handle, recording how much each read asks for."""

        def __init__(self, handle: BinaryIO) -> None:
            self.handle = handle

        def __enter__(self) -> Spy:
            return self

        def __exit__(self, *_exc: object) -> None:
            self.handle.close()

        def readline(self, size: int = -1) -> bytes:
            asked.append(size)
            return self.handle.readline(size)

        def read(self, size: int = -1) -> bytes:
            asked.append(size)
            return self.handle.read(size)

        def seek(self, offset: int) -> int:
            return self.handle.seek(offset)

    def spying(path: Path, root: Path | None = None, limit: int | None = None) -> Spy:
        return Spy(real_open(path, root, limit))

    monkeypatch.setattr(csvfile, "open_input", spying)
    body = "".join(f"{n},{'x' * 50}\n" for n in range(5000))
    rows = _read(tmp_path, f"Id,Body\n{body}".encode())
    assert len(rows) == 5000
    assert asked and all(0 < size <= PIECE for size in asked)
