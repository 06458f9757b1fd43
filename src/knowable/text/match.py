"""Concept matching in prose: tokens with offsets, a light stemmer, sentences, negation.

Relationship rules describe meaning as *concepts* (sets of words and phrases) that must
co-occur within one sentence and within a token window. Matching works on stems so that
"strip", "strips", "stripped" and "stripping" are one term, and a negation cue ("no",
"not", "declined to", "without") switches off the concept terms that follow it within
its scope (a few tokens, never across a clause break such as a comma or "but").

Everything here is pure and deterministic; offsets always index the original text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from knowable.text.stemmer import stem

#: A word is a run of letters or digits in any script ("agência", "dívida", "confisqué"
#: are one word each), with an apostrophe suffix ("owner's"), or a percent sign.
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W\d_]+)?|%")
# A sentence ends at . ! ? (before a space or the end) and at every line break: CRM text
# joins a subject line and a body with a newline, and a title is not part of the body's
# first sentence.
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)|\n")
#: Words whose full stop never ends a sentence: company forms, titles and ranks written
#: before a name (police and military ranks included: "Det. Ruiz", "Sgt. Ode", "Ofc. Lee",
#: "Lt. Moss"), street forms, "approx." and words that open a list or an aside ("incl.
#: Kristina and Monica", "esp. at night"). Any single letter ("J. Doe", "U.S.", "p.m.")
#: is one too. Shortenings that also end sentences ("mgr.", "admin.", "2 wks.") are not.
_ABBREVIATION_WORDS = """
    inc ltd llc corp co bros assn intl vs etc approx dept incl esp viz cf
    mr mrs ms mx dr prof rev hon sr jr esq atty gov sen pres
    det sgt ofc lt capt cpt col maj cmdr insp supt dep cpl pvt agt
    st ave blvd rd hwy apt ste bldg
"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
#: Words whose full stop ends no sentence when a number follows ("No. 4", "Ref. 12",
#: "Jan. 5", "est. 1998"); "he said no. 4 more calls" is rare, "he said no." is not.
_BEFORE_NUMBER_WORDS = """
    no nos ref vol pp fig sec art ch para est
    jan feb mar apr jun jul aug sep sept oct nov dec
"""
_BEFORE_NUMBER = frozenset(_BEFORE_NUMBER_WORDS.split())
_NEXT = re.compile(r"\s*(\S)")
#: The word right before a full stop, in letters of any script.
_LAST_WORD = re.compile(r"([^\W\d_]+)$")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]| - ")


@dataclass(frozen=True, slots=True)
class Token:
    """One word of the text: its stem, its character span, and whether a clause break
    (comma, semicolon, dash, bracket) separates it from the previous token."""

    stem: str
    start: int
    end: int
    breaks_before: bool


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its span in the original text and its tokens."""

    start: int
    end: int
    tokens: tuple[Token, ...]

    def quote(self, text: str) -> str:
        return text[self.start : self.end]


def without_accents(text: str) -> str:
    """``text`` without accents ("dívida" -> "divida"): notes spell foreign words with and
    without them, and a term matches either way."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _contracted(word: str) -> str:
    """A negative contraction as hurried staff also write it: "can't" and "cant", "don't"
    and "dont" are one word ("owner's" keeps its apostrophe)."""
    if len(word) > 3 and word[-1] in "tT" and word[-2] in "'\u2019" and word[-3] in "nN":
        return word[:-2] + word[-1]
    return word


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``; stems are of the word
    without accents."""
    stop = len(text) if end is None else end
    out: list[Token] = []
    previous_end = start
    for match in _TOKEN.finditer(text, start, stop):
        between = text[previous_end : match.start()]
        out.append(
            Token(
                stem(without_accents(_contracted(match.group()))),
                match.start(),
                match.end(),
                bool(_CLAUSE_BREAK.search(between)),
            )
        )
        previous_end = match.end()
    return out


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences without splitting after common abbreviations."""
    out: list[Sentence] = []
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group().startswith("."):
            # letters of any script: "arrivés." ends a sentence; read as ASCII only, its
            # "s" was taken for an initial ("J. Doe") and the sentence ran on
            before = _LAST_WORD.search(text, begin, match.start())
            following = _NEXT.match(text, match.end())
            after = following.group(1) if following else ""
            if before and _abbreviation(before.group(1), match.group(), after):
                continue
        _append_sentence(text, begin, match.end(), out)
        begin = match.end()
    _append_sentence(text, begin, len(text), out)
    return out


def _abbreviation(word: str, stop: str, after: str) -> bool:
    """Whether ``word`` and the full stop ``stop`` are an abbreviation, not the end of a
    sentence; ``after`` is the next character that is not a space ("" at the end)."""
    if stop != "." or not after:
        return False
    lower = word.lower()
    if len(word) == 1 or lower in _ABBREVIATIONS:
        return True
    return lower in _BEFORE_NUMBER and (after.isdigit() or after == "#")


def _append_sentence(text: str, begin: int, end: int, out: list[Sentence]) -> None:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if end > begin:
        out.append(Sentence(begin, end, tuple(tokenize(text, begin, end))))


#: In a rule phrase, ``*`` stands for up to this many words ("cut * off").
GAP_WORDS = 2


def phrase_stems(phrase: str) -> tuple[str, ...]:
    """The stem sequence of a rule phrase ("build-outs" -> ("build", "out")); a ``*``
    between words is kept as a gap marker."""
    parts = [p.strip() for p in phrase.split("*")]
    out: list[str] = []
    for index, part in enumerate(parts):
        if index:
            out.append("*")
        out.extend(t.stem for t in tokenize(part))
    return tuple(out)


