"""Every binding in ``tui.core.keymap.KEYS`` pressed for real, in its context, on the demo app.

One case per binding id; ``test_every_binding_has_a_case`` fails when a binding is added to the
keymap without a case here. Keys are read from the keymap, so a changed default key is followed.
The demo sources (local files: no network) are fetched once per session into a store file.
One demo app started on a copy of it (no refresh on start) serves the whole module: every
Textual start, focus change and screen switch costs a few hundred milliseconds, and ``reset``
puts the app back in its first state (main screen, no filter, nothing read, panel 1 focused,
first rows selected) before each test. ``quit`` gets an app of its own.
"""

from __future__ import annotations

import asyncio
import dataclasses
import shutil
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, OptionList, Static

from tui.core.config import load_config
from tui.core.keymap import BINDING_IDS, KEYS, spec
from tui.core.models import PolicyStatus, PriceSeries, Story
from tui.flow.refresh import Refresher
from tui.store import Store
from tui.ui.app import MetalwatchApp
from tui.ui.screens.alerts import AlertsScreen
from tui.ui.screens.chart import FRAMES, ChartScreen
from tui.ui.screens.evidence import EvidenceScreen
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.metal_picker import MetalPicker
from tui.ui.screens.sources import SourcesScreen
from tui.ui.screens.story import StoryScreen
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.panel import Panel
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel

AppPilot = Pilot[None]
Case = Callable[[MetalwatchApp, AppPilot, pytest.MonkeyPatch], Awaitable[None]]
SIZE = (100, 30)


# ---- the demo app, started from a filled store -------------------------------------------


