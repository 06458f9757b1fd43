"""From findings to signals: perpetrator roles only; story date counts; the demo story."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from knowable.detect.media.findings import analyse, sentence_spans
from knowable.detect.media.signals import MediaScreener
from knowable.model import Record, Subject
from knowable.sources.news import article_record, read_media

DEMO_NEWS = Path(__file__).parents[2] / "src" / "knowable" / "demo" / "data" / "news"
BOOK = [
    Subject(
        key="B", schema="Company", name="Brightwater Holdings Ltd", domains=("brightwater.example",)
    ),
    Subject(key="Q", schema="Company", name="Quillfeather Market"),
]


def _article(body: str, day: str = "2014-05-01") -> Record:
    return article_record(
        title="",
        body=body,
        url=None,
        outlet="Test Wire",
        published=datetime.fromisoformat(day).replace(tzinfo=UTC),
        published_raw=day,
        fmt="jsonl",
        origin="test",
    )


def _indicators(body: str) -> dict[str, set[str]]:
    result = MediaScreener(BOOK).article(_article(body))
    out: dict[str, set[str]] = {}
    for signal in result.signals:
        out.setdefault(signal.subject_key, set()).add(signal.indicator)
    return out


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Brightwater Holdings was charged with sex trafficking on Monday.", {"NEWS-01"}),
        ("Detectives said the girl was advertised for sex on Brightwater Holdings.", {"NEWS-02"}),
        ("A Senate subcommittee subpoenaed Brightwater Holdings over its adult ads.", {"NEWS-03"}),
        (
            "Attorneys general wrote to Brightwater Holdings demanding it close its "
            "escort ads section.",
            {"NEWS-04"},
        ),
        ("Federal agents seized brightwater.example on Friday.", {"NEWS-05"}),
        ("Brightwater Holdings pleaded guilty to sex trafficking.", {"NEWS-01", "NEWS-05"}),
        (
            "Three women sued Brightwater Holdings, saying they were trafficked as teenagers.",
            {"NEWS-06"},
        ),
        ("Visa and Mastercard stopped processing payments for Brightwater Holdings.", {"REL-01"}),
        ("Brightwater Holdings was charged with money laundering and fraud.", {"NEWS-09"}),
    ],
)
def test_indicator_mapping(body: str, expected: set[str]) -> None:
    assert _indicators(body).get("B", set()) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Brightwater Holdings lost 2 million euros to fraudsters later charged with fraud.",
        "Brightwater Holdings sued a former manager, accusing him of fraud and money laundering.",
        "Brightwater Holdings reported the trafficking ring to the FBI, which charged three men.",
        "Charges against Brightwater Holdings were dropped; prosecutors had alleged fraud.",
        "The lawsuit names Brightwater Holdings and 13 other firms as defendants "
        "in a trafficking case.",
        "Brightwater Holdings was not charged with trafficking.",
        "An investigation by Brightwater Holdings found trafficking ads on Quillfeather Market.",
        "Brightwater Holdings opened a warehouse; nearby, police charged two men with trafficking.",
    ],
)
def test_non_perpetrator_roles_give_no_signal(body: str) -> None:
    assert "B" not in _indicators(body)


def test_only_the_subject_in_the_right_role_gets_the_signal() -> None:
    body = (
        "Brightwater Holdings provided software to Quillfeather Market, "
        "which was charged with fraud."
    )
    found = _indicators(body)
    assert "B" not in found


def test_same_story_counts_from_its_first_publication() -> None:
    text = (
        "Detectives said the girl was advertised for sex on Brightwater Holdings in three cities."
    )
    early, late = _article(text, "2012-03-01"), _article(text, "2018-06-01")
    outcome = MediaScreener(BOOK).screen([late, early])
    assert len(outcome.stories) == 1
    (signal,) = outcome.signals
    assert signal.observed_at == datetime(2012, 3, 1, tzinfo=UTC)
    assert signal.details["story_sources"] == 2
    assert signal.evidence[0].quote == text


def test_signal_evidence_quotes_the_sentence_with_offsets() -> None:
    body = "An ordinary first sentence. Brightwater Holdings was charged with sex trafficking."
    record = _article(body)
    (signal,) = MediaScreener(BOOK).article(record).signals
    (evidence,) = signal.evidence
    assert record.text[evidence.start : evidence.end] == evidence.quote
    assert evidence.quote.startswith("Brightwater Holdings was charged")
    assert signal.details["role"] == "charged" and signal.details["stage"] == "charge"
    assert "crime.traffick.human" in signal.details["topics"]


def test_sentence_spans_keep_abbreviations_together() -> None:
    text = "Mr. Vance met Sen. Ortiz in Phoenix, Ariz. on Monday. Then he left!"
    spans = [text[s:e] for s, e in sentence_spans(text)]
    assert spans == ["Mr. Vance met Sen. Ortiz in Phoenix, Ariz. on Monday.", "Then he left!"]


def test_attribution_is_kept() -> None:
    findings = analyse(
        "Prosecutors said Brightwater Holdings was accused of fraud.",
        MediaScreener(BOOK).index.find(
            "Prosecutors said Brightwater Holdings was accused of fraud."
        ),
    )
    assert findings[0].attribution == "Prosecutors said"


# ---- the demo story -------------------------------------------------------------------
DEMO_BOOK = [
    Subject(key="LISTLP", schema="Company", name="ListLoop Inc.", domains=("listloop.com",)),
    Subject(
        key="HARBOR",
        schema="Company",
        name="Harbor Staffing Solutions LLC",
        domains=("harborstaffing.example",),
    ),
    Subject(
        key="LOTUS",
        schema="Company",
        name="Lotus Garden Spa Group",
        domains=("lotusgardenspa.example",),
    ),
    Subject(
        key="KINDRD",
        schema="Company",
        name="Kindred Hearts Dating Ltd",
        domains=("kindredhearts.example",),
    ),
    Subject(
        key="VELVET",
        schema="Company",
        name="Velvet Room Media Inc.",
        domains=("velvetroom.example",),
    ),
    Subject(
        key="NWFRT",
        schema="Company",
        name="Northwind Freight GmbH",
        domains=("northwind-freight.example",),
    ),
    Subject(
        key="COBALT",
        schema="Company",
        name="Cobalt Analytics Corp",
        domains=("cobaltanalytics.example",),
    ),
]


def test_demo_story() -> None:
    batch = read_media(DEMO_NEWS)
    assert batch.quarantined == []
    outcome = MediaScreener(DEMO_BOOK).screen(batch.records)
    by_subject: dict[str, list[tuple[str, str]]] = {}
    for s in outcome.signals:
        assert s.observed_at is not None
        by_subject.setdefault(s.subject_key, []).append(
            (s.observed_at.date().isoformat(), s.indicator)
        )
    listloop = sorted(by_subject["LISTLP"])
    venue_years = {day[:4] for day, ind in listloop if ind == "NEWS-02"}
    assert {"2011", "2012", "2013", "2014"} <= venue_years
    assert ("2015-07-01", "REL-01") in listloop
    assert ("2016-03-18", "NEWS-03") in listloop
    assert ("2018-04-07", "NEWS-05") in listloop
    assert ("2018-04-10", "NEWS-01") in listloop
    assert min(day for day, _ in listloop) < "2012"
    # The 2018 republication of the 2012 report is one story, dated 2012.
    assert not any(day.startswith("2018-05") for day, _ in listloop)
    # Benign look-alikes and the victim or plaintiff roles give nothing.
    for key in ("KINDRD", "VELVET", "NWFRT", "COBALT"):
        assert key not in by_subject, key
    roles = {(f.subject_key, f.role) for r in outcome.results for f in r.findings}
    assert ("NWFRT", "victim") in roles
    assert ("COBALT", "plaintiff") in roles
    assert ("KINDRD", "witness") in roles
    assert ("LOTUS", "venue_or_instrument") in roles
    assert ("HARBOR", "accused") in roles
