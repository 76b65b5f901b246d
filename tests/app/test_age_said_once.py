"""The app is honest about the age of what it shows, and says it once (session 28, ui28b).

- The demo's clock: the header said "DEMO snapshot of 2026-08-22" while the chart's time axis
  ended on 2026-08-23 and every age counted to that day (the snapshot is taken at 2026-08-23
  00:00 UTC, as ``metalwatch snapshot --demo`` says). The header now names the snapshot's day.
- A stale chart with points said "┊ no data since <day>" on its title line and again over the
  plot, and the stale line under it gave the age a third time: now the title says it (with the
  dashed line's glyph, its legend), the plot's heading only when the title has no room for it.
- An empty frame's markers list said "Not enough points in this time frame." under the plot's
  "no points in this time frame": said once, over the plot.
- A frame key's note ("1Y is already shown.") was a toast over the markers' list at 80x24:
  it is said on the title line, beside the keys, for a few seconds.
- Palette "Maximize" hid the footer, and nothing said Escape restores: the footer stays and
  says "Esc Restore" while a widget is maximized.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from textual.widgets import OptionList, Static
from textual.widgets._toast import Toast

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.demo_clock import DEMO_NOW
from tui.core.models import PriceSeries
from tui.flow.snapshot_render import to_json
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import GAP_GLYPH, ChartScreen
from tui.ui.widgets.prices import PricesPanel

SIZES = [(80, 24), (120, 40), (200, 60)]


def demo_app(tmp_path: Path) -> MetalwatchApp:
    return MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")


def lines(app: MetalwatchApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def open_copper(app: MetalwatchApp, pilot: object, **kw: object) -> ChartScreen:
    copper = app.query_one(PricesPanel).row_objects["copper"]
    assert isinstance(copper, PriceSeries) and app.snapshot is not None
    app.push_screen(ChartScreen(copper, app.snapshot, **kw))  # type: ignore[arg-type]
    await settle(app, pilot)
    chart = app.screen
    assert isinstance(chart, ChartScreen)
    return chart


async def at_size(app: MetalwatchApp, pilot: Any, size: tuple[int, int]) -> None:
    """The app resized to ``size`` and back where it started: its main screen, nothing
    maximized (each size was once a case of its own, an app started at the size)."""
    await pilot.resize_terminal(*size)
    await settle(app, pilot)
    assert tuple(app.size) == size, (size, app.size)
    assert len(app.screen_stack) == 1 and app.screen.maximized is None, (size, app.screen_stack)


async def at_each_size(tmp_path: Path, check: Callable[..., Awaitable[None]]) -> None:
    """One demo app resized to each size of ``SIZES`` in turn (:func:`at_size`), ``check(app,
    pilot, size)`` at each; asserts it ran at every size."""
    app = demo_app(tmp_path)
    checked: list[tuple[int, int]] = []
    async with app.run_test(size=SIZES[0]) as pilot:
        await settle(app, pilot)
        for size in SIZES:
            await at_size(app, pilot, size)
            await check(app, pilot, size)
            checked.append(size)
    assert checked == SIZES, checked


async def test_the_demo_header_axis_ages_and_snapshot_name_one_day(tmp_path: Path) -> None:
    """At each size of ``SIZES``, one app resized to each in turn; copper's chart opened and
    closed at each."""

    async def check(app: MetalwatchApp, pilot: Any, size: tuple[int, int]) -> None:
        day = DEMO_NOW.date().isoformat()  # the snapshot's moment: 2026-08-23 00:00 UTC
        header = lines(app)[0]
        assert f"DEMO snapshot of {day}" in header or f"DEMO {day}" in header, (size, header)
        assert app.snapshot is not None
        doc = to_json(app.snapshot)  # what `metalwatch snapshot --demo --json` writes
        assert doc["generated_at"].startswith(day), (size, doc["generated_at"])
        copper = next(p for p in doc["prices"] if p["metal"] == "copper")
        # the panel's age counts to the header's day: 2026-07-30 to 2026-08-23
        age = app.query_one(PricesPanel).table.get_row("copper")[-1].plain
        assert age.startswith(f"{copper['age_days']}d"), (size, age, copper["age_days"])
        chart = await open_copper(app, pilot, frame="1Y")
        axis = next(line for line in lines(app) if line.rstrip().endswith(day))
        assert axis.split()[-1] == day, (size, axis)  # the axis ends on the header's day
        prov = str(chart.query_one("#chart-provenance", Static).render())
        shown = "\n".join(lines(app))
        assert "2026-08-22" not in prov and "2026-08-22" not in shown, (size, prov)
        app.pop_screen()
        await settle(app, pilot)

    await at_each_size(tmp_path, check)


async def test_a_stale_chart_says_where_its_data_stops_once(tmp_path: Path) -> None:
    """At each size of ``SIZES``, one app resized to each in turn."""
    app = demo_app(tmp_path)
    checked: list[tuple[tuple[int, int], str]] = []
    async with app.run_test(size=SIZES[0]) as pilot:
        await settle(app, pilot)
        for size in SIZES:
            await at_size(app, pilot, size)
            for frame in ("1M", "1Y", "Max"):
                await open_copper(app, pilot, frame=frame)
                shown = "\n".join(lines(app))
                case = (size, frame)
                assert shown.count("no data since 2026-07-30") == 1, (case, shown)
                assert f"{GAP_GLYPH} no data since 2026-07-30" in lines(app)[0], (case, shown)
                assert "days old" not in shown, (case, shown)  # no age a second time
                assert "stale" in shown and "expected within" in shown, (case, shown)
                await pilot.press("escape")
                await settle(app, pilot)
                checked.append(case)
    assert len(checked) == len(SIZES) * 3, checked


async def test_an_empty_frame_says_no_points_once(tmp_path: Path) -> None:
    """At each size of ``SIZES``, one app resized to each in turn."""

    async def check(app: MetalwatchApp, pilot: Any, size: tuple[int, int]) -> None:
        later = datetime(2026, 12, 4, tzinfo=timezone.utc)  # nothing in copper's last month
        chart = await open_copper(app, pilot, frame="1M", now=later)
        shown = "\n".join(lines(app)).lower()
        assert "no points in this time frame" in shown, (size, shown)
        assert "not enough points" not in shown, (size, shown)
        options = chart.query_one("#chart-markers", OptionList)
        count = options.option_count
        rows = [str(options.get_option_at_index(i).prompt) for i in range(count)]
        assert not any("points" in row for row in rows), (size, rows)
        app.pop_screen()
        await settle(app, pilot)

    await at_each_size(tmp_path, check)


async def test_a_frame_keys_note_covers_nothing(tmp_path: Path) -> None:
    """At each size of ``SIZES``, one app resized to each in turn."""

    async def check(app: MetalwatchApp, pilot: Any, size: tuple[int, int]) -> None:
        chart = await open_copper(app, pilot, frame="1Y")
        markers = chart.query_one("#chart-markers").region
        before = lines(app)
        await pilot.press("4")  # 1Y again
        await settle(app, pilot)
        after = lines(app)
        assert "1Y is already shown." in after[0], (size, after[0])
        toasts = [t for t in app.screen.query(Toast) if t.region.overlaps(markers)]
        assert not toasts, (size, [t.region for t in toasts])
        # nothing but the title line changed: the markers' list and the plot are as they were
        assert after[1:] == before[1:], (size, "\n".join(after))
        chart._unsay()  # the note's seconds are up: the title says where the data stops again
        await settle(app, pilot)
        assert f"{GAP_GLYPH} no data since 2026-07-30" in lines(app)[0], (size, lines(app)[0])
        app.pop_screen()
        await settle(app, pilot)

    await at_each_size(tmp_path, check)


async def test_a_maximized_panel_says_escape_restores(tmp_path: Path) -> None:
    """At each size of ``SIZES``, one app resized to each in turn."""

    async def check(app: MetalwatchApp, pilot: Any, size: tuple[int, int]) -> None:
        app.set_focus(app.query_one(PricesPanel).table)
        await settle(app, pilot)
        assert "Restore" not in lines(app)[-1], size
        app.screen.action_maximize()
        await settle(app, pilot)
        assert app.screen.maximized is not None, size
        foot = lines(app)[-1]
        assert foot.lstrip().startswith("Esc Restore"), (size, foot)
        assert "Clear filter" not in foot and "Back" not in foot, (size, foot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen.maximized is None, size
        assert "Restore" not in lines(app)[-1], (size, lines(app)[-1])
        # on a detail screen too, where Escape otherwise goes back
        chart = await open_copper(app, pilot, frame="1Y")
        app.set_focus(chart.query_one("#chart-markers"))
        chart.action_maximize()
        await settle(app, pilot)
        foot = lines(app)[-1]
        assert foot.lstrip().startswith("Esc Restore") and "Back" not in foot, (size, foot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is chart and chart.maximized is None, size
        assert "Esc Back" in lines(app)[-1], (size, lines(app)[-1])
        app.pop_screen()
        await settle(app, pilot)

    await at_each_size(tmp_path, check)
