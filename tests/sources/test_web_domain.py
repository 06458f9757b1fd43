"""Web domains of CRM accounts, including sites under reserved names such as .example."""

from __future__ import annotations

import pytest

from knowable.sources.crmfields import web_domain


@pytest.mark.parametrize(
    ("website", "expected"),
    [
        ("https://www.ListLoop.com/x", "listloop.com"),
        ("www.bbc.co.uk", "bbc.co.uk"),
        # Regression: every .example site used to collapse to the domain "example".
        ("www.harborstaffing.example", "harborstaffing.example"),
        ("https://www.tidemarkkayak.example/about", "tidemarkkayak.example"),
        ("shop.maplemarket.example", "maplemarket.example"),
        ("10.0.0.1", "10.0.0.1"),
        ("", None),
    ],
)
def test_web_domain(website: str, expected: str | None) -> None:
    assert web_domain(website) == expected
