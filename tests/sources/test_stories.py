"""Story grouping: the same text from several outlets is one story dated by its first outlet."""

from __future__ import annotations

from datetime import UTC, datetime

from knowable.model import Record
from knowable.sources.news import article_record
from knowable.sources.stories import group_stories, story_index, text_key

WIRE = (
    "Detectives in the river district said on Tuesday that a teenager reported missing in "
    "March had been advertised for sale on an online board, and that two men had been "
    "arrested at a motel near the interstate. The girl was found safe and returned to her "
    "family. Investigators said the men had moved her between three cities in four weeks "
    "and had posted new advertisements each time they arrived somewhere new, paying for "
    "them with prepaid cards bought at petrol stations along the way."
)
OTHER = (
    "The county fair opened on Saturday with record crowds. Organisers said more than "
    "forty thousand people came through the gates, and the pie contest drew entries from "
    "every township for the first time since the fair began."
)


def _article(body: str, outlet: str, day: datetime | None, title: str = "Girl found") -> Record:
    return article_record(
        title=title,
        body=body,
        url=f"https://{outlet}.example/x",
        outlet=outlet,
        published=day,
        published_raw=None,
        fmt="jsonl",
        origin="t",
    )


def test_text_key_ignores_case_and_punctuation() -> None:
    assert text_key("Hello, World!") == text_key("hello world")
    assert text_key("hello world") != text_key("hello there world")


def test_copies_are_one_story_dated_by_the_earliest_outlet() -> None:
    early = _article(WIRE, "courier", datetime(2012, 3, 1, tzinfo=UTC))
    late = _article(WIRE.upper(), "gazette", datetime(2018, 5, 1, tzinfo=UTC), title="GIRL FOUND")
    # A wire copy with a different first sentence is still the same story.
    edited = _article(
        "By our correspondent. " + WIRE.replace("on Tuesday", "on Tuesday evening"),
        "bugle",
        datetime(2013, 1, 1, tzinfo=UTC),
    )
    unrelated = _article(OTHER, "courier", datetime(2012, 3, 1, tzinfo=UTC), title="Fair")
    stories = group_stories([late, unrelated, edited, early])
    assert len(stories) == 2
    index = story_index(stories)
    story = index[early.id]
    assert story.record_ids[0] == early.id
    assert set(story.record_ids) == {early.id, late.id, edited.id}
    assert story.first_seen == datetime(2012, 3, 1, tzinfo=UTC)
    assert story.outlets == ("courier", "bugle", "gazette")
    assert index[unrelated.id].story_id != story.story_id


def test_undated_copy_does_not_move_the_first_date() -> None:
    dated = _article(WIRE, "courier", datetime(2014, 2, 2, tzinfo=UTC))
    undated = _article(WIRE, "blog", None)
    (story,) = group_stories([undated, dated])
    assert story.first_seen == datetime(2014, 2, 2, tzinfo=UTC)
    assert story.record_ids[-1] == undated.id


def test_fast_fold_equals_fold() -> None:
    from knowable.names.normalise import fold
    from knowable.sources.stories import fast_fold

    for text in [
        "Hello, World!",
        "  A--b  c ",
        "ListLoop's ads: 3 x $40",
        "Zürich Café",
        "",
        "\t\n",
    ]:
        assert fast_fold(text) == fold(text)
