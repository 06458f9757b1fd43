"""Candidate blocking: find the few list entries worth scoring for each query.

Every analysed name is reduced to keys (:mod:`.keys`: words, their sounds, one-letter
deletions of words, pairs of words, the words written together), each naming a small
group of list names. Keys are weighted by inverse document frequency and a query ranks
list names by the cosine of their weighted keys, computed over the shared keys only, so
the work is that of the candidates found, not of the list:

- a key carried by more than :data:`MAX_POSTINGS` list names says little and is not read
  (a query whose keys are all that common reads its rarest one, cut to that many);
- a query reads its keys rarest first until it has read :data:`READ_BUDGET` postings.

So the work per query is capped whatever the list's size. The index is a few numpy
arrays: the keys' 64-bit hashes (sorted) with offsets into one array of postings (name
row and weight), and each name row's owner and norm, about 8 bytes per key occurrence.
Hashes are Python's ``hash`` of the key, so an index lives in the process that built it
(it is rebuilt from the list, never stored). Queries are matched in batches, every step
one numpy operation over the whole batch, then the top candidates are scored in full.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz

from knowable.names.keys import DELETION, deletion_keys, name_keys
from knowable.names.normalise import NameForm
from knowable.names.score import MatchResult, Party, score_pair

__all__ = ["MAX_POSTINGS", "READ_BUDGET", "RERANK_POOL", "Hit", "NameIndex", "name_keys"]

#: Keys carried by more list names than this are not read at query time (frequency cap).
MAX_POSTINGS = 500
#: A query name stops reading keys (rarest first) once it has read this many postings.
READ_BUDGET = 1000
#: This many times the candidates asked for are ranked by shared keys, then the closest as
#: strings (rapidfuzz ratio of the sorted words) are scored in full.
RERANK_POOL = 3

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Hit:
    """One scored candidate for a query."""

    key: str
    result: MatchResult


def _hashed(forms: Iterable[NameForm]) -> tuple[Ints, Floats, Ints]:
    """Key hashes, within-name weights and the position of the name of each key.

    Deletion keys get a negative weight here, as a mark: they count towards a match but
    not towards the name's norm (a name of rare words would otherwise be pushed down by
    the rare deletions of its own words, which only a misspelt query shares).
    """
    hashes = array("q")
    weights = array("d")
    rows = array("q")
    for row, form in enumerate(forms):
        for key, weight in name_keys(form).items():
            hashes.append(hash(key))
            weights.append(-weight if key.startswith("d:") else weight)
            rows.append(row)
    return (
        np.frombuffer(hashes, dtype=np.int64),
        np.frombuffer(weights, dtype=np.float64),
        np.frombuffer(rows, dtype=np.int64),
    )


def _group_starts(groups: Ints) -> Ints:
    """Where each run of equal values starts in a sorted array."""
    first = np.ones(len(groups), dtype=bool)
    first[1:] = groups[1:] != groups[:-1]
    return np.flatnonzero(first)


def _ranges(starts: Ints, sizes: Ints) -> Ints:
    """The positions start, start + 1, ... start + size - 1 of every range, in order."""
    total = int(sizes.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    before = np.cumsum(sizes) - sizes
    return np.repeat(starts - before, sizes) + np.arange(total, dtype=np.int64)


class NameIndex:
    """Blocking index over parties (list entries), keyed by a caller-given id."""

    def __init__(
        self,
        entries: Iterable[tuple[str, Party]],
        max_postings: int = MAX_POSTINGS,
        read_budget: int = READ_BUDGET,
    ) -> None:
        self.max_postings = max_postings
        self.read_budget = read_budget
        self.keys: list[str] = []
        self.parties: list[Party] = []
        owners = array("i")

        def forms() -> Iterable[NameForm]:
            for key, party in entries:
                slot = len(self.keys)
                self.keys.append(key)
                self.parties.append(party)
                for form in party.forms:
                    owners.append(slot)
                    yield form

        hashes, weights, rows = _hashed(forms())
        self._owner = np.frombuffer(owners, dtype=np.int32).copy()
        order = np.argsort(hashes, kind="stable")
        hashes = hashes[order]
        self._rows = rows[order].astype(np.int32)
        weights = weights[order]
        del order, rows
        first = np.ones(len(hashes), dtype=bool)
        first[1:] = hashes[1:] != hashes[:-1]
        starts = np.flatnonzero(first)
        self._hashes: Ints = hashes[starts]
        del hashes, first
        self._offsets: Ints = np.append(starts, len(self._rows)).astype(np.int64)
        df = np.diff(self._offsets)
        names = max(len(self._owner), 1)
        self._idf: Floats = np.log1p(names / np.maximum(df, 1))
        # A posting carries its key's weight in that name times the key's idf; a name's
        # norm is that of its weighted key vector.
        weights *= np.repeat(self._idf, df)
        in_norm = np.where(weights > 0, weights, 0.0)
        self._weights = np.abs(weights).astype(np.float32)
        norms = np.sqrt(np.bincount(self._rows, weights=in_norm**2, minlength=len(self._owner)))
        del in_norm
        norms[norms == 0] = 1.0
        # Shared keys over the square root of the name's norm: a long name or one of rare
        # words is not pushed far below a short one that shares the same keys.
        self._roots = np.sqrt(norms).astype(np.float32)

    def __len__(self) -> int:
        return len(self.keys)

    def array_bytes(self) -> int:
        """Bytes held by the blocking arrays (the parties and their ids not counted)."""
        arrays = (self._hashes, self._offsets, self._idf, self._rows, self._weights)
        return sum(a.nbytes for a in (*arrays, self._owner, self._roots))

    def _known(self, hashes: Ints) -> tuple[Ints, npt.NDArray[np.bool_]]:
        """Where each hash sits in the index, and whether it is there."""
        at = np.searchsorted(self._hashes, hashes)
        at[at == len(self._hashes)] = 0
        return at, self._hashes[at] == hashes

    def _query_keys(self, forms: Sequence[NameForm]) -> list[dict[str, float]]:
        """Each query name's keys: one-letter deletions only of words the list lacks."""
        words = sorted({t for form in forms for t in form.tokens if len(t) >= 4})
        hashes = np.fromiter((hash("t:" + w) for w in words), np.int64, len(words))
        found = self._known(hashes)[1].tolist()
        lacking = {w for w, known in zip(words, found, strict=True) if not known}
        out = []
        for form in forms:
            keys = name_keys(form, deletions=False)
            for word in form.tokens:
                if word in lacking:
                    for key in deletion_keys(word):
                        keys[key] = DELETION
            out.append(keys)
        return out

    def _rank(self, forms: Sequence[NameForm], take: int) -> list[list[tuple[int, float]]]:
        """For each query name, up to ``take`` (name row, cosine) pairs sharing keys.

        Every step is one numpy operation over all the names' keys and postings.
        """
        out: list[list[tuple[int, float]]] = [[] for _ in forms]
        if not forms or not len(self._hashes):
            return out
        hashes = array("q")
        qweights_ = array("d")
        qrows_ = array("q")
        for n, keys in enumerate(self._query_keys(forms)):
            for key, weight in keys.items():
                hashes.append(hash(key))
                qweights_.append(weight)
                qrows_.append(n)
        if not len(hashes):
            return out
        at, known = self._known(np.frombuffer(hashes, dtype=np.int64))
        at = at[known]
        if not len(at):
            return out
        qrows = np.frombuffer(qrows_, dtype=np.int64)[known]
        qweights = np.frombuffer(qweights_, dtype=np.float64)[known] * self._idf[at]
        qnorms = np.sqrt(np.bincount(qrows, weights=qweights**2, minlength=len(forms)))
        qnorms[qnorms == 0] = 1.0
        starts = self._offsets[at]
        sizes = self._offsets[at + 1] - starts
        # Each name's keys rarest first; read while under the cap and within the budget.
        order = np.lexsort((sizes, qrows))
        qrows, qweights, starts, sizes = qrows[order], qweights[order], starts[order], sizes[order]
        firsts = _group_starts(qrows)
        spent = np.cumsum(sizes)
        spent -= np.repeat(spent[firsts] - sizes[firsts], np.diff(np.append(firsts, len(qrows))))
        chosen = (sizes <= self.max_postings) & (spent <= self.read_budget)
        # A name whose keys are all common reads its rarest key, cut to the cap.
        fallback = firsts[~np.logical_or.reduceat(chosen, firsts)]
        chosen[fallback] = True
        sizes[fallback] = np.minimum(sizes[fallback], self.max_postings)
        qrows, qweights, starts, sizes = (
            qrows[chosen],
            qweights[chosen],
            starts[chosen],
            sizes[chosen],
        )
        positions = _ranges(starts, sizes)
        names = len(self._owner)
        pairs = np.repeat(qrows, sizes) * names + self._rows[positions]
        contrib = self._weights[positions] * np.repeat(qweights, sizes)
        unique, inverse = np.unique(pairs, return_inverse=True)
        sums = np.bincount(inverse, weights=contrib)
        qrow, row = np.divmod(unique, names)
        sims = sums / (self._roots[row] * qnorms[qrow])
        # The best ``take`` of each name: sorted by name, then best first.
        order = np.lexsort((-sims, qrow))
        qrow, row, sims = qrow[order], row[order], sims[order]
        firsts = _group_starts(qrow)
        rank = np.arange(len(qrow)) - np.repeat(firsts, np.diff(np.append(firsts, len(qrow))))
        keep = rank < take
        for q, r, v in zip(
            qrow[keep].tolist(), row[keep].tolist(), sims[keep].tolist(), strict=True
        ):
            out[q].append((r, v))
        return out

    def candidates(self, queries: Sequence[Party], limit: int = 10) -> list[list[int]]:
        """For each query, the slots of up to ``limit`` entries sharing the most keys."""
        forms: list[NameForm] = []
        owner: list[int] = []
        for q, party in enumerate(queries):
            for form in party.forms:
                forms.append(form)
                owner.append(q)
        pool = limit * RERANK_POOL
        best: list[dict[int, float]] = [{} for _ in queries]
        slots = self._owner
        for q, ranked in zip(owner, self._rank(forms, pool * 2), strict=True):
            seen = best[q]
            for row, value in ranked:
                slot = int(slots[row])
                if value > seen.get(slot, 0.0):
                    seen[slot] = value
        out = []
        for party, seen in zip(queries, best, strict=True):
            top = sorted(seen, key=lambda s: -seen[s])[:pool]
            if len(top) > limit:
                keys = [f.sorted_key() for f in party.forms]
                closeness = {s: self._closeness(keys, s) for s in top}
                top.sort(key=lambda s: -closeness[s])
            out.append(top[:limit])
        return out

    def _closeness(self, keys: list[str], slot: int) -> float:
        """How alike the query's names and an entry's are as strings (words sorted)."""
        forms = self.parties[slot].forms
        return max((fuzz.ratio(k, f.sorted_key()) for k in keys for f in forms), default=0.0)

    def search(
        self,
        queries: Sequence[Party],
        limit: int = 5,
        candidates: int = 5,
        min_score: float = 0.0,
        batch: int = 2000,
    ) -> list[list[Hit]]:
        """Top ``limit`` scored entries per query (best first), at or above ``min_score``."""
        results: list[list[Hit]] = []
        for start in range(0, len(queries), batch):
            chunk = queries[start : start + batch]
            for party, slots in zip(chunk, self.candidates(chunk, candidates), strict=True):
                hits = [Hit(self.keys[s], score_pair(party, self.parties[s])) for s in slots]
                hits = [h for h in hits if h.result.confidence >= min_score]
                hits.sort(key=lambda h: -h.result.confidence)
                results.append(hits[:limit])
        return results
