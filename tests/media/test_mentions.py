"""Mentions: names, aliases, domains, possessives, descriptive references, offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from knowable.detect.media.mentions import FoldedText, MentionIndex
from knowable.model import Subject
from knowable.names.normalise import fold

LOOP = Subject(key="L", schema="Company", name="Ravenloop Inc.", domains=("ravenloop.com",))
CAFE = Subject(key="Z", schema="Company", name="Zürich Café AG", aliases=("ZC Holdings",))
SPA = Subject(key="S", schema="Company", name="Peony Court Spa Group")
HEADS = ("classifieds site", "company", "site")


def _index() -> MentionIndex:
    return MentionIndex([LOOP, CAFE, SPA], HEADS)


def test_name_possessive_and_domain_with_original_offsets() -> None:
    text = "Police said Ravenloop’s ads, posted on ravenloop.com, were paid for in cash."
    found = _index().find(text)
    assert [(m.subject_key, m.kind, m.surface, m.possessive) for m in found] == [
        ("L", "name", "Ravenloop", True),
        ("L", "domain", "ravenloop.com", False),
    ]
    assert all(text[m.start : m.end] == m.surface for m in found)


def test_descriptor_after_a_named_mention_only() -> None:
    text = "Ravenloop Inc. denied it. The Tucson-based classifieds site said it removes bad ads."
    found = _index().find(text)
    assert [m.kind for m in found] == ["name", "descriptor"]
    assert found[1].surface == "The Tucson-based classifieds site"
    assert _index().find("The classifieds site denied it.") == []


def test_descriptor_too_far_from_the_mention_is_not_linked() -> None:
    text = "Ravenloop Inc. denied it. " + "Other news followed. " * 40 + "The company said no."
    assert [m.kind for m in _index().find(text)] == ["name"]


def test_accents_and_case_are_folded_but_offsets_stay_in_the_original() -> None:
    text = "Invoices from ZURICH CAFE and from zürich café ag, and from ZC Holdings."
    found = _index().find(text)
    assert [m.surface for m in found] == ["ZURICH CAFE", "zürich café ag", "ZC Holdings"]
    assert [m.kind for m in found] == ["name", "name", "alias"]


def test_longest_form_wins_and_lower_case_single_word_is_not_a_name() -> None:
    found = _index().find("Peony Court Spa Group opened. A ravenloop of ideas.")
    assert [(m.surface, m.kind) for m in found] == [("Peony Court Spa Group", "name")]


def test_partial_words_do_not_match() -> None:
    assert _index().find("The Ravenlooping project") == []


def test_empty_book_and_empty_text() -> None:
    assert MentionIndex([]).find("Ravenloop") == []
    assert _index().find("") == []


@given(
    st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), max_size=60)
)
def test_folded_text_matches_fold_and_maps_back(text: str) -> None:
    folded = FoldedText(text)
    assert folded.folded == fold(text)
    for token_start in range(len(folded.folded)):
        if folded.folded[token_start] != " ":
            start, end = folded.original_span(token_start, token_start + 1)
            assert 0 <= start < end <= len(text)


def test_catalogue_descriptors_never_take_a_criminal_group_for_the_subject() -> None:
    from knowable.catalogue.media import media_roles

    index = MentionIndex([LOOP], media_roles().descriptor_heads)
    text = "Ravenloop Inc. was named. Police said the trafficking network used the platform."
    found = [m.surface for m in index.find(text)]
    assert found == ["Ravenloop Inc", "the platform"]


SITE = Subject(key="W", schema="Company", name="Backpage.com")
HOTEL = Subject(key="H", schema="Company", name="Crown Plaza Resort")
ONLINE = ("classifieds site", "site")


def test_a_name_that_is_a_domain_is_also_found_by_its_label() -> None:
    index = MentionIndex([SITE], ("site",), ONLINE)
    found = index.find("Police said Backpage ran the ads; backpage.com denied it.")
    assert [(m.surface, m.kind) for m in found] == [("Backpage", "name"), ("backpage.com", "name")]
    # a label shorter than four letters is too ambiguous: "X.com" is not "X"
    short = Subject(key="X", schema="Company", name="Ab.com")
    assert MentionIndex([short]).find("Ab said so.") == []


def test_a_reference_to_a_site_needs_a_subject_that_is_a_site() -> None:
    text = "Ann Roe checked into the Crown Plaza Resort. Men contacted her through the escort site."
    index = MentionIndex([HOTEL, SITE], ("site",), ONLINE)
    assert [m.kind for m in index.find(text)] == ["name"]
    text = (
        "Backpage.com hosted ads. Ann Roe checked into the Crown Plaza Resort. The site denied it."
    )
    found = index.find(text)
    assert [(m.subject_key, m.kind) for m in found][-1] == ("W", "descriptor")


def test_references_chain_so_a_long_article_stays_linked() -> None:
    filler = "Other news followed. " * 20  # 420 characters between steps
    text = f"Backpage.com hosted ads. {filler}The site said no. {filler}The site was seized."
    index = MentionIndex([SITE], ("site",), ONLINE)
    assert [m.kind for m in index.find(text)] == ["name", "descriptor", "descriptor"]
    # one step longer than the reach breaks the chain
    gap = "Other news followed. " * 30
    assert [m.kind for m in index.find(f"Backpage.com hosted ads. {gap}The site said no.")] == [
        "name"
    ]


def test_its_before_a_principal_is_a_pronoun_mention() -> None:
    index = MentionIndex([SITE], ("site",), ONLINE)
    found = index.find("Backpage.com was seized. Its chief executive pleaded guilty.")
    assert [(m.kind, m.surface) for m in found] == [("name", "Backpage.com"), ("pronoun", "Its")]
    # "its" before anything but a principal is not a mention
    assert [m.kind for m in index.find("Backpage.com was seized. Its ads were gone.")] == ["name"]
