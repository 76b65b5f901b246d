"""Columns fitted to the screen count the cells a text takes on the terminal, not its
characters: a wide character (Chinese, Japanese, Korean) takes two. Counted as one, an alert
whose message quoted a Chinese headline got a column half as wide as it needed, and a table
with room for every column whole cut it with an ellipsis (``tui.ui.column_fit``)."""

from __future__ import annotations

from rich.cells import cell_len

from tui.ui.column_fit import favoured, fitted

WIDE = "中国限制稀土出口" * 3  # 24 characters, 48 cells


def test_favoured_gives_a_wide_message_the_cells_it_takes() -> None:
    assert cell_len(WIDE) == 2 * len(WIDE)
    widths = favoured(("When", "Message"), [["09:00", WIDE]], 200, (1,), favour=1)
    assert widths == [5, cell_len(WIDE)]


def test_favoured_cuts_a_wide_message_to_the_room_left() -> None:
    widths = favoured(("When", "Message"), [["09:00", WIDE]], 40, (1,), favour=1)
    assert widths == [5, 40 - 2 * 2 - 2 - 5]


def test_fitted_gives_a_wide_name_the_cells_it_takes() -> None:
    name = "日本経済新聞" * 2  # 12 characters, 24 cells
    assert fitted(("Source", "Age", "Message"), [[name, "1m", "ok"]], 200) == [24, 3, 7]
