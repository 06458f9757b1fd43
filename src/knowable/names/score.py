"""Score a pair of parties as a list of weighted features, each explaining itself.

A feature is a pure function ``(left, right) -> (score 0..1, detail)``; its weight comes
from ``catalogue/names.yml``. Name similarity is the base; birth date, country and schema
add or subtract only when both sides have them; an identifier shared by both sides decides.
The result carries **confidence** (how likely the two are the same) and **completeness**
(how much of the comparable evidence both sides actually had) separately: a 0.95 name
match with nothing else to check is not the same finding as one with a matching birth date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from knowable.catalogue.names import vocabulary
from knowable.names.compare import NameComparison, best_comparison
from knowable.names.normalise import NameForm, analyse_name

PERSON = "Person"
ORG_SCHEMATA = frozenset({"Organization", "Company", "PublicBody"})
NOT_PERSON = ORG_SCHEMATA | {"Vessel", "Airplane"}


_EMPTY_KEYS: frozenset[str] = frozenset()
_EMPTY_YEARS: frozenset[int] = frozenset()


# The classes below are not frozen dataclasses, on purpose: a frozen one costs about 0.8 us
# more per instance (every field set through object.__setattr__), a third of a warm pair
# score. They keep value equality and hashing (unsafe_hash); treat them as immutable.


@dataclass(unsafe_hash=True)
class Party:
    """One side of a comparison: a customer, a list entry, or a query (FtM view).

    ``countries`` are nationality, registration, jurisdiction, flag or the main country;
    ``address_countries`` are countries known only from addresses. For a person an address
    is residence and counts like any country; an organisation's addresses may be branches
    abroad, which support a match when shared but never make a country conflict.
    """

    schema: str
    names: tuple[str, ...]
    countries: tuple[str, ...] = ()
    birth_dates: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()
    address_countries: tuple[str, ...] = ()
    #: Analysed names, identifier keys and birth years, computed once on creation.
    forms: tuple[NameForm, ...] = field(init=False, repr=False, compare=False)
    id_keys: frozenset[str] = field(init=False, repr=False, compare=False)
    years: frozenset[int] = field(init=False, repr=False, compare=False)
    #: Every country, addresses included (what a country match compares).
    all_countries: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        schema = self.schema
        forms = tuple([analyse_name(n, schema) for n in self.names if n.strip()])
        id_keys: frozenset[str] = _EMPTY_KEYS
        years: frozenset[int] = _EMPTY_YEARS
        if self.identifiers:
            keys = ("".join(c for c in i.upper() if c.isalnum()) for i in self.identifiers)
            id_keys = frozenset(k for k in keys if len(k) >= 4)
        if self.birth_dates:
            years = frozenset(int(d[:4]) for d in self.birth_dates if d[:4].isdigit())
        self.forms = forms
        self.id_keys = id_keys
        self.years = years
        extra = self.address_countries
        self.all_countries = (
            self.countries + tuple(c for c in extra if c not in self.countries)
            if extra
            else self.countries
        )


FeatureFunc = Callable[[Party, Party], "tuple[float, str] | None"]


#: A name feature's detail before it is written out: the two names and their comparison.
_NameDetail = tuple[NameForm, NameForm, NameComparison]


def _name_detail(left: NameForm, right: NameForm, result: NameComparison) -> str:
    return f"{left.original!r} vs {right.original!r}: {result.detail()}"


class FeatureResult:
    """One feature's verdict on a pair; ``detail`` is for the reviewer.

    The name feature's detail is written out only when read: most scored pairs (search
    candidates below the threshold) are never explained.
    """

    __slots__ = ("_detail", "name", "score", "weight")

    def __init__(self, name: str, score: float, weight: float, detail: str | _NameDetail) -> None:
        self.name = name
        self.score = score
        self.weight = weight
        self._detail = detail

    @property
    def detail(self) -> str:
        """What the feature found, in words."""
        detail = self._detail
        if isinstance(detail, str):
            return detail
        text = _name_detail(detail[0], detail[1], detail[2])
        self._detail = text
        return text

    def _key(self) -> tuple[str, float, float, str]:
        return (self.name, self.score, self.weight, self.detail)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FeatureResult) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"FeatureResult(name={self.name!r}, score={self.score!r}, "
            f"weight={self.weight!r}, detail={self.detail!r})"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "feature": self.name,
            "score": round(self.score, 4),
            "weight": self.weight,
            "detail": self.detail,
        }


@dataclass(unsafe_hash=True)
class MatchResult:
    """Confidence 0..1, whether it reaches the threshold, completeness 0..1, features."""

    confidence: float
    match: bool
    completeness: float
    features: tuple[FeatureResult, ...] = field(default=())
    names: tuple[str, str] | None = None

    def explanation(self) -> str:
        """One paragraph a reviewer can read (conflicts that did not fire are left out)."""
        return "; ".join(f"{f.name}: {f.detail}" for f in self.features if f.score or f.weight >= 0)

    def as_dict(self) -> dict[str, Any]:
        return {
            "score": round(self.confidence, 4),
            "match": self.match,
            "completeness": round(self.completeness, 2),
            "explanations": [f.as_dict() for f in self.features],
        }


def name_similarity(left: Party, right: Party) -> tuple[float, str] | None:
    """Best similarity between any name of one side and any name of the other."""
    named = _names(left, right)
    return None if named is None else named[0]


def _names(left: Party, right: Party) -> tuple[tuple[float, str], tuple[str, str]] | None:
    """:func:`name_similarity` plus the two original names that compared best."""
    best = best_comparison(left.forms, right.forms)
    if best is None:
        return None
    lf, rf, result = best
    return (result.score, _name_detail(lf, rf, result)), (lf.original, rf.original)


def identifier_match(left: Party, right: Party) -> tuple[float, str] | None:
    """A registration, passport, tax or IMO number present on both sides."""
    if not left.id_keys or not right.id_keys:
        return None
    shared = left.id_keys & right.id_keys
    if shared:
        return 1.0, "same identifier " + ", ".join(sorted(shared))
    return 0.0, "identifiers differ"


def birth_date_match(left: Party, right: Party) -> tuple[float, str] | None:
    """Birth dates agree (a year agrees with any full date in that year)."""
    if not left.birth_dates or not right.birth_dates:
        return None
    for a in left.birth_dates:
        for b in right.birth_dates:
            if a.startswith(b) or b.startswith(a):
                return 1.0, f"birth date {a} agrees with {b}"
    return 0.0, "no birth date agrees"


def birth_date_conflict(left: Party, right: Party) -> tuple[float, str] | None:
    """Birth years more than one year apart: most likely two people."""
    if not left.years or not right.years:
        return None
    gap = min(abs(a - b) for a in left.years for b in right.years)
    if gap > 1:
        return 1.0, f"birth years {gap} years apart"
    return 0.0, "birth years close"


def country_match(left: Party, right: Party) -> tuple[float, str] | None:
    """A country (nationality, residence, jurisdiction, address) on both sides."""
    if not left.all_countries or not right.all_countries:
        return None
    shared = set(left.all_countries) & set(right.all_countries)
    if shared:
        return 1.0, "shared country " + ", ".join(sorted(shared))
    return 0.0, "no shared country"


def country_conflict(left: Party, right: Party) -> tuple[float, str] | None:
    """Both sides name countries and none is shared.

    Between two organisations (any pair without a person) only countries that are not
    merely addresses can conflict: a bank's branches abroad say nothing against the bank.
    Such a pair conflicts when both sides have a registration, jurisdiction or main
    country and no country of either side (addresses included) is shared.
    """
    if PERSON not in (left.schema, right.schema) and not (left.countries and right.countries):
        return None
    result = country_match(left, right)
    if result is None:
        return None
    if result[0]:
        return 0.0, "countries overlap"
    return 1.0, f"countries {','.join(left.all_countries)} vs {','.join(right.all_countries)}"


def schema_conflict(left: Party, right: Party) -> tuple[float, str] | None:
    """A person compared with an organisation, a vessel or an aircraft."""
    schemata = {left.schema, right.schema}
    if PERSON in schemata and schemata & NOT_PERSON:
        return 1.0, f"{left.schema} vs {right.schema}"
    return None


#: The model: (feature name, function). Weights are read from names.yml by name. The
#: name feature (:func:`name_similarity`) comes first and is always evaluated.
FEATURES: tuple[tuple[str, FeatureFunc], ...] = (
    ("birth_date_match", birth_date_match),
    ("birth_date_conflict", birth_date_conflict),
    ("country_match", country_match),
    ("country_conflict", country_conflict),
    ("schema_conflict", schema_conflict),
)


def _comparable(left: Party, right: Party) -> tuple[int, int]:
    """How many kinds of evidence both sides had, out of how many the schema allows:
    the name, countries, identifiers, and for a person birth dates."""
    present = 1
    if left.all_countries and right.all_countries:
        present += 1
    if left.identifiers and right.identifiers:
        present += 1
    if left.schema != PERSON and right.schema != PERSON:
        return present, 3
    if left.birth_dates and right.birth_dates:
        present += 1
    return present, 4


@cache
def _weights() -> dict[str, float]:
    return {k: float(v) for k, v in vocabulary().weights.model_dump().items()}


def score_pair(left: Party, right: Party, threshold: float | None = None) -> MatchResult:
    """Score a pair with every feature; see the module docstring."""
    vocab = vocabulary()
    weights = _weights()
    cut = vocab.threshold if threshold is None else threshold
    results: list[FeatureResult] = []
    total = 0.0
    best = best_comparison(left.forms, right.forms)
    matched: tuple[str, str] | None = None
    if best is not None:
        lf, rf, comparison = best
        value = comparison.score
        matched = (lf.original, rf.original)
        results.append(FeatureResult("name", value, float(weights["name"]), best))
        total += float(weights["name"]) * value
    # The features below need birth dates or countries on both sides, or two schemata.
    others = (
        (left.birth_dates and right.birth_dates)
        or (left.all_countries and right.all_countries)
        or left.schema != right.schema
    )
    for name, func in FEATURES if others else ():
        outcome = func(left, right)
        if outcome is None:
            continue
        value, detail = outcome
        weight = float(weights[name])
        results.append(FeatureResult(name, value, weight, detail))
        # Supporting evidence closes part of the remaining gap, so the order inside the
        # top band survives; conflicting evidence subtracts in full.
        total += weight * value * (1.0 - total) if weight > 0 else weight * value
    confidence = max(0.0, min(1.0, total))
    ident = identifier_match(left, right)
    if ident is not None:
        results.append(FeatureResult("identifier_match", ident[0], 1.0, ident[1]))
        if ident[0] >= 1.0:
            # An identifier shared by both sides decides; the names still order the band.
            name_score = results[0].score if results and results[0].name == "name" else 0.0
            confidence = max(confidence, 0.97 + 0.03 * name_score)
    present, possible = _comparable(left, right)
    return MatchResult(
        confidence=confidence,
        match=confidence >= cut,
        completeness=present / possible,
        features=tuple(results),
        names=matched,
    )
