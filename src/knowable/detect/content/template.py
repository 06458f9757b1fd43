"""A platform's page template: boilerplate that recurs across its pages is not the poster's.

Saved listing pages carry the platform's own text around the ad: "JavaScript is
disabled", "Enter Security Code", "Posted:", "Poster's age:", "Other ads by this user:",
"The requested ad could not be found." None of it was written by the poster, so none of it
is evidence about the ad, and none of it should be quoted as an example of the platform's
listings.

A page is cut into blocks where the flattened page had a line break, a tab, a ``|`` or a
run of two or more spaces. Blocks are compared near-identically: lower case, every digit
read as ``0``, every other symbol as one space. A block is template when it occurs on at
least ``min_pages`` pages that differ from each other (a repost of one ad, the same text
with another phone number, is one page) and on at least ``min_share`` of the pages
sampled. A poster's stock phrase recurs too, but on a small share of a platform's pages:
on the 494 real dig ads (492 different pages) the template blocks were on 10.8% to 51.8%
of pages, the most reposted escort or massage ad text on 2.4%, and the most frequent
block below the threshold, one job ad repeated in the "recent ads" lists of job pages,
on 7.7%.

Values filled into a template (the "19" of "Poster's age: 19", a price, a phone) are the
poster's: a hit that covers a digit is never template.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

_BLOCK_SPLIT = re.compile(r"[\r\n\t|]|\s{2,}")
_DIGIT = re.compile(r"\d")
_SYMBOLS = re.compile(r"[^a-z0-9]+")


def block_key(block: str) -> str:
    """The near-identical form of a block: lower case, digits as 0, symbols as one space."""
    return _SYMBOLS.sub(" ", _DIGIT.sub("0", block.lower())).strip()


def blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty blocks of a page (see module docstring)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BLOCK_SPLIT.finditer(text):
        if match.start() > start and text[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text)))
    return spans


def in_template(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in one of the template ``spans`` and covers no
    digit (a value filled into the template is the poster's)."""
    if not spans or _DIGIT.search(text[start:end]):
        return False
    return any(s <= start and end <= e for s, e in spans)


@dataclass(frozen=True)
class PlatformTemplate:
    """The template blocks learnt from one platform's pages (by near-identical key)."""

    keys: frozenset[str] = frozenset()

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Spans of ``text`` that are template blocks."""
        if not self.keys:
            return []
        return [(s, e) for s, e in blocks(text) if block_key(text[s:e]) in self.keys]

    def is_template(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lies in a template block and fills in no value."""
        return in_template(text, self.spans(text), start, end)

    def quote(self, text: str, limit: int = 120) -> str:
        """The first block of ``text`` that is not template, cut to ``limit`` characters
        ("" when the whole text is template)."""
        for start, end in blocks(text):
            if block_key(text[start:end]) not in self.keys:
                return " ".join(text[start:end].split())[:limit]
        return ""


def learn_template(
    texts: Iterable[str], min_pages: int = 5, min_share: float = 0.1
) -> PlatformTemplate:
    """The blocks that recur on many different pages of one platform (module docstring)."""
    pages: dict[str, set[str]] = {}
    distinct_pages: set[str] = set()
    for text in texts:
        keys = [k for k in (block_key(text[s:e]) for s, e in blocks(text)) if k]
        if not keys:
            continue
        page = hashlib.blake2b("\n".join(keys).encode(), digest_size=12).hexdigest()
        distinct_pages.add(page)
        for key in set(keys):
            pages.setdefault(key, set()).add(page)
    needed = max(min_pages, min_share * len(distinct_pages))
    return PlatformTemplate(frozenset(k for k, seen in pages.items() if len(seen) >= needed))
