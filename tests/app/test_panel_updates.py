"""The prices and policy tables are updated in place on a refresh, and ages move on by
themselves: the same row keys, the cursor on its row, the changed cells showing their new text,
the unchanged cells untouched (the same objects, not rendered again).

The app starts on an empty store with no refresh; the snapshots arrive as ``SnapshotReady``, as
they do from the snapshot worker.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from rich.text import Text

from tui.core.config import parse_config
from tui.core.models import Headline, Metal, PolicyStatus, PriceSeries, Snapshot, Story
from tui.ui import sparkline
from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady
from tui.ui.widgets import panel as panel_module
from tui.ui.widgets.ahead import prewarm
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel

NOW = datetime(2026, 8, 23, 12, 0, tzinfo=timezone.utc)
METALS = ("copper", "zinc", "nickel", "gold", "silver", "tin")
SIZE = (160, 60)


def series(metal: str, last: float, *, days: int = 90, end: date | None = None) -> PriceSeries:
    end = end or NOW.date() - timedelta(days=1)
    start = 1000.0 + 100 * METALS.index(metal)
    points = tuple(
        (end - timedelta(days=days - 1 - i), start + i * (last - start) / (days - 1))
        for i in range(days)
    )
    return PriceSeries(f"{metal} csv", metal.upper(), "USD/t", points, metal=metal)


def board(metal: str, status: str = "export_ban", rate: float | None = None) -> PolicyStatus:
    return PolicyStatus(metal, "CN", "US", status, date(2025, 12, 1), rate_pct=rate)


def story(i: int, minutes: int) -> Story:
    title = f"Copper smelter news item {i}"
    published = NOW - timedelta(minutes=minutes)
    entry = Headline(title, f"https://example.org/{i}", "news", published, outlet="Reuters")
    return Story(
        id=f"s{i}",
        title=title,
        url=entry.url,
        source="news",
        published=published,
        summary="",
        metals=("copper",),
        entries=(entry,),
        relevant=True,
    )


def snapshot(prices: list[PriceSeries], policy: list[PolicyStatus], **kw: Any) -> Snapshot:
    return Snapshot(
        generated_at=NOW,
        metals=[Metal(m, m.title()) for m in METALS],
        prices=prices,
        policy=policy,
        **kw,
    )


def base() -> Snapshot:
    return snapshot(
        [series(m, 2000.0 + 10 * i) for i, m in enumerate(METALS)],
        [board(m) for m in METALS],
    )


def app_for(tmp_path: Path) -> MetalwatchApp:
    config = parse_config(
        {
            "metals": [{"id": m, "name": m.title()} for m in METALS],
            "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/feed.xml"}],
        },
        None,
    )
    return MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)


async def settle(app: MetalwatchApp, pilot: Any) -> None:
    for _ in range(4):
        await app.workers.wait_for_complete()
        await pilot.pause()


async def post(app: MetalwatchApp, pilot: Any, snap: Snapshot) -> None:
    app.post_message(SnapshotReady(snap))
    await pilot.pause()
    await pilot.pause()


def keys(panel: PricesPanel | PolicyPanel) -> list[str]:
    return panel.table.row_keys()


def cell(panel: PricesPanel | PolicyPanel, key: str, column: str) -> Text:
    value = panel.table.get_cell(key, column)
    assert isinstance(value, Text)
    return value


async def test_a_refresh_updates_the_changed_price_cells_in_place(tmp_path: Path) -> None:
    app = app_for(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await post(app, pilot, base())
        prices = app.query_one(PricesPanel)
        table = prices.table
        assert keys(prices) == list(METALS)
        table.focus()
        table.move_cursor(row=3)  # gold
        await pilot.pause()
        name = cell(prices, "copper", "metal")
        gold_last = cell(prices, "gold", "last")
        renders = table.cell_renders

        moved = base()
        moved.prices[0] = series("copper", 2345.0)  # only copper moved
        await post(app, pilot, moved)

        assert keys(prices) == list(METALS)  # the same rows, in the same order
        assert prices.selected_key() == "gold" and table.cursor_row == 3
        assert cell(prices, "copper", "last").plain == "2,345"
        assert cell(prices, "copper", "metal") is name  # untouched: the same object
        assert cell(prices, "gold", "last") is gold_last
        # only copper's changed cells were rendered again (last, change, 1Y change, trend),
        # not the 42 cells of the six rows on screen
        assert 0 < table.cell_renders - renders <= 4


async def test_rows_that_come_and_go_are_added_and_removed_not_refilled(tmp_path: Path) -> None:
    app = app_for(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await post(app, pilot, base())
        policy = app.query_one(PolicyPanel)
        table = policy.table
        table.focus()
        table.move_cursor(row=table.get_row_index("nickel|CN|US"))
        await pilot.pause()
        kept = cell(policy, "gold|CN|US", "status")

        snap = base()
        snap.policy = [
            board("aluminium"),  # came, on top
            *[b for b in snap.policy if b.metal != "zinc"],  # zinc went
        ]
        snap.policy[2] = board("nickel", "tariff", 25.0)  # nickel changed
        await post(app, pilot, snap)

        expected = [f"{b.metal}|CN|US" for b in snap.policy]
        assert expected[:3] == ["aluminium|CN|US", "copper|CN|US", "nickel|CN|US"]
        assert keys(policy) == expected  # in the snapshot's order
        assert policy.selected_key() == "nickel|CN|US"  # the cursor kept its row
        assert table.cursor_row == expected.index("nickel|CN|US")
        assert "25" in cell(policy, "nickel|CN|US", "status").plain
        assert cell(policy, "gold|CN|US", "status") is kept


async def test_the_age_cells_move_on_without_rebuilding_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(panel_module, "AGE_SECONDS", 0.05)  # the timer, made quick
    app = app_for(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        snap = base()
        snap.stories = [story(1, 5), story(2, 90)]
        await post(app, pilot, snap)
        prices = app.query_one(PricesPanel)
        headlines = app.query_one(HeadlinesPanel)
        assert cell(prices, "tin", "age").plain == "1d"
        assert "5m" in headlines.table.render_line(1).text
        before = {k: [cell(prices, k, c) for c in ("metal", "last", "spark")] for k in METALS}

        # two days pass with no refresh: the timer counts the ages on
        for panel in (prices, headlines):
            panel._received -= 2 * 86400

        def aged() -> bool:
            return (
                cell(prices, "tin", "age").plain == "3d"
                and "2d" in headlines.table.render_line(1).text
            )

        for _ in range(400):  # a condition, not a time: the machine may be slow
            if aged():
                break
            await pilot.pause(0.05)
        assert cell(prices, "tin", "age").plain == "3d"
        assert keys(prices) == list(METALS)
        after = {k: [cell(prices, k, c) for c in ("metal", "last", "spark")] for k in METALS}
        assert all(a is b for k in METALS for a, b in zip(before[k], after[k], strict=True))
        assert "2d" in headlines.table.render_line(1).text
        assert headlines.table.row_keys() == ["s1", "s2"]


async def test_the_demo_clock_stands_still(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(panel_module, "AGE_SECONDS", 0.05)
    ticks: list[object] = []
    tick = panel_module.Panel._age_tick

    def counted(self: panel_module.Panel) -> None:
        ticks.append(self)
        tick(self)

    monkeypatch.setattr(panel_module.Panel, "_age_tick", counted)
    app = app_for(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await post(app, pilot, dataclasses.replace(base(), mode="demo"))
        prices = app.query_one(PricesPanel)
        prices._received -= 2 * 86400
        ticks.clear()
        for _ in range(400):  # until the timer has ticked a few times
            if ticks.count(prices) >= 3:
                break
            await pilot.pause(0.05)
        assert ticks.count(prices) >= 3
        assert cell(prices, "tin", "age").plain == "1d"


async def test_sparklines_built_ahead_are_not_built_on_the_ui_thread(tmp_path: Path) -> None:
    sparkline.warm_up()
    app = app_for(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await post(app, pilot, base())
        await settle(app, pilot)  # plotext loaded after the first paint: real sparklines
        prices = app.query_one(PricesPanel)
        moved = base()
        moved.prices = [series(m, 3000.0 + i) for i, m in enumerate(METALS)]
        prewarm(moved, app._ahead_specs)  # what the load worker does before it posts
        builds = sparkline.builds
        await post(app, pilot, moved)
        assert sparkline.builds == builds  # the UI thread only took them from the cache
        trend = cell(prices, "copper", "spark")
        assert "⠀" in trend.plain or any("\u2800" <= ch <= "\u28ff" for ch in trend.plain)


async def test_headline_rows_built_ahead_are_taken_not_filtered_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.ui.widgets.headline_rows import HeadlineSpec

    calls: list[HeadlineSpec] = []
    shown = HeadlineSpec.shown

    def counted(self: HeadlineSpec, stories: Any) -> Any:
        calls.append(self)
        return shown(self, stories)

    monkeypatch.setattr(HeadlineSpec, "shown", counted)
    app = app_for(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        first = base()
        first.stories = [story(i, 10 * i) for i in range(1, 6)]
        await post(app, pilot, first)
        headlines = app.query_one(HeadlinesPanel)
        assert headlines.table.row_count == 5

        second = base()
        second.stories = [story(0, 1), *first.stories]
        calls.clear()
        prewarm(second, app._ahead_specs)  # the load worker, before it posts
        assert len(calls) == 1
        await post(app, pilot, second)
        assert len(calls) == 1  # the panel took the rows built ahead
        assert headlines.table.row_keys() == ["s0", "s1", "s2", "s3", "s4", "s5"]
        headlines.show()  # the same snapshot again (a story marked read): nothing filtered
        assert len(calls) == 1

        # a filter typed after the worker built its rows: the panel filters for itself
        third = base()
        third.stories = [story(9, 2), *second.stories]
        prewarm(third, app._ahead_specs)
        headlines.text_filter = "item 3"
        await post(app, pilot, third)
        assert headlines.table.row_keys() == ["s3"]


async def test_a_new_theme_recolours_the_cells_kept_in_place(tmp_path: Path) -> None:
    app = app_for(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.theme = "metalwatch-dark"
        await pilot.pause()
        snap = base()
        snap.policy = [board(m, "tariff", 10.0) for m in METALS]
        await post(app, pilot, snap)
        policy = app.query_one(PolicyPanel)
        dark = app.theme_variables["status-tariff"].lower()
        assert dark in str(cell(policy, "gold|CN|US", "status").style).lower()
        app.theme = "metalwatch-light"
        await pilot.pause()
        await pilot.pause()
        light = app.theme_variables["status-tariff"].lower()
        assert light != dark
        assert light in str(cell(policy, "gold|CN|US", "status").style).lower()
        assert keys(policy) == [f"{m}|CN|US" for m in METALS]
