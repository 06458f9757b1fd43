"""Candidate blocking keeps recall on typos, reordering and scripts."""

from __future__ import annotations

import pytest

from knowable.names.index import CORRECTED, NameIndex, name_keys
from knowable.names.keys import PAIR
from knowable.names.normalise import analyse_name
from knowable.names.score import Party

LIST = [
    ("e1", Party("Person", ("PUTIN, Vladimir Vladimirovich",))),
    ("e2", Party("Person", ("LAVROV, Sergei Viktorovich",))),
    ("e3", Party("Company", ("OCEAN STAR SHIPPING LLC", "OCEAN STAR MARITIME"))),
    ("e4", Party("Person", ("KATANGA, Germain",), birth_dates=("1978-04-28",))),
    ("e5", Party("Company", ("NATIONAL IRANIAN TANKER COMPANY",))),
]


def top(index: NameIndex, schema: str, name: str) -> str | None:
    hits = index.search([Party(schema, (name,))], limit=1, min_score=0.7)[0]
    return hits[0].key if hits else None


def test_keys_include_words_sounds_deletions_pairs_and_compact() -> None:
    keys = name_keys(analyse_name("Vladimir Putin", "Person"))
    assert {"t:putin", "t:vladimir", "d:putin", "d:ptin", "d:puti"} <= set(keys)
    assert {"b:putin vladimir", "c:vladimirputin"} <= set(keys)
    assert any(k.startswith("p:") for k in keys)
    # One word: no pair and no compact key; a short word has no deletions.
    short = name_keys(analyse_name("Ali", "Person"))
    assert not any(k[:2] in ("b:", "c:", "d:") for k in short)
    assert "d:putin" not in name_keys(analyse_name("Putin", "Person"), deletions=False)


def test_finds_exact_reordered_typo_and_cross_script() -> None:
    index = NameIndex(LIST)
    assert top(index, "Person", "Vladimir Putin") == "e1"
    assert top(index, "Person", "Sergei Lavrow") == "e2"
    assert top(index, "Person", "Сергей Лавров") == "e2"
    assert top(index, "Company", "Ocean Star Maritime Ltd") == "e3"
    assert top(index, "Company", "Natonal Iranian Tanker Co") == "e5"


def test_unrelated_names_find_nothing() -> None:
    index = NameIndex(LIST)
    assert top(index, "Person", "Maria Gonzalez") is None
    assert top(index, "Company", "Ocean Breeze Bakery") is None


def test_batch_search_keeps_query_order() -> None:
    index = NameIndex(LIST)
    queries = [Party("Person", ("Germain Katanga",)), Party("Person", ("Nobody Here",))]
    results = index.search(queries, limit=3, min_score=0.7)
    assert [h.key for h in results[0]][:1] == ["e4"]
    assert results[1] == []


def test_empty_index() -> None:
    index = NameIndex([])
    assert len(index) == 0
    assert index.search([Party("Person", ("x y",))]) == [[]]


def crowd() -> list[tuple[str, Party]]:
    """Thirty people sharing one family name, and one with a rare given name."""
    given = [
        "Arlo", "Benedek", "Corvin", "Dario", "Elmar", "Fabian", "Gustav", "Henrik", "Ivo",
        "Jonas", "Kasimir", "Leander", "Matthis", "Nikolai", "Oskar", "Piet", "Quirin",
        "Rasmus", "Severin", "Tobias", "Ulrich", "Valentin", "Wendelin", "Xaver", "Yannick",
        "Zeno", "Anselm", "Bertram", "Cyprian", "Desmond",
    ]  # fmt: skip
    out = [(f"h{n}", Party("Person", (f"Threlkeld {g}",))) for n, g in enumerate(given)]
    out.append(("rare", Party("Person", ("Threlkeld Zorbaqin",))))
    return out


def test_frequency_cap_leaves_common_keys_unread() -> None:
    query = [Party("Person", ("Threlkeld",))]
    # Under the cap the common family name is read in full...
    assert len(NameIndex(crowd()).candidates(query, limit=100)[0]) == 31
    # ...over it, only the rarest key is read, cut to the cap.
    capped = NameIndex(crowd(), max_postings=5)
    assert 0 < len(capped.candidates(query, limit=100)[0]) <= 5


def test_read_budget_reads_rarest_keys_first() -> None:
    tight = NameIndex(crowd(), max_postings=5, read_budget=3)
    assert top(tight, "Person", "Threlkeld Zorbaqin") == "rare"
    assert top(tight, "Person", "Zorbaqin Threlkeld") == "rare"
    # A misspelt rare word is still found through its one-letter deletions.
    assert top(tight, "Person", "Threlkeld Zorbaqim") == "rare"
    # Nothing rare shared: at most the cap is read, and nothing unrelated scores.
    assert len(tight.candidates([Party("Person", ("Threlkeld Mbeki",))], limit=100)[0]) <= 5


def test_deletions_only_for_words_the_list_lacks() -> None:
    index = NameIndex(crowd())
    keys = index._query_keys([analyse_name("Threlkeld Zorbaqim", "Person")])[0]
    assert "d:zorbaqi" in keys and "d:zorbaqim" in keys
    assert not any(k.startswith("d:") and "threlk" in k for k in keys)
    assert "d:threlkeld" in name_keys(analyse_name("Threlkeld", "Person"))


