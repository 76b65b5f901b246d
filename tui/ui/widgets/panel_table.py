"""The DataTable of the prices and policy panels, updated in place by row key.

A refresh hands the table the rows it should show; ``patch`` removes the rows that went, adds
the rows that came, calls ``update_cell`` only for the cells whose text or style changed, and
reorders only when the order changed, so a refresh (or a new age) touches the changed cells and
nothing else. Textual's own render caches are keyed by a table-wide update counter that every
``update_cell`` bumps: one new price would re-render every visible cell. ``PanelTable`` keeps a
second cache keyed by the cell object itself (a cell that did not change is the same object:
``patch`` keeps it), so after a refresh only the changed cells are rendered again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import DataTable

from tui.ui.bindings import bindings

Row = tuple[str, list[Text], int]  # (row key, cells, height)
PATCH_MAX = 60  # more rows than this came or went: a refill is cheaper (remove_row is O(rows))


class PanelTable(DataTable[Any]):
    """The panel's table; vim keys and the rest come from the keymap."""

    BINDINGS = bindings("panel")

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.on_open: Callable[[], None] | None = None  # Enter, a double click (set by the panel)
        self.on_link: Callable[[bool], None] | None = None  # open (False) or copy (True)
        # (id(cell), row, column, style, width, cursor, hover, ...) -> (cell, lines)
        self._cells: LRUCache[tuple[object, ...], tuple[object, Any]] = LRUCache(4000)
        # (row, line, place, cursor here, widths, ...) -> (the row's cells, strip)
        self._lines: LRUCache[tuple[object, ...], tuple[tuple[object, ...], Strip]] = LRUCache(2000)
        self.cell_renders = 0  # cells rendered afresh (for tests and benchmarks)
        self.line_renders = 0  # lines of rows drawn afresh

    # ---- rendering: cached by the cell object, not by the table's update counter --------

    _pass_style: Style | None = None  # this widget's style, during one render pass

    @property
    def rich_style(self) -> Style:
        """Textual works it out from every ancestor's styles, and the table asks for it once
        per line drawn, twice for a line of a row: within one pass it is worked out once."""
        if self._pass_style is not None:
            return self._pass_style
        return super().rich_style

    def render_lines(self, crop: Region) -> list[Strip]:
        self._pass_style = None
        self._pass_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._pass_style = None

    def _render_cell(
        self,
        row_index: int,
        column_index: int,
        base_style: Style,
        width: int,
        cursor: bool = False,
        hover: bool = False,
    ) -> Any:
        row_key = self._row_locations.get_key(row_index)
        column_key = self._column_locations.get_key(column_index)
        if row_key is None or column_key is None:  # the header (row -1): Textual's own cache
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        cell = self._data[row_key][column_key]
        key = (
            id(cell),
            row_index,  # the row and column are in the segments' meta (mouse clicks)
            column_index,
            base_style,
            width,
            cursor,
            hover,
            self._show_hover_cursor,
            self._pseudo_class_state,
            self.rows[row_key].height,
        )
        hit = self._cells.get(key)
        if hit is not None and hit[0] is cell:
            return hit[1]
        lines = super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        self._cells[key] = (cell, lines)  # the cell is kept alive with it: its id stays its own
        self.cell_renders += 1
        return lines

    def _render_line(self, y: int, x1: int, x2: int, base_style: Style) -> Strip:
        """A line of a row, cached by what it shows: the row's cell objects, its place, whether
        the cursor (or the mouse) is on it, the widths. Another row's new cell does not draw
        this one again, and neither does the cursor moving between two other rows."""
        try:
            row_key, line_no = self._get_offsets(y)
        except LookupError:
            return super()._render_line(y, x1, x2, base_style)
        row_index = self._row_locations.get(row_key)
        if row_index is None:  # the header
            return super()._render_line(y, x1, x2, base_style)
        values = tuple(self._data[row_key].values())
        if self.cursor_type == "row":
            cursor: object = self.cursor_coordinate.row == row_index
            hover: object = self.hover_coordinate.row == row_index
        else:
            cursor, hover = self.cursor_coordinate, self.hover_coordinate
        key = (
            row_key,
            row_index,
            line_no,
            x1,
            x2,
            base_style,
            cursor,
            hover,
            self.cursor_type,
            self.show_cursor,
            self._show_hover_cursor,
            self._pseudo_class_state,
            self.size.width,
            tuple(column.get_render_width(self) for column in self.ordered_columns),
            self.fixed_columns,
        )
        hit = self._lines.get(key)
        if hit is not None and len(hit[0]) == len(values):
            if all(a is b for a, b in zip(hit[0], values, strict=True)):
                return hit[1]
        strip = super()._render_line(y, x1, x2, base_style)
        self._lines[key] = (values, strip)
        self.line_renders += 1
        return strip

    def _clear_caches(self) -> None:
        super()._clear_caches()
        self._cells.clear()
        self._lines.clear()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cells.clear()
        self._lines.clear()

    # ---- rows ---------------------------------------------------------------------------

    def add_rows_of(self, rows: list[Row]) -> None:
        for key, cells, height in rows:
            self.add_row(*cells, key=key, height=height)

    def patch(self, old: list[Row], new: list[Row], selected: str | None) -> list[Row] | None:
        """Turn the table holding ``old`` into one showing ``new``, in place; the rows as the
        table now holds them (an unchanged cell keeps its object), or None when a refill is
        the better way (many rows came or went, a row changed height; nothing was touched)."""
        before = {key: (cells, height) for key, cells, height in old}
        keys = {key for key, _, _ in new}
        gone = [key for key in before if key not in keys]
        came = [row for row in new if row[0] not in before]
        if len(gone) > PATCH_MAX or len(came) > PATCH_MAX:
            return None
        if any(key in before and before[key][1] != height for key, _, height in new):
            return None
        for key in gone:
            self.remove_row(key)
        columns = list(self.columns)
        held: list[Row] = []
        for key, cells, height in new:
            if key not in before:
                held.append((key, cells, height))
                continue
            kept = before[key][0]
            cells = [
                self._update(key, c, a, b) for c, a, b in zip(columns, kept, cells, strict=True)
            ]
            held.append((key, cells, height))
        self.add_rows_of(came)
        order = [key for key, _, _ in held]
        if [key for key, _, _ in old if key in keys] + [key for key, _, _ in came] != order:
            # the first cell of each row, as the table holds it, says where the row goes
            rank = {id(cells[0]): i for i, (_, cells, _) in enumerate(held)}
            self.sort(columns[0], key=lambda cell: rank.get(id(cell), len(rank)))
        self.keep_cursor(selected)
        return held

    def _update(self, key: str, column: Any, a: Text, b: Text) -> Text:
        if a is b or same(a, b):
            return a  # the table keeps the object it holds, and its rendering
        self.update_cell(key, column, b)
        return b

    def keep_cursor(self, selected: str | None) -> None:
        """The cursor stays on the row ``selected`` when it is still shown, else in its place."""
        if not self.row_count:
            return
        if selected is not None and selected in self.rows:
            row = self.get_row_index(selected)
        else:
            row = min(self.cursor_row, self.row_count - 1)
        if row != self.cursor_row:
            self.move_cursor(row=row)

    # ---- keys -------------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        """A click selects the row (DataTable); a double click opens it, like Enter."""
        if event.chain >= 2:
            self.call_after_refresh(self.action_open_detail)

    def action_cursor_top(self) -> None:
        if self.row_count:
            self.move_cursor(row=0)

    def action_cursor_bottom(self) -> None:
        if self.row_count:
            self.move_cursor(row=self.row_count - 1)

    def action_open_detail(self) -> None:
        if self.on_open is not None:
            self.on_open()

    def action_open_link(self) -> None:
        if self.on_link is not None:
            self.on_link(False)

    def action_copy_link(self) -> None:
        if self.on_link is not None:
            self.on_link(True)


def same(a: Text, b: Text) -> bool:
    """Text's own == ignores the base style (a theme change alters only that)."""
    return a.plain == b.plain and str(a.style) == str(b.style) and a.spans == b.spans
