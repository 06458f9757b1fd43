"""Candidate blocking keeps recall on typos, reordering and scripts."""

from __future__ import annotations

from knowable.names.index import NameIndex, name_keys
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
