"""Find known subjects in article text: names, aliases, web domains, possessives, and a
descriptive reference ("the Phoenix-based classifieds site") that follows a named mention.

Matching is anchored on the subjects we know, not on a general entity recogniser: every
surface form comes from :func:`knowable.names.normalise.name_variants`, the text is folded
the same way (:func:`~knowable.names.normalise.fold_with_offsets`), and one Aho-Corasick
automaton finds every form in one pass. Offsets always point into the original text.
There is no separate fuzzy matcher: spelling variants belong in the subject's aliases.
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

MentionKind = Literal["name", "alias", "domain", "descriptor"]

_POSSESSIVE = re.compile(r"^(?:'s|’s|'|’)(?![a-z])", re.IGNORECASE)
#: How far (characters) after a named mention a descriptive reference may point back to it.
DESCRIPTOR_REACH = 600


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


def _descriptor_pattern(heads: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(
        r"\b[Tt]he\s+(?:[A-Z][\w.]*(?:[- ][A-Z][\w.]*)*-based\s+)?(?:[a-z][\w-]*\s+){0,2}?"
        rf"(?:{alternatives})\b(?!-)"
    )


class MentionIndex:
    """An automaton over the surface forms of a book of subjects."""

    def __init__(self, subjects: Iterable[Subject], descriptor_heads: Sequence[str] = ()) -> None:
        self._automaton = ahocorasick.Automaton()
        table: dict[str, list[tuple[str, MentionKind]]] = {}
        for subject in subjects:
            for form, kind in _surface_forms(subject):
                table.setdefault(form, []).append((subject.key, kind))
        for form, owners in table.items():
            self._automaton.add_word(f" {form} ", (form, tuple(owners)))
        self.size = len(table)
        if table:
            self._automaton.make_automaton()
        self._descriptor = _descriptor_pattern(descriptor_heads) if descriptor_heads else None

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
        return named

    def _descriptors(self, text: str, named: list[Mention]) -> list[Mention]:
        assert self._descriptor is not None
        out: list[Mention] = []
        ends = [m.end for m in named]
        for match in self._descriptor.finditer(text):
            i = bisect.bisect_right(ends, match.start()) - 1
            if i < 0:
                continue
            previous = named[i]
            if match.start() - previous.end > DESCRIPTOR_REACH:
                continue
            # Only when the nearest preceding mention names exactly one subject.
            rivals = {m.subject_key for m in named if m.start == previous.start}
            if len(rivals) != 1:
                continue
            out.append(
                Mention(
                    previous.subject_key, match.start(), match.end(), match.group(), "descriptor"
                )
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
