"""Word-level pieces of name comparison: similarity of two words, word weights, and
the order-free alignment of two names' words.

Words are aligned equal words first (the nearest position wins), then the remaining pairs
by similarity, best first. Adjacent leftover words on one side may still align with one
word on the other when written together ("Patr ushev" / "Patrushev").
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import OSA
from rigour.text.phonetics import metaphone

from knowable.catalogue.names import vocabulary
from knowable.names.normalise import fold

#: Below this similarity two words are not considered the same word.
ALIGN_MIN = 0.6

#: Two spellings of one particle ("el" / "al", "ibn" / "bin").
PARTICLE_VARIANT_SIM = 0.95


@lru_cache(maxsize=131072)
def _phonetic(token: str) -> str:
    return metaphone(token) if len(token) >= 3 and token.isalpha() else token


def _typo_budget(length: int) -> int:
    return 0 if length <= 3 else 1 if length <= 5 else 2 if length <= 10 else 3


@lru_cache(maxsize=262144)
def token_similarity(left: str, right: str) -> float:
    """Similarity of two folded tokens.

    1.0 when equal; otherwise ``1 - edits / length`` (transpositions count once) while the
    edits stay within a typo budget (none up to 3 letters, 1 up to 5, 2 up to 10, 3
    beyond), and
    sharply less beyond it, because two different names often differ by a few letters
    (Lukashenko / Lukashevich). Sounding alike (metaphone) rescues one extra edit.
    An initial against a word starting with it scores 0.9; two spellings of one particle
    (names.yml ``particle_variants``) score 0.95; a word with a Baltic case ending is
    compared without it, at most 0.95.
    """
    if left == right:
        return 1.0
    if len(left) == 1 or len(right) == 1:
        short, long_ = (left, right) if len(left) == 1 else (right, left)
        return 0.9 if long_.startswith(short) and not long_.isdigit() else 0.0
    if left.isdigit() or right.isdigit():
        return 0.0
    vocab = vocabulary()
    nicknames = vocab.nicknames
    if nicknames.get(left) == right or nicknames.get(right) == left:
        return 0.85
    variants = vocab.particle_variants
    if variants.get(left, left) == variants.get(right, right):
        return PARTICLE_VARIANT_SIM
    sim = _edit_similarity(left, right)
    if sim < CASE_ENDING_SIM:
        bare = _without_case_ending(left, right)
        if bare is not None:
            sim = max(sim, _edit_similarity(*bare) * CASE_ENDING_SIM)
    return sim


def _edit_similarity(left: str, right: str) -> float:
    longest = max(len(left), len(right))
    edits = OSA.distance(left, right)
    sim = 1.0 - edits / longest
    budget = _typo_budget(min(len(left), len(right)))
    # Sounding alike matters only for the one edit it can rescue.
    if edits > budget and not (edits == budget + 1 and _phonetic(left) == _phonetic(right)):
        sim *= 0.7
    return sim


#: A name with a Baltic case ending against the same name without it ("Lavrovs",
#: "Putinas" for "Lavrov", "Putin"), at most this similar.
CASE_ENDING_SIM = 0.95
_CASE_ENDINGS = ("as", "is", "us", "ys", "s")


def _without_case_ending(left: str, right: str) -> tuple[str, str] | None:
    """The longer word without a Baltic case ending the shorter lacks, beside the shorter
    (None when there is none or the stem would be shorter than five letters)."""
    short, long_ = (left, right) if len(left) <= len(right) else (right, left)
    for ending in _CASE_ENDINGS:
        stem = long_[: -len(ending)]
        if long_.endswith(ending) and not short.endswith(ending) and len(stem) >= 5:
            return stem, short
    return None


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """One-word country names (followthemoney's English names) and names.yml's regions
    and native country names."""
    from followthemoney.types import registry

    # "zz" is followthemoney's "Global", not a country.
    names = {fold(name) for code, name in registry.country.names.items() if code != "zz"}
    return frozenset({n for n in names if " " not in n} | vocabulary().place_words)


def is_place(token: str) -> bool:
    """A country or world region ("mexico", "schweiz", "europe")."""
    return token in _places()


@lru_cache(maxsize=262144)
def token_weight(token: str, is_org: bool) -> float:
    vocab = vocabulary()
    base = float(max(len(token), 2))
    if token in vocab.particles:
        return base * 0.25
    if not is_org and len(token) > 6 and token.endswith(vocab.patronymic_endings):
        return base * 0.3
    if is_org and token in vocab.weak_org_words:
        return base * 0.35
    return base


def align_tokens(
    left: tuple[str, ...], right: tuple[str, ...]
) -> tuple[list[tuple[int, int, float]], list[int], list[int]]:
    if left == right:
        return [(i, i, 1.0) for i in range(len(left))], [], []
    free_l = [True] * len(left)
    free_r = [True] * len(right)
    aligned: list[tuple[int, int, float]] = []
    # Equal words first (nearest position wins), then the rest by similarity.
    right_words = set(right)
    for i, lt in enumerate(left):
        if lt not in right_words:
            continue
        best_j = -1
        for j, rt in enumerate(right):
            if rt == lt and free_r[j] and (best_j < 0 or abs(j - i) < abs(best_j - i)):
                best_j = j
        if best_j >= 0:
            free_l[i] = free_r[best_j] = False
            aligned.append((i, best_j, 1.0))
    if len(aligned) < min(len(left), len(right)):
        pairs: list[tuple[float, int, int]] = []
        for i, lt in enumerate(left):
            if free_l[i]:
                for j, rt in enumerate(right):
                    if free_r[j]:
                        sim = token_similarity(lt, rt)
                        if sim >= ALIGN_MIN:
                            pairs.append((sim, i, j))
        if len(pairs) > 1:
            pairs.sort(key=_pair_order)
        for sim, i, j in pairs:
            if free_l[i] and free_r[j]:
                free_l[i] = free_r[j] = False
                aligned.append((i, j, sim))
        aligned.sort()
    left_only = [i for i, free in enumerate(free_l) if free]
    right_only = [j for j, free in enumerate(free_r) if free]
    return aligned, left_only, right_only


def _pair_order(pair: tuple[float, int, int]) -> tuple[float, int]:
    """Most similar first; among equals, the nearest positions."""
    return -pair[0], abs(pair[1] - pair[2])


def in_order(aligned: list[tuple[int, int, float]]) -> bool:
    rights = [j for _, j, _ in aligned]
    return rights == sorted(rights)


def merge_split_words(
    lt: tuple[str, ...],
    rt: tuple[str, ...],
    aligned: list[tuple[int, int, float]],
    left_only: list[int],
    right_only: list[int],
) -> list[str]:
    """Align two or three adjacent leftover tokens written apart on one side ("Patr ushev",
    "van der bilt") with one leftover token on the other ("Patrushev", "vanderbilt").
    Mutates the lists; returns notes."""
    notes: list[str] = []
    if not left_only or not right_only or max(len(left_only), len(right_only)) < 2:
        return notes
    for one, other, one_only, other_only, flip in (
        (lt, rt, left_only, right_only, False),
        (rt, lt, right_only, left_only, True),
    ):
        lengths = [len(other[k]) for k in other_only]
        if not lengths:
            continue
        shortest, longest = min(lengths) - 2, max(lengths) + 2
        for a in list(one_only):
            length = len(one[a])
            for b in (a + 1, a + 2):
                if b not in one_only or a not in one_only:
                    break
                length += len(one[b])
                if length > longest:
                    break
                if length < shortest:
                    continue
                joined = "".join(one[a : b + 1])
                k = _joined_match(joined, other, other_only)
                if k < 0:
                    continue
                for x in range(a, b + 1):
                    one_only.remove(x)
                other_only.remove(k)
                sim = token_similarity(joined, other[k])
                aligned.append((k, a, sim) if flip else (a, k, sim))
                notes.append(f"{' '.join(one[a : b + 1])} written as one word {other[k]}")
                break
    return notes


def _joined_match(joined: str, other: tuple[str, ...], other_only: list[int]) -> int:
    """The leftover token on the other side that the joined words spell (or -1)."""
    for k in other_only:
        if abs(len(joined) - len(other[k])) <= 2 and token_similarity(joined, other[k]) >= 0.8:
            return k
    return -1


#: Similarity given to an abbreviation aligned with the words it stands for.
ABBREVIATION_SIM = 0.8


def match_abbreviations(
    lt: tuple[str, ...],
    rt: tuple[str, ...],
    aligned: list[tuple[int, int, float]],
    left_only: list[int],
    right_only: list[int],
) -> list[str]:
    """Align a leftover abbreviation on one side ("JC", "US", "PLA") with the adjacent
    leftover words on the other side whose first letters spell it ("Jean Claude",
    "United States", "Peoples Liberation Army"). Mutates the lists; returns notes."""
    notes: list[str] = []
    if not left_only or not right_only or max(len(left_only), len(right_only)) < 2:
        return notes
    particles = vocabulary().particles
    for one, other, one_only, other_only, flip in (
        (lt, rt, left_only, right_only, False),
        (rt, lt, right_only, left_only, True),
    ):
        for a in list(one_only):
            short = one[a]
            size = len(short)
            if not 2 <= size <= 6 or size > len(other_only):
                continue
            if not short.isalpha() or short in particles:
                continue
            for k in other_only:
                if other[k][0] != short[0] or not all(
                    k + x in other_only and other[k + x][0] == short[x] for x in range(1, size)
                ):
                    continue
                one_only.remove(a)
                for x in range(k, k + size):
                    other_only.remove(x)
                aligned.append((k, a, ABBREVIATION_SIM) if flip else (a, k, ABBREVIATION_SIM))
                notes.append(f"{short} stands for {' '.join(other[k : k + size])}")
                break
    return notes
