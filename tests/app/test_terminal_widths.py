"""Characters a terminal draws wider or narrower than Rich counts them never reach the screen.

Measured in tmux 3.3 (the cursor's column after writing each one) against
``rich.cells.cell_len``: U+3164 HANGUL FILLER 2 cells drawn / 0 counted, U+FFA0 1 / 0, "❤️"
(a variation selector) 1 / 2, "👍🏻" (a skin-tone modifier) 4 / 2. A headline holding one was
drawn short or long: the columns after it moved and the panel's right border with them
(``tests/e2e/test_tmux_widths.py`` sees it in a real terminal). Tag characters, the soft hyphen
and the other invisible code points hide in a title; they are left out as well.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.sources import SourcesScreen
from tui.ui.screens.story import StoryScreen
from tui.ui.shown import shown
from tui.ui.widgets.headlines import HeadlinesPanel

#: each drawn at another width than Rich counts, or invisible
ODD = ["\u3164", "\uffa0", "\u115f", "\ufe0f", "\U0001f3fb", "\U000e0041", "\u00ad", "\u034f"]

TITLES = [
    "Copper \u3164\u3164 smelter \uffa0 output rises",
    "Copper fans \u2764\ufe0f the squeeze \U0001f44d\U0001f3fb",
    "Copper tag\U000e0041\U000e0042 soft\u00adhyphen cgj\u034f filler\u115f",
]


def feed(titles: list[str]) -> str:
    now = datetime.now(timezone.utc)
    items = "".join(
        f"<item><title>{t}</title><link>https://example.com/{i}</link>"
        f"<description>{t} summary</description>"
        f"<pubDate>{(now - timedelta(hours=i + 1)).strftime('%a, %d %b %Y %H:%M:%S +0000')}"
        "</pubDate></item>"
        for i, t in enumerate(titles)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Wire \u3164\U0001f3fb</title><link>https://example.com/</link>{items}"
        "</channel></rss>"
    )


async def settle(app: MetalwatchApp, pilot: Any) -> None:
    for _ in range(8):
        await app.workers.wait_for_complete()
        await pilot.pause()


def test_shown_leaves_out_what_a_terminal_draws_at_another_width() -> None:
    assert shown("Copper \u3164 up") == "Copper  up"
    assert shown("\u2764\ufe0f \U0001f44d\U0001f3fb") == "\u2764 \U0001f44d"
    assert shown("a\u2028b") == "a b"
    assert shown("plain [bold] text") == "plain [bold] text"
    assert shown("\x1b[31mred\x1b[0m") == "red"
    assert shown("銅価格 🚀 é") == "銅価格 🚀 é"  # wide and combined characters stay


async def test_no_odd_width_character_is_drawn_in_a_row_or_a_screen(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text(feed(TITLES), encoding="utf-8")
    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "Wire", "kind": "rss", "url": str(tmp_path / "feed.xml")}],
        },
        None,
    )
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        rows = app.query_one(HeadlinesPanel).table
        assert rows.row_count == len(TITLES)
        lines = [rows.render_line(y).text for y in range(1, rows.row_count + 1)]
        assert all("Copper" in line for line in lines), lines
        for line in lines:
            assert not [c for c in ODD if c in line], line
        assert "\u2764" in "".join(lines) and "\U0001f44d" in "".join(lines)  # the symbols stay
        for _ in range(len(TITLES)):
            await pilot.press("enter")
            assert isinstance(app.screen, StoryScreen)
            text = str(app.screen.query_one("#story-text").render())
            assert "Copper" in text
            assert not [c for c in ODD if c in text], text
            await pilot.press("escape", "j")
        await pilot.press("s")
        assert isinstance(app.screen, SourcesScreen)
        assert app.screen.health and app.screen.health[0].ok
