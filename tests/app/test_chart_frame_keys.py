"""The chart's frame keys and what an empty frame says, as a user meets them.

- An empty frame (no points in it: a series that stopped before it began) said "no data since
  <day>" twice: on the title line ("· ┊ no data since ...", the glyph of a dashed line that an
  empty plot does not draw) and over the empty plot ("no points in this time frame: no data
  since ..."). It is said once, over the empty plot; a frame with points still names the gap
  on the title line, beside the dashed line's legend in the plot (unchanged).
- A frame key that changes nothing seen looked dead: ``4`` on a chart at 1Y (the frame it opens
  at) did nothing, and ``5``/``6`` on a series younger than a year drew the same points on a
  wider axis. The chart now says so in a short toast: the frame already shown, no more points
  than the frame before (from when the series starts), no points in this frame either.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from textual.widgets import Static

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.models import PriceSeries
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import GAP_GLYPH, ChartScreen
from tui.ui.widgets.prices import PricesPanel

NOW = datetime(2026, 8, 22, 12, tzinfo=timezone.utc)


def series(first: date, last: date, step: int, *, frequency: str = "daily") -> PriceSeries:
    days = [first + timedelta(days=i) for i in range(0, (last - first).days + 1, step)]
    return PriceSeries(
        "made-up",
        "MADE",
        "USD/t",
        tuple((d, 100.0 + i) for i, d in enumerate(days)),
        metal=None,  # no metal: no markers, only the frame and its points
        frequency=frequency,
        source_kind="csv",
    )


def screen_text(app: MetalwatchApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def toasts(app: MetalwatchApp) -> list[str]:
    """The frame keys' notes: on the chart's title line where it has room, else toasts."""
    said = [app.screen.notice] if isinstance(app.screen, ChartScreen) and app.screen.notice else []
    return said + [str(n.message) for n in app._notifications]


async def open_chart(app: MetalwatchApp, pilot: object, s: PriceSeries, frame: str) -> ChartScreen:
    assert app.snapshot is not None
    app.push_screen(ChartScreen(s, app.snapshot, frame=frame, now=NOW))
    await settle(app, pilot)
    chart = app.screen
    assert isinstance(chart, ChartScreen)
    return chart


# (series, an empty frame): stopped daily, stopped weekly, stopped monthly, a long-dead file
EMPTY = [
    (series(date(2025, 1, 1), date(2026, 5, 1), 1), "1M", "2026-05-01"),
    (series(date(2024, 3, 4), date(2026, 3, 2), 7, frequency="weekly"), "3M", "2026-03-02"),
    (series(date(2015, 1, 1), date(2026, 1, 1), 30, frequency="monthly"), "6M", "2025-12-04"),
    (series(date(2001, 1, 1), date(2019, 6, 30), 1), "5Y", "2019-06-30"),
]


def _days_under_the_plot(shown: str, s: PriceSeries, frame: str, size: tuple[int, int]) -> None:
    """An empty frame with no event lines was a bare box: plotext draws no axis without
    something plotted, so nothing said which days the frame spans (with an event's line the
    days were there: ``test_a_frame_with_no_points_still_has_days_under_it``)."""
    from tui.ui.chart_frames import frame_start

    today = NOW.date()
    start = frame_start(s, frame, today).isoformat()
    foot = shown.split("┘", 1)[1].split("\n")[1]  # the line under the plot
    days = re.findall(r"\d{4}-\d{2}-\d{2}", foot)
    assert len(days) >= 3 and all(start <= d <= today.isoformat() for d in days), shown
    if size[0] >= 80:  # the frame's first and last days (at 60 columns plotext may leave
        assert days[0] == start and days[-1] == today.isoformat(), shown  # out an end's)


SIZES = [(60, 20), (80, 24), (120, 40), (200, 60)]


async def test_an_empty_frame_says_where_the_data_stops_once(tmp_path: Path) -> None:
    """Each series of ``EMPTY`` opened on its empty frame, one after the other, at each size of
    ``SIZES`` (once an app started at each size; now one app resized to each in turn, each
    chart opened after the resize, so it is drawn first at the size), the chart closed between
    them, as a user goes back: the gap said once, over the plot, and the frame's days under it."""
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    checked: list[tuple[tuple[int, int], str]] = []
    async with app.run_test(size=SIZES[0]) as pilot:
        await settle(app, pilot)
        for size in SIZES:
            await pilot.resize_terminal(*size)
            await settle(app, pilot)
            assert tuple(app.size) == size, (size, app.size)
            for s, frame, last in EMPTY:
                case = (size, frame)
                assert len(app.screen_stack) == 1, case
                assert s.points[-1][0].isoformat() == last
                chart = await open_chart(app, pilot, s, frame)
                shown = screen_text(app)
                assert shown.count(f"no data since {last}") == 1, (case, shown)
                assert "no points in this time frame" in shown, (case, shown)
                title = str(chart.query_one("#chart-title", Static).render())
                assert GAP_GLYPH not in title and "no data" not in title, (case, title)
                assert not chart.marks, case
                _days_under_the_plot(shown, s, frame, size)
                app.pop_screen()
                await settle(app, pilot)
                assert not isinstance(app.screen, ChartScreen), case
                checked.append(case)
    assert len(checked) == len(SIZES) * len(EMPTY), checked


