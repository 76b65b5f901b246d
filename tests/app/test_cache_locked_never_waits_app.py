"""The app on a cache another program holds locked: opening a story, picking a theme and the
alerts never wait on the screen for it."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from tests.app.cache_faults import config, seed, spy_notes
from tests.app.settling import settle
from tui.core.models import Headline
from tui.store import Store
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel


async def test_opening_a_story_never_waits_for_a_locked_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found in use: with another program holding the store locked, Enter on a story froze the
    screen for the busy timeout (5 s) before the story opened: marking it read was a write on
    the screen's thread. The mark is written from a thread now, and once the lock is gone the
    marks it kept out are written with the next one."""
    import time

    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "6")
    path = tmp_path / "store.sqlite3"
    seed(path)
    app = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        _ = app.store  # opened before the lock, as in a session already running
        panel = app.query_one(HeadlinesPanel)
        first = panel.selected_story()
        assert first is not None
        holder = sqlite3.connect(path, isolation_level=None, timeout=10)
        holder.execute("BEGIN EXCLUSIVE")  # another program mid-write (WAL: readers go on)
        try:
            started = time.monotonic()
            await pilot.press("enter")
            await pilot.pause()
            took = time.monotonic() - started
            assert type(app.screen).__name__ == "StoryScreen"
            # a mark written on the screen's thread holds it the whole busy timeout (6 s)
            assert took < 3.5, f"the story took {took:.1f} s to open"
            assert first.id in app.read_ids
            await pilot.press("escape")
            await app.workers.wait_for_complete()
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        await pilot.press("j", "enter")  # the lock is gone: this mark and the one kept out
        await app.workers.wait_for_complete()
        await pilot.press("escape")
        second = panel.selected_story()
        assert second is not None and second.id != first.id
    with Store(path) as store:
        assert {first.id, second.id} <= store.read_ids()


async def test_picking_a_theme_never_waits_for_a_locked_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The theme picker sets the theme on every highlight, and each one was remembered with two
    writes on the screen's thread: with the store locked by another program, every arrow key in
    the picker froze the screen for twice the busy timeout."""
    import time

    from tui.ui.theming import PICKED

    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "4")
    path = tmp_path / "store.sqlite3"
    seed(path)
    app = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        _ = app.store
        holder = sqlite3.connect(path, isolation_level=None, timeout=10)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            started = time.monotonic()
            app.theme = "metalwatch-amber"
            await pilot.pause()
            took = time.monotonic() - started
            # one write on the screen's thread would hold it the whole busy timeout (4 s)
            assert took < 2.0, f"the theme took {took:.1f} s to change"
            await app.workers.wait_for_complete()
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        app.theme = "metalwatch-light"  # the lock is gone: this pick is kept
        await settle(app, pilot)
    with Store(path) as store:
        assert store.get_meta(PICKED) == "metalwatch-light"


async def test_alerts_never_wait_on_the_screen_for_a_locked_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Noticed by the life audit: the rules' state is written to the store in the snapshot's
    handler, on the screen's thread, so another program holding the store locked froze the
    screen for the busy timeout at every new snapshot. The rules are evaluated on a thread:
    the handler returns at once, and the alert is delivered once the lock is gone."""
    import dataclasses
    import time

    from tui.core.alert_rules import AlertRule

    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "3")
    path = tmp_path / "store.sqlite3"
    seed(path)
    rule = AlertRule(name="copper news", when="headline", keywords=("copper",))
    cfg = dataclasses.replace(config(), alerts=(rule,))
    app = MetalwatchApp(cfg, store_path=path, refresh_on_start=False)
    notes = spy_notes(app, monkeypatch)
    on_screen: list[float] = []  # how long each evaluation held the screen's thread
    check = app.check_alerts

    def timed(snap: Any) -> None:
        started = time.monotonic()
        check(snap)
        on_screen.append(time.monotonic() - started)

    monkeypatch.setattr(app, "check_alerts", timed)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)  # the stories stored before the start: the rule's baseline
        _ = app.store  # opened before the lock, as in a session already running
        with Store(path) as other:  # another program stores a new story
            now = datetime.now(timezone.utc)
            new = Headline("Copper story new", "https://example.org/new", "news", now)
            other.save_headlines("news", [new], seen_at=now)
        on_screen.clear()
        holder = sqlite3.connect(path, isolation_level=None, timeout=10)
        try:
            holder.execute("BEGIN EXCLUSIVE")  # another program mid-write (WAL: readers go on)
            app.load_from_store()
            for _ in range(100):  # the snapshot painted (the read is not blocked)
                await pilot.pause(0.05)
                if on_screen:
                    break
            # an evaluation writing on the screen's thread holds it the whole busy timeout (3 s)
            assert on_screen and max(on_screen) < 1.5, f"the screen waited {on_screen} s"
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        await settle(app, pilot)
        assert app.snapshot is not None and len(app.snapshot.stories) == 4
        assert any("Copper story new" in n for n in notes), notes
