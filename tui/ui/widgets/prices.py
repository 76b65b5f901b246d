"""The prices panel: one row per metal with last value, change, a plotext sparkline, age.

Each row is two lines: the change says its period under it ("1d", "1mo"), and the age says
"stale" under it when the series is older than its cadence allows (``tui.core.freshness``),
a word the high-contrast theme keeps, not only a colour."""

from __future__ import annotations

import contextlib
from bisect import bisect_left
from datetime import date, datetime, timedelta
from operator import itemgetter
from typing import Any

from rich.text import Text
from textual import work
from textual.color import Color

from tui.core.demo_clock import FALLBACK_MODE
from tui.core.fmt import age, format_price, shown_places, signed_pct
from tui.core.freshness import change_pct, change_period, freshness, window_change_pct
from tui.core.held_back import held_back_reason
from tui.core.models import PriceSeries, Snapshot, SourceHealth
from tui.core.record import record
from tui.core.short_names import short_source
from tui.ui.hand_over import AppEnded, hand_back
from tui.ui.laid_width import laid_width
from tui.ui.shown import shown
from tui.ui.sparkline import quick, sparkline_text, warm_up
from tui.ui.sparkline import ready as spark_ready
from tui.ui.widgets.panel import Panel
from tui.ui.widgets.panel_rows import PanelRows

WINDOW_DAYS = 366  # the visible window of the sparkline and of the window change
WINDOW_LABEL = "1Y"


def _rgb(app: Any, var: str, fallback: str) -> tuple[int, int, int]:
    value = app.theme_variables.get(var, fallback)
    try:
        return Color.parse(value).rgb
    except Exception:
        return Color.parse(fallback).rgb


_value = itemgetter(1)


def visible_window(s: PriceSeries) -> tuple[tuple[date, float], ...]:
    """The points of the last WINDOW_DAYS (at least two)."""
    if not s.points:
        return ()
    start = s.points[-1][0] - timedelta(days=WINDOW_DAYS)
    i = bisect_left(s.points, (start,))
    return s.points[min(i, max(len(s.points) - 2, 0)) :]


AGE_CELL = 6  # "As of", the last of ``PricesPanel.cells``
WIDE_ORDER = (0, 1, 2, 3, 4, 5, 6)
NARROW_ORDER = (0, 1, 2, 3, AGE_CELL, 4, 5)


#: The marks of the "As of" cell, as the help screen explains them.
AGE_MARKS = (
    (
        "!",
        "after the age: the price's source failed on its last attempt or is overdue (the"
        " panel's border says which); the price is its last good one",
    ),
    ("stale", "under the age: the last price is older than its source's cadence allows"),
    ("ahead", 'under "today": the last price is dated after today\'s UTC day (a close in Asia)'),
)
#: The mark under a price whose source's newest price was held back as suspect.
HELD_MARK = (
    "held",
    "under the price: its source's newest price was held back as suspect (cut off or a"
    " mistake?); this is the one before it, the sources screen says why",
)

#: Every mark of the panel, as the help screen explains them: the age's, and the unit's "*"
#: (drawn after the unit, "*" alone where the source says none, and explained only on the chart)
PRICE_MARKS = (
    *AGE_MARKS,
    HELD_MARK,
    (
        "*",
        "after the unit: the price is not in the metal's own unit (another currency, or a unit"
        " its source does not say); the chart (Enter) says why",
    ),
)


def _stale(h: SourceHealth | None) -> bool:
    """The source of a series failed on its last attempt or is overdue (its age gets a "!");
    a source not tried yet (a fresh store) has not failed."""
    return h is not None and (h.stale or h.failed)


@record
class SparkSpec:
    width: int
    colour: tuple[int, int, int]
    metals: set[str] | None

    def build(self, snapshot: Snapshot) -> None:
        """Build a snapshot's sparklines ahead, off the UI thread (the load worker calls it),
        so the repaint after a refresh finds them in the cache (``tui.ui.widgets.ahead``)."""
        if not spark_ready():
            return
        for s in snapshot.prices:
            if s.points and (self.metals is None or s.metal in self.metals):
                values = [v for _, v in visible_window(s)]
                sparkline_text((s.source, s.unit), values, self.width, 2, self.colour)


