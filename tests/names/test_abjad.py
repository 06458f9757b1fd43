"""Consonant skeletons used for abjad-script names."""

from __future__ import annotations

from knowable.names.abjad import is_abjad, skeleton


def test_skeleton() -> None:
    assert skeleton("mohammed") == "mhmd"
    assert skeleton("mhmd") == "mhmd"
    assert skeleton("alsisi") == skeleton("sisi") == "s"
    assert skeleton("karimi") == skeleton("krymy") == "krm"
    assert skeleton("kamal") != skeleton("krymy")
    assert skeleton("44") == "44"


def test_is_abjad() -> None:
    assert is_abjad("محمد")
    assert is_abjad("שלום")
    assert not is_abjad("Мухаммед")
    assert not is_abjad("Mohammed")