@pytest.fixture(scope="session")
def filled_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo sources fetched once into a store file that each app copies."""
    path = tmp_path_factory.mktemp("filled") / "store.sqlite3"
    config = load_config(demo=True)

    async def fill() -> None:
        with Store(path) as store:
            refresher = Refresher(config, store)
            outcomes = await refresher.run(list(config.sources))
            await refresher.aclose()
        assert outcomes and all(o.ok for o in outcomes), [o.error for o in outcomes]

    asyncio.run(fill())
    return path


def demo_app(filled_store: Path, folder: Path) -> MetalwatchApp:
    store = folder / "store.sqlite3"
    shutil.copy(filled_store, store)
    return MetalwatchApp(load_config(demo=True), store_path=store, refresh_on_start=False)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def shared(
    filled_store: Path, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[tuple[MetalwatchApp, AppPilot]]:
    """One running demo app for the module (starting one costs ~0.6 s); ``reset`` brings it
    back to its first state before each test."""
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as mp:  # the autouse isolation is per test: redo it here
        mp.setenv("XDG_CONFIG_HOME", str(home / "config"))
        mp.setenv("XDG_CACHE_HOME", str(home / "cache"))
        mp.setenv("METALWATCH_CONFIG_DIR", str(home / "config" / "metalwatch"))
        mp.setenv("METALWATCH_CACHE_DIR", str(home / "cache" / "metalwatch"))
        app = demo_app(filled_store, tmp_path_factory.mktemp("shared"))
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            yield app, pilot


@pytest.fixture
def fresh(filled_store: Path, tmp_path: Path) -> MetalwatchApp:
    """A demo app of its own, for a case that ends the app."""
    return demo_app(filled_store, tmp_path)


async def settle(app: MetalwatchApp, pilot: AppPilot) -> None:
    for _ in range(4):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if app.snapshot is not None and not app.workers:
            return


async def reset(app: MetalwatchApp, pilot: AppPilot) -> None:
    """The state the app starts in: main screen, no filter, nothing read, first row focused."""
    await settle(app, pilot)
    while len(app.screen_stack) > 1:
        app.pop_screen()
    app.clear_notifications()
    if app.theme != "metalwatch-dark":
        app.theme = "metalwatch-dark"
    app.changed_policy = set()
    dirty = bool(app.read_ids or app.metal_filter)
    app.read_ids = set()
    for h in app.query(HeadlinesPanel):
        dirty = dirty or h.show_all or (h.snapshot is not app.snapshot)
        h.show_all = False
        h.snapshot = app.snapshot
    for p in app.panels:
        box = p.filter_box  # made when the filter is first opened
        if p.text_filter or (box is not None and (box.value or box.display)):
            p.text_filter = ""
            if box is not None:
                box.value = ""
                box.display = False
            dirty = True
    if dirty:
        app.set_metal(None)  # repaints every panel
        await settle(app, pilot)
    for p in app.panels:
        if p.table.cursor_row:
            p.table.move_cursor(row=0)
    if app.focused is not app.panels[0].table:
        app.set_focus(app.panels[0].table)
    await pilot.pause()
    assert on_main_screen(app)
    snap = app.snapshot
    assert snap is not None
    rows = [p.table.row_count for p in app.panels]
    relevant = sum(1 for s in snap.stories if s.relevant)  # the headlines show these by default
    assert rows == [relevant, len(snap.prices), len(snap.policy)], rows
    assert rows[0] >= 5 and rows[1] >= 9 and rows[2] >= 10, rows
    assert app.focused_panel() is app.panels[0]


def keys(binding_id: str) -> list[str]:
    """The default keys of a binding, from the keymap."""
    return [k.strip() for k in spec(binding_id).keys.split(",")]


def key(binding_id: str) -> str:
    return keys(binding_id)[0]


def panel(app: MetalwatchApp, kind: type[Panel]) -> Panel:
    return app.query_one(kind)


def focus(app: MetalwatchApp, kind: type[Panel], row: int = 0) -> Panel:
    p = panel(app, kind)
    if app.focused is not p.table:  # a focus change costs a restyle: skip it when we can
        app.set_focus(p.table)
    p.table.move_cursor(row=row)
    return p


def on_main_screen(app: MetalwatchApp) -> bool:
    return len(app.screen_stack) == 1


# ---- one case per binding id ---------------------------------------------------------------

CASES: dict[str, Case] = {}


def case(*ids: str) -> Callable[[Case], Case]:
    def register(fn: Case) -> Case:
        for bid in ids:
            assert bid not in CASES, bid
            CASES[bid] = fn
        return fn

    return register


@case("quit")
async def _quit(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    assert app.return_code is None
    await pilot.press(key("quit"))
    assert app.return_code == 0


@case("help")
async def _help(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    await pilot.press(key("help"))
    assert isinstance(app.screen, HelpScreen)
    text = str(app.screen.query_one("#help-text", Static).render())
    # generated from the keymap: every binding id is listed, the nine panel keys on one line
    assert "[panel-1 … panel-9]" in text
    for k in KEYS:
        if not k.id.startswith("panel-"):
            assert f"[{k.id}]" in text, k.id
    await pilot.press(key("back"))
    assert on_main_screen(app)


def _fetched(app: MetalwatchApp) -> dict[str, datetime | None]:
    return {name: h.fetched_at for name, h in app.store.load_health().items()}


def _spy_refresh(app: MetalwatchApp, mp: pytest.MonkeyPatch) -> list[tuple[list[str], bool]]:
    calls: list[tuple[list[str], bool]] = []
    original = app.start_refresh

    def spy(sources: list[Any] | None = None, manual: bool = False) -> None:
        calls.append(([s.name for s in sources or []], manual))
        original(sources, manual)

    mp.setattr(app, "start_refresh", spy)
    return calls


@case("refresh")
async def _refresh(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    prices = focus(app, PricesPanel)
    wanted = prices.source_names()
    assert "COMEX copper HG=F" in wanted and "Reuters (demo capture)" not in wanted
    before = _fetched(app)
    assert None not in before.values()  # every source fetched once (the filled store)
    calls = _spy_refresh(app, mp)
    await pilot.press(key("refresh"))
    await settle(app, pilot)
    assert calls == [(wanted, True)]
    after = {name: h.fetched_at for name, h in app._refresher.health.items()}
    for name in before:
        if name in wanted:
            assert after[name] > before[name], name
        else:
            assert after[name] == before[name], name  # only the focused panel's sources
    # the headlines panel refreshes the news sources instead
    focus(app, HeadlinesPanel)
    await pilot.press(key("refresh"))
    await settle(app, pilot)
    assert calls[-1] == (["Reuters (demo capture)", "Founding scenario"], True)


@case("refresh-all")
async def _refresh_all(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    focus(app, PricesPanel)
    before = _fetched(app)
    assert len(before) == len(app.config.sources) == 12
    calls = _spy_refresh(app, mp)
    await pilot.press(key("refresh-all"))
    await settle(app, pilot)
    assert calls == [([s.name for s in app.config.sources], True)]
    for name, h in app._refresher.health.items():
        assert h.fetched_at is not None and h.fetched_at > before[name], name
        assert h.ok, (name, h.error)


@case("sources")
async def _sources(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    await pilot.press(key("sources"))
    assert isinstance(app.screen, SourcesScreen)
    table = app.screen.query_one(DataTable)
    names = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
    assert sorted(names) == sorted(s.name for s in app.config.sources)
    states = {str(table.get_row_at(i)[2]) for i in range(table.row_count)}
    assert states == {"ok"}
    await pilot.press(key("back"))
    assert on_main_screen(app)


@case("alerts")
async def _alerts(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    assert not app.config.alerts
    await pilot.press(key("alerts"))
    assert isinstance(app.screen, AlertsScreen)
    hint = str(app.screen.query_one("#alerts-empty", Static).render())
    assert hint.startswith("No alert rules")
    assert app.screen.query_one(DataTable).row_count == 0
    await pilot.press(key("back"))
    assert on_main_screen(app)


@case("theme")
async def _theme(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    assert app.theme == "metalwatch-dark"
    await pilot.press(key("theme"))
    await pilot.pause()
    palette = app.screen
    assert isinstance(palette, CommandPalette)
    palette.query_one(Input).value = "metalwatch-light"  # as if typed: one search, not 16
    for _ in range(20):  # the hits arrive from a worker
        await pilot.pause(0.05)
        hits = palette.query_one(OptionList)
        if hits.option_count and hits.highlighted is not None:
            break
    await pilot.press("enter")
    await settle(app, pilot)
    assert on_main_screen(app)
    assert app.theme == "metalwatch-light"
    assert app.store.get_meta("theme") == "metalwatch-light"  # remembered


@case("pick-metal")
async def _pick_metal(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    await pilot.press(key("pick-metal"))
    assert isinstance(app.screen, MetalPicker)
    second = app.config.metals[1].id  # options: "All metals", then the configured metals
    await pilot.press("down", "down", "enter")
    await pilot.pause()
    assert on_main_screen(app)
    assert app.metal_filter == second
    prices = panel(app, PricesPanel)
    assert {s.metal for s in prices.row_objects.values()} == {second}
    assert f"metal: {second}" in str(prices.border_title)


@case("clear-metal")
async def _clear_metal(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    policy = panel(app, PolicyPanel)
    rows = policy.table.row_count
    app.set_metal("copper")
    await pilot.pause()
    assert set(policy.row_objects) >= {"copper|*|US", "copper|CN|US"}
    assert {r.metal for r in policy.row_objects.values()} == {"copper"}
    await pilot.press(key("clear-metal"))
    await pilot.pause()
    assert app.metal_filter is None
    assert policy.table.row_count == rows >= 10
    assert "metal:" not in str(app.status_bar.status_text())


@case("filter")
async def _filter(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    policy = focus(app, PolicyPanel)
    assert policy.filter_box is None or not policy.filter_box.display
    await pilot.press(key("filter"))
    box = policy.filter_box
    assert box is not None and box.display and box.has_focus
    await pilot.press(*"licen", "enter")
    assert set(policy.row_objects) == {
        "antimony|CN|US",
        "gallium|CN|*",
        "gallium|CN|US",
        "germanium|CN|*",
        "germanium|CN|US",
        "graphite|CN|*",
        "rare-earths|CN|*",
    }
    assert policy.table.has_focus  # Enter keeps the filter and goes back to the table
    prices = panel(app, PricesPanel)  # only the focused panel is filtered
    assert prices.table.row_count == len(prices.snapshot.prices if prices.snapshot else []) >= 9


@case("all-stories")
async def _all_stories(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    headlines = focus(app, HeadlinesPanel)
    snap = app.snapshot
    assert snap is not None
    # a third of the stories about nothing watched (the engine decides `relevant`)
    stories = [dataclasses.replace(s, relevant=i % 3 != 0) for i, s in enumerate(snap.stories)]
    headlines.show(dataclasses.replace(snap, stories=stories))
    stored, relevant = len(stories), sum(1 for s in stories if s.relevant)
    assert headlines.table.row_count == relevant < stored
    assert all(s.relevant for s in headlines.row_objects.values())
    assert f"{relevant} of {stored}" in str(headlines.border_title)
    await pilot.press(key("all-stories"))
    assert headlines.table.row_count == stored
    assert [s.id for s in headlines.row_objects.values()] == [s.id for s in stories]  # in order
    assert f"{stored} of {stored}" in str(headlines.border_title)
    await pilot.press(key("all-stories"))
    assert headlines.table.row_count == relevant


@case("next-unread")
async def _next_unread(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    headlines = focus(app, HeadlinesPanel)
    ids = list(headlines.row_objects)
    app.mark_read(ids[1:3])
    await pilot.press(key("next-unread"))
    assert headlines.table.cursor_row == 3  # rows 1 and 2 are read: skipped
    # everything read: the next changed policy status, in the policy panel
    app.mark_read(ids)
    app.changed_policy = {"graphite|CN|*"}
    await pilot.press(key("next-unread"))
    policy = panel(app, PolicyPanel)
    assert app.focused_panel() is policy
    assert policy.selected_key() == "graphite|CN|*"
    # nothing left: a notification, the cursor stays
    app.changed_policy = set()
    notes: list[str] = []
    mp.setattr(app, "notify", lambda message, **kw: notes.append(message))
    await pilot.press(key("next-unread"))
    assert notes == ["Nothing unread or changed."]
    assert policy.selected_key() == "graphite|CN|*"


def _record(app: MetalwatchApp, name: str, mp: pytest.MonkeyPatch) -> list[str]:
    """Replace ``app.<name>(url)`` (open_url, copy_to_clipboard) by a recorder."""
    seen: list[str] = []
    mp.setattr(app, name, lambda url, *a, **kw: seen.append(url))
    return seen


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
    "3M": ("2026-06-23  [policy:resuming] China to Resume Metal Exports", TARIFF),
    "6M": ("2026-06-23  [policy:resuming] China to Resume Metal Exports", TARIFF),
    "1Y": ("2026-08-19  [headline] LME gripped by flash squeeze", TARIFF),
    "5Y": (TARIFF, None),
    "Max": (TARIFF, None),
}


def _frame_case(frame: str) -> Case:
    async def run(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
        copper = panel(app, PricesPanel).row_objects["copper"]
        assert isinstance(copper, PriceSeries) and app.snapshot is not None
        # what Enter on the row does (the "open" case): the whole history from the store
        app.push_screen(ChartScreen(app.full_series(copper), app.snapshot))  # on this thread
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ChartScreen) and screen.frame == "1Y"
        if frame == screen.frame:  # the default: from another frame first
            await pilot.press(key("frame-max"))
            assert screen.frame == "Max"
        await pilot.press(key(f"frame-{frame.lower()}"))
        assert screen.frame == frame
        assert app.screen is screen
        options = screen.query_one("#chart-markers", OptionList)
        markers = "\n".join(
            str(options.get_option_at_index(i).prompt) for i in range(options.option_count)
        )
        shown, hidden = FRAME_MARKERS[frame]
        assert shown in markers, markers
        assert hidden is None or hidden not in markers, markers
        assert app.focused_panel() is None  # the panel keys 1-6 did not fire underneath
        if frame == "1Y":  # and Escape goes back from the chart (the other detail screens: "back")
            await pilot.press(key("back"))
            assert on_main_screen(app)

    return run


for _frame in FRAMES:
    case(f"frame-{_frame.lower()}")(_frame_case(_frame))


@case("back")
async def _back(app: MetalwatchApp, pilot: AppPilot, mp: pytest.MonkeyPatch) -> None:
    for kind, screen_type in ((HeadlinesPanel, StoryScreen), (PolicyPanel, EvidenceScreen)):
        focus(app, kind)
        await pilot.press(key("open"))
        assert isinstance(app.screen, screen_type)
        await pilot.press(key("back"))
        assert on_main_screen(app), screen_type
        assert app.focused_panel() is panel(app, kind)  # focus comes back to the panel
    # from the chart: in the frame-1y case; help, sources and alerts: in their own cases


# ---- the tests ----------------------------------------------------------------------------


def test_every_binding_has_a_case() -> None:
    assert BINDING_IDS, "the keymap is empty"
    missing = [bid for bid in BINDING_IDS if bid not in CASES]
    assert not missing, f"bindings without a Pilot test: {missing}"
    stale = [bid for bid in CASES if bid not in BINDING_IDS]
    assert not stale, f"cases for bindings that no longer exist: {stale}"


ENDS_THE_APP = {"quit"}


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("binding_id", BINDING_IDS)
async def test_binding(
    shared: tuple[MetalwatchApp, AppPilot],
    binding_id: str,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    if binding_id in ENDS_THE_APP:
        fresh: MetalwatchApp = request.getfixturevalue("fresh")
        async with fresh.run_test(size=SIZE) as pilot:
            await settle(fresh, pilot)
            await CASES[binding_id](fresh, pilot, monkeypatch)
        return
    app, pilot = shared
    await reset(app, pilot)
    await CASES[binding_id](app, pilot, monkeypatch)


@pytest.mark.asyncio(loop_scope="module")
async def test_clicking_a_row_focuses_its_panel_and_selects_the_row(
    shared: tuple[MetalwatchApp, AppPilot],
) -> None:
    app, pilot = shared
    await reset(app, pilot)
    policy = panel(app, PolicyPanel)
    # offset inside the table: y=0 is the header, rows are one line high
    assert await pilot.click(policy.table, offset=(3, 4))
    await pilot.pause()
    assert app.focused_panel() is policy
    assert policy.table.cursor_row == 3
    assert policy.selected_key() == list(policy.row_objects)[3]
    prices = panel(app, PricesPanel)  # price rows are two lines high
    assert await pilot.click(prices.table, offset=(3, 1 + 2 * 2))
    await pilot.pause()
    assert app.focused_panel() is prices
    assert prices.table.cursor_row == 2
    assert prices.selected_key() == list(prices.row_objects)[2]


@pytest.mark.asyncio(loop_scope="module")
async def test_tab_and_shift_tab_cycle_the_panels(shared: tuple[MetalwatchApp, AppPilot]) -> None:
    app, pilot = shared
    await reset(app, pilot)
    order = [panel(app, HeadlinesPanel), panel(app, PricesPanel), panel(app, PolicyPanel)]
    seen = [app.focused_panel()]
    for _ in range(3):
        await pilot.press("tab")
        seen.append(app.focused_panel())
    assert seen == [*order, order[0]]  # wraps around
    await pilot.press("shift+tab")
    assert app.focused_panel() is order[2]
    await pilot.press("shift+tab")
    assert app.focused_panel() is order[1]


@pytest.mark.asyncio(loop_scope="module")
async def test_story_screen_opens_and_copies_its_link(
    shared: tuple[MetalwatchApp, AppPilot], monkeypatch: pytest.MonkeyPatch
) -> None:
    app, pilot = shared
    await reset(app, pilot)
    opened = _record(app, "open_url", monkeypatch)
    copied = _record(app, "copy_to_clipboard", monkeypatch)
    story = focus(app, HeadlinesPanel).selected()
    assert isinstance(story, Story)
    await pilot.press(key("open"))
    assert isinstance(app.screen, StoryScreen)
    await pilot.press(key("open-link"), key("copy-link"))
    assert opened == [story.url] and copied == [story.url]


@pytest.mark.asyncio(loop_scope="module")
async def test_panel_keys_on_a_detail_screen_leave_escape_working(
    shared: tuple[MetalwatchApp, AppPilot],
) -> None:
    app, pilot = shared
    await reset(app, pilot)
    await pilot.press(key("open"))
    assert isinstance(app.screen, StoryScreen)
    await pilot.press(key("panel-2"))
    await pilot.press(key("back"))
    assert on_main_screen(app)


@pytest.mark.asyncio(loop_scope="module")
async def test_theme_switch_repaints_in_the_new_colours(
    shared: tuple[MetalwatchApp, AppPilot],
) -> None:
    app, pilot = shared
    await reset(app, pilot)
    policy = panel(app, PolicyPanel)
    app.theme = "metalwatch-light"
    await settle(app, pilot)
    assert app.theme_variables["status-suspended"] == "#B42318"  # themes/metalwatch-light.toml
    status = policy.table.get_row("nickel|ID|*")[2]
    assert "#B42318" in str(status.style), status.style
