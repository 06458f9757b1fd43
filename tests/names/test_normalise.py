"""Name analysis: transliteration, legal forms, honorifics, initials; old API kept."""

from __future__ import annotations

import pytest

from knowable.names.normalise import (
    analyse_name,
    fold,
    fold_with_offsets,
    name_variants,
    normalise_name,
    transliterate,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сергей Лавров", "sergei lavrov"),  # Cyrillic
        ("Σωκράτης Παππάς", "sokratis pappas"),  # Greek
        ("习近平", "xi jin ping"),  # Han (pinyin syllables)
    ],
)
def test_transliterate_non_latin_scripts(text: str, expected: str) -> None:
    assert fold(transliterate(text)) == expected


def test_transliterate_arabic_gives_latin_letters() -> None:
    out = fold(transliterate("محمد"))
    assert out and out.isascii()


def test_latin_text_is_left_alone() -> None:
    assert transliterate("Muller Smith") == "Muller Smith"


def test_org_type_words_are_separated_from_the_name() -> None:
    russian = analyse_name("ООО Ромашка", "Company")
    english = analyse_name("Romashka LLC", "Company")
    assert russian.tokens == english.tokens == ("romashka",)
    assert russian.org_types == english.org_types == ("llc",)


def test_org_words_are_kept_for_persons() -> None:
    assert analyse_name("Ltd Smith", "Person").tokens == ("ltd", "smith")


def test_honorifics_dropped_for_persons_only() -> None:
    assert analyse_name("Mr. Rami Makhlouf", "Person").tokens == ("rami", "makhlouf")
    assert analyse_name("Doctor Rami", "Person").tokens == ("rami",)
    assert analyse_name("Doctor Who Ltd", "Company").tokens[0] == "doctor"


def test_spelled_out_initials_join_for_organisations() -> None:
    assert analyse_name("A.B.C. Trading", "Company").tokens == ("abc", "trading")
    # A person's initials stay apart: J. C. are two given names.
    assert analyse_name("J. C. Juncker", "Person").tokens == ("j", "c", "juncker")


def test_roman_numerals_are_not_legal_forms() -> None:
    form = analyse_name("Bowne Global Solutions II, Inc.", "Company")
    assert "ii" in form.tokens


def test_token_order_is_kept_as_written() -> None:
    assert analyse_name("PUTIN, Vladimir", "Person").tokens == ("putin", "vladimir")
    assert analyse_name("PUTIN, Vladimir", "Person").key == "putin vladimir"


def test_name_made_only_of_org_words_keeps_something() -> None:
    assert analyse_name("Limited", "Company").tokens == ("limited",)


def test_existing_signatures_still_work() -> None:
    assert normalise_name("Acme Holdings Ltd") == "acme"
    assert normalise_name("Газпром OAO") == "gazprom"
    folded, offsets = fold_with_offsets("Café!")
    assert folded == "cafe " and offsets == [0, 1, 2, 3, 4]
    assert "example" in name_variants("Example Ltd", ("example.com",))


def test_number_words_become_digits() -> None:
    assert analyse_name("Brigade Forty-Four", "Organization").tokens == ("brigade", "44")
    assert analyse_name("Three Percenters", "Organization").tokens == ("3", "percenters")
    assert analyse_name("One Two", "Person").tokens == ("1", "2")


def test_legal_forms_found_before_transliteration_and_kept_inside_names() -> None:
    long_form = analyse_name("Volkswagen Gesellschaft mit beschränkter Haftung", "Company")
    assert long_form.tokens == ("volkswagen",) and long_form.org_types == ("llc",)
    # A short form inside or making up the name is a word of the name.
    assert analyse_name("AT&T Inc.", "Company").tokens == ("at", "and", "t")
    assert analyse_name("Nordic AS Trading", "Company").tokens[:2] == ("nordic", "as")


@pytest.mark.parametrize("schema", ["Thing", "", None])
def test_any_schema_but_person_may_carry_a_legal_form(schema: str | None) -> None:
    form = analyse_name("Corvid Analytics GmbH", schema)
    assert form.tokens == ("corvid", "analytics") and form.org_types
    assert not analyse_name("Anna GmbH", "Person").org_types
