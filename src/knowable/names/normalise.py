"""Name normalisation shared by watchlist matching and media mention finding.

The public surface other parts rely on:

- :func:`fold` turns any text into lower-case ASCII-ish letters and digits separated by
  single spaces, keeping one output character per input character where possible so that
  callers can map offsets back (see :func:`fold_with_offsets`).
- :func:`normalise_name` gives the comparable form of a name.
- :func:`name_variants` gives the surface forms under which a subject may be mentioned.
- :func:`analyse_name` gives the :class:`NameForm` the watchlist matcher compares:
  transliterated (rigour), honorifics dropped, legal forms (rigour's org-type data)
  separated from the name words, spelled-out initials joined.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from normality import ascii_text as normality_ascii
from rigour._core import person_name_prefixes_list
from rigour.names import extract_org_types, remove_person_prefixes
from rigour.text.translit import maybe_ascii

from knowable.catalogue.names import vocabulary

#: Legal-form words of organisation names (LLC, Ltd, GmbH...).
ORG_TYPES = frozenset(
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
    while len(kept) > 1 and kept[-1] in ORG_TYPES:
        kept.pop()
    return kept


def normalise_name(name: str) -> str:
    """Comparable form of a name: transliterated, folded, organisation-type suffixes
    removed (the whole name is kept when it is nothing but such words)."""
    tokens = fold(transliterate(name)).split()
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


# --- Matching forms -----------------------------------------------------------------------

#: Schemata whose names are analysed as organisation names (legal-form words recognised).
ORG_SCHEMATA = frozenset(
    {"Organization", "Company", "LegalEntity", "PublicBody", "Vessel", "Airplane"}
)

_ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})
_TOKEN_SPLIT_ANY = re.compile(r"[\W_]+")
_TOKEN_SPLIT = re.compile(r"[^0-9a-z]+")
_APOSTROPHES = re.compile(r"[\u0027\u2018\u2019\u02bc\u02bb\u0060\u00b4]")


@dataclass(frozen=True, slots=True)
class NameForm:
    """A name analysed for matching.

    ``tokens`` are the comparable words (ASCII, lower case, in written order) without
    honorifics or legal-form words; ``org_types`` holds the generic legal forms found
    (``llc``, ``jsc``...), kept apart so that "OOO Romashka" and "Romashka LLC" compare
    equal on the name while the form itself stays visible in the explanation.
    """

    original: str
    tokens: tuple[str, ...]
    org_types: tuple[str, ...] = ()
    is_org: bool = False
    #: Order-free comparison key: sorted tokens joined by spaces.
    key: str = ""

    @property
    def compact(self) -> str:
        """All tokens joined without spaces, in written order."""
        return "".join(self.tokens)

    def sorted_key(self) -> str:
        """Order-free comparison key: sorted tokens joined by spaces."""
        return self.key or " ".join(sorted(self.tokens))

    def with_tokens(self, tokens: tuple[str, ...]) -> NameForm:
        """The same name read as other words (a respelling, a skeleton), key to match."""
        key = " ".join(sorted(tokens))
        return NameForm(self.original, tokens, self.org_types, self.is_org, key)


_SPACE_RUNS = re.compile(r"(\s+)")


def transliterate(text: str) -> str:
    """ASCII transliteration of any script (Cyrillic, Arabic, Han, Greek...).

    The same as rigour's ``ascii_text`` (its own scripts first, then ICU through
    normality), but ICU is given one word at a time: on a long mixed-script name ("Abou
    Dher (عبد العالي ابو ذر)") it takes some 200 us, word by word a tenth of that, and the
    result is the same (checked on all 21,743 OFAC, UN and name-bench names; a test keeps
    checking it against ``ascii_text``).
    """
    if text.isascii():
        return text
    out = maybe_ascii(text)
    if out.isascii():
        return out
    parts = _SPACE_RUNS.split(out)
    return "".join([part if n % 2 else normality_ascii(part) for n, part in enumerate(parts)])


def _join_initial_runs(tokens: list[str]) -> list[str]:
    """Turn runs of single letters into one token ("a b c" -> "abc") when 2+ long."""
    out: list[str] = []
    run: list[str] = []
    for token in [*tokens, ""]:
        if len(token) == 1 and token.isalpha():
            run.append(token)
            continue
        if len(run) >= 2:
            out.append("".join(run))
        else:
            out.extend(run)
        run = []
        if token:
            out.append(token)
    return out


def _numbers_as_digits(tokens: list[str]) -> list[str]:
    """Write number words as digits; "forty four" becomes "44"."""
    words = vocabulary().number_words
    out: list[str] = []
    for token in tokens:
        value = words.get(token)
        if value is None:
            out.append(token)
            continue
        previous = out[-1] if out else ""
        if 1 <= value <= 9 and previous.isdigit() and len(previous) == 2 and previous[1] == "0":
            out[-1] = str(int(previous) + value)
        else:
            out.append(str(value))
    return out


_LEADING_NON_WORD = re.compile(r"^\W*")


@lru_cache(maxsize=1)
def _honorific_heads() -> frozenset[str]:
    """First words of rigour's person-name prefixes, lower case, without end dots."""
    return frozenset(p.split()[0].lower().rstrip(".") for p in person_name_prefixes_list() if p)


def _strip_honorifics(text: str) -> str:
    # rigour's prefix pattern is one long case-insensitive alternation; most names start
    # with no honorific, which a set look-up of the first word tells at a fraction of
    # the cost. Without one, the pattern would only drop leading non-word characters.
    first = text[:1]
    rest = text if first.isalnum() or first == "_" else _LEADING_NON_WORD.sub("", text, count=1)
    head = rest.split(maxsplit=1)[0].lower().rstrip(".") if rest.strip() else ""
    stripped = remove_person_prefixes(text) if head in _honorific_heads() else rest
    return stripped if stripped.strip() else text


@lru_cache(maxsize=4096)
def _legal_form_pattern(form: str) -> re.Pattern[str]:
    """The legal form as a whole word (per form, so compiled once)."""
    return re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")


def _remove_org_types(text: str) -> tuple[str, list[str]]:
    """Remove legal-form words (rigour's org-type data); return the rest and the forms.

    Short forms ("AT", "AS", "AB") are taken only at the start or end of the name, where
    legal forms stand; inside a name they are words ("AT&T", "AS Trading Co").
    """
    forms: list[str] = []
    # Last first: a legal form at the end of a name is the surest.
    for matched, target in reversed(extract_org_types(text, generic=True)):
        if matched in _ROMAN:
            continue
        hit = _legal_form_pattern(matched).search(text)
        if hit is None:
            continue
        before = _TOKEN_SPLIT_ANY.sub("", text[: hit.start()])
        after = _TOKEN_SPLIT_ANY.sub("", text[hit.end() :])
        if len(matched) < 6 and before and after:
            continue
        rest = text[: hit.start()] + " " + text[hit.end() :]
        if not _has_name_word(rest):
            continue  # "AT&T": without "at" nothing of the name would be left
        text = rest
        forms.append(target)
    return text, forms


def _has_name_word(text: str) -> bool:
    """True when the text still holds a word of two letters or more besides particles."""
    particles = vocabulary().particles
    return any(len(word) > 1 and word not in particles for word in _TOKEN_SPLIT_ANY.split(text))


#: ASCII characters other than lower-case letters and digits, as spaces.
_ASCII_SEPARATORS = str.maketrans(
    {chr(c): " " for c in range(128) if not (chr(c).isdigit() or "a" <= chr(c) <= "z")}
)
_APOSTROPHE_CHARS = frozenset("\u0027\u2018\u2019\u02bc\u02bb\u0060\u00b4")


def _has_apostrophe(text: str) -> bool:
    return not _APOSTROPHE_CHARS.isdisjoint(text)


def _split_tokens(text: str) -> list[str]:
    """Runs of ``[0-9a-z]`` in folded text (a translation table when it is all ASCII)."""
    if text.isascii():
        return text.translate(_ASCII_SEPARATORS).split()
    return [t for t in _TOKEN_SPLIT.split(text) if t]


def _is_org_schema(schema: str | None) -> bool:
    return schema in ORG_SCHEMATA


@lru_cache(maxsize=65536)
def analyse_name(name: str, schema: str | None = "LegalEntity") -> NameForm:
    """Analyse ``name`` for matching: transliterate, fold, drop honorifics (persons) and
    pull out legal-form words (organisations), join spelled-out initials ("A.B.C.").

    Persons written "LAST, First" keep their token order as written; the scorer compares
    tokens order-free and only reports the order difference.
    """
    text = unicodedata.normalize("NFC", name)
    if _has_apostrophe(text):
        text = _APOSTROPHES.sub("", text)
    if schema == "Person":
        text = _strip_honorifics(text)
    text = text.casefold().replace("&", " and ")
    org_types: list[str] = []
    is_org = _is_org_schema(schema)
    if schema != "Person" or is_org:
        # Any schema but Person may carry a legal form ("Thing", a blank schema).
        # Legal forms are looked up before and after transliteration: rigour's table has
        # "ООО" and "beschränkter" as written, and "ooo" as transliterated.
        text, found = _remove_org_types(text)
        text = transliterate(text).casefold()
        text, found_ascii = _remove_org_types(text)
        org_types = found + found_ascii
        is_org = is_org or bool(org_types)
    else:
        text = transliterate(text).casefold()
    tokens = _split_tokens(text)
    tokens = _numbers_as_digits(tokens)
    if is_org:
        tokens = _join_initial_runs(tokens)
        synonyms = vocabulary().synonyms
        tokens = [synonyms.get(t, t) for t in tokens]
    if not tokens:
        tokens = [t for t in _TOKEN_SPLIT.split(transliterate(name).casefold()) if t]
    forms = tuple(sorted(set(org_types))) if org_types else ()
    return NameForm(name, tuple(tokens), forms, is_org, " ".join(sorted(tokens)))
