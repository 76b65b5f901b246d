"""One case per binding id, each pressing its binding's key in its context on the demo app
(registered in ``CASES`` by ``case``): the app-wide bindings (quit, help, refresh, sources,
alerts, theme, the metal pick, the filters, the next unread story). The row, detail-screen,
panel and chart-frame cases are in ``tests/app/binding_cases_rows.py``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

import pytest
from textual.command import CommandPalette
from textual.widgets import DataTable, Input, OptionList, Static

from tests.app.binding_app import AppPilot, Case, focus, key, on_main_screen, panel, settle
from tui.core.keymap import KEYS
from tui.ui.app import MetalwatchApp
from tui.ui.screens.alerts import AlertsScreen
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.metal_picker import MetalPicker
from tui.ui.screens.sources import SourcesScreen
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel

# ---- one case per binding id ---------------------------------------------------------------

CASES: dict[str, Case] = {}


def case(*ids: str) -> Callable[[Case], Case]:
    def register(fn: Case) -> Case:
        for bid in ids:
            assert bid not in CASES, bid
            CASES[bid] = fn
        return fn

    return register


def groups(ids: Iterable[str]) -> list[tuple[str, ...]]:
    """``ids`` grouped by the case that presses them, in their order: the ids that share a case
    (the detail screens' four moves, their two links, the chart's six frames) are each pressed
    by one run of it, not by one run each of the same steps."""
    by_case: dict[Case, list[str]] = {}
    for bid in ids:
        by_case.setdefault(CASES[bid], []).append(bid)
    return [tuple(group) for group in by_case.values()]


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
