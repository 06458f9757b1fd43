"""Name normalisation shared by watchlist matching and media mention finding.

The public surface other parts rely on:

- :func:`fold` turns any text into lower-case ASCII-ish letters and digits separated by
  single spaces, keeping one output character per input character where possible so that
  callers can map offsets back (see :func:`fold_with_offsets`).
- :func:`normalise_name` gives the comparable form of a name.
- :func:`name_variants` gives the surface forms under which a subject may be mentioned.
"""

from __future__ import annotations

import re
import unicodedata

_ORG_TYPES = frozenset(
    {
        "inc",
        "incorporated",
        "llc",
        "l l c",
        "ltd",
        "limited",
        "corp",
        "corporation",
        "co",
        "company",
        "gmbh",
        "ag",
        "sa",
        "sas",
        "sarl",
        "srl",
        "spa",
        "bv",
        "nv",
        "plc",
        "lp",
        "llp",
        "pte",
        "pty",
        "ooo",
        "oao",
        "zao",
        "pao",
        "ao",
        "kg",
        "oy",
        "ab",
        "as",
        "aps",
        "kft",
        "sp z o o",
        "sro",
        "doo",
        "jsc",
        "pjsc",
        "cjsc",
        "holdings",
    }
)
_NON_WORD = re.compile(r"[^0-9a-z]+")


def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    base = base.casefold()
    return base if base else " "


def fold(text: str) -> str:
    """Lower-case, strip accents, and turn every non-alphanumeric run into one space."""
    out = "".join(_fold_char(c) for c in text)
    return _NON_WORD.sub(" ", out).strip()


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` character by character and return, for each output character, the
    index of the input character it came from. Non-alphanumerics become spaces (not
    collapsed) so the mapping stays simple."""
    chars: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        for out in folded:
            chars.append(out if out.isalnum() and out.isascii() else " ")
            offsets.append(index)
    return "".join(chars), offsets


def strip_org_types(tokens: list[str]) -> list[str]:
    """Drop trailing organisation-type words (LLC, Ltd, OOO...) but never the whole name."""
    kept = list(tokens)
    while len(kept) > 1 and kept[-1] in _ORG_TYPES:
        kept.pop()
    return kept


def normalise_name(name: str) -> str:
    """Comparable form of a name: folded, organisation-type suffixes removed."""
    tokens = fold(name).split()
    return " ".join(strip_org_types(tokens))


def name_variants(name: str, domains: tuple[str, ...] = ()) -> list[str]:
    """Folded surface forms under which a subject may be mentioned in text.

    Includes the full folded name, the name without its organisation type, and for each
    web domain both ``example com`` and the bare label ``example`` when that label is at
    least five characters long (shorter labels are too ambiguous to search for).
    """
    variants: dict[str, None] = {}
    full = fold(name)
    if full:
        variants[full] = None
    short = normalise_name(name)
    if short and len(short) >= 4:
        variants[short] = None
    for domain in domains:
        folded = fold(domain)
        if folded:
            variants[folded] = None
        label = folded.split(" ")[0] if folded else ""
        if len(label) >= 5:
            variants[label] = None
    return list(variants)
