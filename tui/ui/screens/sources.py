"""Source health: every source, ok / error / stale, last success, next attempt, items."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from tui.core.demo_clock import captured_cell
from tui.core.fmt import ago
from tui.core.kept import items_cell, items_said, items_short, kept_of, why_fewer
from tui.core.models import SourceHealth
from tui.ui.column_fit import fitted
from tui.ui.hanging import Hanging, hang_from
from tui.ui.screens.base import DetailScreen
from tui.ui.shown import shown
from tui.ui.widgets.key_footer import KeyFooter
from tui.ui.widgets.log_table import LogTable

HEADERS = ("Source", "Kind", "State", "Items", "Last success", "Next try", "Message")
NARROW_HEADERS = ("Source", "Kind", "State", "Items", "Last ok", "Next try", "Message")
#: The bundled demo's column of "Last ok": when its files were captured, not when this run read
#: them (``tui.core.demo_clock.captured_cell``)
CAPTURED = "Captured"
KIND = HEADERS.index("Kind")
#: The cells the message keeps where the names would be cut: the start of an error ("HTTP 500").
MESSAGE_KEEPS = 20
#: From 80 columns, where that makes the names whole, the Message column keeps only this many
#: cells (its start, "connection …"; the line under the table says it whole).
MESSAGE_LEAST = 12
#: How often an open screen re-reads the sources' health (a refresh may finish meanwhile).
RELOAD_EVERY_S = 2.0


def next_try_text(when: datetime | None, now: datetime) -> str:
    """The next attempt in the user's local time (as stderr's "not due until" says it), with the
    date when it is not today; ``due`` once it has passed (the attempt is running or queued)."""
    if when is None:
        return "—"
    if when <= now:
        return "due"
    local, today = when.astimezone(), now.astimezone()
    if local.date() == today.date():
        return local.strftime("%H:%M:%S")
    return local.strftime("%d %b %H:%M")


class SourcesScreen(DetailScreen):
    def __init__(
        self,
        health: list[SourceHealth],
        now: datetime,
        reload: Callable[[], list[SourceHealth]] | None = None,
        note: str | None = None,
        bundled: bool = False,
        kept: Callable[[], dict[str, int] | None] | None = None,
        max_stories: int = 0,
    ) -> None:
        super().__init__()
        # each news source's items kept (``tui.core.kept``): "30,000 (20,000 kept)"
        self._kept = kept
        self.kept = kept() if kept is not None else None
        self.max_stories = max_stories
        self._widths: list[int] = []  # the columns' widths as last fitted
        self.health = health
        self.now = now
        self.note = note  # said in the title: "DEMO: files captured ..., snapshot of ..."
        # the sources are the bundled demo files: read once, never fetched again on a schedule
        self.bundled = bundled
        # where to read the health again while the screen is open (None: a fixed picture)
        self._reload = reload

    def compose(self) -> ComposeResult:
        # one line at 80 columns (the footer says "Esc Back"); narrower, the note wraps under
        # itself
        title = Text("Source health", style="bold")
        if self.note:
            title.append(" · ", style="bold")
            hang_from(title, self.note, style="bold reverse")
        yield Static(Hanging(title), id="sources-title")
        table: DataTable[Text] = LogTable(id="sources-table")
        yield table
        # the highlighted source's whole message, wrapped: a long error never needs scrolling
        yield Static(id="source-detail")
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        self._fill(table)
        table.focus()
        self._show_detail(0)
        if self._reload is not None:
            self.set_interval(RELOAD_EVERY_S, self.reload)

    def reload(self, again: bool = True) -> None:
        """Show the sources as they are now: ages move on, a finished fetch shows its outcome
        (``again=False``: the same health, drawn again, as after a resize)."""
        if again and self._reload is not None:
            self.health = list(self._reload())
        if again and self._kept is not None:
            self.kept = self._kept()
        self.now = datetime.now(timezone.utc)
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        self._fill(table)
        if self.health:
            table.move_cursor(row=min(row, len(self.health) - 1))
        self._show_detail(table.cursor_row)

    def on_resize(self) -> None:
        """The columns fitted to the new width (``tui.ui.column_fit``)."""
        if self.is_mounted:
            self.reload(again=False)

    def _fill(self, table: DataTable[Text]) -> None:
        rows = [self._cells(h) for h in self.health]
        # narrow, "Last success" (12 cells over "2m ago") says "Last ok": the message's room
        headers: tuple[str, ...] = HEADERS if self.size.width >= 100 else NARROW_HEADERS
        if self.bundled:
            headers = tuple(CAPTURED if h in ("Last success", "Last ok") else h for h in headers)
        widths = fitted(headers, [[c.plain for c in r] for r in rows], self.size.width)
        need = max((cell_len(r[0].plain) for r in rows), default=0)
        if widths[0] < need:
            # the names cut: the Items cells first say in short how many are kept ("20k of
            # 30k"): "30,000 (20,000 kept)" took 20 cells and left "Minin…" at 80 columns
            rows = [self._cells(h, short=True) for h in self.health]
            widths = fitted(headers, [[c.plain for c in r] for r in rows], self.size.width)
        if widths[0] < need:
            # the names cut: the kind gives its room to them (the line under the table says it),
            # at any width. At 80 columns "federal-register" kept its 16 cells while "Federal
            # Register", "Reuters via GN" and "Copper COMEX file" read "Federal …", "Reuters …",
            # "Copper C…"; at 100 (the rule then began below 100) names were cut to 13 beside it
            headers = tuple(h for h in headers if h != "Kind")
            rows = [[c for n, c in enumerate(r) if n != KIND] for r in rows]
            # and the message gives its room to them too, down to what reads the start of an
            # error (the line under the table says it whole): at 60 columns "FRED copper (IMF)"
            # and "FRED aluminium (IMF)" read "FRED co…" and "FRED al…", told apart by nothing
            plain = [[c.plain for c in r] for r in rows]
            widths = fitted(headers, plain, self.size.width, last_keeps=MESSAGE_KEEPS)
            if widths[0] < need and self.size.width >= 80:
                # at 80 columns a first fetch under way ("waiting", two cells wider than
                # "error") cut "Nickel old file" to "Nickel old fi…": the message gives more,
                # when that makes the names whole (a name of 38 cells is cut either way)
                more = fitted(headers, plain, self.size.width, last_keeps=MESSAGE_LEAST)
                widths = more if more[0] >= need else widths
            if widths[0] < need and self.size.width < 80:  # still cut (60 columns): the
                # message column goes (from 80 columns it stays), the State
                # ("error", "stale") stays, and the line under the table says the message
                headers, rows = headers[:-1], [r[:-1] for r in rows]
                plain = [[c.plain for c in r] for r in rows]
                widths = fitted(headers, plain, self.size.width, last_keeps=0)
        if widths != self._widths:  # every column as wide as the screen lets it be
            self._widths = widths
            table.clear(columns=True)
            for header, width in zip(headers, widths, strict=True):
                table.add_column(header, width=width)
        for cells in rows:
            table.add_row(*cells)

    def _cells(self, h: SourceHealth, *, short: bool = False) -> list[Text]:
        colours = self.app.theme_variables
        if h.ok and h.stale:
            state = Text("stale", style=f"bold {colours.get('warning', '')}".strip())
        elif h.ok:
            state = Text("ok", style=colours.get("success", ""))
        elif h.error:
            state = Text("error", style=f"bold {colours.get('error', '')}".strip())
        else:
            state = Text("waiting", style="dim")
        if self.bundled:  # the files' capture, on the demo's clock: "Last ok: just now", then
            # "19m ago", read as live data never fetched; and a file this run has not read yet
            # was captured all the same (opened at the start, the column said "never")
            last = captured_cell(self.size.width >= 100)
        else:
            last = ago(h.last_success, self.now)
        nxt = "bundled" if self.bundled else next_try_text(h.next_attempt, self.now)
        msg = h.error or (f"warning: {h.warning}" if h.warning else "")
        return [
            Text(shown(h.name), overflow="ellipsis", no_wrap=True),
            Text(h.kind, overflow="ellipsis", no_wrap=True),
            state,
            Text(items_short(h, self.kept) if short else items_cell(h, self.kept)),
            Text(last),
            Text(nxt),
            Text(shown(msg), overflow="ellipsis", no_wrap=True),
        ]

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail(event.cursor_row)

    def _show_detail(self, index: int) -> None:
        box = self.query_one("#source-detail", Static)
        if not 0 <= index < len(self.health):
            box.update("")
            return
        h = self.health[index]
        t = Text()
        t.append(f"{shown(h.name)} ({h.kind}): ", style="bold")
        if h.error:
            t.append(shown(h.error))
        elif h.warning:
            t.append(f"warning: {shown(h.warning)}")
        else:
            t.append("ok" if h.ok else "waiting for its first fetch")
        n = kept_of(h, self.kept)
        if n is not None and n < h.items:  # where the rest of a long feed went
            t.append(f"\n{items_said(h, self.kept)}")
            if why := why_fewer(self.kept, self.max_stories):
                t.append(f": {why}")
        box.update(t)
