"""Second readings of a name: customary Latin spellings of names written in Korean or
Greek script, and Chinese or Korean given names read as one word.

rigour transliterates letter by letter by a standard scheme: Korean "김정은" becomes
"gimjeong-eun" (Revised Romanization, syllables run together) and Greek "Βλαντίμιρ
Πούτιν" becomes "vlantimir poutin". Lists and passports spell such names by custom:
"Kim Jong Un", "Vladimir Putin". A respelt form gives the matcher that second reading;
:func:`knowable.names.compare.compare_forms` uses it only when one side is in the
script and the other is not, and keeps whichever reading scores higher.

The conventions (Korean family names, vowel spellings, Greek digraphs) are data in
``catalogue/names.yml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowable.catalogue.names import vocabulary
from knowable.names.normalise import NameForm, fold, transliterate

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_GREEK = range(0x0370, 0x0400)


def _is_hangul(char: str) -> bool:
    return _HANGUL_FIRST <= ord(char) <= _HANGUL_LAST


def has_hangul(text: str) -> bool:
    return any(_is_hangul(c) for c in text)


def has_greek(text: str) -> bool:
    return any(ord(c) in _GREEK for c in text)


def _korean_tokens(original: str) -> tuple[str, ...]:
    """One token per Hangul syllable (names are written "Kim Jong Un" in lists), the
    first syllable of a name by its customary family-name spelling, vowels as customary."""
    conventions = vocabulary().korean
    tokens: list[str] = []
    for word in original.split():
        for position, char in enumerate(word):
            if not _is_hangul(char):
                tokens.extend(fold(transliterate(char)).split())
                continue
            if position == 0 and not tokens and char in conventions.surnames:
                tokens.append(conventions.surnames[char])
                continue
            syllable = fold(transliterate(char)).replace(" ", "")
            for written, customary in conventions.spellings.items():
                syllable = syllable.replace(written, customary)
            if syllable:
                tokens.append(syllable)
    return tuple(tokens)


def _greek_tokens(form: NameForm) -> tuple[str, ...]:
    """The transliterated words with Greek digraphs read as sounds ("nt" -> "d")."""
    digraphs = vocabulary().greek_digraphs
    out = []
    for token in form.tokens:
        for written, sound in digraphs.items():
            token = token.replace(written, sound)
        out.append(token)
    return tuple(out)


@lru_cache(maxsize=16384)
def respelt(form: NameForm) -> NameForm | None:
    """The name as customarily spelt in Latin letters, or None when nothing changes."""
    if form.original.isascii() or form.is_org:
        return None
    if has_hangul(form.original):
        tokens = _korean_tokens(form.original)
    elif has_greek(form.original):
        tokens = _greek_tokens(form)
    else:
        return None
    if not tokens or tokens == form.tokens:
        return None
    return form.with_tokens(tokens)


#: One romanised Chinese or Korean syllable: initial, glide, vowels, final.
_SYLLABLE = re.compile(
    r"(?:ch|sh|zh|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstwxz])?h?[yw]?[aeiou]{1,3}(?:ng|n|m|l|k|p|t|r)?"
)


@lru_cache(maxsize=16384)
def joined_given_name(form: NameForm) -> NameForm | None:
    """ "KIM KYONG MIN" read as family name and one given name ("kim kyongmin"), or None.

    A Chinese or Korean given name of two syllables is one name, often written as two
    words ("Kim Kyong Min", "Kim Kyong-min"); compared word by word, one changed
    syllable would count as a whole different name. This second reading applies to
    three-word names that start with a common family name (names.yml) and go on with
    two syllables; the matcher keeps whichever reading scores higher.
    """
    tokens = form.tokens
    if form.is_org or len(tokens) != 3 or tokens[0] not in vocabulary().east_asian_surnames:
        return None
    if not all(len(t) <= 5 and _SYLLABLE.fullmatch(t) for t in tokens[1:]):
        return None
    return form.with_tokens((tokens[0], tokens[1] + tokens[2]))
