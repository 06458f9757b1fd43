"""Networks of linked listings: shared contact hashes and near-duplicate text.

Listings stream through once, in time order. Each is linked to earlier ones that share a
contact hash, or whose text is a near duplicate (MinHash LSH over word shingles of the
normalised text, datasketch), and links merge clusters (union-find). Memory stays
bounded: the LSH index holds only cluster representatives from the last ``window_days``
(older ones are evicted), and per listing only a few integers are kept.

A finished cluster is a NET signal when:

- NET-01: its listings reach ``min_cities`` distinct cities within ``window_days``;
- NET-02: one contact hash sits behind ``min_personas`` distinct stated names or ages;
- AD-13: near-duplicate text appears under two or more different names.

The cluster is the evidence: the signal quotes member listings (the location or the
name) and lists the member record ids in ``details``.
"""

from __future__ import annotations

import re
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from knowable.catalogue.content import NetworkParams
from knowable.unionfind import UnionFind

_NAME = re.compile(r"\b(?:my name is|call me|ask for|i m|im) ([a-z]{3,12})\b")
_AGE = re.compile(r"\b(1[89]|[2-5]\d) ?(?:yo|yrs|years old|years|year old)\b")
_NOT_NAMES = frozenset(
    {
        "the", "your", "you", "here", "new", "back", "available", "ready", "very", "real",
        "only", "just", "not", "sweet", "sexy", "hot", "open", "waiting", "looking", "sure",
        "going", "able", "also", "always",
    }
)  # fmt: skip


def persona_spans(normalised_text: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Spans of the stated name and age in normalised ad text, when it states them."""
    name_match = _NAME.search(normalised_text)
    name_span = name_match.span(1) if name_match else None
    if name_match and name_match.group(1) in _NOT_NAMES:
        name_span = None
    age_match = _AGE.search(normalised_text)
    return name_span, age_match.span(1) if age_match else None


def persona_of(normalised_text: str) -> tuple[str | None, str | None]:
    """The stated name and age of an ad (normalised text), when it states them."""
    name_span, age_span = persona_spans(normalised_text)
    name = normalised_text[name_span[0] : name_span[1]] if name_span else None
    age = normalised_text[age_span[0] : age_span[1]] if age_span else None
    return name, age


@dataclass(frozen=True, slots=True)
class ListingView:
    """What network linking reads of one listing."""

    record_id: str
    posted_at: datetime
    city: str
    text: str  # normalised
    contacts: tuple[str, ...] = ()
    name: str | None = None
    age: str | None = None


@dataclass
class Cluster:
    """A set of linked listings, with what it takes to judge it."""

    members: list[int] = field(default_factory=list)
    text_linked: bool = False
    contact_linked: bool = False


def shingles(text: str, size: int) -> set[bytes]:
    """Word shingles of normalised text (the whole text when it is shorter)."""
    words = text.split()
    if len(words) <= size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


class NetworkLinker:
    """Stream listings in time order; read clusters at the end."""

    def __init__(self, params: NetworkParams) -> None:
        self.params = params
        self._uf = UnionFind()
        # LSH proposes candidates generously (lsh_threshold); the estimated Jaccard of the
        # two sketches must then reach ``threshold`` for a link.
        self._lsh = MinHashLSH(threshold=params.lsh_threshold, num_perm=params.num_perm)
        self._sketches: dict[int, np.ndarray[Any, Any]] = {}
        self._perms = MinHash(num_perm=params.num_perm, seed=7)
        self._window: deque[tuple[float, int]] = deque()
        self._contact_root: dict[str, int] = {}
        # per listing: bit 1 = linked by text, bit 2 = linked by contact (1 byte each)
        self._links = bytearray()
        self.count = 0

    def minhash(self, text: str) -> MinHash | None:
        """The MinHash of a normalised text (None for an empty one). Pure: callers may
        compute sketches in worker processes and pass them to :meth:`add_sketch`."""
        grams = shingles(text, self.params.shingle)
        if not grams:
            return None
        sketch = MinHash(
            num_perm=self.params.num_perm,
            permutations=self._perms.permutations,
            hashfunc=zlib.crc32,
            scheme=self._perms.scheme,
        )
        sketch.update_batch(list(grams))
        return sketch

    def sketch_from(self, hashvalues: np.ndarray[Any, Any]) -> MinHash:
        """A MinHash rebuilt from hash values computed elsewhere with the same params."""
        return MinHash(
            num_perm=self.params.num_perm,
            hashvalues=hashvalues,
            permutations=self._perms.permutations,
            scheme=self._perms.scheme,
        )

    def add(self, when: float, text: str, contacts: Iterable[str] = ()) -> int:
        """Add one listing (``when`` in seconds, non-decreasing); returns its index."""
        return self.add_sketch(when, self.minhash(text), contacts)

    def add_sketch(self, when: float, sketch: MinHash | None, contacts: Iterable[str] = ()) -> int:
        """Add one listing by its precomputed sketch; returns its index."""
        index = self._uf.add()
        self._links.append(0)
        self.count += 1
        horizon = when - self.params.window_days * 86400.0
        while self._window and self._window[0][0] < horizon:
            old = self._window.popleft()[1]
            self._lsh.remove(old)
            del self._sketches[old]
        if sketch is not None:
            values = sketch.hashvalues
            found = [
                other
                for other in self._lsh.query(sketch)
                if float(np.mean(self._sketches[other] == values)) >= self.params.threshold
            ]
            for other in found:
                self._uf.union(index, other)
                self._links[index] |= 1
                self._links[other] |= 1
            if not found:  # a new representative text; duplicates are reached through it
                self._lsh.insert(index, sketch)
                self._sketches[index] = values
                self._window.append((when, index))
        for contact in contacts:
            other = self._contact_root.get(contact)
            if other is not None:
                self._uf.union(index, other)
                self._links[index] |= 2
                self._links[other] |= 2
            else:
                self._contact_root[contact] = index
        return index

    def clusters(self, min_size: int = 2) -> Iterator[Cluster]:
        """Clusters of at least ``min_size`` listings, members in arrival order."""
        find = self._uf.find
        roots = np.fromiter((find(i) for i in range(self.count)), dtype=np.int64, count=self.count)
        sizes = np.bincount(roots, minlength=self.count) if self.count else np.zeros(0, np.int64)
        groups: dict[int, Cluster] = {}
        for index in np.flatnonzero(sizes[roots] >= min_size).tolist():
            cluster = groups.setdefault(int(roots[index]), Cluster())
            cluster.members.append(index)
            cluster.text_linked |= bool(self._links[index] & 1)
            cluster.contact_linked |= bool(self._links[index] & 2)
        yield from groups.values()


def max_cities_in_window(
    items: list[tuple[datetime, str]], window_days: int
) -> tuple[int, int, int]:
    """Most distinct cities within any window; returns (count, first, last) item indices."""
    best = (0, 0, 0)
    ordered = sorted(range(len(items)), key=lambda i: items[i][0])
    left = 0
    counts: dict[str, int] = {}
    for right_pos, right in enumerate(ordered):
        counts[items[right][1]] = counts.get(items[right][1], 0) + 1
        while (items[right][0] - items[ordered[left]][0]).days > window_days:
            city = items[ordered[left]][1]
            counts[city] -= 1
            if counts[city] == 0:
                del counts[city]
            left += 1
        if len(counts) > best[0]:
            best = (len(counts), ordered[left], ordered[right_pos])
    return best
