"""The keys of a list with a row cursor, shared by the headline list and the prices and policy
rows: down, up, a page either way, top, bottom, Enter (details), open and copy the link.

A widget mixes it in and gives ``cursor_row``, ``move_cursor(row=)``, ``on_open``, ``on_link``,
``_row_count()`` (how many rows) and ``_rows_per_page()`` (how many a page key moves).
"""

from __future__ import annotations

from collections.abc import Callable


class RowKeys:
    """Actions of the keymap's ``table`` scope, in terms of the widget's own cursor."""

    cursor_row: int
    on_open: Callable[[], None] | None
    on_link: Callable[[bool], None] | None

    def move_cursor(self, *, row: int) -> None:
        raise NotImplementedError

    def _row_count(self) -> int:
        raise NotImplementedError

    def _rows_per_page(self) -> int:
        raise NotImplementedError

    def action_cursor_down(self) -> None:
        self.move_cursor(row=self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(row=self.cursor_row - 1)

    def action_page_down(self) -> None:
        self.move_cursor(row=self.cursor_row + self._rows_per_page())

    def action_page_up(self) -> None:
        self.move_cursor(row=self.cursor_row - self._rows_per_page())

    def action_cursor_top(self) -> None:
        self.move_cursor(row=0)

    def action_cursor_bottom(self) -> None:
        self.move_cursor(row=self._row_count() - 1)

    def action_open_detail(self) -> None:
        if self.on_open is not None and self._row_count():
            self.on_open()

    def action_open_link(self) -> None:
        if self.on_link is not None:
            self.on_link(False)

    def action_copy_link(self) -> None:
        if self.on_link is not None:
            self.on_link(True)
