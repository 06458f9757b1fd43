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
