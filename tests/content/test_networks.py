"""Linking listings into clusters and reading NET signals off them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from knowable.catalogue.content import content_catalogue
from knowable.detect.content.network_signals import linked_listing, network_signals
from knowable.detect.content.networks import NetworkLinker, max_cities_in_window, persona_of
from knowable.model import Record

KEY = "001TEST0000PLAT"
T0 = datetime(2015, 3, 1, tzinfo=UTC)


def _record(n: int, text: str, city: str, days: float, contacts: tuple[str, ...] = ()) -> Record:
    return Record(
        source="content",
        kind="listing",
        payload={"id": f"L{n}", "location": city, "contact_hashes": list(contacts)},
        available_at=T0 + timedelta(days=days),
        external_id=f"{KEY}:L{n}",
        subject_key=KEY,
        text=text,
    )


def _signals(records: list[Record]) -> dict[str, list[object]]:
    items = [linked_listing(r) for r in records]
    found = network_signals([i for i in items if i is not None], KEY)
    out: dict[str, list[object]] = {}
    for s in found:
        out.setdefault(s.indicator, []).append(s)
    return out


def test_same_contact_across_cities_is_net01() -> None:
    cities = ["Springfield", "Shelbyville", "Ogdenville", "Capital City"]
    records = [
        _record(i, f"Sweet lady number {i} {w}", c, i * 3, ("phone:aa",))
        for i, (c, w) in enumerate(zip(cities, ["alpha", "bravo", "charlie", "delta"], strict=True))
    ]
    found = _signals(records)
    assert "NET-01" in found
    signal = found["NET-01"][0]
    assert signal.details["cities"] == ["capital city", "ogdenville", "shelbyville", "springfield"]
    assert {e.quote for e in signal.evidence} == set(cities)
    assert all(e.field == "location" for e in signal.evidence)
    assert signal.observed_at == records[-1].available_at  # when the fourth city appeared
    assert signal.details["linked_by"] == ["contact"]


def test_same_contact_across_cities_slowly_is_not_net01() -> None:
    cities = ["Springfield", "Shelbyville", "Ogdenville"]
    records = [
        _record(i, f"Lady {w}", c, i * 40, ("phone:aa",))
        for i, (c, w) in enumerate(zip(cities, ["alpha", "bravo", "charlie"], strict=True))
    ]
    assert "NET-01" not in _signals(records)


def test_one_contact_many_personas_is_net02() -> None:
    names = ["Amber", "Crystal", "Daisy"]
    records = [
        _record(i, f"Hi my name is {n}, {20 + i} yrs", "Springfield", i, ("phone:bb",))
        for i, n in enumerate(names)
    ]
    found = _signals(records)
    assert "NET-02" in found
    signal = found["NET-02"][0]
    assert signal.details["names"] == ["amber", "crystal", "daisy"]
    assert [e.quote for e in signal.evidence] == names


def test_one_contact_one_persona_is_not_net02() -> None:
    records = [
        _record(i, f"Hi my name is Amber, 25 yrs, day {i}", "Springfield", i, ("phone:bb",))
        for i in range(4)
    ]
    assert "NET-02" not in _signals(records)


BODY = (
    "Classy and discreet companion available for dinner dates downtown tonight, "
    "upscale and friendly, text to book an appointment with me soon"
)


def test_reused_text_under_different_names_is_ad13() -> None:
    records = [
        _record(0, f"My name is Amber. {BODY}", "Springfield", 0),
        _record(1, f"My name is Crystal. {BODY}", "Springfield", 5),
    ]
    found = _signals(records)
    assert "AD-13" in found
    assert found["AD-13"][0].details["linked_by"] == ["text"]


def test_reused_text_under_one_name_is_not_ad13() -> None:
    records = [
        _record(0, f"My name is Amber. {BODY}", "Springfield", 0),
        _record(1, f"My name is Amber. {BODY} xoxo", "Springfield", 5),
    ]
    assert "AD-13" not in _signals(records)


def test_different_names_linked_only_by_contact_are_not_ad13() -> None:
    records = [
        _record(0, "My name is Amber. Oak dining table with six chairs", "A", 0, ("phone:x",)),
        _record(1, "My name is Crystal. Mountain bike with new tyres", "A", 1, ("phone:x",)),
    ]
    assert "AD-13" not in _signals(records)


def test_different_texts_are_not_linked() -> None:
    records = [
        _record(0, "My name is Amber. Oak dining table with six chairs, good condition", "A", 0),
        _record(1, "My name is Crystal. Mountain bike, 21 speeds, new tyres and brakes", "B", 1),
    ]
    assert _signals(records) == {}


def test_linker_unions_transitively() -> None:
    linker = NetworkLinker(content_catalogue().network_params)
    a = linker.add(0, "one two three four five six seven eight", ("phone:x",))
    b = linker.add(1, "completely different words here about bicycles", ("phone:x", "email:y"))
    c = linker.add(2, "another unrelated text on garden furniture", ("email:y",))
    d = linker.add(3, "nothing shared at all with anything before it", ())
    clusters = list(linker.clusters())
    assert [sorted(cl.members) for cl in clusters] == [[a, b, c]]
    assert d not in clusters[0].members


def test_max_cities_in_window() -> None:
    day = timedelta(days=1)
    items = [(T0, "a"), (T0 + 2 * day, "b"), (T0 + 50 * day, "c"), (T0 + 51 * day, "d"),
             (T0 + 52 * day, "e")]  # fmt: skip
    count, first, last = max_cities_in_window(items, 30)
    assert (count, first, last) == (3, 2, 4)


def test_persona_of() -> None:
    assert persona_of("hi my name is amber 21 yrs") == ("amber", "21")
    assert persona_of("i m available now") == (None, None)
