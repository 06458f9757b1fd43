"""Consonant skeletons for names written in scripts without short vowels.

Arabic, Persian and Hebrew script usually leave short vowels unwritten, so a
transliteration gives "mhmd bn slman" where a Latin list writes "Mohammed bin Salman".
Comparing consonant skeletons (vowels and glides dropped, doubled letters collapsed) on
both sides recovers such pairs; the matcher uses it only when one name is in such a
script and the other is not, accepts it only when every aligned skeleton is identical,
and discounts the result.
"""

from __future__ import annotations

import re

from knowable.names.normalise import NameForm

_ABJAD = re.compile(
    r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]"
)
_VOWELS = re.compile(r"[aeiouwy]")
_DOUBLES = re.compile(r"(.)\1+")


def is_abjad(text: str) -> bool:
    """True when the text contains Arabic, Persian or Hebrew letters."""
    return _ABJAD.search(text) is not None


#: Latin letters these scripts have no letter for, and the letter written instead:
#: Arabic writes p as b and v as f ("بوتين" for Putin); Persian, Urdu and Hebrew write v
#: with the letter for w, which the skeleton drops like a vowel. Qaf and qof are "q" in
#: a transliteration and often "k" in Latin spellings ("Qasim" / "Kasim").
LETTER_FOLDS: tuple[dict[str, str], ...] = (
    {"q": "k"},
    {"q": "k", "p": "b", "v": "f"},
    {"q": "k", "v": ""},
)


def skeleton(token: str, folds: dict[str, str] | None = None) -> str:
    """The consonant skeleton of a folded token: "mohammed" -> "mhmd", "alsisi" -> "s".

    Vowels and the glides w/y are dropped, doubled
    letters collapsed, an attached article "al" removed, and ``folds`` applied.
    """
    if len(token) <= 1 or token.isdigit():
        return token
    if token.startswith("al") and len(token) > 4:
        token = token[2:]
    for letter, written in (folds or {}).items():
        token = token.replace(letter, written)
    bare = _VOWELS.sub("", token) or token
    return _DOUBLES.sub(r"\1", bare)


def skeleton_form(form: NameForm, folds: dict[str, str] | None = None) -> NameForm:
    """The same name with every token reduced to its skeleton."""
    tokens = tuple(skeleton(t, folds) for t in form.tokens)
    return form.with_tokens(tokens)


def one_side_abjad(left: NameForm, right: NameForm) -> bool:
    """True when exactly one of the two names is written in an abjad script."""
    if left.original.isascii() and right.original.isascii():
        return False
    return is_abjad(left.original) != is_abjad(right.original)
