"""The shared chart: the score curve as the policy computes it, and its SVG drawing."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from itertools import pairwise

from knowable.assess.score import assess
from knowable.catalogue.policy import bundled_policy
from knowable.model import Signal, Subject
from knowable.report.chart import score_chart_svg, time_ticks, timeline_svg
from knowable.report.dossier import build_dossier
from knowable.report.render import to_html

SUBJECT = Subject("C-1", "Company", "Fictional Lanterns Ltd")
AS_OF = datetime(2020, 6, 30, tzinfo=UTC)


def _d(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _signals() -> list[Signal]:
    # Media allegations decay (half-life 730 days); a business record never does.
    return [
        Signal("C-1", "NEWS-01", 0.9, _d("2014-03-05"), "media", "1", record_id="n1"),
        Signal("C-1", "BIZ-03", 0.6, _d("2017-09-01"), "rel", "1", record_id="r1"),
    ]


def test_curve_steps_at_evidence_and_decays_between() -> None:
    data = build_dossier(SUBJECT, _signals(), [], bundled_policy(), AS_OF)
    curve = data.curve
    # At each evidence date: the foot of the step (just before) then the step, same date.
    feet = [c for c in curve if c.step]
    assert [c.date for c in feet] == ["2014-03-05", "2017-09-01"]
    assert feet[0].score == 0.0
    first = curve.index(feet[0])
    assert curve[first + 1].date == "2014-03-05" and curve[first + 1].score > 0.3
    # Between the two, the allegation decays: the score falls, never rises.
    between = [c.score for c in curve[first + 1 : curve.index(feet[1])]]
    assert len(between) > 20
    assert all(b <= a + 1e-9 for a, b in pairwise(between))
    assert between[-1] < between[0] - 0.1
    # The curve ends on the date asked, at the policy's own score for that date.
    policy = bundled_policy()
    assert curve[-1].date == "2020-06-30"
    assert abs(curve[-1].score - assess("C-1", _signals(), policy, AS_OF).score) < 0.006


def test_curve_without_dated_evidence_is_empty() -> None:
    undated = [Signal("C-1", "NEWS-01", 0.9, None, "media", "1")]
    assert build_dossier(SUBJECT, undated, [], bundled_policy(), AS_OF).curve == ()
    svg = score_chart_svg(build_dossier(SUBJECT, [], [], bundled_policy(), AS_OF))
    assert "No dated evidence" in svg and "<svg" not in svg


def test_svg_marks_since_above_the_plot_and_labels_enough_dates() -> None:
    signals = [
        Signal("C-1", "NEWS-01", 0.9, _d("2014-03-05"), "media", "1", record_id="n1"),
        Signal("C-1", "BIZ-03", 0.9, _d("2014-03-05"), "rel", "1", record_id="r1"),
    ]
    data = build_dossier(SUBJECT, signals, [], bundled_policy(), AS_OF)
    assert data.knowable_since == "2014-03-05"
    svg = score_chart_svg(data)
    assert svg.startswith("<svg") and 'class="threshold"' in svg
    label = re.search(r'class="since-label" x="[\d.]+" y="([\d.]+)"', svg)
    assert label and "knowable since 2014-03-05" in svg
    # The plot starts at y=30 (score 1.0): the label's baseline is above it.
    assert float(label.group(1)) < 30
    years = re.findall(r">(20\d\d)</text>", svg)
    assert len(years) >= 5, years
    # Vertical step: two consecutive path points share the x of 2014-03-05.
    path = re.search(r'class="line" d="([^"]+)"', svg)
    assert path
    xs = [p.split(",")[0] for p in path.group(1).replace("M", "L").split("L") if p]
    assert xs[0] == xs[1]


def test_time_ticks_choose_a_step_that_fits() -> None:
    years = time_ticks(date(2011, 3, 7), date(2020, 6, 30))
    assert 5 <= len(years) <= 9 and all(len(label) == 4 for _, label in years)
    months = time_ticks(date(2020, 1, 15), date(2020, 9, 1))
    assert 4 <= len(months) <= 9 and months[0][1] == "2020-02"
    short = time_ticks(date(2020, 1, 3), date(2020, 1, 20))
    assert [label for _, label in short] == ["2020-01-03", "2020-01-20"]


def test_timeline_has_a_lane_per_family_in_order() -> None:
    data = build_dossier(SUBJECT, _signals(), [], bundled_policy(), AS_OF)
    svg = timeline_svg(data)
    lanes = re.findall(r'text-anchor="end" font-size="11" fill="#555555">([a-z]+)</text>', svg)
    assert lanes == ["media", "business"]
    assert svg.count('class="mark"') == 2
    empty = build_dossier(SUBJECT, [], [], bundled_policy(), AS_OF)
    assert "No dated evidence" in timeline_svg(empty)


def test_dossier_html_draws_the_same_svg() -> None:
    data = build_dossier(SUBJECT, _signals(), [], bundled_policy(), AS_OF)
    html = to_html(data)
    assert score_chart_svg(data) in html and timeline_svg(data) in html
    assert "data:image/png" not in html


def test_threshold_label_goes_where_the_line_is_not() -> None:
    from knowable.report.chart import threshold_label

    flat_high = [(40.0, 50.0), (986.0, 50.0)]  # far above the threshold line at y=130
    assert threshold_label(flat_high, 130.0, 110, 44, 982) == (982, 126.0, "end")
    # The line ends just above the threshold on the right: the label moves below it.
    ends_near = [(40.0, 50.0), (700.0, 50.0), (986.0, 124.0)]
    assert threshold_label(ends_near, 130.0, 110, 44, 982) == (982, 143.0, "end")
    # The line falls through the threshold at the right end: the left end is free.
    hugs = [(40.0, 40.0), (800.0, 40.0), (800.0, 110.0), (986.0, 150.0)]
    assert threshold_label(hugs, 130.0, 110, 44, 982) == (44, 126.0, "start")