class PricesPanel(Panel):
    kind = "prices"
    row_lines = 2  # the change's period and "stale" under the price (``add_row``'s height)
    empty_text = (
        "No prices yet: sources are loading, failing (press {sources}), or none is configured."
    )
    spark_width = 16
    metal_width = 14  # the metal and source column's cells (``add_columns``)
    _made_for = 14  # the longest name the columns were made for
    _needs_plotext = False
    _muted = ""  # the small print's style (``Panel.muted``), set from the theme by ``fill``
    #: the columns' order, as indices into ``cells``: where not every column fits (below about
    #: 77 cells), "As of" comes after "Chg", so a price is never shown without its age (at 60
    #: columns the age and "stale" were off the right edge, behind the trend)
    _order: tuple[int, ...] = WIDE_ORDER
    _planned: tuple[tuple[int, ...], tuple[tuple[str, str, int], ...]] | None = None

    def show(self, snapshot: Snapshot | None = None) -> None:
        if (
            snapshot is not None
            and self.table.columns
            and self._names_width(snapshot) != (self._made_for)
        ):  # a longer (or shorter) source name: the columns made anew for it
            self._selected = self.selected_key()
            self.table.clear(columns=True)
        super().show(snapshot)
        if self._needs_plotext:
            self._needs_plotext = False
            self.call_after_refresh(self.load_plotext)  # not while the first paint is drawn

    @work(thread=True, exclusive=True, group="plotext")
    def load_plotext(self) -> None:
        """Import plotext after the first paint, then draw the real sparklines."""
        warm_up()
        with contextlib.suppress(AppEnded):  # the app ended meanwhile: nothing to draw on
            hand_back(self.app, self.show)

    def add_columns(self, table: PanelRows) -> None:
        self._made_for = self._names_width(self.snapshot)
        # the width laid out, or about to be: the first paint's columns are its columns
        self._planned = self._plan(laid_width(self), self._made_for)
        self._order, columns = self._planned
        self.metal_width, self.spark_width = columns[0][2], columns[5][2]
        for i in self._order:
            label, key, width = columns[i]
            table.add_column(label, key=key, width=width)

    @staticmethod
    def _plan(width: int, need: int) -> tuple[tuple[int, ...], tuple[tuple[str, str, int], ...]]:
        """The columns' order (``WIDE_ORDER`` or ``NARROW_ORDER``) and each column (label, key,
        cells, in ``cells``' order) for a panel ``width`` cells wide whose longest name needs
        ``need`` cells."""
        # the trend column takes what the others leave (7 columns, 2 cells of padding each);
        # past 20 cells of trend, up to 8 more go to the metal and its source, and past 24 what
        # their longest name needs: they were cut ("COMEX copper futures …") beside a 44-cell
        # trend at 120 columns; at 80 a source is shortened where it can be (``short_source``)
        rest = width - 2 - (14 + 10 + 7 + 8 + 8 + 6) - 2 * 7
        metal_width = 14 + max(0, min(8, rest - 20), min(need - 14, rest - 24))
        columns = (
            ("Metal / source", "metal", metal_width),
            ("Last", "last", 10),
            ("Unit", "unit", 7),
            ("Chg", "chg", 8),
            (f"{WINDOW_LABEL} chg", "window", 8),
            (f"Trend {WINDOW_LABEL}", "spark", max(8, rest - (metal_width - 14))),
            ("As of", "age", 6),
        )
        return (WIDE_ORDER if rest >= 8 else NARROW_ORDER), columns

    def _names_width(self, snapshot: Snapshot | None) -> int:
        """The cells the longest metal name or source name of the rows needs."""
        if snapshot is None:
            return 14
        names = {m.id: m.name for m in snapshot.metals}
        return max(
            (
                max(len(shown(names.get(p.metal or "", p.symbol))), len(shown(p.source)))
                for p in snapshot.prices
                if p.points
            ),
            default=14,
        )

    def source_line(self, s: PriceSeries, name: str) -> str:
        """The source under the metal, shortened to its cell where it can be."""
        return short_source(shown(s.source), self.metal_width, (s.metal or "", name))

    def cursor_note(self) -> str:
        """The cursor row's source whole, for the border, when its cell shows it shortened."""
        series = self.selected()
        if not self.table.has_focus or not isinstance(series, PriceSeries) or not self.snapshot:
            return ""
        names = {m.id: m.name for m in self.snapshot.metals}
        whole = shown(series.source)
        cut = self.source_line(series, names.get(series.metal or "", series.symbol)) != whole
        return whole if cut or len(whole) > self.metal_width else ""

    def on_resize(self) -> None:
        if self.snapshot is None or (
            self.table.columns  # made for this width before the layout: they stand
            and self._plan(self.size.width, self._made_for) == self._planned
        ):
            return
        # the trend column takes the new width: columns anew
        self._selected = self.selected_key()  # the cursor keeps its row
        self.table.clear(columns=True)
        self.show()

    def ahead_spec(self) -> SparkSpec:
        """What this panel's sparklines look like now (read on the UI thread)."""
        return SparkSpec(self.spark_width, _rgb(self.app, "sparkline", "#4EA1D3"), self.metals())

    def fill(self, table: PanelRows, snapshot: Snapshot) -> None:
        wanted = self.metals()
        names = {m.id: m.name for m in snapshot.metals}
        # the demo standing in: its prices are no source's of the user's, whose failing health
        # (the same names as the demo's files: "COMEX copper HG=F") put "!" after their ages,
        # "its last good one" (the border says what is failing)
        fallback = snapshot.mode == FALLBACK_MODE
        health = {} if fallback else {h.name: h for h in snapshot.sources}
        up = _rgb(self.app, "price-up", "#5FB878")
        down = _rgb(self.app, "price-down", "#E5484D")
        line = _rgb(self.app, "sparkline", "#4EA1D3")
        self._muted = self.muted()
        for series in snapshot.prices:
            if not series.points or (wanted is not None and series.metal not in wanted):
                continue
            name = names.get(series.metal or "", series.symbol)
            if not self.matches(name, series.source, series.symbol):
                continue
            key = series.metal or series.source
            stale = _stale(health.get(series.source))
            held = held_back_reason(health.get(series.source)) is not None
            cells = self.cells(series, name, up, down, line, stale, held)
            self.add_row(key, series, [cells[i] for i in self._order], height=2)

    def cells(
        self,
        s: PriceSeries,
        name: str,
        up: tuple[int, int, int],
        down: tuple[int, int, int],
        line: tuple[int, int, int],
        stale: bool,
        held: bool = False,
    ) -> list[Text]:
        last = s.points[-1][1]
        window = visible_window(s)
        chg = change_pct(s)
        wchg = window_change_pct(s, WINDOW_DAYS)  # None unless the series covers the window

        def coloured(v: float | None, period: str) -> Text:
            if v is None:
                cell = Text("—", style=self._muted)
            else:
                rgb = up if v > 0 else down if v < 0 else line
                cell = Text(signed_pct(v), style=f"rgb({rgb[0]},{rgb[1]},{rgb[2]})")
            if period:  # muted, never dim: "1d" read 2.5:1 dimmed (``Panel.muted``)
                cell.append("\n" + period, style=self._muted)
            return cell

        values = list(map(_value, window))
        if spark_ready():
            trend = sparkline_text((s.source, s.unit), values, self.spark_width, 2, line)
        else:
            trend = Text(
                quick(values, self.spark_width), style=f"rgb({line[0]},{line[1]},{line[2]})"
            )
            self._needs_plotext = True
        unit = Text(s.unit + ("*" if s.note else ""), style=self._muted if not s.note else "bold")
        metal = Text(shown(name), style="bold")
        metal.append("\n" + self.source_line(s, name), style=self._muted)
        price = Text(format_price(last, shown_places(s.decimals, last)), justify="right")
        if held:  # its source's newest price held back as suspect: this is not the latest
            warn = self.app.theme_variables.get("text-warning", "")
            price.append("\n" + HELD_MARK[0], style=f"bold {warn}".strip())
        return [
            metal,
            price,
            unit,
            coloured(chg, change_period(s)),
            coloured(wchg, ""),
            trend,
            self.as_of(s, stale),
        ]

    def as_of(self, s: PriceSeries, stale: bool) -> Text:
        """The age cell: how old the last point is; "stale" under it past the cadence."""
        fresh = freshness(s, self.now)
        # a point dated after today's UTC day (a close in Asia) is today's, said "ahead" under
        # it: "in 1d" read as a price to come
        ahead = fresh is not None and fresh.ahead_days > 0
        when = Text(
            ("today" if ahead else age(s.points[-1][0], self.now)) + ("!" if stale else ""),
            style="bold" if stale else self._muted,
        )
        if ahead:
            when.append("\nahead", style=self._muted)
        elif fresh is not None and fresh.stale:
            # bold, never dim: the age's dim style was the whole cell's, and "stale" under it
            # read at 2.7:1 on metalwatch-light's white (the age, at 2.9:1, too); in the
            # theme's warning colour for text (its warning itself read 1.4:1 on textual-light)
            warn = self.app.theme_variables.get("text-warning", "")
            when.style = "bold"
            when.append("\nstale", style=f"bold {warn}".strip())
        return when

    def re_age(self, now: datetime) -> None:
        """Only the "As of" cells are built again; the table updates the ones that changed."""
        super().re_age(now)
        if self.snapshot is None or not self._shown:
            return
        health = {h.name: h for h in self.snapshot.sources}
        rows = []
        at = self._order.index(AGE_CELL)
        for key, cells, height in self._shown:
            series = self.row_objects.get(key)
            if isinstance(series, PriceSeries) and series.points:
                cells = list(cells)
                cells[at] = self.as_of(series, _stale(health.get(series.source)))
            rows.append((key, cells, height))
        self._shown = self.table.patch(self._shown, rows, self.selected_key())

    def open_detail(self) -> None:
        series = self.selected()
        if not isinstance(series, PriceSeries) or self.snapshot is None:
            return
        from tui.ui.screens.chart import ChartScreen

        app: Any = self.app
        # the recent part at once; the whole history read on the chart's worker (another
        # program may hold the store locked for seconds)
        self.app.push_screen(
            ChartScreen(series, self.snapshot, now=self.now, load=lambda: app.full_series(series))
        )

    def source_names(self) -> list[str]:
        """The price sources of the metals this panel shows (the metal filter, its configured
        list): with nickel picked, the border said "⚠ 1 failing" of zinc's source."""
        from tui.core.config_types import PRICE_KINDS

        cfg = self.app.config  # type: ignore[attr-defined]
        wanted = self.metals()
        return [
            s.name
            for s in cfg.sources
            if s.kind in PRICE_KINDS and (wanted is None or s.metal is None or s.metal in wanted)
        ]
