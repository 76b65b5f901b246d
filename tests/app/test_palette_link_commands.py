"""The palette offers "Open link" and "Copy link" only where the panel's keys would act.

Seen in a terminal: on a headline with no link (a local feed's item) the footer rightly offered
no "o Open link", but the palette listed "Open link" and "Copy link", and running either did
nothing, without a word. The palette now asks the focused panel, as the footer does.
"""

from __future__ import annotations

from pathlib import Path

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.models import Story
from tui.ui.app import MetalwatchApp
from tui.ui.commands import MetalwatchCommands
from tui.ui.widgets.headlines import HeadlinesPanel


def commands(app: MetalwatchApp) -> list[str]:
    return [name for name, _run, _hint in MetalwatchCommands(app.screen)._commands()]


async def test_link_commands_follow_the_row_under_the_cursor(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(HeadlinesPanel)
        panel.table.focus()
        await settle(app, pilot)
        rows = list(panel.row_objects.values())
        linked = next(n for n, s in enumerate(rows) if isinstance(s, Story) and s.url)
        bare = next(n for n, s in enumerate(rows) if isinstance(s, Story) and not s.url)
        panel.table.move_cursor(row=linked)
        await settle(app, pilot)
        assert "o Open link" in app.screen._compositor.render_strips()[-1].text
        assert {"Open link", "Copy link"} <= set(commands(app)), commands(app)
        panel.table.move_cursor(row=bare)
        await settle(app, pilot)
        foot = app.screen._compositor.render_strips()[-1].text
        assert "Open link" not in foot, foot
        offered = commands(app)
        assert "Open link" not in offered and "Copy link" not in offered, offered
        assert "Details" in offered  # the row's other keys still work from the palette
        # opened over the dashboard: the palette asks the panel focused under it
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        under = MetalwatchCommands(app.screen_stack[0])._commands()
        assert "Open link" not in [name for name, _r, _h in under]
