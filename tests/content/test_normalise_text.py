"""Normalisation tricks, and spans mapped back to the original text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowable.text.normalise import EMOJI_CODES, fold_text, normalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("YOUNG", "young"),  # case
        ("Néw", "new"),  # accents
        ("Ｔｅｅｎ", "teen"),  # fullwidth
        ("𝐟𝐫𝐞𝐬𝐡", "fresh"),  # mathematical bold
        ("tееn", "teen"),  # Cyrillic e look-alikes
        ("y0ung", "young"),  # leet between letters
        ("fr3sh", "fresh"),
        ("$exy", "sexy"),  # leet starting a word
        ("l0l!ta", "lolita"),
        ("$150", "$150"),  # a price stays a price
        ("age 19", "age 19"),  # a stand-alone number stays digits
        ("a.b", "a b"),  # punctuation becomes space
    ],
)
def test_fold_one_to_one(raw: str, expected: str) -> None:
    assert fold_text(raw) == expected
    assert len(fold_text(raw)) == len(raw)


def test_emoji_become_codes() -> None:
    assert fold_text("hi 🍒 👑") == f"hi {EMOJI_CODES['cherry']} {EMOJI_CODES['crown']}"
    assert fold_text("hi 😀") == "hi  "  # emoji without a coded meaning: a space


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("so y o u n g", "so young"),
        ("so y.o.u.n.g!", "so young "),
        ("so Y - O - U - N - G", "so young"),
        ("i a m ok", "i a m ok"),  # ordinary one-letter words are not joined
    ],
)
def test_spaced_letters_are_joined(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("call 216-555-0123", "call 2165550123"),  # plain phone: digits, no marker
        ("call (216) 555 0123", "call  2165550123"),
        ("call two one six 555 O1 23", "call #2165550123"),  # spelled out and letter O
        ("call 2 1 6 5 5 5 0 1 2 3", "call #2165550123"),  # split digit by digit
        ("call 216*555*0123", "call #2165550123"),  # odd separators
        ("call ②①⑥5550123", "call #2165550123"),  # circled digits
        ("id 216555012345", "id 216555012345"),  # twelve digits: not a phone
        ("one two three", "one two three"),  # too few digit words
    ],
)
def test_phone_numbers(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "needle", "quote"),
    [
        ("So Y0UNG here", "young", "Y0UNG"),
        ("ok y o u n g ok", "young", "y o u n g"),
        ("call two one six 555 O1 23 now, y o u n g", "young", "y o u n g"),
        ("call two one six 555 O1 23 now", "#2165550123", "two one six 555 O1 23"),
        ("😀 Ｔｅｅｎ", "teen", "Ｔｅｅｎ"),
        ("call 2 1 6 5 5 5 0 1 2 3 now", "now", "now"),  # after a rewrite, shift is right
    ],
)
def test_spans_map_back_to_original(raw: str, needle: str, quote: str) -> None:
    norm = normalise(raw)
    start = norm.text.index(needle)
    o_start, o_end = norm.to_original(start, start + len(needle))
    assert raw[o_start:o_end] == quote


def test_empty_span_maps_to_a_point() -> None:
    norm = normalise("abc")
    assert norm.to_original(1, 1) == (1, 1)


PIECES = ["y o u n g", "Y0UNG", "two one six 555 O1 23", "216-555-0123", "🍒", "Ｔｅｅｎ",
          "new in town", " ", "!!", "$150", "ñ", "a", "call", "2 1 6 5 5 5 0 1 2 3",
          "😀"]  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), max_size=12))
@settings(max_examples=200, deadline=None)
def test_span_map_is_monotonic_and_in_bounds(parts: list[str]) -> None:
    raw = " ".join(parts)
    norm = normalise(raw)
    previous = 0
    for pos in range(len(norm.text)):
        start, end = norm.to_original(pos, pos + 1)
        assert 0 <= start < end <= len(raw)
        assert start >= previous
        previous = start
    full = norm.to_original(0, len(norm.text))
    assert full[0] >= 0 and full[1] <= len(raw)
