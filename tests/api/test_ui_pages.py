"""Page counts for the queue and audit pagers."""

from knowable.api.web.ui import _page_count


def test_page_count_rounds_up_and_has_at_least_one_page() -> None:
    assert _page_count(0, 25) == 1
    assert _page_count(1, 25) == 1
    assert _page_count(25, 25) == 1
    assert _page_count(26, 25) == 2
    assert _page_count(101, 50) == 3
