"""The synthetic org the Spark tests and bench copy the demo into is a clean export: every
copy's records parse, none is quarantined for a wrong Id checksum."""

from __future__ import annotations

import sys
from pathlib import Path

from knowable.sources.salesforce import discover, parse_export
from knowable.sources.sfid import is_valid18

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from synthetic_org import DEMO_CRM, ROWS_PER_COPY, copy_text, tag, write_crm


def test_copies_parse_without_quarantine(tmp_path: Path) -> None:
    rows = write_crm(tmp_path / "crm", 3)
    export = parse_export(discover(tmp_path / "crm"))
    assert rows == 3 * ROWS_PER_COPY
    assert export.quarantined == []
    assert len(export.records) == rows
    demo = parse_export(discover(DEMO_CRM))
    assert len(export.subjects) == 3 * len(demo.subjects)


def test_renamed_ids_get_their_own_checksum() -> None:
    text = "003DEMO00000001YDA,001DEMO0000LISTLP,note about 003DEMO00000001YDA\n"
    assert is_valid18("003DEMO00000001YDA")
    copied = copy_text(text, 5)
    first = copied.split(",")[0]
    assert first.startswith("003" + tag(5)) and is_valid18(first)
    assert copied.count(first) == 2  # every mention of the Id renamed alike
    assert "001S0050000LISTLP" in copied  # not an 18-character Id: only renamed
    # renaming alone leaves the old suffix, which the Id check rejects
    assert not is_valid18("003DEMO00000001YDA".replace("DEMO", tag(5)))
    assert copy_text(text, 0) == text
