"""The alerts log (``a``): every alert fired, newest first, kept in the store across restarts."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.coordinate import Coordinate
from textual.widgets import DataTable, Static
from textual.worker import Worker, WorkerState

from tui.core.fmt import age, counted
from tui.ui.column_fit import favoured, natural_widths, table_width
from tui.ui.number_cut import cut_cell
from tui.ui.screens.base import DetailScreen
from tui.ui.shown import shown
from tui.ui.widgets.key_footer import KeyFooter
from tui.ui.widgets.log_table import LogTable
from tui.ui.widgets.panel import AGE_SECONDS

SEVERITY_STYLE = {"info": "cyan", "warning": "bold yellow", "error": "bold red"}
COLUMNS = ("When", "Age", "Level", "Rule", "Metal", "Message", "Delivery")
#: The columns that share what the screen's width leaves, each cut with an ellipsis when it
#: must be (the line under the table says the highlighted alert whole); the message, what the
#: alert says, takes what the rule and the delivery leave
LONG = (3, 5, 6)
MESSAGE = 5
#: The cells the message keeps before the When column gives way (the Age beside it stays, and
#: the line under the table says the highlighted alert's time): at 60 columns, with the date in
#: short, the message had 5 cells and Delivery was off the right edge
MIN_MESSAGE = 16


def _fired_at(entry: Mapping[str, Any]) -> datetime | None:
    raw = entry.get("fired_at")
    if not isinstance(raw, str):
        return None
    try:
        when = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _plain(value: object, style: str = "") -> Text:
    """Stored text as plain Text: never markup, no control characters, one line, cut with an
    ellipsis where its column is narrower."""
    text = " ".join(shown(str(value or "")).split())
    return Text(text, style=style, overflow="ellipsis", no_wrap=True)


def when_text(when: datetime | None, now: datetime, *, short: bool = False) -> str:
    """The When cell, in local time: "2026-12-06 11:35"; short, "12-06 11:35" for an alert of
    the year ``now`` is in, else its day with the year, "2025-12-06" (never a day that reads as
    this year's)."""
    if when is None:
        return "?"
    local = when.astimezone()
    if not short:
        return local.strftime("%Y-%m-%d %H:%M")
    same_year = local.year == now.astimezone().year
    return local.strftime("%m-%d %H:%M" if same_year else "%Y-%m-%d")


def alert_row(entry: Mapping[str, Any], now: datetime, *, short: bool = False) -> tuple[Text, ...]:
    """The cells of one log entry (``Store.load_alerts()`` item); all plain Text, no markup;
    ``short``: its date in short (``when_text``)."""
    when = _fired_at(entry)
    severity = str(entry.get("severity") or "info")
    return (
        Text(when_text(when, now, short=short)),
        Text(age(when, now) if when else "?", style="dim"),
        _plain(severity, style=SEVERITY_STYLE.get(severity, "")),
        _plain(entry.get("rule")),
        _plain(entry.get("metal")),
        _plain(entry.get("message") or entry.get("title")),
        _plain(entry.get("delivery"), style="red"),
    )


def alert_columns(
    entries: Sequence[Mapping[str, Any]], now: datetime, width: int
) -> tuple[tuple[int, ...], list[int], bool]:
    """The columns shown at ``width`` cells (indexes into ``COLUMNS``), their widths, and
    whether the date is in short: every column as wide as it needs where that fits; else the
    date in short and the message favoured (``favoured``); where the message would still keep
    fewer than ``MIN_MESSAGE`` cells, without the When column. The Delivery column only when
    an alert's delivery has something to say (a command that failed): empty, it held 10 cells
    at 80 columns beside a message cut to 18."""
    every = tuple(range(len(COLUMNS)))
    if not any(str(e.get("delivery") or "").strip() for e in entries):
        every = every[:-1]
    rows, widths = _fit(entries, now, width, every, short=False)
    heads = [COLUMNS[i] for i in every]
    if widths == natural_widths(heads, rows) and table_width(widths) <= width:
        return every, widths, False
    rows, widths = _fit(entries, now, width, every, short=True)
    message = every.index(MESSAGE)
    wanted = min(MIN_MESSAGE, natural_widths(heads, rows)[message])  # a short one whole
    if widths[message] >= wanted and table_width(widths) <= width:
        return every, widths, True
    kept = every[1:]
    return kept, _fit(entries, now, width, kept, short=True)[1], True


def _fit(
    entries: Sequence[Mapping[str, Any]],
    now: datetime,
    width: int,
    shown_columns: tuple[int, ...],
    *,
    short: bool,
) -> tuple[list[list[str]], list[int]]:
    """The cells of ``shown_columns`` (indexes into ``COLUMNS``) and their widths (``favoured``:
    the message takes what the rule and the delivery leave)."""
    rows = [[alert_row(e, now, short=short)[i].plain for i in shown_columns] for e in entries]
    heads = [COLUMNS[i] for i in shown_columns]
    long = [shown_columns.index(i) for i in LONG if i in shown_columns]
    return rows, favoured(heads, rows, width, long, shown_columns.index(MESSAGE))


#: What the log says with no rule to fire, by whether the config is the bundled demo's: on
#: ``--demo`` "add [[alerts]] tables to your config" said the user's config was the one running
NO_RULES = {
    False: "No alert rules: add [[alerts]] tables to your config (see the README).",
    True: "No alert rules in the demo: --demo does not read your config; add [[alerts]] tables"
    " to it (see the README) and run metalwatch without --demo.",
}


class AlertsScreen(DetailScreen):
    """Give it ``Store.load_alerts()`` (newest first) and how many rules are configured, or
    ``entries=None`` and ``load``: a call that reads them, run on the screen's worker thread
    (the store may be locked by another program for seconds): "loading" until it answers, then
    the log, or why it could not be read."""

    def __init__(
        self,
        entries: Sequence[Mapping[str, Any]] | None,
        now: datetime,
        *,
        rules: int = 0,
        load: Callable[[], Sequence[Mapping[str, Any]]] | None = None,
        demo: bool = False,
    ) -> None:
        super().__init__()
        self.demo = demo  # the bundled demo's config: the user's own is not read
        self.entries = list(entries or [])
        self.now = now
        self.rules = rules
        self._load = load if entries is None else None
        self.state = "loading" if self._load is not None else "shown"  # or "failed"
        self._opened = time.monotonic()
        self._widths: list[int] = []  # the columns' widths as last fitted
        self._kept: tuple[int, ...] = tuple(range(len(COLUMNS)))  # the columns shown
        self._short = False  # the When column's date in short

    def compose(self) -> ComposeResult:
        yield Static(id="alerts-title")
        yield Static(id="alerts-empty")
        table: DataTable[Text] = LogTable(id="alerts-table")
        yield table
        # the highlighted alert whole, wrapped: at 80 columns its message and delivery are cut
        yield Static(id="alert-detail")
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        self._columns(table, self.now)
        table.focus()
        if self._load is not None:
            self._say("Loading the alerts log…")
            self.run_worker(self._load, thread=True, group="alerts-log", exit_on_error=False)
        else:
            self._fill()
        self.set_interval(AGE_SECONDS, self._re_age)

    def _say(self, hint: str, style: str = "") -> None:
        # the key as ``[keys]`` made it: "Esc to go back" stood over a remapped back key
        title = Text(f"Alerts log ({self.key('back')} to go back)", style="bold")
        if self.state == "shown":
            said = f"{counted(len(self.entries), 'alert')}, {counted(self.rules, 'rule')}"
            title.append(f"  {said}", style="dim")  # "1 alerts, 1 rules" read as a slip
        self.query_one("#alerts-title", Static).update(title)
        box = self.query_one("#alerts-empty", Static)
        box.display = bool(hint)
        box.update(Text(hint, style=style))

    def _columns(self, table: DataTable[Text], now: datetime) -> None:
        """The columns fitted to the screen's width (``alert_columns``): none pushed off its
        right edge, a long rule or message cut with an ellipsis."""
        width = self.size.width or self.app.size.width
        kept, widths, self._short = alert_columns(self.entries, now, width)
        if widths != self._widths or kept != self._kept:
            self._widths, self._kept = widths, kept
            table.clear(columns=True)
            for i, w in zip(kept, widths, strict=True):
                table.add_column(COLUMNS[i], width=w)

    def _cells(self, entry: Mapping[str, Any], now: datetime) -> list[Text]:
        """The shown cells of one entry."""
        cells = alert_row(entry, now, short=self._short)
        # cut where the column must, never inside a number ("aluminium below 50…")
        return [cut_cell(cells[i], w) for i, w in zip(self._kept, self._widths, strict=True)]

    def on_resize(self) -> None:
        if self.is_mounted and self.state == "shown":
            row = self.query_one(DataTable).cursor_row
            self._fill()
            if self.entries:
                self.query_one(DataTable).move_cursor(row=min(row, len(self.entries) - 1))

    def _fill(self) -> None:
        self.state = "shown"
        table = self.query_one(DataTable)
        now = self.clock()
        table.clear()
        self._columns(table, now)
        for entry in self.entries:
            table.add_row(*self._cells(entry, now))
        hint = ""
        if not self.entries:
            hint = "No alerts yet." if self.rules else NO_RULES[self.demo]
        self._say(hint)
        self._show_detail(0)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "alerts-log":
            return
        if event.state == WorkerState.SUCCESS:
            self.entries = list(event.worker.result or [])
            self._fill()
        elif event.state == WorkerState.ERROR:
            self.state = "failed"
            self._say(f"The alerts log could not be read: {event.worker.error}", style="bold")

    def clock(self) -> datetime:
        """``now`` moved on by the time the log has been open."""
        return self.now + timedelta(seconds=time.monotonic() - self._opened)

    def _re_age(self) -> None:
        """The Age column (and the alert shown whole) counted on while the log stays open."""
        if self.state != "shown":
            return
        now = self.clock()
        table = self.query_one(DataTable)
        column = self._kept.index(1)  # the Age column, shown at every width
        for i, entry in enumerate(self.entries):
            table.update_cell_at(Coordinate(i, column), alert_row(entry, now)[1])
        if self.entries:
            self._show_detail(table.cursor_row)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail(event.cursor_row)

    def _show_detail(self, index: int) -> None:
        box = self.query_one("#alert-detail", Static)
        box.display = 0 <= index < len(self.entries)
        if box.display:
            box.update(alert_detail(self.entries[index], self.clock()))


def alert_detail(entry: Mapping[str, Any], now: datetime) -> Text:
    """One log entry in full: rule, metal, when, the whole message and how it was delivered."""
    when, age_cell, level, rule, metal, message, delivery = alert_row(entry, now)
    t = Text()
    t.append_text(level)
    t.append(" · ")
    t.append_text(rule)
    if metal.plain:
        t.append(" · ")
        t.append_text(metal)
    t.append(f" · {when.plain} ({age_cell.plain})\n", style="dim")
    t.append_text(message)
    if delivery.plain:
        t.append("\ndelivery: ", style="bold")
        t.append_text(delivery)
    return t
