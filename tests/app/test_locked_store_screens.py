"""The alerts log and a price's chart read the store on a worker: while another program holds
the store locked (a real second connection mid-write), the key opens the screen at once, says
it is loading, and then says the store is locked; the screen never freezes for the busy
timeout. Once the lock is gone the same screens show what is stored.

The busy timeout (``METALWATCH_BUSY_TIMEOUT``, read at each look into the file) is short where
the test waits it out (the locked message) and long where it proves that a key does not wait
for it; there the lock lets go, and the read that waited ends as the screens show."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.models import PriceSeries
from tui.ui.app import MetalwatchApp
from tui.ui.screens.alerts import AlertsScreen
from tui.ui.screens.chart import ChartScreen
from tui.ui.widgets.prices import PricesPanel

BUSY = 8.0  # the busy timeout: a read of the locked store on the screen's thread froze this long
# a key press that does not wait for the store: a press that waited would take the whole busy
# timeout (SQLite waits at least that long) plus the same noise; 3.4 s was seen under load
PROMPT = 5.0
SHORT = 0.3  # the busy timeout where the test waits it out: the lock said at once
ANSWERED = 30.0  # at most this long for a screen's worker to answer (a deadline, not a wait)


async def timed_press(pilot: Any, key: str) -> float:
    start = time.monotonic()
    await pilot.press(key)
    return time.monotonic() - start


async def until(pilot: Any, done: Any) -> None:
    """Pause until ``done()`` (the screen's worker answered), at most ``ANSWERED`` seconds."""
    deadline = time.monotonic() + ANSWERED
    while not done() and time.monotonic() < deadline:
        await pilot.pause(0.05)
    assert done()


def text(screen: Any, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_alerts_log_and_chart_open_at_once_on_a_locked_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hold_lock: Callable[[Path], Any]
) -> None:
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", str(SHORT))
    path = tmp_path / "store.sqlite3"
    app = MetalwatchApp(load_config(demo=True), store_path=path)
    async with app.run_test(size=(140, 44)) as pilot:  # the store filled, the screens read it
        await settle(app, pilot)
        await pilot.press("a")
        log = app.screen
        assert isinstance(log, AlertsScreen)
        await log.workers.wait_for_complete()
        await pilot.pause()
        assert log.state == "shown" and "No alert rules" in text(log, "#alerts-empty")
        await pilot.press("escape")
        row = await open_chart(app, pilot)
        chart = app.screen
        assert isinstance(chart, ChartScreen)
        await chart.workers.wait_for_complete()
        await pilot.pause()
        assert len(chart.series.points) > len(row.points)  # the whole history
        assert chart.series.points[-len(row.points) :] == row.points
        assert "loading" not in text(chart, "#chart-title")

    # another program holds the store (the last snapshot is painted)
    with hold_lock(path) as holder:
        app = MetalwatchApp(load_config(demo=True), store_path=path, refresh_on_start=False)
        async with app.run_test(size=(140, 44)) as pilot:
            await settle(app, pilot)
            # a read that waits out the (short) busy timeout: the screens say the lock
            await pilot.press("a")
            log = app.screen
            assert isinstance(log, AlertsScreen)
            await until(pilot, lambda: log.state != "loading")
            assert log.state == "failed"
            said = text(log, "#alerts-empty")
            assert "could not be read" in said and "locked by another program" in said, said
            await pilot.press("escape")
            row = await open_chart(app, pilot)
            chart = app.screen
            assert isinstance(chart, ChartScreen)
            await until(pilot, lambda: chart.history != "loading")
            assert "loading" not in text(chart, "#chart-title")
            said = text(chart, "#chart-provenance")
            assert "older history could not be read" in said, said
            assert "locked by another program" in said and "recent points only" in said, said
            assert chart.series is row
            await pilot.press("escape")

            # a busy timeout longer than a press may take: the keys are answered while the
            # read waits, and the read ends once the lock lets go
            monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", str(BUSY))
            took = await timed_press(pilot, "a")
            log = app.screen
            assert isinstance(log, AlertsScreen)
            assert took < PROMPT, took
            assert log.state == "loading"
            assert "Loading the alerts log" in text(log, "#alerts-empty")
            holder.release()
            await until(pilot, lambda: log.state != "loading")
            assert log.state == "shown" and "No alert rules" in text(log, "#alerts-empty")
            await pilot.press("escape")

            holder = hold_lock(path)  # locked again
            start = time.monotonic()
            row = await open_chart(app, pilot)
            took = time.monotonic() - start
            chart = app.screen
            assert isinstance(chart, ChartScreen)
            assert took < PROMPT, took
            assert chart.series is row  # the recent part drawn while the rest loads
            assert "loading the whole history" in text(chart, "#chart-title")
            await pilot.press("2")  # the screen answers keys meanwhile: another time frame
            assert chart.frame == "3M"
            holder.release()
            await until(pilot, lambda: chart.history != "loading")
            assert "loading" not in text(chart, "#chart-title")
            assert len(chart.series.points) > len(row.points)  # the whole history
            assert chart.series.points[-len(row.points) :] == row.points
            assert app.is_running


async def open_chart(app: MetalwatchApp, pilot: Any) -> PriceSeries:
    """Enter on the first price row; the row's series."""
    prices = app.query_one(PricesPanel)
    app.set_focus(prices.table)
    prices.table.move_cursor(row=0)
    await pilot.pause()
    row = prices.selected()
    assert isinstance(row, PriceSeries)
    await pilot.press("enter")
    return row
