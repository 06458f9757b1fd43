"""Customary Latin spellings of Korean and Greek names, and letters Arabic script lacks."""

from __future__ import annotations

from knowable.catalogue.names import vocabulary
from knowable.names.abjad import skeleton
from knowable.names.compare import compare_forms
from knowable.names.normalise import analyse_name
from knowable.names.respell import joined_given_name, respelt

THRESHOLD = vocabulary().threshold


def compare(a: str, b: str, schema: str = "Person") -> tuple[float, str]:
    result = compare_forms(analyse_name(a, schema), analyse_name(b, schema))
    return result.score, result.detail()


def test_korean_name_respelt_one_word_per_syllable() -> None:
    form = respelt(analyse_name("박서준", "Person"))
    assert form is not None
    assert form.tokens == ("park", "so", "jun")


def test_korean_script_matches_its_customary_spelling() -> None:
    score, detail = compare("최민혁", "Choi Min Hyok")
    assert score >= THRESHOLD
    assert "customarily spelt" in detail
    # A different given name stays a different person.
    assert compare("최민혁", "Choi Tae Sun")[0] < THRESHOLD


def test_greek_digraphs_read_as_sounds() -> None:
    assert compare("Ντμίτρι Μπελόφ", "Dmitri Belov")[0] >= THRESHOLD
    assert compare("Ντμίτρι Μπελόφ", "Dmitri Orlov")[0] < THRESHOLD


def test_latin_and_organisation_names_are_not_respelt() -> None:
    assert respelt(analyse_name("Choi Min Hyok", "Person")) is None
    assert respelt(analyse_name("한빛 무역", "Company")) is None


def test_arabic_script_writes_p_as_b_and_v_as_f() -> None:
    assert skeleton("pavel", {"p": "b", "v": "f"}) == "bfl"
    score, detail = compare("بافل فولكوف", "Pavel Volkov")
    assert score >= THRESHOLD
    assert "p written b" in detail
    assert compare("بافل فولكوف", "Pavel Sokolov")[0] < THRESHOLD


def test_persian_and_hebrew_write_v_with_the_letter_for_w() -> None:
    assert compare("ולדימיר סורוקין", "Vladimir Sorokin")[0] >= THRESHOLD
    assert compare("ולדימיר סורוקין", "Vladimir Sokolov")[0] < THRESHOLD


def test_chinese_and_korean_given_names_read_as_one_word() -> None:
    def joined(name: str, schema: str = "Person") -> tuple[str, ...] | None:
        form = joined_given_name(analyse_name(name, schema))
        return None if form is None else form.tokens

    assert joined("PAK HYON SIK") == ("pak", "hyonsik")
    assert joined("Pak Hyon-sik") == ("pak", "hyonsik")
    assert joined("Zhou Ke Qiang") == ("zhou", "keqiang")
    # Not for other names, nor for organisations.
    assert joined("Lee Ann Smith") is None
    assert joined("Min Sik Pak") is None
    assert joined("Kim Tae Ho", "Company") is None


def test_the_joined_reading_is_kept_only_when_it_scores_higher() -> None:
    score, detail = compare("Pak Hyon Min", "Pak Hyon Il")
    assert score >= THRESHOLD and "compared as one word" in detail
    assert compare("Pak Hyon Min", "Pak Chol Su")[0] < THRESHOLD
    # Reordered syllables still align word by word.
    score, detail = compare("Pak Sik Hyon", "Pak Hyon Sik")
    assert score >= 0.95 and "compared as one word" not in detail
