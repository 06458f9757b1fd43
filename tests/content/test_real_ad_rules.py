"""The rules added after labelling real-ad firings: each with a positive and a negative case.

All text here is invented. What the rules fix was seen on real ads (see
ad_firings_labelled.csv): posting times and dates read as disguised phones, the age of a
business read as a minor's age, wages read as low prices, generic job phrases read as
recruitment into commercial sex, and page boilerplate quoted as the platform's listings.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from knowable.detect.content.indicators import ContentScanner
from knowable.detect.content.screen import listing_quote, platform_template, screen_listings
from knowable.detect.content.template import blocks, learn_template
from knowable.model import Record
from knowable.text.normalise import is_phone_number, normalise


@pytest.fixture(scope="module")
def scanner() -> ContentScanner:
    return ContentScanner()


def found(scanner: ContentScanner, text: str, indicator: str) -> list[str]:
    return [h.quote for h in scanner.scan(text).hits if h.indicator == indicator]


# --- AD-03: only something that can be a phone number is a disguised phone --------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("text Lexi at 4one5*555*0198 tonight", "4one5*555*0198"),
        ("call 3 1 2 - 5 5 5 - 0 1 4 7", "3 1 2 - 5 5 5 - 0 1 4 7"),
        ("txt 7zero8_555_O1 66", "7zero8_555_O1 66"),
    ],
)
def test_disguised_phone_still_found(scanner: ContentScanner, text: str, quote: str) -> None:
    assert found(scanner, text, "AD-03") == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Posted:   Monday, May 2, 2016 11:45 PM",  # posting date and time
        "Posted: Sat. Jun. 18, 2016, 23:35",  # the same, another layout
        "available 07/14/2016 - 12/01/2016 only",  # a date range
        "last login from 123.245.167.89 today",  # an IP address
        "&#8226;&#160;&#160; Duties",  # HTML entity residue
        "donations 60/80/120/160 no haggling",  # a price list
        "salary 24,000 -26,000 plus bonus",  # a salary range
        "call me on +44 7700 900 123",  # a plain number from outside North America
    ],
)
def test_not_a_phone(scanner: ContentScanner, text: str) -> None:
    assert "#" not in normalise(text).text
    assert found(scanner, text, "AD-03") == []


def test_north_american_numbers_only() -> None:
    assert is_phone_number("3125550147")
    assert is_phone_number("13125550147")
    assert not is_phone_number("2820161251")  # "28, 2016 12:51": exchange 016
    assert not is_phone_number("1008015120")  # area code 100
    assert not is_phone_number("9936889125")  # area code 993 (middle 9 is reserved)


# --- AD-01: youth, not the age of a business; "fresh" only for a person -----------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("sweet 16 years, petite and shy", "16 years"),
        ("Kiki 15 yrs new here", "15 yrs"),
        ("5'2, 16 yrs, 100 lbs", "16 yrs"),  # a height before the age is not a range
        ("fresh face in the city, call Dot", "fresh face"),
        ("FRESH GIRLS every week", "FRESH GIRLS"),
    ],
)
def test_youth_found(scanner: ContentScanner, text: str, quote: str) -> None:
    assert quote in found(scanner, text, "AD-01")


@pytest.mark.parametrize(
    "text",
    [
        "I have worked in spas over the last 14 years",
        "Must have 10 years experience in roofing",
        "family business for over 12 years",
        "Job Duration: 1-10 years",
        "10 years Adult Body Rub Industry Leader",
        "Always fresh and clean, smelling fresh",
        "serving fresh and tasty food daily",
    ],
)
def test_not_youth(scanner: ContentScanner, text: str) -> None:
    assert found(scanner, text, "AD-01") == []


# --- AD-12: a low price, not a wage or a 30-minute massage -------------------------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [("$40 Funday Special, body rubs", "$40"), ("an hour for only $ 45 today", "$ 45")],
)
def test_low_price_found(scanner: ContentScanner, text: str, quote: str) -> None:
    assert found(scanner, text, "AD-12") == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Earn $20 to $25 per hour painting fences",
        "Starting pay $29 per hour, benefits",
        "Annual Salary Range: $37,404.95 - $43,748.48",
        "Compensation: $23.00 hourly",
        "At least 2 yrs experience $20-25.00 a hour",
        "Swedish massage 30 min $40, 60 min $60",
    ],
)
def test_not_a_low_price(scanner: ContentScanner, text: str) -> None:
    assert found(scanner, text, "AD-12") == []


# --- AD-14: generic job phrases count only near words of the sex trade -------------------


def test_recruitment_phrase_near_the_trade(scanner: ContentScanner) -> None:
    text = "Gentlemen's club hiring hostesses. Easy money, no experience needed!"
    assert found(scanner, text, "AD-14") == ["Easy money", "no experience needed"]


@pytest.mark.parametrize(
    "text",
    [
        "Warehouse sorters, no experience needed, must be 18+, weekly pay",
        "Easy Money! Earn $600/Week taking surveys at home",
        "House cleaners wanted, must be 18+. LOOKING TO HIRE SERIOUS LADIES",
        "Massage therapy school open house. " + "filler " * 50 + "Cashiers, no experience needed",
    ],
)
def test_recruitment_phrase_in_an_ordinary_job(scanner: ContentScanner, text: str) -> None:
    assert found(scanner, text, "AD-14") == []


# --- The platform's template -------------------------------------------------------------

CHROME = "JavaScript is disabled.  Enter Security Code:  No teen chat on this site"


def page(body: str, n: int) -> str:
    return f"{CHROME}\n\nPosted: May {n % 28 + 1}, 2016\n\n{body}\n\nPoster's age: {18 + n % 9}"


NAMES = ["Amber", "Bea", "Cleo", "Dot", "Eve", "Fay", "Gia", "Hope", "Ivy", "Jo", "Kat", "Lu"]
BODIES = [f"Hi, I am {n}, call me at the studio on {s} street, 100% real pics" for n in NAMES
          for s in ("Oak", "Elm")]  # fmt: skip


def test_template_is_learnt_from_many_different_pages() -> None:
    template = learn_template(page(b, i) for i, b in enumerate(BODIES))
    assert "javascript is disabled" in template.keys
    assert "no teen chat on this site" in template.keys
    assert "poster s age 00" in template.keys  # near-identical: digits read as 0
    assert not any("real pics" in key for key in template.keys)


def test_template_hits_are_dropped_values_and_words_of_the_poster_kept(
    scanner: ContentScanner,
) -> None:
    texts = [page(b, i) for i, b in enumerate(BODIES)]
    template = learn_template(texts)
    text = texts[0].replace("Poster's age: 18", "Poster's age: 16 yo")
    plain = {h.quote for h in scanner.scan(text).hits}
    kept = {h.quote for h in scanner.scan(text, template).hits}
    assert "teen" in plain and "teen" not in kept  # the site's words
    assert "16 yo" in kept  # a value filled into the template
    assert "100% real" in kept  # the poster's words


def test_a_stock_phrase_or_a_repost_is_not_template() -> None:
    ordinary = [f"Blue bike number {i} for sale, call {i}" for i in range(40)]
    reposted = ["Young and sweet Ivy, call 312-555-0147"] * 30  # one ad, reposted
    stock = [f"Mia{i}  100% real pics  Ask for {i}" for i in range(3)]  # 3 of 73 pages
    template = learn_template(ordinary + reposted + stock)
    assert template.keys == frozenset()


def test_quote_skips_the_template() -> None:
    template = learn_template(page(b, i) for i, b in enumerate(BODIES))
    text = page("Sunny studio, walk-ins welcome", 3)
    assert template.quote(text) == "Sunny studio, walk-ins welcome"  # "Posted: <date>" too
    assert template.quote(CHROME) == ""
    assert blocks("a  b\nc")[1] == (3, 4)


def _listing(i: int, body: str) -> Record:
    when = datetime(2016, 5, 1 + i % 28, 12, tzinfo=UTC)
    return Record(
        source="content",
        kind="listing",
        payload={"id": f"P-{i}", "posted_at": when.isoformat(), "title": ""},
        available_at=when,
        external_id=f"PLAT:P-{i}",
        subject_key="PLAT",
        text=page(body, i),
    )


def test_biz01_examples_never_quote_the_template() -> None:
    bodies = [
        f"Sexy {n} here, incall and outcall escort, no rush, donations 200 hr. Call me"
        for n in ("Amber", "Crystal", "Daisy", "Jade", "Kiki", "Luna", "Mia", "Nova")
    ]
    records = [_listing(i, bodies[i % len(bodies)] + f" #{i}") for i in range(40)]
    template, again = platform_template(records, ContentScanner().catalogue)
    assert list(again) == records
    assert listing_quote(records[0], template).startswith("Sexy Amber here")
    result = screen_listings(records, "PLAT")
    quotes = [e.quote for s in result.signals if s.indicator == "BIZ-01" for e in s.evidence]
    assert quotes
    assert all("JavaScript" not in q and "Security Code" not in q for q in quotes)
    ad01 = [e.quote for s in result.signals if s.indicator == "AD-01" for e in s.evidence]
    assert "teen" not in {q.lower() for q in ad01}
