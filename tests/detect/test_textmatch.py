"""The stemmer, sentence splitter and negation scope behind the relationship rules."""

from __future__ import annotations

import pytest

from knowable.catalogue.text import load_text_tables_from, text_tables
from knowable.errors import ConfigError
from knowable.text.match import ConceptMatcher, sentences, stem, tokenize


@pytest.mark.parametrize(
    "forms",
    [
        ("build", "builds", "building", "built"),
        ("strip", "strips", "stripped", "stripping"),
        ("note", "notes", "noted"),
        ("make", "makes", "making", "made"),
        ("passport", "passports", "Passport's"),
        ("close", "closed", "closing", "closes"),
    ],
)
def test_inflections_share_a_stem(forms: tuple[str, ...]) -> None:
    assert len({stem(f) for f in forms}) == 1


def test_distinct_words_keep_distinct_stems() -> None:
    assert stem("not") != stem("noted")
    assert stem("hop") != stem("hope")
    # words kept whole (catalogue/text.yml ``keep_whole``): another word once cut
    assert stem("news") != stem("new")
    assert stem("stripe") != stem("stripped")
    assert stem("customers") == stem("customer")


def test_a_title_line_is_its_own_sentence() -> None:
    text = "Consultation: adult section\nOn-site workshop with the team."
    assert [s.quote(text) for s in sentences(text)] == [
        "Consultation: adult section",
        "On-site workshop with the team.",
    ]


def test_sentences_keep_offsets_and_skip_abbreviations() -> None:
    text = "ListLoop Inc. asked again. Dr. Smith joined!\n\nNext steps: none"
    found = [s.quote(text) for s in sentences(text)]
    assert found == ["ListLoop Inc. asked again.", "Dr. Smith joined!", "Next steps: none"]


def _matcher() -> ConceptMatcher:
    return ConceptMatcher(
        {
            "adult": ["escort ads", "adult section"],
            "build": ["build", "custom"],
            "stop": ["no longer", "cut * off"],
        },
        ["no", "not", "decline", "without"],
        ["no longer"],
        4,
        ["but"],
    )


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("no sign of escort ads", {"adult"}),
        ("we declined to build it", {"build"}),
        ("no sign of problems, but a custom build for escort ads", set()),
        ("no sign of problems, custom escort ads", set()),
        ("they no longer build", set()),
        ("not a problem at all then escort ads", set()),
    ],
)
def test_negation_scope(text: str, negated: set[str]) -> None:
    hits = _matcher().hits(tokenize(text))
    assert {h.concept for h in hits if h.negated} == negated


def _portuguese_aware() -> ConceptMatcher:
    return ConceptMatcher(
        {"leave": ["sair", "salir", "leave"]},
        ["no", "not"],
        [],
        4,
        [],
        [(["no"], ["ela", "gente", "não"], 2)],
    )


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # Portuguese "no" is "in the"
        ("ela disse que a gente dorme no quarto e vai sair", False),
        # Spanish "no" negates; a Portuguese word alone does not make the sentence Portuguese
        ("ella dice que no puede salir", True),
        ("no one lets ela leave", True),
        ("they said no staff may leave", True),
    ],
)
def test_a_cue_is_another_word_in_another_language(text: str, negated: bool) -> None:
    hits = _portuguese_aware().hits(tokenize(text))
    assert [h.negated for h in hits if h.concept == "leave"] == [negated]


def test_gap_phrase() -> None:
    hits = _matcher().hits(tokenize("they cut the customer off"))
    assert [(h.concept, h.first, h.last) for h in hits] == [("stop", 1, 4)]


def test_ranks_titles_and_initials_do_not_end_a_sentence() -> None:
    text = (
        "Det. Ruiz and Sgt. Ode called. Ofc. Lee and Lt. Moss came with SA L. Ng from the "
        "U.S. attorney's office. Approx. 40 rooms on the list."
    )
    assert [s.quote(text) for s in sentences(text)] == [
        "Det. Ruiz and Sgt. Ode called.",
        "Ofc. Lee and Lt. Moss came with SA L. Ng from the U.S. attorney's office.",
        "Approx. 40 rooms on the list.",
    ]


def test_numbering_words_do_not_end_a_sentence_before_a_number() -> None:
    text = "Subpoena No. 4417 served Jan. 5 for approx. 12 folios. Case ref. #88 closed."
    assert [s.quote(text) for s in sentences(text)] == [
        "Subpoena No. 4417 served Jan. 5 for approx. 12 folios.",
        "Case ref. #88 closed.",
    ]


def test_words_that_open_a_list_do_not_end_a_sentence() -> None:
    text = "Phone used on 4 listings incl. Kristina and Monica, esp. at night. Reviewing."
    assert [s.quote(text) for s in sentences(text)] == [
        "Phone used on 4 listings incl. Kristina and Monica, esp. at night.",
        "Reviewing.",
    ]


def test_words_that_also_end_sentences_still_end_them() -> None:
    # "no", "mgr", "admin" and units end a sentence when the sentence ends there.
    text = "Asked to waive the check, said no. Spoke to the mgr. She agreed. Done in 2 wks. Ok."
    assert [s.quote(text) for s in sentences(text)] == [
        "Asked to waive the check, said no.",
        "Spoke to the mgr.",
        "She agreed.",
        "Done in 2 wks.",
        "Ok.",
    ]


def test_an_abbreviation_at_the_end_of_the_text_or_line_ends_the_sentence() -> None:
    text = "Met Det.\nNext: call back"
    assert [s.quote(text) for s in sentences(text)] == ["Met Det.", "Next: call back"]


def test_accented_words_are_one_token_and_match_without_accents() -> None:
    from knowable.text.match import tokenize

    text = "a agência ficou com a dívida; confisqué"
    words = [text[t.start : t.end] for t in tokenize(text)]
    assert words == ["a", "agência", "ficou", "com", "a", "dívida", "confisqué"]
    stems = [t.stem for t in tokenize(text)]
    assert "divida" in stems and "agencia" in stems
    # a foreign term's fragment is no longer an English word: "tomó" is not "Tom"
    assert [t.stem for t in tokenize("tomó")] != [t.stem for t in tokenize("Tom")]


def test_a_word_kept_whole_must_be_one_lower_case_word() -> None:
    data = text_tables().model_dump()
    data["emoji_chars"] = {}  # dumped as characters; the file writes them as U+XXXX
    assert "news" in load_text_tables_from({**data, "keep_whole": ["news"]}).keep_whole
    for bad in (["News"], ["new s"], [3]):
        with pytest.raises(ConfigError, match=r"text\.yml.*keep_whole"):
            load_text_tables_from({**data, "keep_whole": bad})


def test_a_word_ending_in_an_accented_letter_ends_a_sentence() -> None:
    # "arrivés." was read as the initial "s." and the next sentence ran on
    text = "Il garde nos passeports depuis qu'on est arrivés. On dort à huit. Ela está. Vem."
    assert [s.quote(text) for s in sentences(text)] == [
        "Il garde nos passeports depuis qu'on est arrivés.",
        "On dort à huit.",
        "Ela está.",
        "Vem.",
    ]
    # an initial is still an initial, in any script
    assert len(sentences("Met É. Durand and J. Doe today.")) == 1
