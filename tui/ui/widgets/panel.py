"""The base of every dashboard panel: a titled box with a DataTable and a text filter."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Input, Static

from tui.core.config_types import PanelConfig
from tui.core.models import Snapshot
from tui.ui.bindings import bindings
from tui.ui.links import open_link


class PanelTable(DataTable[Any]):
    """The panel's table; vim keys and the rest come from the keymap."""

    BINDINGS = bindings("panel")

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
        panel = self._panel()
        if panel is not None:
            panel.open_detail()

    def action_open_link(self) -> None:
        panel = self._panel()
        if panel is not None:
            panel.open_link(copy=False)

    def action_copy_link(self) -> None:
        panel = self._panel()
        if panel is not None:
            panel.open_link(copy=True)

    def _panel(self) -> Panel | None:
        for node in self.ancestors:
            if isinstance(node, Panel):
                return node
        return None


class Panel(Vertical):
    """A dashboard panel. Subclasses fill the table from a snapshot."""

    kind = "panel"
    empty_text = "Nothing to show yet."

    def __init__(self, config: PanelConfig, *, id: str | None = None) -> None:
        super().__init__(id=id, classes=f"panel panel-{config.kind}")
        self.config = config
        self.border_title = config.title
        self.snapshot: Snapshot | None = None
        self.metal_filter: str | None = None
        self.text_filter = ""
        self.row_objects: dict[str, Any] = {}
        self._rows: list[tuple[str, list[Text], int]] = []
        self._generation = 0
        self._shown: list[tuple[str, list[Text], int]] = []  # the rows the table holds
        self._filling = False  # rows still being added after the first paint
        self._selected: str | None = None
        self._keep = 0
        self.styles.height = "1fr"

    def compose(self) -> ComposeResult:
        yield Input(placeholder="filter…  (Enter keeps, Esc clears)", classes="panel-filter")
        yield Static("", classes="panel-empty")
        table = PanelTable(cursor_type="row", zebra_stripes=False, classes="panel-table")
        yield table

    @property
    def table(self) -> PanelTable:
        return self.query_one(PanelTable)

    @property
    def now(self) -> datetime:
        if self.snapshot is not None:
            return self.snapshot.generated_at
        return datetime.now(timezone.utc)

    def metals(self) -> set[str] | None:
        """The metals this panel shows: the linked filter, else its configured list, else all."""
        if self.metal_filter:
            return {self.metal_filter}
        return set(self.config.metals) or None

    def show(self, snapshot: Snapshot | None = None) -> None:
        if snapshot is not None:
            self.snapshot = snapshot
        if self.snapshot is None:
            return
        table = self.table
        keep = table.cursor_row
        selected = self.selected_key() if self._selected is None else self._selected
        fresh_columns = not table.columns
        if fresh_columns:
            self.add_columns(table)
        self.row_objects = {}
        self._rows = []
        self.fill(table, self.snapshot)
        shown, self._shown = self._shown, list(self._rows)
        new_keys = [r[0] for r in self._rows]
        added = len(new_keys) - len(shown)
        same_rows = (
            not fresh_columns
            and not self._filling
            and bool(shown)
            and 0 <= added <= 200
            and new_keys[added:] == [r[0] for r in shown]
        )
        # Update in place only while that is cheap: an update_cell costs about what adding a row
        # does, and a full refill adds only a screenful before the next paint.
        if same_rows and len(self._changed_cells(shown, self._rows[added:])) + 4 * added > 120:
            same_rows = False
        if same_rows:
            # the same rows in the same order, maybe with new ones on top (a refresh that
            # brought stories, changed ages, a price, a status): add the new rows, put them
            # first, update the cells that changed, keep everything else
            if added:
                self._prepend(shown, self._rows, added)
            else:
                self._update_cells(shown, self._rows)
            self._rows = []
            self._finish_show()
            return
        table.clear()
        # A screenful now, the rest after the first paint (adding a DataTable row costs
        # ~0.5 ms: a thousand rows would hold the first paint back by half a second).
        self._generation += 1
        first = max(self.size.height, 24) + 16
        self._add_rows(self._rows[:first])
        rest = self._rows[first:]
        self._rows = []
        self._selected = selected
        self._keep = keep
        self._filling = bool(rest)
        if rest:
            self.call_after_refresh(self._add_later, rest, self._generation)
        else:
            self._place_cursor()
        self._finish_show()

    def _changed_cells(
        self, old: list[tuple[str, list[Text], int]], new: list[tuple[str, list[Text], int]]
    ) -> list[tuple[str, Any, Text]]:
        columns = list(self.table.columns)
        return [
            (key, column, b)
            for (key, before, _), (_, after, _) in zip(old, new, strict=True)
            for column, a, b in zip(columns, before, after, strict=False)
            if not _same(a, b)
        ]

    def _update_cells(
        self, old: list[tuple[str, list[Text], int]], new: list[tuple[str, list[Text], int]]
    ) -> None:
        table = self.table
        for key, column, value in self._changed_cells(old, new):
            table.update_cell(key, column, value)

    def _prepend(
        self,
        old: list[tuple[str, list[Text], int]],
        new: list[tuple[str, list[Text], int]],
        added: int,
    ) -> None:
        table = self.table
        first_column = next(iter(table.columns))
        # the first cell object of each row, as the table will hold it, gives its position
        rank: dict[int, int] = {}
        for i, (_, cells, _) in enumerate(new[:added]):
            rank[id(cells[0])] = i
        for i, ((_, before, _), (_, after, _)) in enumerate(zip(old, new[added:], strict=True)):
            rank[id(after[0] if not _same(before[0], after[0]) else before[0])] = added + i
        self._update_cells(old, new[added:])
        self._add_rows(new[:added])
        table.sort(first_column, key=lambda cell: rank.get(id(cell), len(rank)))
        if table.row_count:
            table.move_cursor(row=min(table.cursor_row + added, table.row_count - 1))

    def _finish_show(self) -> None:
        empty = self.query_one(".panel-empty", Static)
        empty.update(Text(self.empty_message(), style="italic"))
        empty.display = not self.row_objects
        self.update_title()

    def add_row(self, key: str, obj: Any, cells: list[Text], height: int = 1) -> None:
        """Called by ``fill``: one row and the object it shows. A one-line row's cells end with
        an ellipsis when their column cuts them."""
        if height == 1:
            for cell in cells:
                if cell.overflow is None:
                    cell.overflow = "ellipsis"
                    cell.no_wrap = True
        self.row_objects[key] = obj
        self._rows.append((key, cells, height))

    def _add_rows(self, rows: list[tuple[str, list[Text], int]]) -> None:
        table = self.table
        for key, cells, height in rows:
            table.add_row(*cells, key=key, height=height)

    def _add_later(self, rows: list[tuple[str, list[Text], int]], generation: int) -> None:
        if generation != self._generation:  # a newer show() replaced these rows
            return
        chunk, rest = rows[:150], rows[150:]  # ~80 ms a chunk: input stays responsive
        self._add_rows(chunk)
        if rest:
            self.call_after_refresh(self._add_later, rest, generation)
        else:
            self._filling = False
            self._place_cursor()

    def _place_cursor(self) -> None:
        table = self.table
        selected, self._selected = self._selected, None
        if selected is not None and selected in self.row_objects:
            try:
                table.move_cursor(row=table.get_row_index(selected))
                return
            except Exception:
                pass
        if table.row_count:
            table.move_cursor(row=min(self._keep, table.row_count - 1))

    def update_title(self) -> None:
        parts = [self.config.title]
        if self.metal_filter:
            parts.append(f"metal: {self.metal_filter}")
        if self.text_filter:
            parts.append(f"filter: {self.text_filter!r}")
        self.border_title = " · ".join(parts)
        hidden = getattr(self, "hidden", 0)
        more = f" (+{hidden:,} older: filter with / to reach them)" if hidden else ""
        self.border_subtitle = f"{len(self.row_objects):,} rows{more}{self.staleness()}"

    def staleness(self) -> str:
        """ " · stale 3h" when this panel's sources failed or are overdue (their data is kept)."""
        if self.snapshot is None or self.snapshot.mode == "demo":
            return ""
        names = set(self.source_names())
        stale = [
            h
            for h in self.snapshot.sources
            if h.name in names and (h.stale or (h.error and h.last_success))
        ]
        if not stale:
            return ""
        from tui.core.fmt import age

        oldest = min((h.last_success for h in stale if h.last_success), default=None)
        when = f" {age(oldest, datetime.now(timezone.utc))}" if oldest else ""
        return f" · ⚠ {len(stale)} stale source{'s' if len(stale) > 1 else ''}{when}"

    def empty_message(self) -> str:
        if self.text_filter or self.metal_filter:
            return "Nothing matches the filter (Esc in the filter box or M clears it)."
        return self.empty_text

    def matches(self, *texts: str) -> bool:
        if not self.text_filter:
            return True
        needle = self.text_filter.lower()
        return any(needle in t.lower() for t in texts if t)

    def selected_key(self) -> str | None:
        table = self.table
        if not table.row_count:
            return None
        try:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        except Exception:
            return None
        return str(key.value) if key.value is not None else None

    def selected(self) -> Any:
        key = self.selected_key()
        return self.row_objects.get(key) if key is not None else None

    # ---- to override ----------------------------------------------------------------

    def add_columns(self, table: DataTable[Any]) -> None:
        raise NotImplementedError

    def fill(self, table: DataTable[Any], snapshot: Snapshot) -> None:
        raise NotImplementedError

    def open_detail(self) -> None:
        pass

    def link(self) -> str | None:
        return None

    def source_names(self) -> list[str]:
        return []

    # ---- filter box -----------------------------------------------------------------

    def start_filter(self) -> None:
        box = self.query_one(".panel-filter", Input)
        box.display = True
        box.value = self.text_filter
        self.app.set_focus(box)

    @on(Input.Changed, ".panel-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.text_filter = event.value.strip()
        self.show()

    @on(Input.Submitted, ".panel-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        box = self.query_one(".panel-filter", Input)
        box.display = bool(self.text_filter)
        self.app.set_focus(self.table)

    def key_escape(self) -> None:
        box = self.query_one(".panel-filter", Input)
        if box.has_focus or self.text_filter:
            self.text_filter = ""
            box.value = ""
            box.display = False
            self.show()
            self.app.set_focus(self.table)

    def open_link(self, *, copy: bool) -> None:
        url = self.link()
        if not url or not url.startswith(("http://", "https://")):
            self.app.notify("No http(s) link for this row.", severity="warning")
            return
        if copy:
            self.app.copy_to_clipboard(url)
            self.app.notify(f"Copied {url}", title="Link")
        else:
            open_link(self.app, url)


def _same(a: Text, b: Text) -> bool:
    """Text's own == ignores the base style (a theme change alters only that)."""
    return a.plain == b.plain and str(a.style) == str(b.style) and a.spans == b.spans
