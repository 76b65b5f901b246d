"""The help explains the marks the policy board draws.

Seen at 80x24 on the demo: the board's rows said "2025-06-04~" and "—" in the Since column and
"$", "◆", "↻" before each status, and the help explained the headlines' and the prices' marks
only. It now has "Marks on the policy board": the status symbols, "~", "—", "?", "≥" (a coming
day where "from" has no room) and "★ changed".
The bundled demo: no network."""

from __future__ import annotations

from pathlib import Path

from test_own_data import settle
from textual.widgets import Static

from tui.core.config import load_config
from tui.core.fmt import STATUS_SYMBOL
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.policy import PolicyPanel


async def test_the_board_marks_are_explained(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        board = app.query_one(PolicyPanel)
        statuses = [board.table.get_row(k)[2].plain for k in board.table.row_keys()]
        assert statuses and all(s[0] in STATUS_SYMBOL.values() for s in statuses), statuses
        await pilot.press("question_mark")
        await settle(app, pilot)
        text = str(app.screen.query_one("#help-text", Static).render())
        part = text[text.index("Marks on the policy board") :]
        lines = part.splitlines()
        symbols = next(ln for ln in lines if "before the status" in ln)
        for status, symbol in STATUS_SYMBOL.items():
            assert symbol in symbols and status in symbols, symbols
        marks = (("~", "first seen"), ("—", "not in force yet"), ("?", "no day"), ("≥", "not yet"))
        for mark, words in marks:
            line = next(ln for ln in lines if ln.strip().startswith(mark))
            assert words in line, line
        assert "★ changed" in part, part
