"""The help lists "Esc Restore" for a maximized view, as the footer there says it.

A widget maximized from the palette ("Maximize") gets its footer's "Esc Restore"
(``tui.ui.maximized``), but the help, opened from a screen with nothing maximized, listed
no key to restore it: only "Esc Back" on a detail screen, which Escape does not do there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.maximized import RESTORE
from tui.ui.screens.help import HelpScreen
from tui.ui.widgets.prices import PricesPanel


def help_lines(app: MetalwatchApp) -> list[str]:
    assert isinstance(app.screen, HelpScreen), app.screen
    text = app.screen.query_one("#help-text", Static).render()
    return str(text).splitlines()


def restore_section(lines: list[str]) -> list[str]:
    """The rows under the heading that names the maximized view."""
    heads = [n for n, line in enumerate(lines) if "maximized" in line.lower()]
    assert heads, "no heading for the maximized view"
    rows = []
    for line in lines[heads[0] + 1 :]:
        if not line.strip():
            break
        rows.append(line.split())
    return [" ".join(row) for row in rows]


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 60)])
async def test_help_lists_escape_restore_for_the_maximized_view(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")  # nothing maximized
        await settle(app, pilot)
        rows = restore_section(help_lines(app))
        said = f"{RESTORE.key_display} {RESTORE.description}"
        assert any(row.startswith(said) for row in rows), rows
        await pilot.press("escape")
        await settle(app, pilot)
        # what the footer of a maximized panel says is what the help says
        app.set_focus(app.query_one(PricesPanel).table)
        app.screen.action_maximize()
        await settle(app, pilot)
        foot = app.screen._compositor.render_strips()[-1].text
        assert foot.lstrip().startswith(said), foot
