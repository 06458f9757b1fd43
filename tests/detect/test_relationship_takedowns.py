"""Rules 2026.12.42: the customer's team pulling or unpublishing its own sellers' or
employers' accounts, or delisting farm labour contractors, acts on third parties; another
platform pulling the customer's listings, the customer unpublishing its own page, and labour
contractors named as the ones charging fees do not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from crm_fixtures import note, sentence_role

DAY = datetime(2015, 9, 8, tzinfo=UTC)
KEY = "acct-t"


@pytest.mark.parametrize(
    "text",
    [
        "Pulled 14 employer accounts this season off worker tips: fees, passports held.",
        "Unpublished 19 sellers for recruiting students into debt.",
        "They delist FLCs that charge recruitment fees or hold passports.",
    ],
)
def test_taking_down_its_own_parties_is_acting_on_them(text: str) -> None:
    assert sentence_role(note(KEY, DAY, text)) in {"protective", "third_party"}


@pytest.mark.parametrize(
    "text",
    [
        "StayFinder pulled 11 Lakeshore listings after guest complaints.",
        "Priya asked to unpublish the 'Our Factory' page and photo gallery.",
        "FLCs charge the crews a recruitment fee and hold passports.",
    ],
)
def test_pulling_the_customers_own_listings_or_page_is_not(text: str) -> None:
    assert sentence_role(note(KEY, DAY, text)) not in {"protective", "third_party"}
