"""Find known subjects in article text: names, aliases, web domains, possessives, a
descriptive reference ("the Phoenix-based classifieds site") and a possessive pronoun
before a principal ("its CEO") that follow a named mention.

Matching is anchored on the subjects we know, not on a general entity recogniser: every
surface form comes from :func:`knowable.names.normalise.name_variants`, the text is folded
the same way (:func:`~knowable.names.normalise.fold_with_offsets`), and one Aho-Corasick
automaton finds every form in one pass. Offsets always point into the original text.
There is no separate fuzzy matcher: spelling variants belong in the subject's aliases.

Co-reference within an article is a chain: a descriptive reference attaches to the nearest
preceding mention (named, or a reference already linked) when it is within
:data:`DESCRIPTOR_REACH` characters of that subject's latest mention, so "Backpage.com ...
the site ... the site" stays linked across a long article while each step is short. A
reference to a site ("the site", "the platform") prefers the subject the article itself
calls a site ("Backpage.com, the classifieds website"); "its CEO" refers to the nearest
mention within :data:`PRONOUN_REACH` characters.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import ahocorasick
import numpy as np

from knowable.model import Subject
from knowable.names.normalise import fold, fold_with_offsets, name_variants, normalise_name

MentionKind = Literal["name", "alias", "domain", "descriptor", "pronoun"]

_POSSESSIVE = re.compile(r"^(?:'s|’s|'|’)(?![a-z])", re.IGNORECASE)
#: How far (characters) after a subject's latest mention a descriptive reference may point
#: back to it.
DESCRIPTOR_REACH = 600
#: How far after the nearest mention "its CEO" may point back to it.
PRONOUN_REACH = 300
#: "its" before a principal: "its CEO", "its former chief executive", "its co-founders".
_PRONOUN = re.compile(
    r"\b[Ii]ts(?=\s+(?:former\s+|then[- ]|co-?|two\s+|top\s+)?(?:chief executive|CEO|chief"
    r" financial officer|CFO|founders?|co-?founders?|owners?|operators?|executives?|president"
    r"|directors?|managers?|chief operating officer|COO)\b)"
)
#: A web domain at the end of a name: "Backpage.com" is also written "Backpage".
_TLD = re.compile(r"^(?P<label>[\w-]{4,})\.(?:com|net|org|io|co|biz|info|us|uk|ca)\b", re.I)


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where a subject is mentioned; ``start``/``end`` index the original text."""

    subject_key: str
    start: int
    end: int
    surface: str
    kind: MentionKind
    possessive: bool = False


_ALNUM = np.zeros(256, dtype=bool)
_ALNUM[np.frombuffer(b"abcdefghijklmnopqrstuvwxyz0123456789", dtype=np.uint8)] = True


