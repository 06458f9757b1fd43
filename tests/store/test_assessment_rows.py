"""Assessments written in bulk: the row hash built from the contributions' JSON equals the
general recipe, and what the driver stores reads back (and verifies) exactly as the
Core insert's rows do, on SQLite and on PostgreSQL."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, update

from knowable import jcs
from knowable.model import Assessment, Contribution
from knowable.store import Store
from knowable.store import schema as t
from knowable.store.assessrows import assessment_row_hash, contributions_json, hashes_of
from knowable.store.convert import assessment_to_row, row_to_assessment
from knowable.store.rowhash import row_hash
from knowable.timeutil import as_utc, utcnow


def _assessments(n: int, seed: int = 3, storable: bool = True) -> list[Assessment]:
    """Fictional assessments; not ``storable``: with values PostgreSQL's jsonb refuses
    (infinity) or gives back otherwise (-0.0 as 0, 1e22 as an integer), which no policy
    produces; the hash must still follow the general recipe for them."""
    rng = random.Random(seed)
    start = datetime(2016, 2, 29, 23, 59, 59, 999_999, tzinfo=UTC)
    out = []
    for i in range(n):
        parts = tuple(
            Contribution(
                f"sig-{i}-{k}",
                rng.choice(["REL-01", "MED-02", "NET-07"]),
                rng.choice(["relationship", "media"]),
                rng.choice([rng.random() * 3, 2, 0.0, 1e-17]),
                rng.choice(
                    [rng.random() / 7, 0.0, *([] if storable else [float("inf"), -0.0, 1e22])]
                ),
                rng.choice(
                    ["strength 0.12; value now 0.034", 'Zoë "quoted"\nline', "", "\x01 \u2028 🙂"]
                ),
            )
            for k in range(rng.randint(0, 4))
        )
        zone = timezone(timedelta(hours=2)) if i % 4 == 1 else UTC
        out.append(
            Assessment(
                f"cust-{i}",
                (start + timedelta(days=31 * i, microseconds=i)).astimezone(zone),
                rng.random() if i % 3 else float(i % 2),
                rng.choice(["clear", "watch", "review", "escalate"]),
                "2026.12.2",
                "ab" * 32,
                parts,
                start - timedelta(days=i) if i % 2 else None,
                screened=i % 5 != 0,
            )
        )
    return out


def test_row_hash_from_the_contributions_json_equals_the_general_recipe() -> None:
    for run_id in (1, 12345, None):
        for item in _assessments(60, storable=False):
            row = assessment_to_row(item, run_id)
            try:
                expected = row_hash("assessments", row)
            except ValueError:  # NaN or an infinity: RFC 8785 has no spelling for them
                with pytest.raises(ValueError):
                    assessment_row_hash(item, run_id, contributions_json(item))
                continue
            text = contributions_json(item)
            assert assessment_row_hash(item, run_id, text) == expected


def test_the_row_hash_follows_every_column() -> None:
    item = _assessments(2)[1]
    text = contributions_json(item)
    base = assessment_row_hash(item, 1, text)
    assert assessment_row_hash(item, 2, text) != base
    assert assessment_row_hash(item, 1, "[]") != base
    changed = Assessment(
        item.subject_key,
        item.as_of,
        item.score + 1e-6,
        item.band,
        item.policy_version,
        item.policy_hash,
        item.contributions,
        item.knowable_since,
        item.screened,
    )
    assert assessment_row_hash(changed, 1, text) != base


def test_bulk_rows_read_back_equal_and_verify(store: Store) -> None:
    items = _assessments(45)
    run_id = store.add_assessments(items, params={"as_of": "2024-01-01"}, actor="t")
    with store.read() as conn:
        rows = [
            r._mapping for r in conn.execute(select(t.assessments).order_by(t.assessments.c.id))
        ]
    assert [row_to_assessment(r) for r in rows] == items
    assert [r["row_hash"] for r in rows] == hashes_of(items, run_id)
    assert [row_hash("assessments", r) for r in rows] == [r["row_hash"] for r in rows]
    assert {r["run_id"] for r in rows} == {run_id}
    assert store.verify_audit().ok


def test_bulk_rows_store_what_the_core_insert_stores(store: Store) -> None:
    """The driver path and SQLAlchemy's own insert give the same stored values."""
    item = _assessments(8)[7]
    now = utcnow()
    run_id = store.add_assessments([item], actor="t")
    row = assessment_to_row(item, run_id)
    row["row_hash"] = row_hash("assessments", row)
    with store.write() as conn:
        created = conn.execute(select(t.assessments.c.created_at)).scalar_one()
        conn.execute(t.assessments.insert().values(**row, created_at=created))
    names = [c.name for c in t.assessments.c if c.name not in ("id", "contributions")]
    columns = ", ".join(names)
    with store.read() as conn:
        raw = list(conn.exec_driver_sql(f"SELECT {columns} FROM assessments ORDER BY id"))
        read = [r._mapping for r in conn.execute(select(t.assessments).order_by("id"))]
    assert raw[0] == raw[1]
    assert read[0]["contributions"] == read[1]["contributions"]
    assert abs(as_utc(created) - now) < timedelta(minutes=5)


def test_an_edited_bulk_row_is_caught(store: Store) -> None:
    store.add_assessments(_assessments(10), actor="t")
    assert store.verify_audit().ok
    with store.write() as conn:
        conn.execute(
            update(t.assessments).where(t.assessments.c.subject_key == "cust-4").values(band="x")
        )
    verdict = store.verify_audit()
    assert not verdict.ok


_texts = st.text(max_size=40)
_numbers = st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(2**60), 2**60)
_contributions = st.lists(
    st.builds(Contribution, _texts, _texts, _texts, _numbers, _numbers, _texts), max_size=8
)


@given(_contributions)
def test_contributions_json_is_rfc8785_of_the_stored_column(parts: list[Contribution]) -> None:
    """The writer for the fixed shape gives byte for byte what ``knowable.jcs`` gives for
    the column ``assessment_to_row`` builds: any strings, any finite numbers."""
    item = Assessment("c", datetime(2024, 1, 1, tzinfo=UTC), 0.5, "watch", "v", "h", tuple(parts))
    assert contributions_json(item) == jcs.dumps(assessment_to_row(item, 1)["contributions"])
    assert assessment_row_hash(item, 1, contributions_json(item)) == row_hash(
        "assessments", assessment_to_row(item, 1)
    )


def test_contributions_json_refuses_what_rfc8785_cannot_write() -> None:
    bad = Assessment(
        "c",
        datetime(2024, 1, 1, tzinfo=UTC),
        0.5,
        "watch",
        "v",
        "h",
        (Contribution("s", "i", "f", 1.0, float("inf"), ""),),
    )
    with pytest.raises(ValueError):
        contributions_json(bad)
    with pytest.raises(ValueError):
        jcs.dumps(assessment_to_row(bad, 1)["contributions"])
