"""Candidate blocking: find the few list entries worth scoring for each query.

Every analysed name is reduced to keys: its whole tokens, each token's sound (metaphone)
and each token's character trigrams (padded, so "putin" gives "_pu", "put", "uti", "tin",
"in_"). Trigrams keep recall on typos, tokens and sounds on transliteration, and since
keys are a bag, word order does not matter. Keys are weighted by inverse document
frequency and the vectors L2-normalised, so a query finds names sharing its rare keys.
The index is a scipy sparse matrix (a few bytes per key occurrence), and queries are
matched in batches with one sparse product, then the top candidates are scored in full.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from rigour.text.phonetics import metaphone
from scipy import sparse

from knowable.names.normalise import NameForm
from knowable.names.score import MatchResult, Party, score_pair

#: Keys carried by more than this share of all names say nothing and are not indexed.
MAX_KEY_SHARE = 0.05


def name_keys(form: NameForm) -> dict[str, float]:
    """Blocking keys of one analysed name with their within-name weights."""
    keys: dict[str, float] = {}
    for token in form.tokens:
        keys["t:" + token] = 2.0
        if len(token) >= 3 and token.isalpha():
            keys["p:" + metaphone(token)] = 1.0
        padded = f"_{token}_"
        for i in range(len(padded) - 2):
            gram = "g:" + padded[i : i + 3]
            keys[gram] = keys.get(gram, 0.0) + 0.5
    compact = form.compact
    if len(form.tokens) > 1 and len(compact) <= 24:
        keys["c:" + compact] = 2.0
    return keys


@dataclass(frozen=True)
class Hit:
    """One scored candidate for a query."""

    key: str
    result: MatchResult


class NameIndex:
    """Blocking index over parties (list entries), keyed by a caller-given id."""

    def __init__(self, entries: Iterable[tuple[str, Party]]) -> None:
        self.keys: list[str] = []
        self.parties: list[Party] = []
        rows: list[dict[str, float]] = []
        owners: list[int] = []
        for key, party in entries:
            slot = len(self.keys)
            self.keys.append(key)
            self.parties.append(party)
            for form in party.forms:
                rows.append(name_keys(form))
                owners.append(slot)
        self._owner = np.asarray(owners, dtype=np.int32)
        df: dict[str, int] = {}
        for row in rows:
            for k in row:
                df[k] = df.get(k, 0) + 1
        limit = max(50, int(MAX_KEY_SHARE * max(len(rows), 1)))
        n = max(len(rows), 1)
        self._vocab: dict[str, int] = {}
        self._idf: list[float] = []
        for k, count in df.items():
            if count <= limit:
                self._vocab[k] = len(self._idf)
                self._idf.append(math.log(1 + n / count))
        self._matrix = self._vectorise(rows)

    def __len__(self) -> int:
        return len(self.keys)

    def _vectorise(self, rows: Sequence[dict[str, float]]) -> sparse.csr_matrix:
        indptr = [0]
        indices: list[int] = []
        data: list[float] = []
        for row in rows:
            cols: list[int] = []
            vals: list[float] = []
            for k, w in row.items():
                col = self._vocab.get(k)
                if col is not None:
                    cols.append(col)
                    vals.append(w * self._idf[col])
            norm = math.sqrt(sum(v * v for v in vals)) or 1.0
            indices.extend(cols)
            data.extend(v / norm for v in vals)
            indptr.append(len(indices))
        shape = (len(rows), len(self._idf))
        return sparse.csr_matrix(
            (
                np.asarray(data, dtype=np.float32),
                np.asarray(indices, dtype=np.int32),
                np.asarray(indptr, dtype=np.int64),
            ),
            shape=shape,
        )

    def candidates(self, queries: Sequence[Party], limit: int = 10) -> list[list[int]]:
        """For each query, the slots of up to ``limit`` entries sharing the most keys."""
        rows: list[dict[str, float]] = []
        owner: list[int] = []
        for q, party in enumerate(queries):
            for form in party.forms:
                rows.append(name_keys(form))
                owner.append(q)
        out: list[list[int]] = [[] for _ in queries]
        if not rows or self._matrix.shape[0] == 0:
            return out
        sims = (self._vectorise(rows) @ self._matrix.T).tocsr()
        best: list[dict[int, float]] = [{} for _ in queries]
        for r in range(sims.shape[0]):
            start, end = sims.indptr[r], sims.indptr[r + 1]
            if start == end:
                continue
            cols = sims.indices[start:end]
            vals = sims.data[start:end]
            take = min(limit * 3, len(vals))
            top = np.argpartition(-vals, take - 1)[:take]
            seen = best[owner[r]]
            for name_row, value in zip(cols[top].tolist(), vals[top].tolist(), strict=True):
                slot = int(self._owner[name_row])
                if value > seen.get(slot, 0.0):
                    seen[slot] = value
        for q, seen in enumerate(best):
            out[q] = sorted(seen, key=lambda s: -seen[s])[:limit]
        return out

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