class FoldedText:
    """The folded form of a text with a map back to original offsets.

    Tokens are ASCII letters and digits joined by single spaces, exactly as
    :func:`knowable.names.normalise.fold` writes names, so folded names can be searched
    in it directly. ASCII text (the common case) is folded with vectorised operations;
    other text goes through :func:`~knowable.names.normalise.fold_with_offsets`.
    """

    def __init__(self, text: str) -> None:
        if text.isascii():
            raw = text.lower().encode("ascii")
            to_original: np.ndarray[Any, Any] | None = None
        else:
            folded_raw, offsets = fold_with_offsets(text)
            raw = folded_raw.encode("ascii", "replace")
            to_original = np.asarray(offsets, dtype=np.int64)
        codes = np.frombuffer(raw, dtype=np.uint8)
        alnum = _ALNUM[codes]
        previous = np.concatenate(([False], alnum[:-1]))
        # Keep every letter or digit and the first separator after one (a single space).
        keep = alnum | (~alnum & previous)
        positions = np.flatnonzero(keep)
        chars = np.where(alnum, codes, 32).astype(np.uint8)[positions]
        if len(chars) and chars[-1] == 32:
            chars, positions = chars[:-1], positions[:-1]
        self.folded = chars.tobytes().decode("ascii")
        self._raw_positions = positions
        self._to_original = to_original

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the folded span ``[start, end)`` (end exclusive)."""
        raw_start = int(self._raw_positions[start])
        raw_last = int(self._raw_positions[end - 1])
        if self._to_original is None:
            return raw_start, raw_last + 1
        return int(self._to_original[raw_start]), int(self._to_original[raw_last]) + 1


def _name_forms(name: str) -> list[str]:
    """name_variants plus every form between the full name and the one without org types
    ("Brightwater Holdings Ltd" is also written "Brightwater Holdings")."""
    forms = name_variants(name)
    tokens = fold(name).split()
    shortest = len(normalise_name(name).split())
    forms.extend(" ".join(tokens[:k]) for k in range(len(tokens) - 1, shortest, -1))
    web = _TLD.match(name.strip())
    if web:
        forms.append(fold(web.group("label")))
    return forms


def _surface_forms(subject: Subject) -> list[tuple[str, MentionKind]]:
    forms: dict[str, MentionKind] = {}
    for form in _name_forms(subject.name):
        forms.setdefault(form, "name")
    for alias in subject.aliases:
        for form in _name_forms(alias):
            forms.setdefault(form, "alias")
    for form in name_variants("", subject.domains):
        forms.setdefault(form, "domain")
    return list(forms.items())


def _online_subjects(text: str, named: Sequence[Mention], online: re.Pattern[str]) -> set[str]:
    """Subjects the text itself calls a site: "Backpage.com, the classifieds website" or
    "the classifieds site Backpage"."""
    out = set()
    for mention in named:
        after = text[mention.end : mention.end + 60]
        before = text[max(0, mention.start - 40) : mention.start]
        if re.match(r"[’']?s?,? (?:an?|the|its) [^,.;]{0,40}?\b" + online.pattern, after, re.I) or (
            re.search(online.pattern + r",? $", before, re.I)
        ):
            out.add(mention.subject_key)
    return out


def _descriptor_pattern(heads: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(
        r"\b[Tt]he\s+(?:[A-Z][\w.]*(?:[- ][A-Z][\w.]*)*-based\s+)?(?:[a-z][\w-]*\s+){0,2}?"
        rf"(?:{alternatives})\b(?!-)"
    )


class MentionIndex:
    """An automaton over the surface forms of a book of subjects."""

    def __init__(
        self,
        subjects: Iterable[Subject],
        descriptor_heads: Sequence[str] = (),
        online_heads: Sequence[str] = (),
    ) -> None:
        self._automaton = ahocorasick.Automaton()
        table: dict[str, list[tuple[str, MentionKind]]] = {}
        self._web: set[str] = set()
        for subject in subjects:
            if subject.domains or _TLD.match(subject.name.strip()):
                self._web.add(subject.key)
            for form, kind in _surface_forms(subject):
                table.setdefault(form, []).append((subject.key, kind))
        for form, owners in table.items():
            self._automaton.add_word(f" {form} ", (form, tuple(owners)))
        self.size = len(table)
        if table:
            self._automaton.make_automaton()
        self._descriptor = _descriptor_pattern(descriptor_heads) if descriptor_heads else None
        alternatives = "|".join(re.escape(h) for h in sorted(online_heads, key=len, reverse=True))
        self._online = re.compile(rf"(?:{alternatives})\b", re.I) if online_heads else None

    def find(self, text: str) -> list[Mention]:
        """Every mention in ``text``, ordered by position; nested shorter matches dropped."""
        if self.size == 0 or not text:
            return []
        folded = FoldedText(text)
        padded = f" {folded.folded} "
        found: list[Mention] = []
        for end_index, (form, owners) in self._automaton.iter(padded):
            # The key is " form "; in folded coordinates it starts one after the padding.
            f_start = end_index - len(form) - 1
            start, end = folded.original_span(f_start, f_start + len(form))
            single = " " not in form
            for key, kind in owners:
                if (
                    single
                    and kind != "domain"
                    and not (text[start].isupper() or text[start].isdigit())
                ):
                    continue  # a one-word name written in lower case is probably the common word
                possessive = bool(_POSSESSIVE.match(text[end : end + 3]))
                found.append(Mention(key, start, end, text[start:end], kind, possessive))
        named = _drop_nested(found)
        if self._descriptor is not None and named:
            named = sorted(named + self._descriptors(text, named), key=lambda m: (m.start, m.end))
        if named:
            pronouns = self._pronouns(text, named)
            if pronouns:
                named = sorted(named + pronouns, key=lambda m: (m.start, m.end))
        return named

    def _descriptors(self, text: str, named: list[Mention]) -> list[Mention]:
        assert self._descriptor is not None
        out: list[Mention] = []
        ends = [m.end for m in named]
        online = self._online
        described = _online_subjects(text, named, online) if online is not None else set()
        # The latest position at which each subject was mentioned (named or linked).
        latest: dict[str, int] = {}
        cursor = 0
        for match in self._descriptor.finditer(text):
            while cursor < len(named) and named[cursor].end <= match.start():
                key = named[cursor].subject_key
                latest[key] = max(latest.get(key, 0), named[cursor].end)
                cursor += 1
            i = bisect.bisect_right(ends, match.start()) - 1
            if i < 0:
                continue
            previous = named[i]
            if out and previous.end <= out[-1].start < match.start():
                previous = out[-1]  # "the site ... the company": the nearest mention of all
            if online is not None and online.search(match.group()):
                # A site is a subject the text calls a site, else one with a web domain; a
                # hotel or a person named before "the escort site" is not it.
                pool = described or self._web
                candidates = [m for m in named[: i + 1] if m.subject_key in pool]
                if not candidates:
                    continue
                previous = candidates[-1]
            key = previous.subject_key
            if match.start() - latest.get(key, previous.end) > DESCRIPTOR_REACH:
                continue
            # Only when the chosen mention names exactly one subject.
            rivals = {m.subject_key for m in (*named, *out) if m.start == previous.start}
            if len(rivals) != 1:
                continue
            out.append(Mention(key, match.start(), match.end(), match.group(), "descriptor"))
            latest[key] = match.end()
        return out

    def _pronouns(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "its CEO": the pronoun refers to the nearest preceding mention close by."""
        out: list[Mention] = []
        ends = [m.end for m in mentions]
        for match in _PRONOUN.finditer(text):
            i = bisect.bisect_right(ends, match.start()) - 1
            if i < 0 or match.start() - mentions[i].end > PRONOUN_REACH:
                continue
            previous = mentions[i]
            rivals = {m.subject_key for m in mentions if m.start == previous.start}
            if len(rivals) != 1:
                continue
            out.append(
                Mention(previous.subject_key, match.start(), match.end(), match.group(), "pronoun")
            )
        return out


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in mentions:
        if any(
            k.start <= mention.start
            and mention.end <= k.end
            and (k.end - k.start) > (mention.end - mention.start)
            for k in kept[-8:]
        ):
            continue
        kept.append(mention)
    # One mention per subject per span (several surface forms can land on the same span).
    unique: dict[tuple[str, int, int], Mention] = {}
    for mention in kept:
        unique.setdefault((mention.subject_key, mention.start, mention.end), mention)
    return list(unique.values())
