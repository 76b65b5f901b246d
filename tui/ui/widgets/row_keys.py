"""The keys of a list with a row cursor, shared by the headline list and the prices and policy
rows: down, up, a page either way, top, bottom, Enter (details), open and copy the link.

A widget mixes it in and gives ``cursor_row``, ``move_cursor(row=)``, ``on_open``, ``on_link``,
``_row_count()`` (how many rows) and ``_rows_per_page()`` (how many a page key moves); it calls
``links_follow()`` when the row under the cursor may have changed. The link keys are offered
(footer, help, the key itself) only while that row has an http(s) link (``has_link``): a price
row offered "o Open link", and the key only said there was none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

LINK_ACTIONS = ("open_link", "copy_link")


class RowKeys:
    """Actions of the keymap's ``table`` scope, in terms of the widget's own cursor."""

    cursor_row: int
    on_open: Callable[[], None] | None
    on_link: Callable[[bool], None] | None
    has_link: Callable[[], bool] | None = None  # the row under the cursor has an http(s) link
    _linked: bool | None = None  # what the footer was last told (``links_follow``)

    if TYPE_CHECKING:  # the widget's own (Textual's ``DOMNode``): not shadowed here

        def refresh_bindings(self) -> None: ...

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in LINK_ACTIONS:
            self._linked = self._link_here()
            return self._linked  # False: hidden from the footer and help, and the key passes
        return True

    def _link_here(self) -> bool:
        return self.on_link is not None and (self.has_link is None or self.has_link())

    def links_follow(self) -> None:
        """The cursor's row changed (a move, new rows): the footer asked again, only when the
        link keys come or go (each ask rebuilds the footer)."""
        if self._linked is not None and self._link_here() != self._linked:
            self.refresh_bindings()

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
