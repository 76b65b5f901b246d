"""The headline list's Date column (from 150 columns) says a story's year when it is not the
clock's: "05 Dec 2024" beside "2y", never "05 Dec 10:00", which read as today's date.

Found driving the app in tmux at 200x60: a feed's story of 2024-12-05 10:00 UTC showed
"05 Dec 10:00  2y" on 2026-12-05, its date the same as today's stories'.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from tests.app.test_headline_list import app_for, lines, load, story
from tui.core.models import Story
from tui.ui.widgets import headline_layout as hl

UTC = timezone.utc


def dated(i: int, published: datetime, title: str) -> Story:
    s = story(i, title=title)
    entry = s.entries[0]
    return Story(
        id=s.id,
        title=s.title,
        url=s.url,
        source=s.source,
        published=published,
        summary="",
        metals=s.metals,
        entries=(type(entry)(entry.title, entry.url, "news", published, outlet=entry.outlet),),
        relevant=True,
    )


def test_date_text_names_the_year_of_another_year() -> None:
    now = datetime(2026, 12, 5, 21, 0, tzinfo=UTC)
    assert hl.date_text(datetime(2026, 12, 5, 10, 0, tzinfo=UTC), now) == "05 Dec 10:00"
    assert hl.date_text(datetime(2026, 1, 2, 3, 4, tzinfo=UTC), now) == "02 Jan 03:04"
    assert hl.date_text(datetime(2024, 12, 5, 10, 0, tzinfo=UTC), now) == "05 Dec 2024"
    assert hl.date_text(datetime(2025, 12, 31, 23, 0, tzinfo=UTC), now) == "31 Dec 2025"
    # a date a day ahead, in the next year (a zone ahead of UTC) says its year too
    assert hl.date_text(datetime(2027, 1, 1, 0, 30, tzinfo=UTC), now) == "01 Jan 2027"
    # the year is UTC's, as the cell is: 23:30 on 31 Dec at UTC-5 is 2027 in UTC
    est = timezone(timedelta(hours=-5))
    assert hl.date_text(datetime(2026, 12, 31, 23, 30, tzinfo=est), now) == "01 Jan 2027"
    assert hl.date_text(None, now) == "undated"
    for text in ("05 Dec 2024", "05 Dec 10:00"):
        assert len(text) <= hl.DATE  # fits the column, never cut


async def test_a_story_of_another_year_shows_its_year_and_a_new_year_redraws(
    tmp_path: Path,
) -> None:
    now = datetime(2026, 12, 31, 23, 0, tzinfo=UTC)
    stories = [
        dated(0, now - timedelta(hours=2), "Copper today"),
        dated(1, datetime(2026, 12, 20, 10, 0, tzinfo=UTC), "Zinc earlier this month"),
        dated(2, datetime(2024, 12, 31, 22, 0, tzinfo=UTC), "Nickel two years ago"),
    ]
    app = app_for(tmp_path)
    async with app.run_test(size=(200, 30)) as pilot:
        panel = await load(app, pilot, stories)
        panel.re_age(now)
        await pilot.pause()
        shown = "\n".join(lines(panel))
        row = {
            t: next(x for x in shown.splitlines() if t in x)
            for t in ("Copper today", "Zinc earlier", "Nickel two")
        }
        assert "31 Dec 21:00" in row["Copper today"]
        assert "20 Dec 10:00" in row["Zinc earlier"]
        assert "31 Dec 2024" in row["Nickel two"] and "31 Dec 22:00" not in row["Nickel two"]
        # the column names its zone: the sources screen and the alerts log show local times
        assert "Date UTC" in shown.splitlines()[0]
        # past midnight into 2027: the list drawn in 2026 is not kept; last year's dates say
        # their year, also the one whose age text did not change ("11d" before and after)
        panel.re_age(datetime(2027, 1, 1, 0, 5, tzinfo=UTC))
        await pilot.pause()
        shown = "\n".join(lines(panel))
        zinc = next(x for x in shown.splitlines() if "Zinc earlier" in x)
        assert "20 Dec 2026" in zinc, zinc
        assert "31 Dec 2026" in next(x for x in shown.splitlines() if "Copper today" in x)
