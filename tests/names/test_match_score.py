"""Entity features: each with a positive and a negative case; confidence vs completeness."""

from __future__ import annotations

from knowable.names.score import (
    Party,
    birth_date_conflict,
    birth_date_match,
    country_conflict,
    country_match,
    identifier_match,
    name_similarity,
    schema_conflict,
    score_pair,
)

PUTIN = Party("Person", ("PUTIN, Vladimir Vladimirovich",), ("ru",), ("1952-10-07",), ("P123456",))


def person(
    name: str, countries: tuple[str, ...] = (), dob: tuple[str, ...] = (), ids: tuple[str, ...] = ()
) -> Party:
    return Party("Person", (name,), countries, dob, ids)


def test_name_similarity_positive_and_negative() -> None:
    good = name_similarity(person("Vladimir Putin"), PUTIN)
    bad = name_similarity(person("Vladimir Kononov"), PUTIN)
    assert good is not None and bad is not None
    assert good[0] > 0.8 > bad[0]
    assert "putin" in good[1]


def test_identifier_match_decides() -> None:
    assert identifier_match(person("X", ids=("p-123456",)), PUTIN) == (
        1.0,
        "same identifier P123456",
    )
    assert identifier_match(person("X", ids=("999999",)), PUTIN) == (0.0, "identifiers differ")
    assert identifier_match(person("X"), PUTIN) is None
    decided = score_pair(person("V. Putin", ids=("P 123456",)), PUTIN)
    assert decided.confidence >= 0.97 and decided.match


def test_birth_date_match_and_conflict() -> None:
    same_year = person("Vladimir Putin", dob=("1952",))
    assert birth_date_match(same_year, PUTIN) == (1.0, "birth date 1952 agrees with 1952-10-07")
    assert birth_date_match(person("x", dob=("1960-01-01",)), PUTIN) is not None
    assert birth_date_match(person("x", dob=("1960-01-01",)), PUTIN)[0] == 0.0  # type: ignore[index]
    assert birth_date_match(person("x"), PUTIN) is None
    assert birth_date_conflict(person("x", dob=("1960",)), PUTIN)[0] == 1.0  # type: ignore[index]
    assert birth_date_conflict(person("x", dob=("1953",)), PUTIN)[0] == 0.0  # type: ignore[index]


def test_birth_date_conflict_lowers_below_threshold() -> None:
    name_only = score_pair(person("Vladimir Putin"), PUTIN)
    conflict = score_pair(person("Vladimir Putin", dob=("1985-03-01",)), PUTIN)
    support = score_pair(person("Vladimir Putin", dob=("1952-10-07",)), PUTIN)
    assert conflict.confidence < name_only.confidence < support.confidence < 1.0


def test_country_match_and_conflict() -> None:
    assert country_match(person("x", ("ru",)), PUTIN)[0] == 1.0  # type: ignore[index]
    assert country_match(person("x", ("fr",)), PUTIN)[0] == 0.0  # type: ignore[index]
    assert country_conflict(person("x", ("fr",)), PUTIN)[0] == 1.0  # type: ignore[index]
    assert country_conflict(person("x", ("ru",)), PUTIN)[0] == 0.0  # type: ignore[index]
    assert country_conflict(person("x"), PUTIN) is None


def test_schema_conflict() -> None:
    company = Party("Company", ("Putin Vladimir",))
    assert schema_conflict(company, PUTIN) == (1.0, "Company vs Person")
    assert schema_conflict(person("x"), PUTIN) is None
    assert schema_conflict(Party("Vessel", ("Destiny",)), person("Destiny")) is not None
    assert (
        score_pair(company, PUTIN).confidence
        < score_pair(person("Putin Vladimir"), PUTIN).confidence
    )


def test_completeness_is_reported_apart_from_confidence() -> None:
    bare = score_pair(person("Vladimir Putin"), PUTIN)
    full = score_pair(person("Vladimir Putin", ("ru",), ("1952-10-07",), ("P123456",)), PUTIN)
    assert bare.completeness == 0.25
    assert full.completeness == 1.0
    assert bare.match and full.match


def test_top_band_is_ordered_not_flat() -> None:
    names = [
        "PUTIN, Vladimir Vladimirovich",
        "Vladimir Vladimirovich Putin",
        "Vladimir Putin",
        "Vladimir Poutin",
    ]
    scores = [score_pair(person(n), PUTIN).confidence for n in names]
    assert scores == sorted(scores, reverse=True)
    assert len(set(scores)) == len(scores)
    assert scores[0] == 1.0 and scores[1] < 1.0


def test_explanations_are_serialisable() -> None:
    result = score_pair(person("Vladimir Putin", dob=("1952",)), PUTIN).as_dict()
    assert {f["feature"] for f in result["explanations"]} >= {"name", "birth_date_match"}
    assert isinstance(result["score"], float)


# A listed bank whose addresses are its head office and branches abroad (the OFAC legacy
# files give countries only in addresses).
LISTED_BANK = Party("Organization", ("BANK MELLAT",), address_countries=("ir", "kr", "tr", "am"))


def test_branch_addresses_are_no_country_conflict_for_organisations() -> None:
    customer = Party("Company", ("Bank Mellat",), ("de",))
    assert country_conflict(customer, LISTED_BANK) is None
    assert country_conflict(LISTED_BANK, customer) is None
    # The branch countries still support a match when one is shared.
    branch = Party("Company", ("Bank Mellat",), ("tr",))
    assert country_match(branch, LISTED_BANK) == (1.0, "shared country tr")
    assert country_match(customer, LISTED_BANK) == (0.0, "no shared country")
    # The score is not lowered by the foreign branches.
    alone = score_pair(customer, Party("Organization", ("BANK MELLAT",)))
    assert score_pair(customer, LISTED_BANK).confidence >= alone.confidence
    assert "country_conflict" not in {f.name for f in score_pair(customer, LISTED_BANK).features}


def test_registration_country_still_conflicts_for_organisations() -> None:
    registered = Party("Organization", ("BANK MELLAT",), ("ir",), address_countries=("kr",))
    customer = Party("Company", ("Bank Mellat",), ("de",))
    assert country_conflict(customer, registered) == (1.0, "countries de vs ir,kr")
    # A branch address in the customer's country: the customer may be that branch.
    assert country_conflict(Party("Company", ("Bank Mellat",), ("kr",)), registered) == (
        0.0,
        "countries overlap",
    )
    assert country_conflict(Party("Company", ("Bank Mellat",), ("ir",)), registered) == (
        0.0,
        "countries overlap",
    )


def test_address_countries_of_a_person_still_conflict() -> None:
    resident = Party("Person", ("Ivan Petrov",), address_countries=("ru",))
    assert country_conflict(person("Ivan Petrov", ("fr",)), resident) == (1.0, "countries fr vs ru")
    assert country_conflict(person("Ivan Petrov", ("ru",)), resident) == (0.0, "countries overlap")
