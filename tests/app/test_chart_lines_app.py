"""The chart's lines as a user sees them: where a stale series' data stops is a dashed line,
unlike the solid lines of event markers, and named in the plot's title at every time frame;
two events on one day are one line labelled with both numbers, each reachable in the list."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timezone
from pathlib import Path

from textual.widgets import OptionList, Static
from textual_plotext import PlotextPlot

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.models import PriceSeries
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import FRAMES, GAP_GLYPH, ChartScreen
from tui.ui.screens.story import StoryScreen
from tui.ui.widgets.prices import PricesPanel

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def drawn(chart: ChartScreen) -> list[str]:
    return ANSI.sub("", chart.query_one(PlotextPlot).plt.build()).splitlines()


async def test_the_gap_is_dashed_and_named_at_every_frame(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(140, 44)) as pilot:
        await settle(app, pilot)
        copper = app.query_one(PricesPanel).row_objects["copper"]  # stale: no data since 07-30
        assert isinstance(copper, PriceSeries) and app.snapshot is not None
        app.push_screen(ChartScreen(copper, app.snapshot))
        await pilot.pause()
        chart = app.screen
        assert isinstance(chart, ChartScreen)
        for frame in FRAMES:
            chart.action_frame(frame)
            await pilot.pause()
            lines = drawn(chart)
            # the gap is named once, on the title line (the dashed glyph its legend)
            chart._unsay()  # a frame key's note stands on the title line for a few seconds
            await pilot.pause()
            title = str(chart.query_one("#chart-title", Static).render())
            assert f"{GAP_GLYPH} no data since 2026-07-30" in title, (frame, title)
            assert "no data since" not in lines[0], (frame, lines[0])
            assert "│n: event n below" in lines[0], (frame, lines[0])  # the markers' legend
            rows = [line for line in lines[1:] if "┤" in line or line.lstrip().startswith("│")]
            dashed = [line for line in rows if GAP_GLYPH in line]
            # the dashed line runs the plot's height (the price's own glyphs stay over it where
            # they cross), in one column where no marker's solid line is drawn
            assert len(dashed) >= len(rows) * 2 // 3, (frame, "\n".join(lines))
            (col,) = {line.index(GAP_GLYPH) for line in dashed}
            assert all(line[col] != "│" for line in rows), frame


async def test_two_events_on_one_day_are_told_apart_and_both_reachable(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(140, 44)) as pilot:
        await settle(app, pilot)
        copper = app.query_one(PricesPanel).row_objects["copper"]
        snapshot = app.snapshot
        assert isinstance(copper, PriceSeries) and snapshot is not None
        squeeze = next(s for s in snapshot.stories if s.title.startswith("LME gripped"))
        assert squeeze.published is not None
        twin = dataclasses.replace(
            squeeze,
            id="twin",
            title="Copper premiums jump as traders scramble for metal",
            published=squeeze.published.replace(hour=23, tzinfo=timezone.utc),
        )
        snapshot = dataclasses.replace(snapshot, stories=[*snapshot.stories, twin])
        app.push_screen(ChartScreen(copper, snapshot, frame="1Y"))
        await pilot.pause()
        chart = app.screen
        assert isinstance(chart, ChartScreen)
        same_day = [n for n, m in enumerate(chart.marks, 1) if m.day == squeeze.published.date()]
        assert len(same_day) == 2
        label = f"{same_day[0]},{same_day[1]}"
        lines = drawn(chart)
        assert any(label in line for line in lines[1:]), "\n".join(lines)
        # each has its own row in the list, and Enter opens each one's story
        options = chart.query_one("#chart-markers", OptionList)
        assert options.option_count == len(chart.marks)
        opened: list[str] = []
        for n in same_day:
            options.focus()
            options.highlighted = n - 1
            await pilot.press("enter")
            await pilot.pause()
            story = app.screen
            assert isinstance(story, StoryScreen)
            opened.append(story.story.title)
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is chart
        assert sorted(opened) == sorted([squeeze.title, twin.title])


async def test_at_80_columns_the_plot_title_still_says_where_the_data_stops(
    tmp_path: Path,
) -> None:
    """plotext leaves out a title wider than the plot: at 80x24 the line stayed blank."""
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        copper = app.query_one(PricesPanel).row_objects["copper"]
        assert isinstance(copper, PriceSeries) and app.snapshot is not None
        app.push_screen(ChartScreen(copper, app.snapshot, frame="Max"))
        await pilot.pause()
        chart = app.screen
        assert isinstance(chart, ChartScreen) and chart.marks
        lines = drawn(chart)
        assert "last 13,990" in lines[0] and "no data since" not in lines[0]  # the title says it
        title = str(chart.query_one("#chart-title", Static).render())
        assert f"{GAP_GLYPH} no data since 2026-07-30" in title, title
        # every marker's number is on the plot, none cut at the right edge
        top = next(line for line in lines if "┤" in line)
        assert top.rstrip().endswith("│") and str(len(chart.marks)) in top, top


#: The glyphs plotext draws the price line with (its "hd" marker: quarter blocks).
LINE_GLYPHS = set("▖▗▘▝▚▞▙▛▜▟▀▄▌▐█")


async def test_at_80_columns_a_merged_label_never_hides_the_price_line(tmp_path: Path) -> None:
    """Three stories on the day of the highest price: their merged label ("1-3") was written
    over the top of the line, hiding its peak at 80 columns. The labels have a row of their own
    above the line now, at every size."""
    for size in ((80, 24), (120, 40)):
        app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / f"{size[0]}.sqlite3")
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            copper = app.query_one(PricesPanel).row_objects["copper"]
            snapshot = app.snapshot
            assert isinstance(copper, PriceSeries) and snapshot is not None
            peak_day, _ = max(copper.points, key=lambda p: p[1])
            base = next(s for s in snapshot.stories if "copper" in s.metals)
            at_peak = [
                dataclasses.replace(
                    base,
                    id=f"peak{i}",
                    title=f"Copper story {i} on the peak day",
                    published=datetime(*peak_day.timetuple()[:3], 12, tzinfo=timezone.utc),
                )
                for i in range(3)
            ]
            snapshot = dataclasses.replace(snapshot, stories=[*snapshot.stories, *at_peak])
            app.push_screen(ChartScreen(copper, snapshot, frame="1Y"))
            await settle(app, pilot)
            chart = app.screen
            assert isinstance(chart, ChartScreen)
            numbers = [n for n, m in enumerate(chart.marks, 1) if m.day == peak_day]
            assert len(numbers) == 3
            lines = drawn(chart)
            rows = [line for line in lines if "┤" in line or line.lstrip().startswith("│")]
            label_row, below = rows[0], rows[1:]
            assert f"{numbers[0]}-{numbers[-1]}" in label_row, "\n".join(lines)
            # the labels' row holds no glyph of the price line; the line is drawn below it,
            # up to the row just under the labels (its peak is on screen, not under a label)
            assert not LINE_GLYPHS & set(label_row), "\n".join(lines)
            assert LINE_GLYPHS & set(below[0] + (below[1] if size[1] > 24 else "")), "\n".join(
                lines
            )


async def test_the_title_names_the_frame_keys_as_remapped(tmp_path: Path) -> None:
    """Found in use: with `[keys] frame-1m = "F1"` ... the chart's title still said "1:1M
    2:3M ...": keys that did nothing there (the help and the footer had it right)."""
    from textual.widgets import Static

    remap = {f"frame-{name.lower()}": f"f{i}" for i, name in enumerate(FRAMES, 1)}
    config = dataclasses.replace(load_config(demo=True), keys=remap)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.set_focus(app.query_one(PricesPanel).table)
        await pilot.press("enter")
        await settle(app, pilot)
        chart = app.screen
        assert isinstance(chart, ChartScreen)
        title = str(chart.query_one("#chart-title", Static).render())
        assert "F1:1M" in title and "F6:Max" in title and "1:1M" not in title.replace("F1:", "")
        await pilot.press("f5")
        await pilot.pause()
        assert chart.frame == "5Y"
        title = str(chart.query_one("#chart-title", Static).render())
        assert "F5:5Y" in title


async def test_a_frame_with_no_points_still_has_days_under_it(tmp_path: Path) -> None:
    """Found in the session-16 audit: a series that stopped years ago (a saved Stooq file), at
    1M: "no points in this time frame", and under the empty plot and its event lines the axis
    read "739588.0  739679.5 ...", day numbers, not days. The frame's days are written."""
    from datetime import datetime, timezone

    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        copper = app.query_one(PricesPanel).row_objects["copper"]
        assert isinstance(copper, PriceSeries) and app.snapshot is not None
        later = datetime(2026, 9, 10, 12, tzinfo=timezone.utc)  # six weeks after its last
        app.push_screen(ChartScreen(copper, app.snapshot, now=later, frame="1M"))
        await pilot.pause()
        chart = app.screen
        assert isinstance(chart, ChartScreen) and chart.marks  # the LME story of 2026-08-19
        drawn = re.sub(r"\x1b\[[0-9;]*m", "", chart.query_one(PlotextPlot).plt.build())
        assert "2026-09-10" in drawn and not re.search(r"\d{6}\.\d", drawn), drawn
