"""The rows of the prices and policy panels: a table on Textual's Line API.

A ``ScrollView`` that draws only the lines on screen (``render_line``), from the rows the panel
hands it: a row key, one ``Text`` per column (a cell may hold several lines) and the row's height.
It replaces a ``DataTable``, whose first paint rendered every visible cell through Rich's
``Padding`` and a console pass (~50 ms for the two panels) and styled nine component classes
per table. Here a cell line is its ``Text`` rendered to segments, cut with an ellipsis and
padded: cached by the cell object, so a refresh that keeps a cell (``patch``) never draws it
again, and a line by its row's cell objects and whether the cursor is on it. The first line is
a fixed header; the cursor is a row, kept on its row key across refreshes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import ClassVar, NamedTuple

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.ui.bindings import bindings
from tui.ui.cell_lines import PAD, plain_lines, rich_lines, spanned_lines
from tui.ui.content_lines import content_lines
from tui.ui.widgets.lazy_cells import same_cells
from tui.ui.widgets.row_keys import RowKeys

Row = tuple[str, Sequence[Text], int]  # (row key, cells, height): cells may be ``LazyCells``


class Column(NamedTuple):
    key: str
    label: str
    width: int  # the text's width; the column takes ``width + 2 * PAD``


class PanelRows(RowKeys, ScrollView, can_focus=True):
    """A table of rows; ``row_count``, ``cursor_row``, ``move_cursor``, ``get_row_index``,
    ``get_row``, ``get_cell`` as a DataTable has."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "panel-rows--header",
        "panel-rows--cursor",
        "panel-rows--cursor-blurred",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        *bindings("panel"),
    ]

    def __init__(self, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.columns: list[Column] = []
        self._rows: list[Row] = []
        self._index: dict[str, int] = {}
        self._tops: list[int] = [0]  # the first line of each row (and the total at the end)
        self.cursor_row = 0
        self.on_open: Callable[[], None] | None = None  # Enter, a double click (the panel's)
        self.on_link: Callable[[bool], None] | None = None  # open (False) or copy (True)
        self.on_cursor: Callable[[], None] | None = None  # the cursor moved to another row
        # (id(cell), width, style) -> (cell, its lines): a cell kept by ``patch`` is drawn once
        self._cells: LRUCache[tuple[object, ...], tuple[Text, list[list[Segment]]]] = LRUCache(4000)
        self._base: Style | None = None  # the widget's own style (``rich_style`` walks the DOM)
        # (row key, line, cursor, focus, width) -> (the row's cells, strip)
        self._lines: LRUCache[tuple[object, ...], tuple[tuple[Text, ...], Strip]] = LRUCache(2000)
        self._pass_width: int | None = None  # the lines' width while ``render_lines`` runs
        self.cell_renders = 0  # cells rendered afresh (for tests and benchmarks)
        self.line_renders = 0  # lines of rows drawn afresh

    # ---- columns and rows ---------------------------------------------------------------

    def add_column(self, label: str, *, key: str, width: int) -> None:
        self.columns.append(Column(key, label, width))
        self._lines.clear()
        self.refresh()

    def clear(self, columns: bool = False) -> None:
        self.set_rows([], None)
        if columns:
            self.columns = []
        self._lines.clear()

    @property
    def row_count(self) -> int:
        return len(self._rows)

    def row_keys(self) -> list[str]:
        return [key for key, _, _ in self._rows]

    def column_keys(self) -> list[str]:
        return [c.key for c in self.columns]

    def get_row_index(self, key: str) -> int:
        return self._index[key]

    def get_row(self, key: str) -> list[Text]:
        return list(self._rows[self._index[key]][1])

    def get_row_at(self, row: int) -> list[Text]:
        return list(self._rows[row][1])

    def get_cell(self, key: str, column: str) -> Text:
        return self._rows[self._index[key]][1][self.column_keys().index(column)]

    def cursor_key(self) -> str | None:
        if 0 <= self.cursor_row < len(self._rows):
            return self._rows[self.cursor_row][0]
        return None

    def set_rows(self, rows: list[Row], selected: str | None) -> None:
        """Show ``rows``; the cursor stays on the row ``selected`` when it is still shown, else
        in its place."""
        self._rows = rows
        self._index = {key: i for i, (key, _, _) in enumerate(rows)}
        tops = [0]
        for _, _, height in rows:
            tops.append(tops[-1] + height)
        self._tops = tops
        row = self._index.get(selected) if selected is not None else None
        self.cursor_row = max(0, min(self.cursor_row if row is None else row, len(rows) - 1))
        self.virtual_size = Size(self._width(), tops[-1] + 1)
        self._follow_cursor()
        self.refresh()
        self.links_follow()

    def patch(self, old: list[Row], new: list[Row], selected: str | None) -> list[Row]:
        """Show ``new`` in place of ``old``: a cell whose text and style are as before keeps its
        object (and so its drawing); the rows as the table now holds them."""
        before = {key: cells for key, cells, _ in old}
        held: list[Row] = []
        for key, cells, height in new:
            kept = before.get(key)
            if kept is not None and same_cells(kept, cells):
                cells = kept  # the same cells, made or not: neither is made to compare them
            elif kept is not None and len(kept) == len(cells):
                cells = [a if a is b or same(a, b) else b for a, b in zip(kept, cells, strict=True)]
            held.append((key, cells, height))
        self.set_rows(held, selected)
        return held

    # ---- cursor -------------------------------------------------------------------------

    def move_cursor(self, *, row: int) -> None:
        if not self._rows:
            return
        row = max(0, min(row, len(self._rows) - 1))
        before, self.cursor_row = self.cursor_row, row
        if row != before:
            self._refresh_row(before)
            self._refresh_row(row)
            self.links_follow()
            if self.on_cursor is not None:
                self.on_cursor()
        self._follow_cursor()

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def _follow_cursor(self) -> None:
        if not self._rows:
            return
        top, end = self._tops[self.cursor_row], self._tops[self.cursor_row + 1]
        page = self._page()
        scroll = int(self.scroll_y)
        if top < scroll:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif end > scroll + page:  # a row taller than the page shows its first line (the
            # price and its age), not its last alone (the source and "stale")
            self.scroll_to(y=max(0, min(top, end - page)), animate=False, immediate=True)

    def _refresh_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            y = self._tops[row] - int(self.scroll_y) + 1
            height = self._tops[row + 1] - self._tops[row]
            if y + height > 1 and y < self.size.height:
                self.refresh_lines(max(1, y), height)

    def _rows_per_page(self) -> int:
        heights = self._tops[-1] / len(self._rows) if self._rows else 1
        return max(1, int(self._page() / max(heights, 1)))

    def _row_count(self) -> int:
        return len(self._rows)

    def on_click(self, event: events.Click) -> None:
        """A click selects the row; a double click opens it, like Enter."""
        line = int(self.scroll_y) + event.y - 1
        if event.y < 1 or line >= self._tops[-1]:
            return
        self.move_cursor(row=bisect_right(self._tops, line) - 1)
        if event.chain >= 2:
            self.call_after_refresh(self.action_open_detail)

    def on_focus(self) -> None:
        self._refresh_row(self.cursor_row)
        if self.on_cursor is not None:  # the cursor's row is shown as chosen now (once the
            self.call_later(self.on_cursor)  # focus has moved)

    def on_blur(self) -> None:
        self._refresh_row(self.cursor_row)
        if self.on_cursor is not None:
            self.call_later(self.on_cursor)

    # ---- drawing ------------------------------------------------------------------------

    def _width(self) -> int:
        return self.scrollable_content_region.width

    def on_resize(self) -> None:
        self._lines.clear()
        self.virtual_size = Size(self._width(), self._tops[-1] + 1)
        self._follow_cursor()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._base = None  # a theme change: every colour may have moved
        self._cells.clear()
        self._lines.clear()

    def render_lines(self, crop: Region) -> list[Strip]:
        # the width of every line drawn in this pass, measured once: the widget's region is
        # looked up through the screen's compositor each time (~0.25 M instructions a line)
        # (Textual's styles cache drew each line at ~0.2 M: ``content_lines`` as it does, at less)
        self._pass_width = self._width()
        try:
            lines = content_lines(self, crop)
            return super().render_lines(crop) if lines is None else lines
        finally:
            self._pass_width = None

    def render_line(self, y: int) -> Strip:
        width = self._width() if self._pass_width is None else self._pass_width
        base = self._base
        if base is None:
            base = self._base = self.rich_style
        if y == 0:
            return self._header(width, base)
        line = int(self.scroll_y) + y - 1
        if line >= self._tops[-1] or not self.columns:
            return Strip.blank(width, base)
        row = bisect_right(self._tops, line) - 1
        key, cells, _ = self._rows[row]
        line_no = line - self._tops[row]
        cursor = row == self.cursor_row
        focus = cursor and self.has_focus
        cache_key = (key, line_no, cursor, focus, width)
        values = tuple(cells)
        hit = self._lines.get(cache_key)
        if hit is not None and len(hit[0]) == len(values):
            if all(a is b for a, b in zip(hit[0], values, strict=True)):
                return hit[1]
        style, over = base, None
        if cursor:
            name = "cursor" if focus else "cursor-blurred"
            style = base + self.get_component_rich_style(f"panel-rows--{name}")
            over = Style.from_color(style.color)  # the cursor's text colour wins, as in a DataTable
        segments: list[Segment] = []
        drawn = 0  # every line of a cell is its column's width and padding, to the cell
        for column, cell in zip(self.columns, cells, strict=False):
            if drawn + PAD + column.width > width:
                break  # a column past the edge is left out whole: no stray digit of a date
            segments.extend(self._cell(cell, line_no, column.width, style, over))
            drawn += column.width + 2 * PAD
        if drawn < width:  # ``Segment.adjust_line_length`` without measuring every segment
            segments.append(Segment(" " * (width - drawn), style))
        elif drawn > width:  # only the last column's padding (under the scrollbar)
            segments = Segment.adjust_line_length(segments, width, style)
        strip = Strip(segments, width)
        self._lines[cache_key] = (values, strip)
        self.line_renders += 1
        return strip

    def _header(self, width: int, base: Style) -> Strip:
        style = base + self.get_component_rich_style("panel-rows--header")
        text = ""
        for c in self.columns:
            if len(text) + PAD + c.width > width:
                break  # as the rows: a column past the edge is left out, not cut to "1…"
            text += " " * PAD + fit(c.label, c.width).ljust(c.width) + " " * PAD
        # only the last column's padding may be past the edge (the scrollbar's cell at 80)
        return Strip([Segment(text[:width].ljust(width), style)], width)

    def _cell(
        self, cell: Text, line_no: int, width: int, style: Style, over: Style | None
    ) -> list[Segment]:
        """One line of a cell, ``width`` wide and padded: its own styles over ``style`` (the
        row's); on the cursor row ``over`` (the cursor's text colour) over those. Every line of
        the cell is drawn at once (a two-line row asks for the second next)."""
        key = (id(cell), width, style, over)
        hit = self._cells.get(key)
        if hit is None or hit[0] is not cell:
            hit = (cell, self._draw(cell, width, style, over))
            self._cells[key] = hit
            self.cell_renders += 1
        lines = hit[1]
        if line_no < len(lines):
            return lines[line_no]
        return [Segment(" " * (width + 2 * PAD), style)]

    def _draw(
        self, cell: Text, width: int, style: Style, over: Style | None
    ) -> list[list[Segment]]:
        console = self.app.console
        # most cells: drawn without Rich's passes, the same segments (``tui.ui.cell_lines``)
        quick = plain_lines if not cell.spans else spanned_lines
        lines = quick(cell, width, style, over, console)
        if lines is None:
            lines = rich_lines(cell, width, style, over, console)
        return lines


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells with an ellipsis."""
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def same(a: Text, b: Text) -> bool:
    """Text's own == ignores the base style (a theme change alters only that)."""
    return a.plain == b.plain and str(a.style) == str(b.style) and a.spans == b.spans
