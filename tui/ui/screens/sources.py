"""Source health: every source, ok / error / stale, last success, next attempt, items."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from tui.core.fmt import ago
from tui.core.models import SourceHealth
from tui.ui.screens.base import DetailScreen
from tui.ui.widgets.key_footer import KeyFooter


class SourcesScreen(DetailScreen):
    def __init__(self, health: list[SourceHealth], now: datetime) -> None:
        super().__init__()
        self.health = health
        self.now = now

    def compose(self) -> ComposeResult:
        yield Static(Text("Source health (Esc to go back)", style="bold"), id="sources-title")
        table: DataTable[Text] = DataTable(cursor_type="row", id="sources-table")
        yield table
        # the highlighted source's whole message, wrapped: a long error never needs scrolling
        yield Static(id="source-detail")
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        colours = self.app.theme_variables
        for col in ("Source", "Kind", "State", "Items", "Last success", "Next try", "Message"):
            table.add_column(col)
        for h in self.health:
            if h.ok and h.stale:
                state = Text("stale", style=f"bold {colours.get('warning', '')}".strip())
            elif h.ok:
                state = Text("ok", style=colours.get("success", ""))
            elif h.error:
                state = Text("error", style=f"bold {colours.get('error', '')}".strip())
            else:
                state = Text("waiting", style="dim")
            last = ago(h.last_success, self.now)
            nxt = h.next_attempt.strftime("%H:%M:%S") if h.next_attempt else "—"
            msg = h.error or (f"warning: {h.warning}" if h.warning else "")
            table.add_row(
                Text(h.name, overflow="ellipsis", no_wrap=True),
                Text(h.kind, overflow="ellipsis", no_wrap=True),
                state,
                Text(str(h.items)),
                Text(last),
                Text(nxt),
                Text(msg, overflow="ellipsis", no_wrap=True),
            )
        table.focus()
        self._show_detail(0)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail(event.cursor_row)

    def _show_detail(self, index: int) -> None:
        box = self.query_one("#source-detail", Static)
        if not 0 <= index < len(self.health):
            box.update("")
            return
        h = self.health[index]
        t = Text()
        t.append(f"{h.name} ({h.kind}): ", style="bold")
        if h.error:
            t.append(h.error)
        elif h.warning:
            t.append(f"warning: {h.warning}")
        else:
            t.append("ok" if h.ok else "waiting for its first fetch")
        box.update(t)
