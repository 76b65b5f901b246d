"""The metal picker opens over the dashboard, which shows through it dimmed.

Seen in a terminal at 80x24: pressing m blanked the whole screen but for the picker: the
header, the panels and the footer went, so the user picked a metal for panels out of sight.
The picker's CSS names reach Screen through its list-moves mixin and never ModalScreen, whose
dimmed background it lost to the stylesheet's opaque ``Screen`` rule."""

from __future__ import annotations

from pathlib import Path

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.metal_picker import MetalPicker


async def test_the_dashboard_shows_under_the_picker(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("tab")  # the prices panel
        await pilot.pause()
        focused = app.focused
        assert focused is not None
        await pilot.press("m")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, MetalPicker)
        assert app.screen.styles.background.a < 1, app.screen.styles.background
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        assert "metalwatch" in lines[0] and "DEMO" in lines[0], lines[0]  # the header
        assert any("Headlines" in line for line in lines), lines
        assert any("Show one metal in every panel" in line for line in lines), lines
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert not isinstance(app.screen, MetalPicker)
        assert app.focused is focused, app.focused  # back where it was
