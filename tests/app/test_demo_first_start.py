"""The very first ``--demo`` (an empty cache) paints the bundled demo snapshot in its first
frame; a later start paints the user's own saved snapshot, as before."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from own_data import empty_text, settle

from tui.core.alert_rules import AlertRule
from tui.core.config import load_config
from tui.flow import demo_snapshot
from tui.store import snapshot_cache
from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel


def _first_snapshot(app: MetalwatchApp, seen: dict[str, Any]) -> Any:
    def hook(message: Any) -> None:
        if isinstance(message, SnapshotReady) and "snapshot" not in seen:
            seen["snapshot"] = message.snapshot
            seen["store_open"] = app._store is not None
            seen["workers"] = len(app.workers)

    return hook


async def test_the_first_demo_paints_the_bundled_snapshot_at_once(tmp_path: Path) -> None:
    store = tmp_path / "cache" / "demo.sqlite3"  # an empty cache folder: a fresh machine
    store.parent.mkdir()
    copper = AlertRule(name="Copper above 1", when="price", metal="copper", above=1.0)
    config = dataclasses.replace(load_config(demo=True), alerts=(copper,))
    app = MetalwatchApp(config, store_path=store, refresh_on_start=False)
    seen: dict[str, Any] = {}
    async with app.run_test(size=(160, 48), message_hook=_first_snapshot(app, seen)) as pilot:
        await pilot.pause()
        first = seen["snapshot"]
        # posted at mount, before any worker read the store or built anything
        assert seen["workers"] == 0
        assert first.mode == "demo" and first.stories and first.prices and first.policy
        headlines, prices = app.query_one(HeadlinesPanel), app.query_one(PricesPanel)
        assert headlines.table.row_count > 0 and prices.table.row_count > 0
        assert app.query_one(PolicyPanel).table.row_count > 0
        for panel in (headlines, prices):
            assert "Waiting for the first delivery" not in empty_text(panel)
        assert "DEMO" in str(app.status_bar.status_text())
        await settle(app, pilot)
        # the store is still empty (no refresh here): the bundled snapshot stays on screen
        assert app.snapshot is not None and app.snapshot.stories and app.snapshot.prices
        assert headlines.table.row_count > 0
        # alert rules wait for what the user's store holds (the first build after the refresh)
        assert app._alerts is None
    # the bundled snapshot is never saved as the user's own
    assert not snapshot_cache.cache_path(store).exists()


async def test_the_refresh_replaces_it_and_a_later_start_paints_the_users_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "demo.sqlite3"
    app = MetalwatchApp(load_config(demo=True), store_path=store)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        built = app.snapshot
        assert built is not None and any(h.last_success for h in built.sources)
    bundled = demo_snapshot.load()
    assert bundled is not None  # what was built from the refreshed store shows the same
    assert [s.title for s in built.stories] == [s.title for s in bundled[0].stories]
    assert [(p.symbol, p.points) for p in built.prices] == [
        (p.symbol, p.points) for p in bundled[0].prices
    ]
    assert snapshot_cache.cache_path(store).exists()

    read: list[str] = []
    monkeypatch.setattr(demo_snapshot, "load_head", lambda *a, **k: read.append("head"))
    monkeypatch.setattr(demo_snapshot, "load", lambda *a, **k: read.append("whole"))
    later = MetalwatchApp(load_config(demo=True), store_path=store, refresh_on_start=False)
    seen: dict[str, Any] = {}
    async with later.run_test(size=(160, 48), message_hook=_first_snapshot(later, seen)) as pilot:
        await settle(later, pilot)
    assert read == [], "the user's own saved snapshot, not the bundled one"
    first = seen["snapshot"]
    assert seen["store_open"] is False  # painted from the saved snapshot's head
    assert any(h.last_success for h in first.sources)  # the user's, after their refresh
    assert [s.title for s in first.stories] == [s.title for s in built.stories][
        : len(first.stories)
    ]


async def test_a_damaged_bundled_file_is_todays_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "snapshot.json"
    broken.write_text('{"format": "metalwatch.snapshot-cache/2", "key": [}\n', encoding="utf-8")
    snapshot_cache.head_path(broken).write_text("\x00garbage", encoding="utf-8")
    monkeypatch.setattr(demo_snapshot, "path", lambda: broken)
    store = tmp_path / "demo.sqlite3"
    app = MetalwatchApp(load_config(demo=True), store_path=store, refresh_on_start=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        headlines = app.query_one(HeadlinesPanel)
        assert headlines.table.row_count == 0
        assert "Waiting for the first delivery" in empty_text(headlines)
