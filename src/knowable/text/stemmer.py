"""A light English stemmer: the same function runs on rule phrases and on text.

Consistency matters more than linguistics: every inflection of a word must land on the
same stem ("build", "builds", "building" and "built" all give "build"), and distinct
words must not collide ("not" and "noted").
"""

from __future__ import annotations

from knowable.catalogue.text import text_tables

# Irregular forms mapped to a base form before stemming (catalogue/text.yml).
_IRREGULAR = text_tables().irregular
# Words kept whole: cutting them would make another word (catalogue/text.yml).
_KEEP_WHOLE = text_tables().keep_whole
_NO_UNDOUBLE = frozenset("lsz")
_VOWELS = "aeiou"


def stem(word: str) -> str:
    """Reduce an English word to a crude stem; the same function runs on rules and text.

    Consistency matters more than linguistics: every inflection of a word must land on the
    same stem ("build", "builds", "building" and "built" all give "build").
    """
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    w = _IRREGULAR.get(w, w)
    if len(w) <= 3 or w.isdigit() or w in _KEEP_WHOLE:
        return w
    if (w.endswith("ies") and len(w) > 4) or (w.endswith("ied") and len(w) > 4):
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("ing"):
        base = w[:-3]
        w = _restore_e(base) if len(base) >= 3 else w
    elif w.endswith("eed"):
        pass
    elif w.endswith("ed"):
        base = w[:-2]
        w = _restore_e(base) if len(base) >= 3 else w[:-1]
    elif w.endswith("es") and w[:-2].endswith(("s", "x", "z", "ch", "sh")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w


def _restore_e(base: str) -> str:
    """Undo a doubled consonant ("stopp" -> "stop") or restore a dropped final e on a
    short consonant-vowel-consonant base ("not" from "noted" -> "note", "mak" -> "make")."""
    undoubled = _undouble(base)
    if undoubled != base:
        return undoubled
    if (
        len(base) == 3
        and base[0] not in _VOWELS
        and base[1] in _VOWELS + "y"
        and base[2] not in _VOWELS + "wxy"
    ):
        return base + "e"
    return base


def _undouble(w: str) -> str:
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in _NO_UNDOUBLE and w[-1] not in _VOWELS:
        return w[:-1]
    return w
