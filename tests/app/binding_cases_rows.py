"""One case per binding id, continued from ``tests/app/binding_cases_app.py``: the row keys
(open, its links, moves and pages), the detail screens' moves and links, the panel keys
``1 … 9``, the chart's time frames and ``back``. Binding ids that share a case (the detail
screens' moves, their links, the time frames) are pressed by one run of it (``groups``).
"""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, OptionList

from tests.app.binding_app import (
    AppPilot,
    Case,
    _record,
    focus,
    key,
    keys,
    on_main_screen,
    panel,
)
from tests.app.binding_cases_app import case
from tui.core.models import PolicyStatus, PriceSeries, Story
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import FRAMES, ChartScreen
from tui.ui.screens.evidence import EvidenceScreen
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.sources import SourcesScreen
from tui.ui.screens.story import StoryScreen
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel


@case("open-link")
async def _open_link(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    opened = _record(app, "open_url", mp)
    headlines = focus(app, HeadlinesPanel, row=1)
    story = headlines.selected()
    assert isinstance(story, Story) and story.url is not None
    await pilot.press(key("open-link"))
    assert opened == [story.url]
    assert story.url.startswith("https://www.reuters.com/")
    # a policy row opens its first evidence link
    focus(app, PolicyPanel, row=0)
    await pilot.press(key("open-link"))
    assert opened[-1] == "https://www.govinfo.gov/content/pkg/FR-2025-06-09/html/2025-10524.htm"
    # no link (the founding scenario's inferred row) and a non-http(s) link: nothing is opened
    policy = focus(app, PolicyPanel)
    policy.table.move_cursor(row=policy.table.get_row_index("copper|CN|US"))
    await pilot.press(key("open-link"))
    focus(app, HeadlinesPanel)
    mp.setattr(headlines, "link", lambda: "file:///etc/passwd")
    await pilot.press(key("open-link"))
    assert len(opened) == 2
    assert on_main_screen(app)


@case("copy-link")
async def _copy_link(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    copied = _record(app, "copy_to_clipboard", mp)
    opened = _record(app, "open_url", mp)
    story = focus(app, HeadlinesPanel).selected()
    assert isinstance(story, Story)
    await pilot.press(key("copy-link"))
    assert copied == [story.url]
    policy = focus(app, PolicyPanel)
    policy.table.move_cursor(row=policy.table.get_row_index("antimony|CN|US"))
    await pilot.press(key("copy-link"))
    assert copied[-1] == "https://www.mofcom.gov.cn/zwgk/zcfb/"
    policy.table.move_cursor(row=policy.table.get_row_index("copper|CN|US"))  # no link
    await pilot.press(key("copy-link"))
    assert len(copied) == 2 and opened == []


@case("open")
async def _open(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    story = focus(app, HeadlinesPanel, row=2).selected()
    assert isinstance(story, Story)
    await pilot.press(key("open"))
    assert isinstance(app.screen, StoryScreen) and app.screen.story is story
    assert story.id in app.read_ids
    app.pop_screen()
    series = focus(app, PricesPanel, row=1).selected()
    assert isinstance(series, PriceSeries)
    await pilot.press(key("open"))
    await pilot.pause()
    assert isinstance(app.screen, ChartScreen)
    await app.screen.workers.wait_for_complete()  # the whole history, read on its worker
    await pilot.pause()
    # the row holds the recent window; the chart reads the whole history from the store
    charted = app.screen.series
    assert charted.source == series.source and charted.metal == series.metal
    assert charted.points[-len(series.points) :] == series.points
    assert len(charted.points) > len(series.points)
    app.pop_screen()
    row = focus(app, PolicyPanel, row=3).selected()
    assert isinstance(row, PolicyStatus)
    await pilot.press(key("open"))
    assert isinstance(app.screen, EvidenceScreen) and app.screen.row is row


@case("down")
async def _down(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    table = panel(app, HeadlinesPanel).table
    assert table.has_focus and table.cursor_row == 0
    await pilot.press(key("down"), key("down"))
    assert table.cursor_row == 2
    table.move_cursor(row=table.row_count - 1)
    await pilot.press(key("down"))
    assert table.cursor_row == table.row_count - 1 >= 5


@case("up")
async def _up(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    table = focus(app, HeadlinesPanel, row=3).table
    await pilot.press(key("up"))
    assert table.cursor_row == 2
    table.move_cursor(row=0)
    await pilot.press(key("up"))
    assert table.cursor_row == 0


@case("top")
async def _top(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    assert len(keys("top")) == 2
    for k in keys("top"):
        table = focus(app, HeadlinesPanel, row=7).table
        await pilot.press(k)
        assert table.cursor_row == 0, k


@case("bottom")
async def _bottom(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    assert len(keys("bottom")) == 2
    for k in keys("bottom"):
        table = focus(app, HeadlinesPanel, row=3).table
        await pilot.press(k)
        assert table.cursor_row == table.row_count - 1 >= 5, k


@case("page-down")
async def _page_down(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    table = panel(app, HeadlinesPanel).table
    assert table.has_focus and table.cursor_row == 0
    await pilot.press(key("page-down"))
    assert table.cursor_row > 1


@case("page-up")
async def _page_up(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    table = panel(app, HeadlinesPanel).table
    table.move_cursor(row=table.row_count - 1)
    await pilot.press(key("page-up"))
    assert table.cursor_row < table.row_count - 2


async def _open_story(app: MetalwatchApp, pilot: AppPilot) -> StoryScreen:
    focus(app, HeadlinesPanel)
    await pilot.press(key("open"))
    screen = app.screen
    assert isinstance(screen, StoryScreen)
    return screen


@case("detail-down", "detail-up", "detail-top", "detail-bottom")
async def _detail_moves(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    # a text screen scrolls: help is longer than the test terminal
    await pilot.press(key("help"))
    assert isinstance(app.screen, HelpScreen)
    box = app.screen.query_one("#detail")
    assert box.max_scroll_y > 2
    await pilot.press(key("detail-down"), key("detail-down"))
    assert box.scroll_y == 2
    await pilot.press(key("detail-up"))
    assert box.scroll_y == 1
    await pilot.press(key("detail-bottom"))
    assert box.scroll_y == box.max_scroll_y
    await pilot.press(key("detail-top"))
    assert box.scroll_y == 0
    await pilot.press(key("back"))
    # a list screen moves its cursor: the source health table
    await pilot.press(key("sources"))
    assert isinstance(app.screen, SourcesScreen)
    table = app.screen.query_one(DataTable)
    table.focus()
    await pilot.press(key("detail-down"))
    assert table.cursor_row == 1
    await pilot.press(key("detail-bottom"))
    assert table.cursor_row == table.row_count - 1
    await pilot.press(key("detail-up"))
    assert table.cursor_row == table.row_count - 2
    await pilot.press(key("detail-top"))
    assert table.cursor_row == 0


@case("detail-open-link", "detail-copy-link")
async def _detail_links(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    opened = _record(app, "open_url", mp)
    copied = _record(app, "copy_to_clipboard", mp)
    story = (await _open_story(app, pilot)).story
    await pilot.press(key("detail-open-link"), key("detail-copy-link"))
    assert opened == [story.url] and copied == [story.url]
    await pilot.press(key("back"))
    # the evidence trail: its newest link
    policy = focus(app, PolicyPanel)
    policy.table.move_cursor(row=policy.table.get_row_index("antimony|CN|US"))
    await pilot.press(key("open"))
    assert isinstance(app.screen, EvidenceScreen)
    link = app.screen.link()
    assert link is not None and link.startswith("https://")
    await pilot.press(key("detail-open-link"), key("detail-copy-link"))
    assert opened[-1] == link and copied[-1] == link
    # help has no link: the keys are hidden and do nothing
    await pilot.press(key("back"), key("help"))
    assert isinstance(app.screen, HelpScreen)
    assert app.screen.check_action("open_link", ()) is False
    await pilot.press(key("detail-open-link"))
    assert len(opened) == 2


def _panel_case(n: int) -> Case:
    async def run(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
        panels = app.panels
        assert len(panels) == 3
        start = panels[1] if n == 1 else panels[0]  # panel 1 has the focus after reset
        start.table.move_cursor(row=2)
        if app.focused is not start.table:
            app.set_focus(start.table)
        await pilot.press(key(f"panel-{n}"))
        await pilot.pause()
        assert on_main_screen(app)
        if n <= len(panels):
            assert app.focused is panels[n - 1].table
        else:  # no such panel: nothing moves, nothing breaks
            assert app.focused is start.table
            assert start.table.cursor_row == 2

    return run


for _n in range(1, 10):
    case(f"panel-{_n}")(_panel_case(_n))


# copper (COMEX HG=F, daily to 2026-07-30): what the marker list shows in each time frame,
# every frame ending on the demo's day (2026-08-23), so the headline of 2026-08-19, after the
# last price, is listed too
TARIFF = "2025-08-01  [policy:tariff] US proclamation of 2025-07-30"
FRAME_MARKERS: dict[str, tuple[str, str | None]] = {  # frame: (shown, not shown)
    "1M": ("2026-08-19  [headline] LME gripped by flash squeeze", "China to Resume Metal Exports"),
    "3M": ("2026-06-23  [policy:resuming, made-up scenario] China to Resume Metal", TARIFF),
    "6M": ("2026-06-23  [policy:resuming, made-up scenario] China to Resume Metal", TARIFF),
    "1Y": ("2026-08-19  [headline] LME gripped by flash squeeze", TARIFF),
    "5Y": (TARIFF, None),
    "Max": (TARIFF, None),
}


@case(*(f"frame-{frame.lower()}" for frame in FRAMES))
async def _frames(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    """Every time frame's key pressed in turn on one chart (a chart each cost a screen's start
    and a reset, and a frame's markers do not depend on the frame before), each checked."""
    copper = panel(app, PricesPanel).row_objects["copper"]
    assert isinstance(copper, PriceSeries) and app.snapshot is not None
    # what Enter on the row does (the "open" case): the whole history from the store
    app.push_screen(ChartScreen(app.full_series(copper), app.snapshot))  # on this thread
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ChartScreen) and screen.frame == "1Y"
    checked: list[str] = []
    for frame in FRAMES:
        if frame == "1Y":  # the default: from another frame first, as on a fresh chart
            await pilot.press(key("frame-max"))
            assert screen.frame == "Max", frame
        await pilot.press(key(f"frame-{frame.lower()}"))
        assert screen.frame == frame
        assert app.screen is screen, frame
        options = screen.query_one("#chart-markers", OptionList)
        markers = "\n".join(
            str(options.get_option_at_index(i).prompt) for i in range(options.option_count)
        )
        shown, hidden = FRAME_MARKERS[frame]
        assert shown in markers, (frame, markers)
        assert hidden is None or hidden not in markers, (frame, markers)
        assert app.focused_panel() is None, frame  # the panel keys 1-6 did not fire underneath
        checked.append(frame)
    assert checked == list(FRAMES) and len(checked) == 6
    # and Escape goes back from the chart (the other detail screens: "back")
    await pilot.press(key("back"))
    assert on_main_screen(app)


@case("back")
async def _back(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    for kind, screen_type in ((HeadlinesPanel, StoryScreen), (PolicyPanel, EvidenceScreen)):
        focus(app, kind)
        await pilot.press(key("open"))
        assert isinstance(app.screen, screen_type)
        await pilot.press(key("back"))
        assert on_main_screen(app), screen_type
        assert app.focused_panel() is panel(app, kind)  # focus comes back to the panel
    # from the chart: in the frames' case; help, sources and alerts: in their own cases
