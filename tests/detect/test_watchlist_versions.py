"""List versions as evidence: a listing is knowable from the first loaded version that holds
it, counted once however many versions (or screening runs) saw it, and ended by the first
version that no longer holds it. Fixtures: three fictional OFAC-format versions, see
``fixtures/ofac_versions/README.md``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from knowable.assess.score import assess
from knowable.catalogue.policy import bundled_policy
from knowable.detect.watchlist.screen import Listing, listings, screen
from knowable.jobs.watchlists import ingest_watchlist, screen_watchlists
from knowable.model import Signal, Subject
from knowable.settings import Settings
from knowable.sources.ofac import parse_ofac
from knowable.sources.watchlist import WatchlistEntry, build_load
from knowable.store import Store, open_store

FIXTURES = Path(__file__).parent / "fixtures" / "ofac_versions"
V2019, V2020, V2021 = (
    datetime(2019, 1, 15, tzinfo=UTC),
    datetime(2020, 6, 1, tzinfo=UTC),
    datetime(2021, 7, 7, tzinfo=UTC),
)
VERSIONS = (V2019, V2020, V2021)
POLICY = bundled_policy()

BANK = Subject("001BANK", "Company", "Caspian Merchant Bank", countries=("fr",))
NORTHWIND = Subject("001NORTH", "Company", "Northwind Trading Company Limited")
RED_DUNE = Subject("001DUNE", "Company", "Red Dune Logistics FZE")
SEA_LARK = Subject("001LARK", "Company", "Sea Lark Marine Services")
BLUE = Subject("001BLUE", "Company", "Blue Harbour Shipping LLC")
SUBJECTS = [BANK, NORTHWIND, RED_DUNE, SEA_LARK, BLUE]


def entries(*dates: datetime) -> list[WatchlistEntry]:
    out: list[WatchlistEntry] = []
    for when in dates:
        out.extend(parse_ofac(FIXTURES / when.date().isoformat(), when).entries)
    return out


def by_name(found: list[Listing]) -> dict[str, Listing]:
    return {listing.newest.caption: listing for listing in found}


def signals_of(signals: list[Signal], subject: Subject) -> list[Signal]:
    return [s for s in signals if s.subject_key == subject.key]


# -- listings across versions -----------------------------------------------------------


def test_listing_followed_by_entry_id_across_versions() -> None:
    found = by_name(listings(entries(*VERSIONS)))
    bank = found["CASPIAN MERCHANT BANK"]
    [period] = bank.periods
    assert [e.list_version for e in period.entries] == ["2019-01-15", "2020-06-01", "2021-07-07"]
    # The remarks changed in 2020: another content, still the same listing by its id.
    assert len({e.content for e in period.entries}) == 2
    assert bank.key == "ofac-sdn-101" and not bank.ended
    assert len(found) == 6


def test_listing_followed_by_content_when_the_id_changes() -> None:
    dune = by_name(listings(entries(*VERSIONS)))["RED DUNE LOGISTICS FZE"]
    assert dune.ids == ("ofac-sdn-105", "ofac-sdn-205")
    assert dune.key == "ofac-sdn-105"
    assert len(dune.periods) == 1 and len(dune.periods[0].entries) == 3
    assert dune.evidence_keys() == [
        "watchlist:ofac-sdn|ofac-sdn-105",
        "watchlist:ofac-sdn|ofac-sdn-205",
    ]


def test_other_id_and_other_content_is_another_listing() -> None:
    def load(entity_id: str, name: str, when: datetime) -> list[WatchlistEntry]:
        entity = {"id": entity_id, "schema": "Company", "properties": {"name": [name]}}
        version = when.date().isoformat()
        return build_load("watchlist:test", [entity], version, when, "test").entries

    found = listings([*load("a-1", "ACME ONE", V2019), *load("a-2", "ACME TWO", V2020)])
    assert len(found) == 2
    first = next(x for x in found if x.key == "a-1")
    assert first.periods[0].ended_version == "2020-06-01"


def test_delisting_ends_a_period_and_a_relisting_starts_another() -> None:
    found = by_name(listings(entries(*VERSIONS)))
    [northwind] = found["NORTHWIND TRADING CO., LTD."].periods
    assert [e.list_version for e in northwind.entries] == ["2019-01-15", "2020-06-01"]
    assert northwind.ended_version == "2021-07-07" and northwind.ended_at == V2021
    lark = found["SEA LARK MARINE SERVICES"].periods
    assert [(p.entries[0].list_version, p.ended_version) for p in lark] == [
        ("2019-01-15", "2020-06-01"),
        ("2021-07-07", None),
    ]
    # Only the versions loaded count: without the 2021 version nothing has ended yet.
    early = by_name(listings(entries(V2019, V2020)))
    assert not early["NORTHWIND TRADING CO., LTD."].ended


# -- screening: one signal per listing and period, dated by the first version ------------


def test_signal_is_dated_by_the_first_version_that_holds_the_listing() -> None:
    signals = screen(SUBJECTS, entries(*VERSIONS))
    [bank] = signals_of(signals, BANK)
    assert bank.observed_at == V2019
    assert bank.details["list_version"] == "2019-01-15"
    assert bank.details["entry_id"] == "ofac-sdn-101"
    assert "ended_at" not in bank.details
    assert bank.details["evidence_keys"] == ["watchlist:ofac-sdn|ofac-sdn-101"]
    [blue] = signals_of(signals, BLUE)
    assert blue.observed_at == V2021  # new in 2021: not knowable earlier
    [dune] = signals_of(signals, RED_DUNE)
    assert dune.observed_at == V2019 and dune.details["entry_id"] == "ofac-sdn-105"


def test_versions_loaded_in_any_order_give_the_same_signals() -> None:
    forward = screen(SUBJECTS, entries(*VERSIONS))
    backward = screen(SUBJECTS, entries(*reversed(VERSIONS)))
    assert sorted(s.id for s in forward) == sorted(s.id for s in backward)


def test_delisted_listing_signal_carries_its_end() -> None:
    signals = screen(SUBJECTS, entries(*VERSIONS))
    [northwind] = signals_of(signals, NORTHWIND)
    assert northwind.observed_at == V2019
    assert northwind.details["ended_at"] == V2021.isoformat()
    assert northwind.details["ended_version"] == "2021-07-07"
    assert ("de-listed", "absent from the 2021-07-07 version") in northwind.explanation.facts  # type: ignore[union-attr]
    first, again = signals_of(signals, SEA_LARK)
    assert (first.observed_at, first.details["ended_at"]) == (V2019, V2020.isoformat())
    assert again.observed_at == V2021 and "ended_at" not in again.details


def test_a_listing_first_matched_in_a_later_version_is_dated_by_that_version() -> None:
    def version(when: datetime, alias: list[str]) -> list[WatchlistEntry]:
        props = {"name": ["ORION GLOBAL HOLDINGS"], "alias": alias}
        entity = {"id": "o-1", "schema": "Company", "properties": props}
        day = when.date().isoformat()
        return build_load("watchlist:test", [entity], day, when, "test").entries

    subject = Subject("001ORION", "Company", "Zephyr Maritime Agency")
    listed = [*version(V2019, []), *version(V2020, ["ZEPHYR MARITIME AGENCY"])]
    [signal] = screen([subject], listed)
    assert signal.observed_at == V2020 and signal.details["list_version"] == "2020-06-01"


# -- branches abroad are no country conflict ----------------------------------------------


def test_branch_addresses_do_not_lower_the_bank_match() -> None:
    listed = entries(V2019)
    [abroad] = screen([BANK], listed)
    nowhere = Subject("001BANK", "Company", "Caspian Merchant Bank")
    [plain] = screen([nowhere], listed)
    features = {f["feature"] for f in abroad.details["features"]}
    assert "country_conflict" not in features
    assert abroad.strength >= plain.strength
    # A customer in a branch's country: the shared country supports the match.
    hamburg = Subject("001BANK", "Company", "Caspian Merchant Bank", countries=("de",))
    [branch] = screen([hamburg], listed)
    assert branch.strength > plain.strength
    assert any(
        f["feature"] == "country_match" and f["score"] == 1.0 for f in branch.details["features"]
    )


# -- assessment: once, from the first version, ended by a de-listing ----------------------


def value(signals: list[Signal], subject: Subject, when: datetime) -> float:
    return assess(subject.key, signals, POLICY, when).score


def test_every_screening_run_together_counts_the_listing_once() -> None:
    # As the store holds them: runs as of 2019, 2020 and 2021 (2021 before the 2019 list
    # was loaded, as in the defect) each stored their own signals.
    runs = [
        *screen([BANK], entries(V2019)),
        *screen([BANK], entries(V2019, V2020)),
        *screen([BANK], entries(V2021)),
        *screen([BANK], entries(*VERSIONS)),
    ]
    # Runs that saw the same versions made the same signal (stored once).
    assert len({s.id for s in runs}) == 3
    [alone] = screen([BANK], entries(V2019))
    once = value([alone], BANK, datetime(2024, 1, 1, tzinfo=UTC))
    assert once == pytest.approx(value(runs, BANK, datetime(2024, 1, 1, tzinfo=UTC)))
    assert value(runs, BANK, datetime(2019, 6, 1, tzinfo=UTC)) == pytest.approx(once)
    assert value(runs, BANK, datetime(2019, 1, 14, tzinfo=UTC)) == 0.0
    found = assess(BANK.key, runs, POLICY, datetime(2024, 1, 1, tzinfo=UTC))
    assert found.knowable_since == V2019
    counted = [c for c in found.contributions if c.value > 0]
    assert len(counted) == 1
    duplicates = [c for c in found.contributions if "counted once" in c.note]
    assert len(duplicates) == len(runs) - 1


def test_assessment_before_the_first_version_sees_nothing() -> None:
    signals = screen([BANK], entries(*VERSIONS))
    early = assess(BANK.key, signals, POLICY, datetime(2018, 12, 31, tzinfo=UTC))
    assert early.score == 0.0 and early.knowable_since is None and early.contributions == ()


def test_delisting_ends_the_evidence_from_that_version_on() -> None:
    signals = screen([NORTHWIND], entries(*VERSIONS))
    before = assess(NORTHWIND.key, signals, POLICY, datetime(2021, 7, 6, tzinfo=UTC))
    after = assess(NORTHWIND.key, signals, POLICY, datetime(2021, 7, 7, tzinfo=UTC))
    assert before.score > 0.5 and after.score == 0.0
    # It was knowable while listed; that history stays.
    assert after.knowable_since == V2019
    [note] = [c.note for c in after.contributions]
    assert "ended 2021-07-07" in note
    # A run made before the de-listing was loaded does not keep it alive: the run that saw
    # the de-listing ends the one piece of evidence.
    older_run = screen([NORTHWIND], entries(V2019, V2020))
    assert "ended_at" not in older_run[0].details
    both = assess(NORTHWIND.key, [*older_run, *signals], POLICY, datetime(2022, 1, 1, tzinfo=UTC))
    assert both.score == 0.0
    still = assess(NORTHWIND.key, older_run, POLICY, datetime(2022, 1, 1, tzinfo=UTC))
    assert still.score > 0.5


def test_relisting_counts_again_but_never_twice() -> None:
    signals = screen([SEA_LARK], entries(*VERSIONS))
    listed = value(signals, SEA_LARK, datetime(2019, 6, 1, tzinfo=UTC))
    assert listed > 0.5
    assert value(signals, SEA_LARK, datetime(2020, 12, 1, tzinfo=UTC)) == 0.0
    assert value(signals, SEA_LARK, datetime(2022, 1, 1, tzinfo=UTC)) == pytest.approx(listed)


# -- the store: screening as of dates, then assessing --------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = open_store(Settings(workspace=tmp_path))
    with store.ingest_batch(source="crm", path="test", actor="test") as batch:
        for subject in SUBJECTS:
            batch.add_subject(subject)
    return store


def load(store: Store, when: datetime) -> None:
    ingest_watchlist(store, FIXTURES / when.date().isoformat(), "ofac-csv", when, actor="test")


def test_store_screening_dates_the_listing_by_its_first_loaded_version(store: Store) -> None:
    # The newest version is loaded first and screened, as happened with the real list.
    load(store, V2021)
    first = screen_watchlists(store, actor="test")
    assert [s.observed_at for s in signals_of(first.signals, BANK)] == [V2021]
    load(store, V2019)
    load(store, V2020)
    now = screen_watchlists(store, actor="test")
    assert now.lists == [f"watchlist:ofac-sdn@{v.date()}" for v in VERSIONS]
    assert now.entries == 6  # listings: Sea Lark counts once, Red Dune once
    assert [s.observed_at for s in signals_of(now.signals, BANK)] == [V2019]
    then = screen_watchlists(store, as_of=datetime(2019, 6, 1, tzinfo=UTC), actor="test")
    assert then.lists == ["watchlist:ofac-sdn@2019-01-15"]
    stored = store.signals(subject_key=BANK.key)
    assert len(stored) == 3  # one per run: 2021 alone, all three, 2019 alone
    late = assess(BANK.key, stored, POLICY, datetime(2024, 1, 1, tzinfo=UTC))
    [alone] = signals_of(then.signals, BANK)
    assert late.knowable_since == V2019
    assert late.score == pytest.approx(value([alone], BANK, datetime(2024, 1, 1, tzinfo=UTC)))
    assert value(stored, BANK, datetime(2019, 6, 1, tzinfo=UTC)) == pytest.approx(late.score)
    assert value(stored, BANK, datetime(2019, 1, 1, tzinfo=UTC)) == 0.0


def test_store_screening_as_of_a_date_sees_only_versions_known_then(store: Store) -> None:
    for when in VERSIONS:
        load(store, when)
    before = screen_watchlists(store, as_of=datetime(2021, 1, 1, tzinfo=UTC), actor="test")
    [northwind] = signals_of(before.signals, NORTHWIND)
    assert "ended_at" not in northwind.details
    assert signals_of(before.signals, BLUE) == []
    after = screen_watchlists(store, actor="test")
    [ended] = signals_of(after.signals, NORTHWIND)
    assert ended.details["ended_at"] == V2021.isoformat()
    stored = store.signals(subject_key=NORTHWIND.key)
    assert value(stored, NORTHWIND, datetime(2021, 1, 1, tzinfo=UTC)) > 0.5
    assert value(stored, NORTHWIND, datetime(2022, 1, 1, tzinfo=UTC)) == 0.0
