"""transliterate() gives ICU one word at a time; it must still agree with rigour."""

from __future__ import annotations

import pytest
from rigour.text.translit import ascii_text

from knowable.names.normalise import transliterate

MIXED = [
    "Abou Dher (عبد العالي ابو ذر)",
    "Агха Джан  اغا جان عالیزی",
    "高市 早苗\tTakaichi",
    "Ωμέγα Shipping  Λτδ",
    "Ibrahim\u00a0İbrahimoğlu",
    "김정은 Kim Jong Un",
    "محمد بن سلمان آل سعود",
    "  leading and trailing  عبد  ",
]


@pytest.mark.parametrize("text", MIXED)
def test_word_by_word_agrees_with_rigour(text: str) -> None:
    assert transliterate(text) == ascii_text(text)


def test_ascii_and_admitted_scripts_are_not_split() -> None:
    assert transliterate("Vladimir Putin") == "Vladimir Putin"
    assert transliterate("Шевченко Тарас") == ascii_text("Шевченко Тарас")


def test_it_is_not_the_identity_on_other_scripts() -> None:
    assert transliterate("عبد العالي").isascii()
    assert transliterate("عبد العالي") != "عبد العالي"
