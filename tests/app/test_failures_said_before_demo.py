"""Every source failing on a fresh cache is said before the demo standing in is built.

Seen in tmux with an empty cache and no network: the first refresh ended with every source
failed, and for a second or more (the bundled demo read from its files into a store of its own)
the header said "metalwatch" alone and every panel "Waiting for the first delivery…"; only
then came "OFFLINE … ⚠ 18 failing" with the demo's rows. The user's own snapshot, its failures
in the header and the borders, is now shown first, and the demo follows when built.

Every source is a loopback port nothing listens on: no network."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from own_data import own_config, settle

from tui.flow import demo_fallback
from tui.ui.app import MetalwatchApp


async def test_failures_are_said_while_the_demo_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = demo_fallback.build_demo_snapshot
    release = threading.Event()

    def slow_build() -> Any:
        release.wait(20)  # the demo's build, held until the test has looked
        return built()

    monkeypatch.setattr(demo_fallback, "build_demo_snapshot", slow_build)
    config = own_config(tmp_path, news=False, prices=False, policy=False, dead=2)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        header = ""
        for _ in range(200):  # up to 10 s for the refresh of two refused ports
            await pilot.pause(0.05)
            header = app.status_bar.status_text(80).plain
            if "failing" in header:
                break
        try:
            assert "failing" in header, header
            assert "DEMO" not in header, header  # the demo is still being built
        finally:
            release.set()
        await asyncio.sleep(0)
        await settle(app, pilot)
        assert app.snapshot is not None and app.snapshot.mode == "offline-demo"
        header = app.status_bar.status_text(80).plain
        assert "DEMO" in header and "failing" in header, header
