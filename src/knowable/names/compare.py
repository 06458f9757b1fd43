"""Compare two analysed names token by token and explain the alignment.

Tokens are aligned order-free (greedy, best pairs first) because lists write "LAST, First"
and customers write "First Last". Each token carries a weight (its length; particles and
generic organisation words count for little). The similarity is the weighted share of
both names that aligned, so a token present on one side only (an added middle name)
costs its weight and a token replaced by a different one (a swapped family or clan name)
costs both weights. Small deductions for changed order, transliteration and a different
legal form keep an order inside the top band: only identical names score 1.0.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein
from rigour.text.scripts import text_scripts

from knowable.catalogue.names import vocabulary
from knowable.names.abjad import LETTER_FOLDS, one_side_abjad, skeleton_form
from knowable.names.normalise import NameForm, fold, transliterate
from knowable.names.respell import joined_given_name, respelt
from knowable.names.tokens import (
    align_tokens,
    in_order,
    is_place,
    match_abbreviations,
    merge_split_words,
    token_similarity,
    token_weight,
)

__all__ = ["NameComparison", "best_comparison", "compare_forms", "token_similarity"]

#: Share of its weight a country or region added on one side of an organisation keeps.
PLACE_WEIGHT = 0.35

#: Highest score a one-word person name gets against a longer one.
SINGLE_WORD_CAP = 0.7


# Not frozen: a frozen dataclass costs ~0.4 us more per comparison. Treat as immutable.
@dataclass(slots=True, unsafe_hash=True)
class NameComparison:
    """Result of comparing two names: score 0..1 and the pieces of the explanation."""

    score: float
    aligned: tuple[tuple[str, str, float], ...]
    left_only: tuple[str, ...]
    right_only: tuple[str, ...]
    notes: tuple[str, ...]

    def detail(self) -> str:
        """Human-readable account of the alignment."""
        parts = []
        for left, right, sim in self.aligned:
            parts.append(left if left == right else f"{left}~{right} ({sim:.2f})")
        text = "aligned: " + (", ".join(parts) if parts else "nothing")
        if self.left_only:
            text += "; only left: " + " ".join(self.left_only)
        if self.right_only:
            text += "; only right: " + " ".join(self.right_only)
        if self.notes:
            text += "; " + "; ".join(self.notes)
        return text


def _person_conflict(left_only: list[str], right_only: list[str]) -> str | None:
    """Two different patronymics, or two different middle initials, on the two sides:
    most likely two people (each alone would be an omission, not a conflict)."""
    endings = vocabulary().patronymic_endings
    if any(len(t) > 6 and t.endswith(endings) for t in left_only) and any(
        len(t) > 6 and t.endswith(endings) for t in right_only
    ):
        return "different patronymics"
    if any(len(t) == 1 for t in left_only) and any(len(t) == 1 for t in right_only):
        return "different initials"
    return None


def _only_generic_words(
    lt: tuple[str, ...], rt: tuple[str, ...], left_only: list[int], right_only: list[int]
) -> bool:
    """True when every unaligned word is a generic organisation word or a particle."""
    vocab = vocabulary()
    words = [lt[i] for i in left_only] + [rt[j] for j in right_only]
    return all(w in vocab.weak_org_words or w in vocab.particles for w in words)


_NASAB = frozenset({"bin", "ibn", "ben", "bint", "ould"})


def _links_two_names(tokens: tuple[str, ...]) -> bool:
    """True when a "son of" particle stands between two words ("Mohammed bin Salman")."""
    return any(t in _NASAB for t in tokens[1:-1])


_ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})
_DENSE = frozenset({"Han", "Hangul", "Hiragana", "Katakana", "Thai", "Bengali"})


def _script_check(left: NameForm, right: NameForm, score: float) -> tuple[float, str | None]:
    """Transliteration merges distinct letters (高石 / 高市 both give "gao shi"). When both
    names share a non-Latin script, the originals must agree too."""
    if left.original.isascii() or right.original.isascii():
        return score, None
    shared = text_scripts(left.original) & text_scripts(right.original)
    shared.discard("Latin")
    if not shared:
        return score, None
    # Word order is checked elsewhere; compare the original words order-free.
    a = "".join(sorted(left.original.casefold().split()))
    b = "".join(sorted(right.original.casefold().split()))
    if a == b:
        return score, None
    raw = Levenshtein.normalized_similarity(a, b)
    cap = raw if shared & _DENSE else raw + 0.1
    if cap < score:
        return cap, f"in the original {'/'.join(sorted(shared))} script only {raw:.2f} alike"
    return score, None


#: Discount on a comparison made on consonant skeletons (see knowable.names.abjad).
SKELETON_DISCOUNT = 0.88


#: Discount on a comparison made on a customary respelling (see knowable.names.respell).
RESPELL_DISCOUNT = 0.97


def compare_forms(left: NameForm, right: NameForm) -> NameComparison:
    """Compare two analysed names; see the module docstring for the scoring."""
    result = _compare(left, right)
    if result.score < 0.999 and left.original.isascii() != right.original.isascii():
        result = _respelt_if_better(left, right, result)
    if result.score < 0.999 and not (left.is_org or right.is_org):
        result = _joined_if_better(left, right, result)
    if result.score < 0.999 and one_side_abjad(left, right):
        for folds in LETTER_FOLDS:
            alt = _compare(skeleton_form(left, folds), skeleton_form(right, folds))
            exact = all(sim == 1.0 for _, _, sim in alt.aligned)
            if exact and alt.score * SKELETON_DISCOUNT > result.score:
                note = "compared as consonant skeletons (script without vowels)"
                changed = [f"{a} written {b or 'w'}" for a, b in folds.items() if a != "q"]
                if changed:
                    note += ", " + ", ".join(changed)
                result = replace(alt, score=alt.score * SKELETON_DISCOUNT, notes=(*alt.notes, note))
    return result


def _respelt_if_better(left: NameForm, right: NameForm, result: NameComparison) -> NameComparison:
    """Compare again with the non-Latin side customarily respelt; keep the better."""
    note = "compared as customarily spelt in Latin letters"
    alt_left, alt_right = respelt(left), respelt(right)
    return _better_reading(left, right, alt_left, alt_right, result, RESPELL_DISCOUNT, note)


def _joined_if_better(left: NameForm, right: NameForm, result: NameComparison) -> NameComparison:
    """Compare again with two-syllable Chinese or Korean given names read as one word."""
    if len(left.tokens) != 3 and len(right.tokens) != 3:
        return result  # only three-word names have such a reading; skip the look-ups
    note = "given name of two syllables compared as one word"
    alt_left, alt_right = joined_given_name(left), joined_given_name(right)
    return _better_reading(left, right, alt_left, alt_right, result, 1.0, note)


def _better_reading(
    left: NameForm,
    right: NameForm,
    alt_left: NameForm | None,
    alt_right: NameForm | None,
    result: NameComparison,
    discount: float,
    note: str,
) -> NameComparison:
    """The comparison of the second readings (discounted) when it beats ``result``."""
    if alt_left is None and alt_right is None:
        return result
    alt = _compare(alt_left or left, alt_right or right)
    if alt.score * discount <= result.score:
        return result
    return replace(alt, score=alt.score * discount, notes=(*alt.notes, note))


#: Deduction for two names alike but for their numbers ("Fund VII" / "Fund VIII").
SIBLING_PENALTY = 0.1


_NO_NUMBERS: frozenset[str] = frozenset()


def _numbers(tokens: tuple[str, ...], is_org: bool) -> frozenset[str]:
    found = [t for t in tokens if t.isdigit() or (is_org and t in _ROMAN)]
    return frozenset(found) if found else _NO_NUMBERS


def _numbered_last(tokens: tuple[str, ...], numbers: frozenset[str]) -> bool:
    """True when every number of the name comes after its last word ("Fund VII")."""
    seen_number = False
    for token in tokens:
        if token in numbers:
            seen_number = True
        elif seen_number:
            return False
    return seen_number


def _compare(left: NameForm, right: NameForm) -> NameComparison:
    lt, rt = left.tokens, right.tokens
    is_org = left.is_org or right.is_org
    if not lt or not rt:
        return NameComparison(0.0, (), lt, rt, ("a name is empty",))
    numbers_l, numbers_r = _numbers(lt, is_org), _numbers(rt, is_org)
    if (
        numbers_l
        and numbers_r
        and numbers_l != numbers_r
        and _numbered_last(lt, numbers_l)
        and _numbered_last(rt, numbers_r)
    ):
        # Both names end in numbers that differ: a series of funds, trusts or vessels
        # under one name. Siblings are worth a reviewer's look, so the words decide and
        # the numbers cost a fixed deduction. ("Four Seasons" / "Five Seasons" are not
        # a series: their numbers are part of the name.)
        return _siblings(left, right, numbers_l, numbers_r)
    if lt == rt and all(len(t) > 1 for t in lt):
        # Same words in the same order (no initials): every word aligns with itself, so
        # only the legal form, the script and the surface can still tell them apart.
        same = [(i, i, 1.0) for i in range(len(lt))]
        return _finish(left, right, 1.0, [], same, [], [])
    aligned, left_only, right_only = align_tokens(lt, rt)
    notes = merge_split_words(lt, rt, aligned, left_only, right_only)
    notes += match_abbreviations(lt, rt, aligned, left_only, right_only)
    same_form = is_org and _legal_form_misspelt(left, right, left_only, right_only, notes)
    aligned.sort()
    lw = [token_weight(t, is_org) for t in lt]
    rw = [token_weight(t, is_org) for t in rt]
    got = 0.0
    total = 0.0
    initials = 0
    for i, j, sim in aligned:
        if (len(lt[i]) == 1 and lt[i].isalpha()) or (len(rt[j]) == 1 and rt[j].isalpha()):
            # An initial carries one letter of information on both sides.
            initials += 1
            got += sim * 2.0
            total += 2.0
        else:
            got += sim * (lw[i] + rw[j])
            total += lw[i] + rw[j]
    substituted = min(len(left_only), len(right_only))
    # A word present on one side only (an added middle name) costs half its weight; a
    # word replaced by a different one costs all of it.
    # Organisations differ by one added word more often than people do
    # ("Deutsche Bank Trust Company" is not "Deutsche Bank").
    extra_factor = 1.0 if substituted or is_org or initials else 0.5
    if is_org and not substituted:
        # A country or region added on one side names a branch or subsidiary of the
        # other ("Deutsche Bank (Schweiz) AG"), which a reviewer should see; two
        # different countries (substituted above) are sibling branches and count fully.
        for i in left_only:
            if is_place(lt[i]):
                lw[i] *= PLACE_WEIGHT
        for j in right_only:
            if is_place(rt[j]):
                rw[j] *= PLACE_WEIGHT
    total += extra_factor * (
        sum([lw[i] for i in left_only], 0.0) + sum([rw[j] for j in right_only], 0.0)
    )
    score = got / total if total else 0.0
    if same_form:
        score -= 0.02  # a misspelt legal form is not quite the same surface
    if substituted and is_org and _only_generic_words(lt, rt, left_only, right_only):
        # "Homs Refinery Corporation" / "The Homs Refinery Company": only generic words
        # differ; their (low) weights already count against the score.
        notes.append("only generic words differ")
    elif substituted:
        score -= (0.1 if is_org else 0.12) * substituted
        notes.append(f"{substituted} word(s) replaced by different ones")
        if not is_org:
            conflict = _person_conflict([lt[i] for i in left_only], [rt[j] for j in right_only])
            if conflict:
                score -= 0.1
                notes.append(conflict)
    elif is_org:
        vocab = vocabulary()
        extra = [
            t
            for t in (*[lt[i] for i in left_only], *[rt[j] for j in right_only])
            if t not in vocab.weak_org_words and t not in vocab.particles and not is_place(t)
        ]
        if extra:
            score -= 0.05 * len(extra)
            notes.append(f"{len(extra)} distinctive word(s) on one side only")
    if initials and initials == len(aligned):
        score = min(score, 0.5)
        notes.append("only initials agree")
    elif initials:
        score -= 0.05 * initials
        notes.append(f"{initials} initial(s) stand for whole names")
    # One word ("John", "Salahudin") says little about a person with a full name.
    single = not is_org and min(len(lt), len(rt)) == 1 and max(len(lt), len(rt)) > 1
    if single and score > SINGLE_WORD_CAP:
        score = SINGLE_WORD_CAP
        notes.append("a one-word name matches part of a longer one")
    # Words split differently ("Abd Al-Rahman" / "Abdal Rahman"): the whole name written
    # without spaces still compares; a replaced word (not an initial) only when one
    # letter is all that differs ("Jong-un" / "Jong-uun").
    if not is_org and (
        len(lt) != len(rt)
        or (
            substituted
            and all(len(lt[i]) > 1 for i in left_only)
            and all(len(rt[j]) > 1 for j in right_only)
            and Levenshtein.distance(left.compact, right.compact, score_cutoff=1) <= 1
        )
    ):
        compact = Levenshtein.normalized_similarity(left.compact, right.compact)
        if compact > score and compact >= 0.9:
            score = compact * 0.97
            notes.append(f"compared without spaces ({compact:.2f})")
    if aligned and not in_order(aligned):
        penalty = 0.02
        if not is_org and _links_two_names(lt) and "," not in left.original + right.original:
            penalty = 0.25  # "X bin Y" and "Y bin X" are father and son
        score -= penalty
        notes.append("different word order")
    if numbers_l != numbers_r:
        score -= 0.3
        notes.append("numbers differ")
    return _finish(left, right, score, notes, aligned, left_only, right_only, same_form)


#: How alike leftover words must be to the other side's legal form to be taken for it.
LEGAL_FORM_TYPO_MIN = 0.85


def _legal_form_misspelt(
    left: NameForm, right: NameForm, left_only: list[int], right_only: list[int], notes: list[str]
) -> bool:
    """One name has a legal form and the other has leftover words that spell it with a
    typo ("Joint Stock Company" / "Joynt Stock Company"): drop those words from the
    leftovers (mutating the list) and report the two as having the same legal form."""
    if bool(left.org_types) == bool(right.org_types):
        return False
    typed, plain, plain_only = (
        (left, right, right_only) if left.org_types else (right, left, left_only)
    )
    if not plain_only:
        return False
    kept = set(typed.tokens)
    written = " ".join(w for w in fold(transliterate(typed.original)).split() if w not in kept)
    leftover = " ".join(plain.tokens[k] for k in plain_only)
    if (
        len(written) < 4
        or Levenshtein.normalized_similarity(written, leftover) < LEGAL_FORM_TYPO_MIN
    ):
        return False
    plain_only.clear()
    notes.append(f"{leftover} taken for the legal form {written} (misspelt)")
    return True


def _siblings(
    left: NameForm, right: NameForm, numbers_l: frozenset[str], numbers_r: frozenset[str]
) -> NameComparison:
    """Compare two numbered names on their words alone, less :data:`SIBLING_PENALTY`."""
    words_l = tuple(t for t in left.tokens if t not in numbers_l)
    words_r = tuple(t for t in right.tokens if t not in numbers_r)
    if not words_l or not words_r:
        return NameComparison(0.0, (), left.tokens, right.tokens, ("only numbers differ",))
    inner = _compare(left.with_tokens(words_l), right.with_tokens(words_r))
    only_l, only_r = sorted(numbers_l - numbers_r), sorted(numbers_r - numbers_l)
    note = f"numbers differ ({' '.join(only_l) or '-'} vs {' '.join(only_r) or '-'})"
    return replace(
        inner,
        score=max(0.0, inner.score - SIBLING_PENALTY),
        left_only=(*inner.left_only, *only_l),
        right_only=(*inner.right_only, *only_r),
        notes=(*inner.notes, note),
    )


def _finish(
    left: NameForm,
    right: NameForm,
    score: float,
    notes: list[str],
    aligned: list[tuple[int, int, float]],
    left_only: list[int],
    right_only: list[int],
    same_form: bool = False,
) -> NameComparison:
    """Legal form, script and surface checks, then the comparison with its account."""
    lt, rt = left.tokens, right.tokens
    if left.org_types != right.org_types and not same_form:
        both = bool(left.org_types and right.org_types)
        score -= 0.05 if both else 0.01
        notes.append(
            "legal form "
            + (",".join(left.org_types) or "none")
            + " vs "
            + (",".join(right.org_types) or "none")
        )
    score, script_note = _script_check(left, right, score)
    if script_note:
        notes.append(script_note)
    if score >= 0.999 and left.original != right.original:
        # Same words, different surface (case, accents, script, punctuation, honorific).
        score = 0.99 if left.original.casefold() != right.original.casefold() else 0.995
    return NameComparison(
        score=max(0.0, min(1.0, score)),
        aligned=tuple([(lt[i], rt[j], round(sim, 3)) for i, j, sim in aligned]),
        left_only=tuple([lt[i] for i in left_only]) if left_only else (),
        right_only=tuple([rt[j] for j in right_only]) if right_only else (),
        notes=tuple(notes),
    )


#: How many of the best quick-ranked name pairs of two entities are compared in full.
FULL_COMPARISONS = 2


def best_comparison(
    lefts: tuple[NameForm, ...], rights: tuple[NameForm, ...]
) -> tuple[NameForm, NameForm, NameComparison] | None:
    """The best-scoring pair of names across two entities' name lists.

    Entities with many aliases would need every pair compared; a quick order-free ratio
    (rapidfuzz, in C) ranks the pairs and only the best few are compared in full.
    """
    pairs = [(left, right) for left in lefts for right in rights]
    if len(pairs) > FULL_COMPARISONS:
        pairs.sort(key=lambda p: -fuzz.ratio(p[0].key, p[1].key))
        pairs = pairs[:FULL_COMPARISONS]
    best: tuple[NameForm, NameForm, NameComparison] | None = None
    for left, right in pairs:
        result = compare_forms(left, right)
        if best is None or result.score > best[2].score:
            best = (left, right, result)
    return best
