"""The app left open while the clock moves on and no refresh brings anything: what was fresh at
the start says its age later, without a restart.

The clock is moved by replacing ``datetime`` in the modules that read it (the header, the
panels' timers count on ``time.monotonic``), and the timers that count ages are shortened so the
test waits tenths of a second for what takes minutes in use.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets import status_bar


async def settle(app: MetalwatchApp, pilot: Any) -> None:
    for _ in range(8):
        await app.workers.wait_for_complete()
        await pilot.pause()


class Later(datetime):
    """``datetime`` whose ``now`` is ``shift`` ahead of the real clock."""

    shift = timedelta(0)

    @classmethod
    def now(cls, tz: Any = None) -> Later:  # type: ignore[override]
        return super().now(tz) + cls.shift  # type: ignore[return-value]


def own_config(tmp_path: Path, refresh: str = "1d") -> Path:
    """A copper CSV fetched daily whose last point is today, and a declared entry."""
    today = datetime.now(timezone.utc).date()
    days = [today - timedelta(days=i) for i in reversed(range(30))]
    body = "".join(f"{d.isoformat()},{9000 + i}\n" for i, d in enumerate(days))
    (tmp_path / "copper.csv").write_text("Date,Close\n" + body, encoding="utf-8")
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        f'[[sources]]\nname = "copper csv"\nkind = "csv"\nmetal = "copper"\n'
        f'url = "copper.csv"\nunit = "USD/t"\nrefresh = "{refresh}"\n',
        encoding="utf-8",
    )
    return path


async def test_the_header_counts_its_ages_between_refreshes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found in use: with sources refreshed hourly, the header said "fetched just now" for the
    hour (and a day with a daily source): its words were counted only when a refresh or a
    repaint set them."""
    monkeypatch.setattr(status_bar, "AGE_SECONDS", 0.05, raising=False)
    monkeypatch.setattr(status_bar, "datetime", Later)
    app = MetalwatchApp(load_config(own_config(tmp_path)), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        line = app.status_bar.status_text().plain
        assert "1 live" in line and "fetched just now" in line, line
        Later.shift = timedelta(hours=3)
        try:
            await pilot.pause(0.3)  # a few of the header's ticks
            shown = app.status_bar._shown
            assert shown is not None and "fetched 3h ago" in shown.plain, shown
        finally:
            Later.shift = timedelta(0)


def test_later_moves_the_clock() -> None:
    Later.shift = timedelta(days=1)
    try:
        assert Later.now(timezone.utc).date() > date.today() - timedelta(days=1)
        assert Later.now(timezone.utc) - datetime.now(timezone.utc) > timedelta(hours=23)
    finally:
        Later.shift = timedelta(0)


class Monotonic:
    """``time`` for the panels' clock: ``monotonic`` ``shift`` seconds ahead."""

    shift = 0.0

    @classmethod
    def monotonic(cls) -> float:
        import time

        return time.monotonic() + cls.shift


async def test_a_coming_measure_comes_into_force_on_its_day_without_a_refresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found in use: a declared measure starting tomorrow stayed "(coming)" on the board past
    midnight until a refresh rebuilt the snapshot (with daily sources, a day later)."""
    from tui.flow import snapshot as snapshot_module
    from tui.ui.widgets import panel as panel_module
    from tui.ui.widgets.policy import PolicyPanel

    now = datetime.now(timezone.utc)
    tomorrow = now.date() + timedelta(days=1)
    path = own_config(tmp_path)
    path.write_text(
        path.read_text(encoding="utf-8")
        + '\n[[policy]]\nmetal = "copper"\norigin = "CL"\ndestination = "US"\n'
        f'status = "tariff"\nrate_pct = 50\nsince = {tomorrow.isoformat()}\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(panel_module, "AGE_SECONDS", 0.05)
    monkeypatch.setattr(panel_module, "time", Monotonic)
    monkeypatch.setattr(snapshot_module, "datetime", Later)
    app = MetalwatchApp(load_config(path), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        board = app.query_one(PolicyPanel)
        row = board.row_objects["copper|CL|US"]
        assert row.coming_from == tomorrow, row
        status = board.table.get_row("copper|CL|US")[2]
        assert "(coming)" in status.plain
        # half a minute into tomorrow, on the panel's clock and the builder's
        into = datetime.combine(tomorrow, datetime.min.time(), timezone.utc) - now
        shift = into + timedelta(seconds=30)
        Later.shift, Monotonic.shift = shift, shift.total_seconds()
        try:
            for _ in range(40):
                await pilot.pause(0.05)
                await app.workers.wait_for_complete()
                if board.row_objects["copper|CL|US"].coming_from is None:
                    break
            row = board.row_objects["copper|CL|US"]
            assert row.coming_from is None and row.since == tomorrow, row
            status = board.table.get_row("copper|CL|US")[2]
            assert "(coming)" not in status.plain and "tariff 50%" in status.plain, status
        finally:
            Later.shift, Monotonic.shift = timedelta(0), 0.0


async def test_a_panel_title_counts_the_age_of_its_stale_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The prices panel's "⚠ 1 failing, good 1m ago" (a source that failed, its data kept) said
    the age it had when the snapshot was built, for as long as no refresh came."""
    from tui.ui.widgets import panel as panel_module
    from tui.ui.widgets.prices import PricesPanel

    monkeypatch.setattr(panel_module, "AGE_SECONDS", 0.05)
    monkeypatch.setattr(panel_module, "time", Monotonic)
    path = own_config(tmp_path)
    app = MetalwatchApp(load_config(path), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        (tmp_path / "copper.csv").unlink()  # the next fetch fails; the stored data stays
        await pilot.press("R")
        await settle(app, pilot)
        prices = app.query_one(PricesPanel)
        assert "copper" in prices.row_objects
        subtitle = prices._titles[1]
        assert "⚠ 1 failing, fetched just now" in subtitle, subtitle  # the header's words
        Monotonic.shift = 3 * 3600 + 60
        try:
            for _ in range(20):
                await pilot.pause(0.05)
                if "3h" in prices._titles[1]:
                    break
            assert "⚠ 1 failing, fetched 3h ago" in prices._titles[1], prices._titles
        finally:
            Monotonic.shift = 0.0


async def test_a_chart_opened_later_says_stale_when_its_row_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A daily series four days old is current; two days later, with no refresh between, its
    row said "6d stale" while the chart opened from it counted to the snapshot's time: no
    "stale" line, and its frames ended two days early."""
    from textual.widgets import Static

    from tui.ui.screens.chart import ChartScreen
    from tui.ui.widgets import panel as panel_module
    from tui.ui.widgets.prices import PricesPanel

    monkeypatch.setattr(panel_module, "AGE_SECONDS", 0.05)
    monkeypatch.setattr(panel_module, "time", Monotonic)
    path = own_config(tmp_path)
    today = datetime.now(timezone.utc).date()
    days = [today - timedelta(days=4 + i) for i in reversed(range(30))]
    body = "".join(f"{d.isoformat()},{9000 + i}\n" for i, d in enumerate(days))
    (tmp_path / "copper.csv").write_text("Date,Close\n" + body, encoding="utf-8")
    app = MetalwatchApp(load_config(path), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        prices = app.query_one(PricesPanel)
        age = prices.table.get_row("copper")[-1]
        assert age.plain == "4d", age.plain
        Monotonic.shift = 2 * 86400.0
        try:
            for _ in range(20):
                await pilot.pause(0.05)
                if "stale" in prices.table.get_row("copper")[-1].plain:
                    break
            assert prices.table.get_row("copper")[-1].plain == "6d\nstale"
            app.set_focus(prices.table)
            await pilot.press("enter")
            await settle(app, pilot)
            chart = app.screen
            assert isinstance(chart, ChartScreen)
            prov = str(chart.query_one("#chart-provenance", Static).render())
            assert "stale: a daily series is expected within" in prov, prov
            title = str(chart.query_one("#chart-title", Static).render())
            assert f"no data since {days[-1].isoformat()}" in title, title
        finally:
            Monotonic.shift = 0.0


async def test_an_open_story_and_the_alerts_log_count_their_ages_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A story screen left open said "1h ago" for as long as it stayed open, and the alerts
    log's Age column "now": both count on now, as the panels do."""
    from textual.widgets import DataTable, Static

    from tui.core.alert_rules import AlertRule
    from tui.ui.screens import alerts as alerts_module
    from tui.ui.screens import story as story_module
    from tui.ui.screens.alerts import AlertsScreen
    from tui.ui.screens.story import StoryScreen

    for module in (story_module, alerts_module):
        monkeypatch.setattr(module, "AGE_SECONDS", 0.05, raising=False)
        monkeypatch.setattr(module, "time", Monotonic, raising=False)
    now = datetime.now(timezone.utc)
    stamp = (now - timedelta(hours=1)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    (tmp_path / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Copper smelter output rises</title><link>https://example.com/1</link>"
        f"<pubDate>{stamp}</pubDate></item></channel></rss>",
        encoding="utf-8",
    )
    path = own_config(tmp_path)
    path.write_text(
        path.read_text(encoding="utf-8")
        + '\n[[sources]]\nname = "wire"\nkind = "rss"\nurl = "feed.xml"\n\n'
        + '[[alerts]]\nwhen = "price"\nmetal = "copper"\nabove = 1\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.alerts and isinstance(config.alerts[0], AlertRule)
    app = MetalwatchApp(config, store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)
        line = str(app.screen.query_one("#story-text", Static).render()).splitlines()[1]
        assert "1h ago" in line, line
        Monotonic.shift = 3 * 3600.0
        try:
            for _ in range(20):
                await pilot.pause(0.05)
                line = str(app.screen.query_one("#story-text", Static).render()).splitlines()[1]
                if "4h ago" in line:
                    break
            assert "4h ago" in line, line
        finally:
            Monotonic.shift = 0.0
        await pilot.press("escape", "a")
        await pilot.pause()
        assert isinstance(app.screen, AlertsScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count >= 1
        assert str(table.get_cell_at((0, 1))) == "now"
        Monotonic.shift = 2 * 3600.0
        try:
            for _ in range(20):
                await pilot.pause(0.05)
                if str(table.get_cell_at((0, 1))) == "2h":
                    break
            assert str(table.get_cell_at((0, 1))) == "2h"
        finally:
            Monotonic.shift = 0.0


async def test_the_header_counts_live_and_cached_by_the_clock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found in use: a source that went overdue between refreshes still counted as "live" in
    the header until the next refresh, while its ages on the same line counted on. Three days
    on with a daily source (stale past twice its cadence), it counts as cached."""
    monkeypatch.setattr(status_bar, "AGE_SECONDS", 0.05, raising=False)
    monkeypatch.setattr(status_bar, "datetime", Later)
    app = MetalwatchApp(load_config(own_config(tmp_path)), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        line = app.status_bar.status_text().plain
        assert "1 live" in line and "cached" not in line, line
        Later.shift = timedelta(days=1, hours=12)  # within twice the cadence: still live
        try:
            await pilot.pause(0.3)
            shown = app.status_bar._shown
            assert shown is not None and "1 live" in shown.plain, shown
            Later.shift = timedelta(days=3)
            await pilot.pause(0.3)  # a few of the header's ticks, no refresh
            shown = app.status_bar._shown
            assert shown is not None, shown
            assert "1 cached" in shown.plain and "live" not in shown.plain, shown.plain
            assert "fetched 3d ago" in shown.plain, shown.plain
        finally:
            Later.shift = timedelta(0)
