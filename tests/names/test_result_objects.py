"""Result objects built for speed keep value semantics, and the lazy explanation reads
the same as the eager one."""

from __future__ import annotations

from knowable.names.score import FeatureResult, Party, name_similarity, score_pair

LEFT = Party("Person", ("PUTIN, Vladimir Vladimirovich",), ("ru",), ("1952-10-07",))
RIGHT = Party("Person", ("Vladimir Putin",), ("ru",), ("1952",))


def test_lazy_name_detail_matches_the_eager_feature() -> None:
    result = score_pair(LEFT, RIGHT)
    eager = name_similarity(LEFT, RIGHT)
    assert eager is not None
    assert result.features[0].name == "name"
    assert result.features[0].detail == eager[1]
    assert result.explanation().startswith("name: " + eager[1] + "; ")


def test_results_compare_and_hash_by_value() -> None:
    first, second = score_pair(LEFT, RIGHT), score_pair(LEFT, RIGHT)
    assert first == second
    assert hash(first) == hash(second)
    assert first != score_pair(LEFT, Party("Person", ("Sergei Lavrov",)))


def test_parties_compare_and_hash_by_their_inputs() -> None:
    again = Party("Person", ("Vladimir Putin",), ("ru",), ("1952",))
    assert again == RIGHT
    assert len({again, RIGHT, LEFT}) == 2


def test_feature_result_with_a_written_detail() -> None:
    written = FeatureResult("country_match", 1.0, 0.2, "shared country ru")
    assert written.detail == "shared country ru"
    assert written == FeatureResult("country_match", 1.0, 0.2, "shared country ru")
    assert written != FeatureResult("country_match", 0.0, 0.2, "no shared country")
    assert "shared country ru" in repr(written)
