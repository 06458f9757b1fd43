"""Who did what to whom: roles on real press-release sentences and on a civil suit against
a software vendor of a classifieds site.

The table (tests/media/press_roles.csv, split in press_roles_eval.py) quotes real county
prosecutors' releases; the floor below is on its development half only. The held-out half
is reported by bench/media_roles_bench.py and never asserted here, so that no rule is
changed to pass it.

The article further down is written for this test: fictional wording in the shape of the
reporting on the suit against Salesforce over Backpage (a vendor named as a civil defendant
"accused of knowingly benefiting", the site's seizure and its CEO's guilty plea told with
short forms: "the site", "the company", "its CEO").
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest
from press_roles_eval import PERPETRATOR_LABELS, STAGE_OF_LABEL, load, predict

from knowable.catalogue.media import media_roles
from knowable.detect.media.findings import Finding, analyse
from knowable.detect.media.mentions import MentionIndex
from knowable.detect.media.signals import MediaScreener
from knowable.model import Record, Subject
from knowable.sources.news import article_record

#: Development-half role accuracy was 0.337 before the rules of this change and 0.989
#: after; the floor leaves room for a rule change elsewhere to cost a row or two.
DEV_ROLE_FLOOR = 0.93
DEV_STAGE_FLOOR = 0.9


def test_the_split_is_by_release_and_roughly_even() -> None:
    dev, heldout = load("dev"), load("heldout")
    assert len(dev) + len(heldout) == len(load()) >= 160
    assert {r.file for r in dev}.isdisjoint({r.file for r in heldout})
    assert 0.4 < len(dev) / (len(dev) + len(heldout)) < 0.6


def test_development_half_role_accuracy_floor() -> None:
    rows = load("dev")
    got = [(row, predict(row)) for row in rows]
    correct = sum(1 for row, p in got if p.role == row.role)
    misses = Counter((row.role, p.role) for row, p in got if p.role != row.role)
    assert correct / len(rows) >= DEV_ROLE_FLOOR, misses
    # stage where both the labeller and the reader put the party on the perpetrator side
    staged = [(row, p) for row, p in got if row.role in PERPETRATOR_LABELS and p.role == row.role]
    agree = sum(1 for row, p in staged if p.stage == STAGE_OF_LABEL[row.stage])
    assert agree / len(staged) >= DEV_STAGE_FLOOR


# --- the civil suit against a vendor of a classifieds site -------------------------------

SALESFORCE = Subject(
    key="SF", schema="Company", name="Salesforce, Inc.", domains=("salesforce.com",)
)
BACKPAGE = Subject(key="BP", schema="Company", name="Backpage.com")
ARTICLE = (
    "Appeals court revives sex trafficking suit against Salesforce\n\n"
    "A federal appeals court has revived a lawsuit against Salesforce brought by a woman who "
    "says she was trafficked through Backpage.com, the classifieds website, as a teenager.\n\n"
    "The plaintiff says she was advertised for sex on Backpage in 2014. Her suit accuses "
    "Salesforce of knowingly benefiting from sex trafficking by selling software to the site.\n\n"
    "Salesforce is accused of knowingly benefiting from a venture it should have known was "
    "engaged in sex trafficking. Salesforce provided its software and support to Backpage for "
    "years, the complaint says.\n\n"
    "Salesforce denies the claims and says it did not know how the site used its tools.\n\n"
    "The FBI seized the site in April 2018. Days later the company pleaded guilty to human "
    "trafficking in Texas, and its CEO pleaded guilty to conspiracy and money laundering."
)


def _record(text: str) -> Record:
    return article_record(
        title="",
        body=text,
        url=None,
        outlet="Test Wire",
        published=datetime(2023, 8, 1, tzinfo=UTC),
        published_raw="2023-08-01",
        fmt="jsonl",
        origin="test",
    )


def _findings(text: str, subjects: list[Subject]) -> list[Finding]:
    catalogue = media_roles()
    index = MentionIndex(subjects, catalogue.descriptor_heads, catalogue.online_heads)
    return analyse(text, index.find(text))


def test_vendor_sued_as_civil_defendant_is_never_accused() -> None:
    own = [f for f in _findings(ARTICLE, [SALESFORCE, BACKPAGE]) if f.subject_key == "SF"]
    roles = {f.role for f in own}
    assert "accused" not in roles
    assert "civil_defendant" in roles
    assert roles <= {"civil_defendant", "service_provider", "mentioned"}


def test_vendor_gets_the_civil_suit_indicator_only() -> None:
    result = MediaScreener([SALESFORCE, BACKPAGE]).article(_record(ARTICLE))
    vendor = {s.indicator for s in result.signals if s.subject_key == "SF"}
    assert "NEWS-06" in vendor
    assert not vendor & {"NEWS-01", "NEWS-05", "NEWS-07"}


def test_site_is_venue_then_seized_and_pleads_through_short_forms() -> None:
    own = [f for f in _findings(ARTICLE, [SALESFORCE, BACKPAGE]) if f.subject_key == "BP"]
    assert "venue_or_instrument" in {f.role for f in own}
    by_event = {e: f for f in own for e in f.events}
    assert by_event["seizure"].mention == "the site"
    assert by_event["seizure"].quote.startswith("The FBI seized the site")
    plea_mentions = {f.mention for f in own if "guilty_plea" in f.events}
    assert plea_mentions == {"the company"}  # "the company pleaded", "its CEO pleaded"
    result = MediaScreener([SALESFORCE, BACKPAGE]).article(_record(ARTICLE))
    site = {s.indicator for s in result.signals if s.subject_key == "BP"}
    assert {"NEWS-01", "NEWS-02", "NEWS-05"} <= site


def test_its_ceo_refers_to_the_nearest_subject() -> None:
    text = "Backpage.com was seized by the FBI. Its CEO pleaded guilty to conspiracy."
    (plea,) = [f for f in _findings(text, [BACKPAGE]) if "guilty_plea" in f.events]
    assert plea.mention == "Its" and plea.role == "convicted"
    # no subject named close before: nobody's CEO
    far = "Backpage.com was launched in 2004. " + "Other news followed. " * 20
    assert not [f for f in _findings(far + "Its CEO pleaded guilty.", [BACKPAGE]) if f.events]


def test_the_site_prefers_the_subject_the_article_calls_a_site() -> None:
    text = (
        "Backpage.com, the classifieds website, hosted the ads. Salesforce sold software. "
        "Agents seized the site in 2018."
    )
    seized = [f for f in _findings(text, [SALESFORCE, BACKPAGE]) if "seizure" in f.events]
    assert [f.subject_key for f in seized] == ["BP"]
    # without such a description the nearest subject is taken, as before
    plain = "Backpage.com hosted the ads. Salesforce sold software. The company said no."
    last = _findings(plain, [SALESFORCE, BACKPAGE])[-1]
    assert last.subject_key == "SF" and last.mention == "The company"


# --- whole-article readings: the agency table and the civil context -----------------------

POLICE = Subject(key="PD", schema="LegalEntity", name="Mesa Police Department")
ACME = Subject(key="AC", schema="LegalEntity", name="Acme Freight")


@pytest.mark.parametrize(
    ("subject", "sentence", "role"),
    [
        # positive: an agency by name in a sentence about the investigation
        (POLICE, "The Mesa Police Department contacted the victim's family.", "investigator"),
        (
            POLICE,
            "The prosecutor thanked Acme Freight and the Mesa Police Department "
            "for their assistance in the investigation.",
            "investigator",
        ),
        # negative: the same sentence shape for a party whose name is not an agency
        (
            ACME,
            "The prosecutor thanked Acme Freight for its assistance in the investigation.",
            "witness",
        ),
        (ACME, "Acme Freight contacted the victim's family.", "mentioned"),
        # negative: no investigation in the sentence
        (POLICE, "The Mesa Police Department hosted a charity run.", "mentioned"),
        # negative: a stronger role read in the sentence stays
        (POLICE, "The Mesa Police Department was sued over the arrest.", "civil_defendant"),
    ],
)
def test_agency_by_name_is_the_investigator(subject: Subject, sentence: str, role: str) -> None:
    found = _findings(sentence, [subject, ACME if subject is POLICE else POLICE])
    (finding,) = [f for f in found if f.subject_key == subject.key]
    assert finding.role == role


def test_civil_context_turns_the_suits_allegations_civil() -> None:
    sued = (
        "Three women sued Acme Freight on Monday. "
        "Acme Freight allegedly profited from sex trafficking."
    )
    roles = [f.role for f in _findings(sued, [ACME])]
    assert roles == ["civil_defendant", "civil_defendant"]
    assert "civil.context" in _findings(sued, [ACME])[1].rules


def test_civil_context_keeps_criminal_allegations() -> None:
    both = (
        "Three women sued Acme Freight on Monday. "
        "Acme Freight was indicted, and prosecutors say Acme Freight allegedly laundered money."
    )
    second = _findings(both, [ACME])[1]
    assert second.role == "charged"
    alone = "Acme Freight allegedly profited from sex trafficking, the report said."
    assert [f.role for f in _findings(alone, [ACME])] == ["accused"]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("The defendant posted ads of her on Backpage.com in three states.", "venue_or_instrument"),
        (
            "Detectives said he found the women on Backpage and drove them to Reno.",
            "venue_or_instrument",
        ),
        (
            "The girl was advertised on Backpage for sex, the complaint alleges.",
            "venue_or_instrument",
        ),
        (
            "The defendant placed an advertisement for the victim on Backpage.com.",
            "venue_or_instrument",
        ),
        # negative: named, but nothing done through it
        ("Backpage.com closed its adult section in 2017.", "mentioned"),
        ("The detective said he had read about Backpage in the newspaper.", "mentioned"),
    ],
)
def test_site_where_victims_were_advertised_is_the_venue(sentence: str, role: str) -> None:
    (finding,) = _findings(sentence, [BACKPAGE])
    assert finding.role == role
