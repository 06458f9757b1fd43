"""Candidate blocking: find the few list entries worth scoring for each query.

Every analysed name is reduced to keys (:mod:`.keys`: words, their sounds, one-letter
deletions of words, pairs of words, the words written together), each naming a small
group of list names. Keys are weighted by inverse document frequency and a query ranks
list names by the cosine of their weighted keys, computed over the shared keys only, so
the work is that of the candidates found, not of the list:

- a key carried by more than :data:`MAX_POSTINGS` list names says little and is not read
  (a query whose keys are all that common reads its rarest one, cut to that many);
- a query reads its keys rarest first until it has read :data:`READ_BUDGET` postings;
- the keys it did not read are looked up only for the best :data:`RESCORE` names found
  (completion: a common word still tells apart the namesakes of a rare one);
- a query word the list lacks or carries rarely, with a far more common list word one
  edit away, adds the keys of the name with that word corrected (a misspelt word's pair
  with a common word is then as rare as the listed name's).

So the work per query is capped whatever the list's size. The index is a few numpy
arrays: the keys' 64-bit hashes (sorted) with offsets into one array of postings (name
row and weight), and each name row's owner and norm, about 8 bytes per key occurrence;
and the list's words by their one-letter deletions, for the corrections.
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
from rapidfuzz.distance import OSA

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
#: The best this many names found by a query name's rare keys get its common keys added.
RESCORE = 50
#: A query word carried by at most this many list names adds its one-letter deletions.
RARE_WORD = 2
#: A list word one edit away from a query word and carried by more than this many times
#: as many names is read as the word meant (the query word as a misspelling of it).
CORRECTION_RATIO = 4
#: A query word is corrected to at most this many list words (the most common first).
MAX_CORRECTIONS = 3
#: Weight of the keys of a corrected name, against those of the name as written.
CORRECTED = 0.8

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Hit:
    """One scored candidate for a query."""

    key: str
    result: MatchResult


def _hashed(forms: Iterable[NameForm], words: set[str]) -> tuple[Ints, Floats, Ints]:
    """Key hashes, within-name weights and the position of the name of each key.

    ``words`` receives every word of four letters or more (the list's vocabulary).

    Deletion keys get a negative weight here, as a mark: they count towards a match but
    not towards the name's norm (a name of rare words would otherwise be pushed down by
    the rare deletions of its own words, which only a misspelt query shares).
    """
    hashes = array("q")
    weights = array("d")
    rows = array("q")
    for row, form in enumerate(forms):
        words.update(t for t in form.tokens if len(t) >= 4)
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
        rescore: int = RESCORE,
        rare_word: int = RARE_WORD,
        corrections: int = MAX_CORRECTIONS,
    ) -> None:
        self.max_postings = max_postings
        self.read_budget = read_budget
        self.rescore = rescore
        self.rare_word = rare_word
        self.corrections = corrections
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

        vocabulary: set[str] = set()
        hashes, weights, rows = _hashed(forms(), vocabulary)
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
        self._index_words(vocabulary)

    def _index_words(self, vocabulary: set[str]) -> None:
        """The list's words by their one-letter deletions, to correct a query's typos."""
        self._words = sorted(vocabulary)
        hashes = np.fromiter((hash("t:" + w) for w in self._words), np.int64, len(self._words))
        self._word_df: Ints = self._df(hashes)
        dels = array("q")
        ids = array("i")
        for n, word in enumerate(self._words):
            for key in deletion_keys(word):
                dels.append(hash(key))
                ids.append(n)
        dhashes = np.frombuffer(dels, dtype=np.int64)
        order = np.argsort(dhashes, kind="stable")
        dhashes = dhashes[order]
        self._del_words = np.frombuffer(ids, dtype=np.int32)[order]
        starts = _group_starts(dhashes)
        self._del_hashes: Ints = dhashes[starts]
        self._del_offsets: Ints = np.append(starts, len(dhashes)).astype(np.int64)

    def _df(self, hashes: Ints) -> Ints:
        """How many list names carry each key (0 for a key the list lacks)."""
        if not len(self._hashes):
            return np.zeros(len(hashes), dtype=np.int64)
        at, known = self._known(hashes)
        return np.where(known, self._offsets[at + 1] - self._offsets[at], 0)

    def _corrections(self, words: dict[str, int]) -> dict[str, list[str]]:
        """List words one edit away from each query word and far more common than it.

        A misspelt word shares a one-letter deletion with the word as listed; the
        candidates so found are checked (optimal string alignment distance 1: a letter
        added, lost, replaced, or two letters swapped), kept when the list carries them
        more than :data:`CORRECTION_RATIO` times as often as the query word (a big list
        holds many misspelt aliases, so a query's typo is often a listed word too, only a
        rare one), and the most common ``corrections`` (:data:`MAX_CORRECTIONS`)
        returned.
        """
        asked = [(w, key) for w in words for key in deletion_keys(w)]
        if not asked or not len(self._del_hashes) or self.corrections <= 0:
            return {}
        hashes = np.fromiter((hash(k) for _, k in asked), np.int64, len(asked))
        at = np.searchsorted(self._del_hashes, hashes)
        at[at == len(self._del_hashes)] = 0
        known = self._del_hashes[at] == hashes
        found: dict[str, set[int]] = {}
        for (word, _), a, k in zip(asked, at.tolist(), known.tolist(), strict=True):
            if k:
                ids = self._del_words[self._del_offsets[a] : self._del_offsets[a + 1]]
                found.setdefault(word, set()).update(ids.tolist())
        out: dict[str, list[str]] = {}
        for word, near_ids in found.items():
            near = [
                (int(self._word_df[i]), self._words[i])
                for i in near_ids
                if self._word_df[i] > words[word] * CORRECTION_RATIO
                and OSA.distance(word, self._words[i], score_cutoff=1) <= 1
            ]
            near.sort(key=lambda x: (-x[0], x[1]))
            if near:
                out[word] = [w for _, w in near[: self.corrections]]
        return out

    def __len__(self) -> int:
        return len(self.keys)

    def array_bytes(self) -> int:
        """Bytes held by the blocking arrays (the parties and their ids not counted)."""
        arrays = (self._hashes, self._offsets, self._idf, self._rows, self._weights)
        words = (self._word_df, self._del_words, self._del_hashes, self._del_offsets)
        return sum(a.nbytes for a in (*arrays, self._owner, self._roots, *words))

    def _known(self, hashes: Ints) -> tuple[Ints, npt.NDArray[np.bool_]]:
        """Where each hash sits in the index, and whether it is there."""
        at = np.searchsorted(self._hashes, hashes)
        at[at == len(self._hashes)] = 0
        return at, self._hashes[at] == hashes

    def _query_keys(self, forms: Sequence[NameForm]) -> list[dict[str, float]]:
        """Each query name's keys, with those of its words' likely corrections.

        A word the list lacks, or carries in at most :data:`RARE_WORD` names, adds its
        one-letter deletions. A word of at most :data:`MAX_POSTINGS` names may be
        misspelt: each correction (:meth:`_corrections`) adds the keys of the name with
        that word put right (its word, sound, pairs and the words written together),
        weighted :data:`CORRECTED`. A misspelt word's pair with another word is then as
        rare as the listed name's, however common that other word is.
        """
        words = sorted({t for form in forms for t in form.tokens if len(t) >= 4})
        hashes = np.fromiter((hash("t:" + w) for w in words), np.int64, len(words))
        df = self._df(hashes).tolist()
        rare = {w: d for w, d in zip(words, df, strict=True) if d <= self.rare_word}
        fixes = self._corrections(
            {w: d for w, d in zip(words, df, strict=True) if d <= self.max_postings}
        )
        out = []
        for form in forms:
            keys = name_keys(form, deletions=False)
            for i, word in enumerate(form.tokens):
                if word in rare:
                    for key in deletion_keys(word):
                        keys.setdefault(key, DELETION)
                for fix in fixes.get(word, ()):
                    tokens = (*form.tokens[:i], fix, *form.tokens[i + 1 :])
                    fixed = name_keys(form.with_tokens(tokens), deletions=False)
                    for key, weight in fixed.items():
                        if weight * CORRECTED > keys.get(key, 0.0):
                            keys[key] = weight * CORRECTED
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
        skipped = ~chosen
        skipped[fallback] = False
        later_q, later_w = qrows[skipped], qweights[skipped]
        later_s, later_n = starts[skipped], sizes[skipped]
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
        sums: Floats = np.asarray(np.bincount(inverse, weights=contrib), dtype=np.float64)
        qrow, row = np.divmod(unique, names)
        qrow, row, sums = self._complete(qrow, row, sums, later_q, later_w, later_s, later_n)
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

    def _complete(
        self, qrow: Ints, row: Ints, sums: Floats, kq: Ints, kw: Floats, ks: Ints, kn: Ints
    ) -> tuple[Ints, Ints, Floats]:
        """The best candidates of each query name, with the keys it did not read added.

        The keys read (rare ones) find the candidates; the query's other keys (common
        words, and keys past the read budget) decide between them: the best
        :data:`RESCORE` candidates of each name found so far are looked up in those keys'
        postings (sorted by name row, so a binary search each), and their shared weight
        is added. The work is that of the candidates kept, not of the common keys.
        ``rescore=0`` adds nothing (the rare keys alone rank).
        """
        if self.rescore <= 0:
            return qrow, row, sums
        # Best first as ranked in the end: shared weight over the root of the name's norm.
        order = np.lexsort((-sums / self._roots[row], qrow))
        qrow, row, sums = qrow[order], row[order], sums[order]
        firsts = _group_starts(qrow)
        counts = np.diff(np.append(firsts, len(qrow)))
        rank = np.arange(len(qrow)) - np.repeat(firsts, counts)
        keep = rank < self.rescore
        qrow, row, sums = qrow[keep], row[keep], sums[keep]
        if not len(kq) or not len(qrow):
            return qrow, row, sums
        # Every (candidate, unread key) pair of the same query name.
        cand_first = _group_starts(qrow)
        cand_count = np.diff(np.append(cand_first, len(qrow)))
        key_first = _group_starts(kq)
        key_count = np.diff(np.append(key_first, len(kq)))
        # Align the two groupings on the query names both have.
        names_c = qrow[cand_first]
        names_k = kq[key_first]
        common, ic, ik = np.intersect1d(names_c, names_k, assume_unique=True, return_indices=True)
        if not len(common):
            return qrow, row, sums
        nc, nk = cand_count[ic], key_count[ik]
        per = nc * nk
        # For group g: candidate index cand_first[g] + i // nk, key index key_first[g] + i % nk.
        local = _ranges(np.zeros(len(per), dtype=np.int64), per)
        group = np.repeat(np.arange(len(per)), per)
        ci = cand_first[ic][group] + local // nk[group]
        ki = key_first[ik][group] + local % nk[group]
        target = row[ci]
        lo = ks[ki].copy()
        hi = lo + kn[ki]
        end = hi.copy()
        rows = self._rows
        active = lo < hi
        while active.any():
            mid = (lo + hi) // 2
            right = active & (rows[np.minimum(mid, len(rows) - 1)] < target)
            lo = np.where(right, mid + 1, lo)
            hi = np.where(active & ~right, mid, hi)
            active = lo < hi
        inside = lo < end
        hit = np.zeros(len(lo), dtype=bool)
        hit[inside] = rows[lo[inside]] == target[inside]
        add = np.bincount(
            ci[hit], weights=self._weights[lo[hit]] * kw[ki[hit]], minlength=len(sums)
        )
        return qrow, row, sums + add

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
