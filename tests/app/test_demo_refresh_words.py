"""A refresh on `--demo` says what it did: the bundled files read again, the data unchanged.

Seen pressing `r` and `R` on the demo: "2 sources refreshed", "12 sources refreshed", as a live
fetch would say, where the demo re-reads its bundled files and its data never changes (its
header says "DEMO snapshot of 2026-08-23" before and after). Outside the demo a refresh still
says how many sources it refreshed."""

from __future__ import annotations

from pathlib import Path

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp


def toasts(app: MetalwatchApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_a_demo_refresh_says_the_files_were_read_again(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.clear_notifications()
        await pilot.press("R")
        await settle(app, pilot)
        said = toasts(app)
        assert said and not any("sources refreshed" in t for t in said), said
        assert any("bundled files read again" in t and "2026-08-22" in t for t in said), said