def _phrase_end(phrase: tuple[str, ...], stems: Sequence[str], i: int) -> int | None:
    """Index of the last token of ``phrase`` matched at ``i`` (gaps allowed), or None."""
    pos = i
    k = 0
    while k < len(phrase):
        if phrase[k] == "*":
            target = phrase[k + 1]
            for gap in range(GAP_WORDS + 1):
                if pos + gap < len(stems) and stems[pos + gap] == target:
                    pos += gap
                    break
            else:
                return None
            k += 1
            continue
        if pos >= len(stems) or stems[pos] != phrase[k]:
            return None
        pos += 1
        k += 1
    return pos - 1


@dataclass(frozen=True, slots=True)
class Hit:
    """One concept term found in a sentence: token positions [first, last]."""

    concept: str
    first: int
    last: int
    negated: bool


class ConceptMatcher:
    """Finds concept phrases and negation cues in tokenised sentences.

    Args:
        concepts: concept name -> phrases (plain words; stemmed here).
        negation_cues: phrases that negate what follows them.
        negation_exceptions: phrases that look like cues but are not ("no longer").
        scope: how many tokens after a cue are negated (stopping at a clause break).
        scope_breakers: words that end a negation scope ("but", "however").
        not_cues_in: (cues, markers, min_markers) of another language: in a sentence
            holding at least ``min_markers`` tokens among ``markers``, those cues are
            other words and negate nothing (Portuguese "no", "in the").
    """

    def __init__(
        self,
        concepts: Mapping[str, Iterable[str]],
        negation_cues: Iterable[str],
        negation_exceptions: Iterable[str],
        scope: int,
        scope_breakers: Iterable[str],
        not_cues_in: Iterable[tuple[Iterable[str], Iterable[str], int]] = (),
    ) -> None:
        self._phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for concept, phrases in concepts.items():
            for phrase in phrases:
                stems = phrase_stems(phrase)
                if stems:
                    self._phrases.setdefault(stems[0], []).append((stems, concept))
        for options in self._phrases.values():
            options.sort(key=lambda item: -len(item[0]))
        self._cues = _phrase_index(negation_cues)
        self._exceptions = _phrase_index(negation_exceptions)
        self._scope = scope
        self._breakers = {stem(w) for w in scope_breakers}
        self._not_cues_in = [
            (
                {phrase_stems(c) for c in cues},
                frozenset(s for m in markers for s in phrase_stems(m)),
                min_markers,
            )
            for cues, markers, min_markers in not_cues_in
        ]

    def hits(self, tokens: Sequence[Token]) -> list[Hit]:
        """Every concept term in ``tokens``, longest phrase first, with its negation."""
        stems = [t.stem for t in tokens]
        found: list[tuple[str, int, int]] = []
        covered = [False] * len(stems)
        for i, s in enumerate(stems):
            for phrase, concept in self._phrases.get(s, ()):
                last = _phrase_end(phrase, stems, i)
                if last is not None:
                    found.append((concept, i, last))
                    for k in range(i, last + 1):
                        covered[k] = True
        negated = self._negated_positions(tokens, stems, covered)
        return [
            Hit(c, a, b, False if self._cue_led(stems, a) else any(negated[a : b + 1]))
            for c, a, b in found
        ]

    def _cue_led(self, stems: list[str], first: int) -> bool:
        """Whether a phrase starts with a negation cue of its own ("can't leave", "don't
        want it in writing"): its polarity is written in it, and a cue before it in the
        same clause ("we don't need the detail and we don't want it in writing") does not
        turn it round."""
        return bool(_match_at(self._cues, stems, first))

    def _negated_positions(
        self, tokens: Sequence[Token], stems: list[str], covered: list[bool]
    ) -> list[bool]:
        negated = [False] * len(stems)
        foreign: set[tuple[str, ...]] | None = None  # worked out at the first cue only
        i = 0
        while i < len(stems):
            if covered[i] or _match_at(self._exceptions, stems, i):
                i += 1
                continue
            length = _match_at(self._cues, stems, i)
            if length and self._not_cues_in:
                if foreign is None:
                    foreign = self._foreign_words(stems)
                if tuple(stems[i : i + length]) in foreign:
                    length = 0
            if not length:
                i += 1
                continue
            k = i + length
            reach = 0
            while k < len(stems) and reach < self._scope:
                if tokens[k].breaks_before or stems[k] in self._breakers:
                    break
                negated[k] = True
                k += 1
                reach += 1
            i += length
        return negated

    def _foreign_words(self, stems: Sequence[str]) -> set[tuple[str, ...]]:
        """The cues that are words of another language in this sentence (its markers
        counted among the tokens)."""
        out: set[tuple[str, ...]] = set()
        for cues, markers, min_markers in self._not_cues_in:
            if sum(1 for s in stems if s in markers) >= min_markers:
                out |= cues
        return out


def _phrase_index(phrases: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        stems = phrase_stems(phrase)
        if stems:
            index.setdefault(stems[0], []).append(stems)
    return index


def _match_at(index: Mapping[str, list[tuple[str, ...]]], stems: list[str], i: int) -> int:
    """Length of the longest indexed phrase starting at ``i`` (0 when none)."""
    best = 0
    for phrase in index.get(stems[i], ()):
        if len(phrase) > best and tuple(stems[i : i + len(phrase)]) == phrase:
            best = len(phrase)
    return best
