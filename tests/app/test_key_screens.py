"""The keymap's word on where each app key works (``tui.core.keymap.screens``, which the
config's clash check reads) is what the app does: the keys that work on every screen pass the
app's ``check_action`` on the dashboard, a story and the chart; the dashboard-only ones only on
the dashboard. A key the keymap thought idle on the chart clashed there silently (session 16:
``frame-1m = "a"`` left the alerts log without a key on the chart)."""

from __future__ import annotations

from pathlib import Path

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.keymap import KEYS, screens
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import ChartScreen
from tui.ui.screens.story import StoryScreen
from tui.ui.widgets.prices import PricesPanel


def allowed(app: MetalwatchApp) -> set[str]:
    """The ids of the app's own bindings its ``check_action`` lets work on this screen."""
    out = set()
    for k in KEYS:
        if k.scope != "app":
            continue
        name, _, rest = k.action.partition("(")
        params = (int(rest.rstrip(")")),) if rest else ()
        if app.check_action(name, params):
            out.add(k.id)
    return out


def said(where: str) -> set[str]:
    return {k.id for k in KEYS if k.scope == "app" and where in screens(k.id)}


async def test_the_app_keys_work_where_the_keymap_says(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert allowed(app) == said("main")
        await pilot.press("enter")  # the first story
        await settle(app, pilot)
        assert isinstance(app.screen, StoryScreen)
        assert allowed(app) == said("detail")
        await pilot.press("escape")
        app.set_focus(app.query_one(PricesPanel).table)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ChartScreen)
        assert allowed(app) == said("chart")
        assert "alerts" in said("chart") and "pick-metal" not in said("chart")


async def test_a_key_written_with_shift_is_pressed_as_its_capital(tmp_path: Path) -> None:
    """``sources = "shift+x"``: Shift+X reaches the app as "X" (Textual's name of the key a
    terminal sends), and opens the sources screen."""
    from tui.core.config import parse_config
    from tui.ui.screens.sources import SourcesScreen

    config = parse_config({"keys": {"sources": "shift+x"}}, None)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("X")
        await pilot.pause()
        assert isinstance(app.screen, SourcesScreen)


async def test_the_metal_picker_says_its_keys(tmp_path: Path) -> None:
    """The metal picker covers the footer, and no line said that Esc cancels it or Enter picks:
    its frame says so, with the move keys as remapped."""
    from tui.core.config import parse_config
    from tui.ui.screens.metal_picker import MetalPicker

    config = parse_config({"keys": {"detail-down": "ctrl+n"}}, None)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MetalPicker)
        picker = app.screen.query_one("#metal-picker")
        frame = str(picker.border_subtitle)
        assert "Esc cancel" in frame and "Enter show" in frame and "Ctrl+N/k" in frame, frame
        assert len(frame) <= picker.size.width - 2  # a subtitle too long is not drawn at all
