"""How staff write in a CRM (``catalogue/crm_language.yml``): schema, loader, gloss.

:func:`gloss` returns the words a record's text implies besides its own: abbreviations
expanded ("LE" -> "law enforcement"), ages under 18 written as numbers ("girls 15-17",
"16 y/o", "looks about 14") marked as ``minor_age``, and Spanish, Portuguese and French cue
words glossed in English. The relationship model reads the text followed by its gloss;
the text itself (and every quoted offset) never changes.
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, ValidationError

from knowable.catalogue import invalid, read_yaml
from knowable.text.match import without_accents

FILE = "crm_language.yml"
MINOR_AGE = "minor_age"
#: After a number: a unit of time or quantity makes it not an age ("15 minutes", "12 seats").
_NOT_A_UNIT = (
    r"(?!\s*(?:minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|mos?|seats?|users?|"
    r"rooms?|units?|orders?|invoices?|tickets?|licen[cs]es?|percent|pct|k|am|pm|people|"
    r"persons?|staff|employees?|workers?|members?|drivers?|locations?|stores?|shops?|"
    r"sites?|per|dollars?|usd|bucks|of)\b)"
)
#: Before a number: a word that numbers things makes it a label, not an age ("the girls in
#: room 12", "unit 14", "lot 16", "exit 17").
_NUMBERING = (
    r"(?:rooms?|rm|units?|suites?|apts?|apartments?|lots?|bays?|stalls?|booths?|stations?|"
    r"tables?|gates?|doors?|docks?|exits?|hwy|highway|route|rte|interstate|i|floors?|"
    r"cabins?|trucks?|vans?|bus|trailers?|spaces?|spots?|lines?|pages?|steps?|cases?|"
    r"tickets?|no|nos|num|number|item|section|chapter|version|v|level|grade|week|wk|day)"
)


class CrmLanguage(BaseModel):
    """The validated content of crm_language.yml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    abbreviations: dict[str, str]
    abbreviations_any_case: dict[str, str]
    foreign: dict[str, str]
    age_words: list[str]


@cache
def crm_language() -> CrmLanguage:
    """The bundled tables."""
    try:
        return CrmLanguage.model_validate(read_yaml(FILE))
    except ValidationError as exc:
        raise invalid(FILE, exc) from exc


def _fold(text: str) -> str:
    return without_accents(text.lower())


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    spec = crm_language()
    edge_l, edge_r = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"
    exact = re.compile(f"{edge_l}({_alternation(list(spec.abbreviations))}){edge_r}")
    loose = re.compile(
        f"{edge_l}({_alternation(list(spec.abbreviations_any_case))}){edge_r}", re.IGNORECASE
    )
    foreign = re.compile(rf"\b({_alternation(list(spec.foreign))})\b")
    words = _alternation(spec.age_words)
    # between an age word and its number: no sentence end ("... new girls". Removed all 12)
    gap = r"[^\w.!?\n]"
    number = r"(?<![\d$.,#])(1[0-7])(?:\s*(?:-|–|to|/|and|or|y|e|et|o|ou)\s*(1[0-7]))?"
    number += r"(?![\d%$.,]\d|\d|%)"
    number += _NOT_A_UNIT
    age = re.compile(
        rf"(?:\b(?:{words}){gap}{{0,3}}(?:\w+{gap}+){{0,2}}{number})|(?:{number}[\s-]*(?:{words})\b)",
        re.IGNORECASE,
    )
    return exact, loose, foreign, age


def gloss(text: str) -> list[str]:
    """Words the text implies besides its own (see the module docstring), in order."""
    spec = crm_language()
    exact, loose, foreign, _ = _patterns()
    out: list[str] = []
    out += [spec.abbreviations[m.group(1)] for m in exact.finditer(text)]
    lowered = {k.lower(): v for k, v in spec.abbreviations_any_case.items()}
    out += [lowered[m.group(1).lower()] for m in loose.finditer(text)]
    out += [spec.foreign[m.group(1)] for m in foreign.finditer(_fold(text))]
    out += [MINOR_AGE for _ in _ages(text)]
    return out


def minor_age_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of ages under 18 written as numbers ("girls 15-17", "16 y/o",
    "looks about 14", "tiene 16 años"), as :func:`gloss` marks them."""
    return [m.span() for m in _ages(text)]


SMALL_SHARE = "small_share"
#: A share under one per cent written as a number: "0.6%", "~.1 %", "<1%" (not "10.5%").
_SMALL_SHARE = re.compile(r"(?<![\d.,])0?[.,]\d+\s?%|<\s?1\s?%")


def small_share_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of shares under one per cent ("escort ads ~0.1%", "<1% of
    profiles"): a platform telling how rare something is, not how common."""
    return [m.span() for m in _SMALL_SHARE.finditer(text)]


#: A sum owed in Spanish, Portuguese or French: the verb that is also "must" ("deve",
#: "debe", "doit"), then a sum of money ("ela deve 6 mil dólares", "debemos $3,500",
#: "on lui doit encore 8 000"). Followed by a verb it is "must" and is not marked; a sum
#: says the verb is owing. A unit of time after the number is not a sum ("debe 3 horas").
_OWED_AMOUNT = re.compile(
    r"\b(?:deve|devem|devo|devemos|devia|deviam|debe|deben|debo|debes|debemos|"
    r"deb[ií]a|deb[ií]an|doit|dois|doivent|devons|devez|devait|devaient)"
    r"(?:\s+(?:ainda|todav[ií]a|a[uú]n|encore|como|unos|unas|uns|umas|cerca\s+de|"
    r"m[aá]s\s+de|mais\s+de|plus\s+de|pr[eè]s\s+de|quase|casi))?"
    r"\s+(?:US\s?|R)?[$€£]?\s?\d[\d.,]*(?:\s\d{3})*(?:\s?(?:mil|k|mille|milles))?"
    r"(?!\s*(?:a[nñ]os|anos|ans|horas?|heures?|minutos?|minutes?|d[ií]as|jours?|semanas?|"
    r"semaines?|meses|mois|fois|veces|vezes|%)\b)",
    re.IGNORECASE,
)


def owed_amount_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of a sum owed written in Spanish, Portuguese or French ("ela deve 6
    mil dólares", "le debemos 3.500"): the verb alone is also "must", so it is a debt
    only with the sum after it."""
    return [m.span() for m in _OWED_AMOUNT.finditer(text)]


_NUMBERED = re.compile(rf"\b{_NUMBERING}[^\w.!?\n]{{1,2}}$", re.IGNORECASE)


def _ages(text: str) -> list[re.Match[str]]:
    """The age pattern's matches, less numbers that label something ("room 12")."""
    out: list[re.Match[str]] = []
    for m in _patterns()[3].finditer(text):
        at = m.start(1) if m.group(1) is not None else m.start(3)
        if not _NUMBERED.search(text, max(0, at - 16), at):
            out.append(m)
    return out


def with_gloss(text: str) -> str:
    """The text followed by its gloss, as the relationship model reads it."""
    extra = gloss(text)
    return f"{text}\n{' '.join(extra)}" if extra else text