async def test_a_frame_with_points_still_names_the_gap_in_the_title(tmp_path: Path) -> None:
    """Unchanged: a stale frame with points names the gap on the title line (whole from 80
    columns) and beside the dashed line's legend in the plot."""
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        chart = await open_chart(app, pilot, series(date(2025, 1, 1), date(2026, 5, 1), 1), "1Y")
        title = str(chart.query_one("#chart-title", Static).render())
        assert f"{GAP_GLYPH} no data since 2026-05-01" in title, title


FRAME_KEYS = {"1M": "1", "3M": "2", "6M": "3", "1Y": "4", "5Y": "5", "Max": "6"}


async def test_the_frame_already_shown_says_so(tmp_path: Path) -> None:
    """Copper's chart opened at each frame in turn (once an app each), closed between them,
    and the frame's key pressed again."""
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    checked: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        copper = app.query_one(PricesPanel).row_objects["copper"]
        assert isinstance(copper, PriceSeries) and app.snapshot is not None
        for frame, key in FRAME_KEYS.items():
            assert len(app.screen_stack) == 1, frame
            app.push_screen(ChartScreen(copper, app.snapshot, frame=frame))
            await settle(app, pilot)
            app.clear_notifications()
            await pilot.press(key)
            await settle(app, pilot)
            said = toasts(app)
            assert len(said) == 1 and frame in said[0] and "already" in said[0], (frame, said)
            app.pop_screen()
            await settle(app, pilot)
            checked.append(frame)
    assert checked == list(FRAME_KEYS), checked


# (series, the keys pressed from 1M, the frames that say they hold no more points)
LONGER = [
    # a daily series of four months: 6M, 1Y, 5Y and Max hold the same points
    (series(date(2026, 4, 20), date(2026, 8, 21), 1), "345", ["1Y", "5Y"]),
    # a weekly series of two years: 5Y and Max the same as each other, not as 1Y
    (series(date(2024, 8, 5), date(2026, 8, 17), 7, frequency="weekly"), "456", ["Max"]),
    # a monthly series of eight months: 6M holds some months, 1Y all, 5Y and Max no more
    (
        series(date(2025, 12, 1), date(2026, 8, 1), 30, frequency="monthly"),
        "3456",
        ["5Y", "Max"],
    ),
]


async def test_a_longer_frame_with_no_more_points_says_so(tmp_path: Path) -> None:
    """Each series of ``LONGER`` opened at 1M in turn (once an app each), closed between
    them."""
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    checked: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        for s, keys, want in LONGER:
            case = s.frequency
            assert len(app.screen_stack) == 1, case
            chart = await open_chart(app, pilot, s, "1M")
            await pilot.press(keys[0])
            await settle(app, pilot)
            said_for: list[str] = []
            for key in keys[1:]:
                app.clear_notifications()
                await pilot.press(key)
                await settle(app, pilot)
                said = [t for t in toasts(app) if "no more points" in t]
                if said:
                    first = s.points[0][0].isoformat()
                    assert chart.frame in said[0] and first in said[0], (case, said)
                    said_for.append(chart.frame)
            assert said_for == want, (case, said_for)
            app.pop_screen()
            await settle(app, pilot)
            checked.append(case)
    assert len(checked) == len(LONGER), checked


async def test_an_empty_frame_after_an_empty_frame_says_so(tmp_path: Path) -> None:
    s = series(date(2024, 1, 1), date(2026, 1, 10), 1)  # stopped seven months before
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        chart = await open_chart(app, pilot, s, "1M")
        app.clear_notifications()
        await pilot.press("2")  # 3M: no points either
        await settle(app, pilot)
        said = toasts(app)
        assert chart.frame == "3M"
        assert len(said) == 1 and "no points" in said[0].lower() and "2026-01-10" in said[0], said
        app.clear_notifications()
        await pilot.press("4")  # 1Y: points again, nothing to say
        await settle(app, pilot)
        assert toasts(app) == []


async def test_the_footer_names_each_frame_as_the_chart_does(tmp_path: Path) -> None:
    """Found in session 30 at 200x60: the chart's frame row said "6:Max" and the footer and
    the help "6 All": one frame, two names. Each frame key's words now start with the frame's
    own label or say it in words ("1 month" for 1M)."""
    from textual.widgets._footer import FooterKey

    from tui.ui.widgets.key_footer import KeyFooter

    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(app, pilot)
        app.query_one(PricesPanel).table.focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ChartScreen)
        keys = {
            k.key_display: k.description
            for k in app.screen.query_one(KeyFooter).query(FooterKey)
            if k.description
        }
        head = screen_text(app).splitlines()[0]
        words = {"1M": "1 month", "3M": "3 months", "6M": "6 months", "1Y": "1 year"}
        words["5Y"] = "5 years"
        for key, label in (("1", "1M"), ("3", "6M"), ("6", "Max")):
            assert f"{key}:{label}" in head, head
            said = keys[key]
            assert said.startswith(label) or said == words.get(label), (key, said)