def test_one_word_names_with_a_typo() -> None:
    index = NameIndex([("k", Party("Company", ("KALVANTRO",))), *LIST])
    assert top(index, "Company", "Kalvantor") == "k"
    assert top(index, "Company", "Kalvntro") == "k"
    assert top(index, "Company", "Kelmonar") is None


def test_closest_names_are_scored_first() -> None:
    entries = [
        (f"x{n}", Party("Company", (f"Vexley Harbour Trading {w}",)))
        for n, w in enumerate(
            ["North", "South", "East", "West", "Upper", "Lower", "Inner", "Outer"]
        )
    ]
    entries.append(("exact", Party("Company", ("Vexley Harbour",))))
    index = NameIndex(entries)
    assert index.candidates([Party("Company", ("Vexley Harbour",))], limit=1) == [[8]]
    assert len(index.candidates([Party("Company", ("Vexley Harbour",))], limit=3)[0]) == 3


def test_index_arrays_grow_with_the_list() -> None:
    small, large = NameIndex(LIST[:2]), NameIndex(LIST)
    assert 0 < small.array_bytes() < large.array_bytes()


def fabians() -> list[tuple[str, Party]]:
    """The crowd, and forty other people called Fabian: a common given name."""
    family = [f"Q{chr(97 + n % 26)}{chr(97 + n // 26)}varsk" for n in range(40)]
    return [
        *crowd(),
        *((f"f{n}", Party("Person", (f"{f} Fabian",))) for n, f in enumerate(family)),
    ]


def test_a_misspelt_word_is_read_as_the_far_more_common_word_one_edit_away() -> None:
    index = NameIndex(fabians())
    assert index._corrections({"fabain": 0}) == {"fabain": ["fabian"]}  # two letters swapped
    assert index._corrections({"fabin": 0, "fabiann": 0}) == {
        "fabin": ["fabian"],
        "fabiann": ["fabian"],
    }
    # Two edits away, or a word the list lacks anything near: no correction.
    assert index._corrections({"fbain": 0, "mbeki": 0}) == {}
    # A listed word is corrected only to one carried far more often (4x) than itself.
    assert index._corrections({"fabien": 10}) == {"fabien": ["fabian"]}
    assert index._corrections({"fabien": 11}) == {}
    keys = index._query_keys([analyse_name("Threlkeld Fabain", "Person")])[0]
    assert keys["b:fabian threlkeld"] == pytest.approx(PAIR * CORRECTED)
    assert keys["t:fabian"] == pytest.approx(2.0 * CORRECTED)
    assert "b:fabain threlkeld" in keys  # the name as written keeps its own keys
    assert not any(
        "fabian" in k
        for k in NameIndex(fabians(), corrections=0)._query_keys(
            [analyse_name("Threlkeld Fabain", "Person")]
        )[0]
    )


def test_a_correction_finds_a_namesake_crowd_member_whose_other_word_is_common() -> None:
    # "Threlkeld" is carried by 31 names and "Fabian" by 41, both over a cap of 30: the
    # misspelt query reads only its rarest key, cut to the cap, and the one Threlkeld
    # called Fabian (listed last) is cut. Put right, its pair with the family name is rare.
    crowd_ = crowd()
    entries = [*fabians()[31:], *(e for e in crowd_ if e[0] != "h5"), crowd_[5]]
    target = len(entries) - 1
    query = [Party("Person", ("Threlkeld Fabain",))]
    fixed = NameIndex(entries, max_postings=30, rescore=0)
    assert fixed.candidates(query, limit=1) == [[target]]
    unfixed = NameIndex(entries, max_postings=30, rescore=0, corrections=0)
    assert target not in unfixed.candidates(query, limit=100)[0]


def test_unread_common_keys_decide_between_the_names_the_rare_keys_found() -> None:
    # A misspelt family name finds, through its deletions, 30 people listed under the
    # family name alone and the one Threlkeld Fabian; alone, the shorter names rank first.
    # The given name, over the cap, is not read, but it is looked up for the names found.
    entries = [(f"t{n}", Party("Person", ("Threlkeld",))) for n in range(30)]
    entries += [crowd()[5], *fabians()[31:]]
    query = [Party("Person", ("Threlkeldt Fabian",))]
    index = NameIndex(entries, max_postings=35, corrections=0)
    assert index.candidates(query, limit=1) == [[30]]
    blind = NameIndex(entries, max_postings=35, corrections=0, rescore=0)
    assert 30 not in blind.candidates(query, limit=5)[0]


def test_a_batch_gives_each_query_what_it_gets_alone() -> None:
    # Completion and corrections work over the whole batch at once: queries with and
    # without unread keys or corrections, side by side, get what each gets alone.
    entries = [(f"t{n}", Party("Person", ("Threlkeld",))) for n in range(30)]
    entries += [*fabians(), *LIST]
    index = NameIndex(entries, max_postings=35)
    names = [
        "Threlkeldt Fabian",
        "Vladimir Putin",
        "Threlkeld Fabain",
        "Nobody Here",
        "Qavarsk Fabian",
        "Natonal Iranian Tanker Co",
    ]
    queries = [Party("Person", (n,)) for n in names]
    alone = [index.candidates([q], limit=5)[0] for q in queries]
    assert index.candidates(queries, limit=5) == alone
    assert index.candidates(list(reversed(queries)), limit=5) == list(reversed(alone))
    assert alone[0][0] == alone[2][0] == next(n for n, e in enumerate(entries) if e[0] == "h5")
