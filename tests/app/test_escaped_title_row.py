"""A title whose angle brackets were written as text (``&lt;tariff&gt;``), with square brackets
beside them (``[bold]``, Rich's markup), is drawn as the text it is in the headlines panel and
on the story screen: neither kind of bracket is read as markup, and no word is lost."""

from __future__ import annotations

from pathlib import Path

from tests.app.test_terminal_widths import feed, settle
from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.story import StoryScreen
from tui.ui.widgets.headlines import HeadlinesPanel

SHOWN = "Copper [bold]duty[/bold] <tariff> rises"


async def test_an_escaped_angle_bracket_and_markup_are_drawn_as_text(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text(
        feed(["Copper [bold]duty[/bold] &lt;tariff&gt; rises"]), encoding="utf-8"
    )
    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "Wire", "kind": "rss", "url": str(tmp_path / "feed.xml")}],
        },
        None,
    )
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(app, pilot)
        rows = app.query_one(HeadlinesPanel).table
        assert rows.row_count == 1
        assert SHOWN in rows.render_line(1).text
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, StoryScreen)
        assert SHOWN in str(app.screen.query_one("#story-text").render())
