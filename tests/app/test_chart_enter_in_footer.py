"""The chart's marker list's Enter is in the footer where the chart's other keys leave room.

Seen in a terminal: Enter on a marker ("Open its story or evidence") was in no footer at any
width, only in the help. It is shown last, in the room the other keys leave: "Enter Open" from
160 columns, its whole words from 180, and never in place of a key shown before (at 80 columns
"s Sources" and "a Alerts", from 100 the frame keys)."""

from __future__ import annotations

from pathlib import Path

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import ChartScreen
from tui.ui.screens.chart_list import Markers
from tui.ui.screens.evidence import EvidenceScreen
from tui.ui.screens.story import StoryScreen

# what the footer says of Enter at each width, and a key that must still be there beside it
WANTED = {
    80: (None, "a Alerts"),
    100: (None, "1-6 1M 3M 6M 1Y 5Y Max"),
    120: (None, "6 Max"),
    140: (None, "5 5 years  6 Max"),
    160: ("Enter Open ", "5 5 years  6 Max"),
    180: ("Enter Open its story or evidence", "5 5 years  6 Max"),
}


async def test_enter_said_where_there_is_room(tmp_path: Path) -> None:
    """Each width of ``WANTED`` (once an app started at the width): one app resized to each in
    turn, the chart opened after the resize (drawn first at the width), Enter pressed on its
    marker list, and both screens closed again before the next width."""
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    checked: list[int] = []
    async with app.run_test(size=(min(WANTED), 30)) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None
        for width in sorted(WANTED):
            await pilot.resize_terminal(width, 30)
            await settle(app, pilot)
            assert app.size.width == width and len(app.screen_stack) == 1, width
            app.push_screen(ChartScreen(app.snapshot.prices[0], app.snapshot))
            await settle(app, pilot)
            chart = app.screen
            assert isinstance(chart.focused, Markers), width  # the marker list has the focus
            footer = chart._compositor.render_strips()[-1].text
            said, beside = WANTED[width]
            assert beside in footer and "s Sources  a Alerts" in footer, (width, footer)
            if said is None:
                assert "Enter" not in footer and "⏎" not in footer, (width, footer)
            else:
                assert said in footer and "⏎" not in footer, (width, footer)
                # after every other key, before the palette key
                alerts, enter = footer.index("a Alerts"), footer.index("Enter")
                assert alerts < enter < footer.index("Ctrl+P"), (width, footer)
            await pilot.press("enter")  # it does what the footer says
            await settle(app, pilot)
            assert isinstance(app.screen, (StoryScreen, EvidenceScreen)), (width, app.screen)
            app.pop_screen()
            await settle(app, pilot)
            assert app.screen is chart, width
            app.pop_screen()
            await settle(app, pilot)
            checked.append(width)
    assert checked == sorted(WANTED), checked


async def test_no_enter_where_the_list_has_nothing_to_open(tmp_path: Path) -> None:
    """Found at 200x60 on a metal with no headline or event in the frame: the footer said "Enter
    Open its story or evidence" above "No headlines or policy events for this metal in this
    time frame.", and Enter did nothing. With nothing to open, the key is not said. At 180 and
    200 columns (once an app started at each): one app resized to each in turn."""
    import dataclasses

    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    checked: list[int] = []
    async with app.run_test(size=(180, 60)) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None
        for width in (180, 200):
            await pilot.resize_terminal(width, 60)
            await settle(app, pilot)
            assert app.size.width == width and len(app.screen_stack) == 1, width
            bare = dataclasses.replace(app.snapshot, stories=[], policy=[])
            app.push_screen(ChartScreen(bare.prices[0], bare))
            await settle(app, pilot)
            chart = app.screen
            assert isinstance(chart, ChartScreen) and not chart.marks, width
            footer = chart._compositor.render_strips()[-1].text
            assert "Enter" not in footer and "5 5 years  6 Max" in footer, (width, footer)
            await pilot.press("enter")
            await settle(app, pilot)
            assert app.screen is chart, width
            # a frame with markers says it again
            app.pop_screen()
            await settle(app, pilot)
            app.push_screen(ChartScreen(app.snapshot.prices[0], app.snapshot))
            await settle(app, pilot)
            footer = app.screen._compositor.render_strips()[-1].text
            assert "Enter Open its story or evidence" in footer, (width, footer)
            app.pop_screen()
            await settle(app, pilot)
            checked.append(width)
    assert checked == [180, 200], checked


async def test_enter_follows_the_frame(tmp_path: Path) -> None:
    """Each time frame: Enter said where its list has a marker to open, not where it has none."""
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None
        seen = set()
        for series in app.snapshot.prices:
            app.push_screen(ChartScreen(series, app.snapshot))
            await settle(app, pilot)
            chart = app.screen
            assert isinstance(chart, ChartScreen)
            for key in "123456":
                await pilot.press(key)
                await settle(app, pilot)
                footer = chart._compositor.render_strips()[-1].text
                seen.add(bool(chart.marks))
                assert ("Enter Open" in footer) is bool(chart.marks), (key, footer)
            app.pop_screen()
            await settle(app, pilot)
            if seen == {True, False}:
                break
        assert seen == {True, False}, "frames with markers and without"
