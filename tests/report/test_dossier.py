"""The dossier from a real (SQLite) store: every figure traces to stored signals and records."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from crm_fixture import write_export

from knowable.assess.participation import amount
from knowable.assess.score import assess
from knowable.catalogue.policy import NOT_SCREENED, bundled_policy
from knowable.jobs.assess import assess_store, screen_relationship
from knowable.jobs.ingest import ingest_crm
from knowable.jobs.report import dossier_from_store, resolve_subject
from knowable.model import Signal
from knowable.report.render import to_html, to_json
from knowable.settings import Settings
from knowable.store import Store, open_store

AS_OF = datetime(2017, 12, 31, tzinfo=UTC)


@pytest.fixture
def crm_store(tmp_path: Path) -> Store:
    store = open_store(Settings(workspace=tmp_path, database_url=""))
    ingest_crm(store, write_export(tmp_path / "export"), actor="test")
    return store


def _key(store: Store, name: str) -> str:
    return resolve_subject(store, name).key


def test_nothing_screened_means_not_screened(crm_store: Store) -> None:
    _, results = assess_store(crm_store, bundled_policy(), AS_OF)
    assert {a.band for a in results} == {NOT_SCREENED}
    assert all(not a.screened for a in results)


def test_screen_then_assess_ranks_and_dates(crm_store: Store) -> None:
    # A public red flag from another detector, stored as that detector would.
    pinboard = _key(crm_store, "Pinboard")
    news = Signal(
        pinboard, "NEWS-04", 0.9, datetime(2015, 6, 1, tzinfo=UTC), "media", "1", record_id="news-1"
    )
    with crm_store.screening_run(kind="media") as run:
        run.add_signals([news])
    result = screen_relationship(crm_store)
    indicators = {s.indicator for s in result.signals if s.subject_key == pinboard}
    assert {"REL-05", "REL-03", "REL-01", "REL-11", "REL-06"} <= indicators
    dental = _key(crm_store, "Dental")
    assert not [s for s in result.signals if s.subject_key == dental]

    policy = bundled_policy()
    _, mid = assess_store(crm_store, policy, datetime(2016, 6, 30, tzinfo=UTC))
    mid_pinboard = {a.subject_key: a for a in mid}[pinboard]
    assert mid_pinboard.band == "escalate"
    # by the end of 2017 the 2015 allegation has decayed: the score is lower
    _, results = assess_store(crm_store, policy, AS_OF)
    by_key = {a.subject_key: a for a in results}
    assert by_key[pinboard].band == "escalate"
    media = [c for c in by_key[pinboard].contributions if c.indicator == "NEWS-04"]
    mid_media = [c for c in mid_pinboard.contributions if c.indicator == "NEWS-04"]
    assert media[0].note != mid_media[0].note and "half-life" in media[0].note
    # knowable from the 2014-02-12 record that corroborates the CFO's call (2013-11-04):
    # that call is one record, counted once although the rules (REL-05) and the model
    # both read it, and one record alone stays below the line
    assert by_key[pinboard].knowable_since == datetime(2014, 2, 12, 15, tzinfo=UTC)
    assert by_key[dental].band == "clear"
    stored = {a.subject_key: a for a in crm_store.assessments()}
    assert stored[pinboard].policy_hash == policy.sha256
    assert stored[pinboard].score == pytest.approx(by_key[pinboard].score)

    # Before that call the same customer was below the line: later evidence is unseen.
    _, early = assess_store(crm_store, policy, datetime(2013, 10, 31, tzinfo=UTC))
    assert {a.subject_key: a for a in early}[pinboard].knowable_since is None


def test_dossier_figures_rebuild_from_the_store(crm_store: Store) -> None:
    screen_relationship(crm_store)
    policy = bundled_policy()
    subject = resolve_subject(crm_store, "Pinboard")
    data = dossier_from_store(crm_store, subject, policy, AS_OF)

    # knowledge: each item is a stored signal; each quote is the stored record's text.
    stored = {s.id: s for s in crm_store.signals(subject_key=subject.key)}
    assert {e.signal_id for e in data.knowledge} == set(stored)
    for e in data.knowledge:
        for q in e.quotes:
            record = crm_store.record(q.record_id)
            source = record.text if q.field is None else str(record.payload[q.field])
            assert source[q.start : q.end] == q.text
    # score and contributions: the policy applied to the stored signals.
    again = assess(subject.key, list(stored.values()), policy, AS_OF)
    assert data.score == pytest.approx(again.score)
    assert sum(e.contribution for e in data.knowledge) == pytest.approx(data.score)
    assert data.knowable_since == again.knowable_since.date().isoformat()  # type: ignore[union-attr]
    assert data.carried_by and all(c in stored for c in data.carried_by)
    # participation and benefit: counted again straight from the stored records.
    records = list(crm_store.records(subject_key=subject.key))
    assert sum(m.meetings for m in data.months) == sum(r.kind == "Event" for r in records)
    won = [r for r in records if r.kind == "Opportunity" and r.payload["StageName"] == "Closed Won"]
    assert data.total_revenue == sum(amount(r.payload["Amount"]) for r in won)
    renewals = [r for r in won if r.payload["Type"] == "Renewal"]
    assert data.total_renewal_revenue == sum(amount(r.payload["Amount"]) for r in renewals)
    # only the 2016 renewal comes after knowable since (2014-02-12), not the 2014 deal
    assert data.revenue_after_knowable == 30000.0
    # the chart series ends at as_of with the assessed score
    assert data.series[-1].date == AS_OF.date().isoformat()
    assert data.series[-1].score == pytest.approx(data.score)
    assert (data.policy_version, data.policy_hash) == (policy.version, policy.sha256)

    body = json.loads(to_json(data))
    assert body["knowable_since"] == data.knowable_since
    html = to_html(data)
    assert '<svg class="chart score-chart"' in html and "data:image/png" not in html
    assert "most of their revenue comes from the escort section" in html
    assert policy.sha256 in html
    assert "<link" not in html and "<script" not in html  # self-contained


def test_benign_customer_dossier_is_clear(crm_store: Store) -> None:
    screen_relationship(crm_store)
    subject = resolve_subject(crm_store, "Dental")
    data = dossier_from_store(crm_store, subject, bundled_policy(), AS_OF)
    assert (data.band, data.knowable_since, data.knowledge) == ("clear", None, ())
    assert data.total_revenue == 4000.0
