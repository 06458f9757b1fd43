"""Row hashes assembled column by column (bulk case opening) equal the general recipe."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowable import jcs
from knowable.hashing import JCS_FORM, LEGACY_FORM
from knowable.store.rowhash import HASHED_COLUMNS, new_row_hash, row_hash

_when = st.datetimes(
    min_value=datetime(2000, 1, 1), timezones=st.sampled_from([UTC, timezone(timedelta(hours=-5))])
)
_value = (
    st.none()
    | st.text(max_size=20)
    | st.integers(-(2**60), 2**60)
    | st.booleans()
    | st.floats(allow_nan=False, allow_infinity=False)
    | _when
    | st.lists(
        st.dictionaries(st.text(max_size=8), st.text(max_size=8) | st.floats(0, 1), max_size=3),
        max_size=3,
    )
)


@pytest.mark.parametrize("table", ["cases", "alerts", "case_events", "signals", "users"])
@given(data=st.data())
def test_new_row_hash_equals_row_hash(table: str, data: st.DataObject) -> None:
    row: dict[str, Any] = {col: data.draw(_value, label=col) for col in HASHED_COLUMNS[table]}
    assert new_row_hash(table, row) == row_hash(table, row)


@given(st.lists(st.dictionaries(st.text(max_size=8), st.floats(0, 1), max_size=3), max_size=4))
def test_a_column_given_as_its_canonical_json_hashes_as_the_value(
    evidence: list[dict[str, float]],
) -> None:
    row: dict[str, Any] = dict.fromkeys(HASHED_COLUMNS["cases"])
    row |= {"key": "case-1", "evidence": evidence, "version": 3}
    written = {"evidence": jcs.dumps(evidence)}
    assert new_row_hash("cases", row, written) == row_hash("cases", row)


def test_a_different_written_text_changes_the_hash() -> None:
    row: dict[str, Any] = dict.fromkeys(HASHED_COLUMNS["cases"]) | {"evidence": []}
    assert new_row_hash("cases", row, {"evidence": "[]"}) == row_hash("cases", row)
    assert new_row_hash("cases", row, {"evidence": "[1]"}) != row_hash("cases", row)


def test_only_the_current_form_is_written() -> None:
    row: dict[str, Any] = dict.fromkeys(HASHED_COLUMNS["alerts"])
    assert new_row_hash("alerts", {**row, "hash_version": JCS_FORM}) == row_hash("alerts", row)
    with pytest.raises(ValueError):
        new_row_hash("alerts", {**row, "hash_version": LEGACY_FORM})
