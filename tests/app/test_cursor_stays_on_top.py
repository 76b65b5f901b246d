"""A panel's cursor left at the top stays on the first row when a refresh puts a row above.

Seen on a first start with one declared entry (gallium, CN→US): the first delivery of the news
feed put "Aluminium CN→US" above it, and the board's cursor followed Gallium to the second row
unasked, so Enter opened another row than the first. The cursor at the top now stays there,
as the headlines' newest story does; a cursor the user moved keeps its row.

The feed is a local file, missing at first (a failing source): no network."""

from __future__ import annotations

from pathlib import Path

from test_open_all_day import settle

from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.policy import PolicyPanel

FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
    "<item><title>US raises tariff on Chinese aluminium to 50%</title>"
    "<link>https://example.org/1</link></item></channel></rss>"
)


def app_for(tmp_path: Path) -> MetalwatchApp:
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "aluminium"\nname = "Aluminium"\n\n'
        '[[metals]]\nid = "gallium"\nname = "Gallium"\n\n'
        '[[metals]]\nid = "tin"\nname = "Tin"\n\n'
        '[[sources]]\nname = "Wire"\nkind = "rss"\nurl = "feed.xml"\n\n'
        '[[policy]]\nmetal = "gallium"\norigin = "CN"\ndestination = "US"\n'
        'status = "licensing"\nsince = 2025-11-09\n\n'
        '[[policy]]\nmetal = "tin"\norigin = "ID"\ndestination = "*"\n'
        'status = "quota"\nsince = 2025-10-01\n',
        encoding="utf-8",
    )
    return MetalwatchApp(load_config(path), store_path=tmp_path / "s.sqlite3")


def metals(board: PolicyPanel) -> list[str]:
    return [key.split("|")[0] for key in board.table.row_keys()]


async def test_the_cursor_at_the_top_stays_there(tmp_path: Path) -> None:
    app = app_for(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        board = app.query_one(PolicyPanel)
        assert metals(board) == ["gallium", "tin"]
        assert board.table.cursor_row == 0
        (tmp_path / "feed.xml").write_text(FEED, encoding="utf-8")
        await pilot.press("R")
        await settle(app, pilot)
        assert metals(board) == ["aluminium", "gallium", "tin"], metals(board)
        assert board.table.cursor_row == 0
        assert board.selected_key() == "aluminium|CN|US"


async def test_a_moved_cursor_keeps_its_row(tmp_path: Path) -> None:
    app = app_for(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        board = app.query_one(PolicyPanel)
        board.table.focus()
        await pilot.press("down")  # on Tin
        await pilot.pause()
        assert board.selected_key() == "tin|ID|*"
        (tmp_path / "feed.xml").write_text(FEED, encoding="utf-8")
        await pilot.press("R")
        await settle(app, pilot)
        assert metals(board) == ["aluminium", "gallium", "tin"], metals(board)
        assert board.selected_key() == "tin|ID|*"
