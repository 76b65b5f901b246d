"""Source health: every source, ok / error / stale, last success, next attempt, items."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable, Footer, Static

from tui.core.fmt import ago
from tui.core.models import SourceHealth
from tui.ui.screens.base import DetailScreen


class SourcesScreen(DetailScreen):
    def __init__(self, health: list[SourceHealth], now: datetime) -> None:
        super().__init__()
        self.health = health
        self.now = now

    def compose(self) -> ComposeResult:
        yield Static(Text("Source health (Esc to go back)", style="bold"), id="sources-title")
        table: DataTable[Text] = DataTable(cursor_type="row", id="sources-table")
        yield table
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for col in ("Source", "Kind", "State", "Items", "Last success", "Next try", "Message"):
            table.add_column(col)
        for h in self.health:
            if h.ok and h.stale:
                state = Text("stale", style="bold yellow")
            elif h.ok:
                state = Text("ok", style="green")
            elif h.error:
                state = Text("error", style="bold red")
            else:
                state = Text("waiting", style="dim")
            last = ago(h.last_success, self.now)
            nxt = h.next_attempt.strftime("%H:%M:%S") if h.next_attempt else "—"
            msg = h.error or (f"warning: {h.warning}" if h.warning else "")
            table.add_row(
                Text(h.name),
                Text(h.kind),
                state,
                Text(str(h.items)),
                Text(last),
                Text(nxt),
                Text(msg),
            )
        table.focus()
