"""Alerts in the app: a rule fires once as a notification and lands in the log screen (a)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from textual.widgets import DataTable

from tests.app.settling import settle
from tui.core.alert_rules import AlertRule
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.alerts import AlertsScreen


async def test_price_and_policy_rules_fire_once_and_are_logged(tmp_path: Path) -> None:
    rules = (
        AlertRule(name="Copper above 10k", when="price", metal="copper", above=10000.0),
        AlertRule(name="Rare earths policy", when="policy", metal="rare-earths", status="resuming"),
    )
    config = dataclasses.replace(load_config(demo=True), alerts=rules)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    notes: list[str] = []
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        original = app.notify

        def spy(message: str, **kw: Any) -> None:
            notes.append(f"{kw.get('title', '')}: {message}")
            original(message, **kw)

        app.notify = spy  # type: ignore[method-assign]
        await settle(app, pilot)
        await pilot.press("R")  # another refresh: nothing crosses again
        await settle(app, pilot)
        fired = [n for n in notes if "Copper above 10k" in n or "Rare earths policy" in n]
        assert len([n for n in fired if "Copper" in n]) == 1, notes
        assert len([n for n in fired if "Rare earths" in n]) == 1, notes
        await pilot.press("a")
        assert isinstance(app.screen, AlertsScreen)
        await loaded(app.screen, pilot)
        assert app.screen.query_one(DataTable).row_count == 2


async def loaded(log: AlertsScreen, pilot: Any) -> None:
    """The log reads the store on its worker: wait for it (on a loaded machine the first look
    came before the read and found no entries)."""
    await log.workers.wait_for_complete()
    await pilot.pause()


def screen_text(app: MetalwatchApp) -> str:
    """Every character on screen, line by line, as the terminal gets them."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


async def test_the_log_says_each_alert_whole_at_80x24(tmp_path: Path) -> None:
    """Found in use: at 80x24 the log's Message column showed an alert's first words and its
    Delivery column was off the screen; nothing opened the rest. The highlighted alert is now
    shown whole under the table (with its delivery, when one failed), as on the sources
    screen, and follows the cursor."""
    rules = (
        AlertRule(name="Copper above 10k", when="price", metal="copper", above=10000.0),
        AlertRule(name="Rare earths policy", when="policy", metal="rare-earths", status="resuming"),
    )
    config = dataclasses.replace(load_config(demo=True), alerts=rules)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        assert isinstance(app.screen, AlertsScreen)
        await loaded(app.screen, pilot)
        entries = app.screen.entries
        assert len(entries) == 2
        for i, entry in enumerate(entries):
            if i:
                await pilot.press("j")
            await pilot.pause()
            text = " ".join(screen_text(app).split())  # the wrapped lines as one
            message = " ".join(str(entry["message"]).split())
            assert message in text, (message, screen_text(app))


async def test_a_burst_of_alerts_is_two_toasts_and_one_summary(tmp_path: Path) -> None:
    """Found in use: alerts fired together each took a toast for 10 s, covering half of an
    80x24 screen. The first two (the most severe first) get their own; the rest share one that
    names them and the key of the log; the log holds every one."""
    metals = ("copper", "aluminium", "nickel", "gold", "silver")
    rules = tuple(AlertRule(name=f"{m} above 1", when="price", metal=m, above=1.0) for m in metals)
    config = dataclasses.replace(load_config(demo=True), alerts=rules)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    notes: list[tuple[str, str]] = []
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        original = app.notify

        def spy(message: str, **kw: Any) -> None:
            notes.append((str(kw.get("title", "")), message))
            original(message, **kw)

        app.notify = spy  # type: ignore[method-assign]
        await settle(app, pilot)
        fired = [(t, m) for t, m in notes if "above 1" in t or "more alerts" in t]
        assert len(fired) == 3, notes
        title, message = fired[-1]
        assert title == "3 more alerts" and message.endswith("(a shows them)"), fired
        await pilot.press("a")
        assert isinstance(app.screen, AlertsScreen)
        assert app.screen.query_one(DataTable).row_count == 5
