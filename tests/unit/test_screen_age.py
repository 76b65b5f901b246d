"""``tui.core.screen_age.newest_when_all_panels_old``: the header's "newest data 2mo old" only
when every panel with rows is old (two panels at least), with the newest row's age."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from tui.core.models import Evidence, PolicyStatus, PriceSeries, Story
from tui.core.screen_age import newest_when_all_panels_old

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)


def prices(days_old: int) -> PriceSeries:
    last = NOW.date() - timedelta(days=days_old)
    points = tuple((last - timedelta(days=i), 9000.0 + i) for i in reversed(range(5)))
    return PriceSeries("csv", "HG", "USD/t", points, metal="copper")


def story(days_old: int | None) -> Story:
    when = None if days_old is None else NOW - timedelta(days=days_old)
    return Story("s", "Copper", None, "news", when, "", ("copper",), ())


def row(*evidence: tuple[str, date | datetime]) -> PolicyStatus:
    ev = tuple(Evidence(kind, "t", None, "src", when) for kind, when in evidence)
    return PolicyStatus("copper", "CL", "US", "tariff", None, evidence=ev)


def test_every_panel_old_gives_the_newest_rows_age() -> None:
    board = [row(("inferred", NOW - timedelta(days=70)))]
    assert newest_when_all_panels_old([prices(213)], [story(60), story(90)], board, NOW) == "2mo"
    assert newest_when_all_panels_old([prices(213)], [story(12)], [], NOW) == "12d"
    assert newest_when_all_panels_old([], [story(60)], board, NOW) == "2mo"


def test_one_current_panel_says_nothing() -> None:
    board = [row(("inferred", NOW - timedelta(days=70)))]
    assert newest_when_all_panels_old([prices(0)], [story(60)], board, NOW) == ""
    assert newest_when_all_panels_old([prices(213)], [story(1)], board, NOW) == ""
    fresh_board = [row(("inferred", NOW - timedelta(days=3)))]
    assert newest_when_all_panels_old([prices(213)], [story(60)], fresh_board, NOW) == ""


def test_what_is_never_old_and_one_panel_alone() -> None:
    declared = [row(("declared", date(2020, 1, 1)))]  # the user's own word
    assert newest_when_all_panels_old([prices(213)], [story(60)], declared, NOW) == ""
    assert newest_when_all_panels_old([prices(213)], [story(None)], [], NOW) == ""  # undated
    assert newest_when_all_panels_old([prices(213)], [], [], NOW) == ""  # the prices' own note
    assert newest_when_all_panels_old([], [], [], NOW) == ""
