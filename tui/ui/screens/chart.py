"""The full price chart: time frames, dates and units on the axes, min/max/last, provenance,
and numbered markers for the headlines and policy events of that metal.

Every frame ends on the snapshot's day, not at the last point: a series that stopped shows the
gap after its last point, labelled "no data since <day>", and the stories and policy events
after it are still listed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timezone
from functools import partial

from textual.app import ComposeResult
from textual.color import Color
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import OptionList, Static
from textual.worker import Worker, WorkerState
from textual_plotext import PlotextPlot

from tui.core.fmt import format_price, shown_places
from tui.core.models import PriceSeries, Snapshot
from tui.ui.bindings import bindings
from tui.ui.chart_frames import (
    FRAMES,
    frame_note,
    frame_start,
    gap_label,
    holes,
    runs,
    window,
)
from tui.ui.chart_marks import (
    AXIS_COLUMNS,
    HEADROOM_FROM,
    Marker,
    column,
    fit_head,
    group_marks,
    head_forms,
    head_room,
    label_headroom,
    last_age,
    markers,
    reaction,
    y_ticks,
)
from tui.ui.screens.base import DetailScreen
from tui.ui.screens.chart_list import MARKER_BATCH, Markers
from tui.ui.screens.chart_rows import ChartRows
from tui.ui.screens.chart_title import GAP_GLYPH
from tui.ui.widgets.key_footer import KeyFooter

__all__ = [
    "FRAMES",
    "GAP_GLYPH",
    "MARKER_BATCH",
    "ChartScreen",
    "Marker",
    "gap_label",
    "markers",
    "reaction",
    "window",
]


class ChartScreen(ChartRows):
    BINDINGS = [*DetailScreen.BINDINGS, *bindings("chart")]

    def __init__(
        self,
        series: PriceSeries,
        snapshot: Snapshot,
        frame: str = "1Y",
        now: datetime | None = None,
        *,
        load: Callable[[], PriceSeries] | None = None,
    ) -> None:
        """``load``: a call that reads the series' whole stored history, run on the screen's
        worker thread (the store may be locked by another program for seconds): ``series`` (the
        recent part) is drawn until it answers, and the chart says it is loading, or why the
        rest could not be read."""
        super().__init__()
        self.series = series
        self._recent = series  # the recent part the dashboard showed, for ``follow_snapshot``
        self._load = load
        self.history = "loading" if load is not None else ""  # or why it could not be read
        self.snapshot = snapshot
        # the prices panel's clock (the snapshot's time moved on while the app stays open): the
        # chart ends on the day the row's age counts to, and says "stale" when the row does
        self.now = now or snapshot.generated_at
        self.frame = frame
        self.marks: list[Marker] = []
        self._drawn_size = (0, 0)  # the plot's (width, rows) when last drawn
        self._plot_args: tuple[list[tuple[date, float]], str, date, date] | None = None
        self._listing = 0  # the markers' list being filled: a newer one stops an older one
        self._gap = ""  # where the data stops ("no data since ..."), for the title
        self._gap_over_plot = False  # whether the plot's heading says it (the title has no room)
        self._holes: list[tuple[date, date]] = []  # the frame's stretches with no data
        self._short = 0  # the lines the source's text is cut to on a short screen (0: whole)
        self.notice = ""  # what the last frame key changed, said on the title line for a while
        self._notice_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="chart-box"):
            yield Static(id="chart-title")
            yield PlotextPlot(id="chart")
            yield Static(id="chart-provenance")
            yield Markers(id="chart-markers")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.redraw()
        self.call_after_refresh(self.on_resize)
        if self._load is not None:
            self.run_worker(self._load, thread=True, group="chart-history", exit_on_error=False)

    def follow_snapshot(self, snapshot: Snapshot) -> None:
        """A new snapshot while the chart is open (a refresh, the schedule): the series and the
        markers as the dashboard now shows them, the whole history read again when the series
        changed. A chart left open said "no data since 2026-07-30" and "stale" after a refresh
        had brought a point of today, and drew none of it."""
        self.snapshot, self.now = snapshot, snapshot.generated_at
        s = self.series
        new = next((p for p in snapshot.prices if (p.source, p.metal) == (s.source, s.metal)), None)
        if new is not None and new != self._recent:
            self._recent = self.series = new
            read = getattr(self.app, "full_series", None)
            if self._load is not None and callable(read):
                self._load, self.history = partial(read, new), "loading"
                self.run_worker(
                    self._load,
                    thread=True,
                    group="chart-history",
                    exclusive=True,
                    exit_on_error=False,
                )
        options = self.query_one("#chart-markers", OptionList)
        was = options.highlighted  # the marker the user was on stays under the cursor
        self.redraw()
        if was is not None and was < options.option_count:
            options.highlighted = was

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "chart-history":
            return
        if event.state == WorkerState.SUCCESS and isinstance(event.worker.result, PriceSeries):
            self.series, self.history = event.worker.result, ""
        elif event.state == WorkerState.ERROR:
            self.history = f"the older history could not be read: {event.worker.error}"
        else:
            return
        self.redraw()

    def action_frame(self, frame: str) -> None:
        """Show ``frame``; a key that changes nothing seen says why, briefly (``frame_note``):
        the frame already shown, or no more points than the one before."""
        today = self.now.astimezone(timezone.utc).date()
        note = frame_note(self.series, self.frame, frame, today, loading=self.history == "loading")
        if frame != self.frame:
            self.frame = frame
            self.redraw()
        if note:
            self._say(note)
        elif self.notice:  # the last key's note is not this key's
            self._unsay()

    def _rgb(self, var: str, fallback: str) -> tuple[int, int, int]:
        try:
            return Color.parse(self.app.theme_variables.get(var, fallback)).rgb
        except Exception:
            return Color.parse(fallback).rgb

    def redraw(self) -> None:
        s = self.series
        today = self.now.astimezone(timezone.utc).date()
        start = frame_start(s, self.frame, today)
        pts = window(s, self.frame, today)
        gap = gap_label(s, today)
        # an empty frame says where the data stops over its empty plot, not on the title line
        # too ("┊" there is the dashed line's glyph, and an empty plot draws none)
        self._gap = gap if pts else ""
        self._holes = holes(s, pts)
        self._show_title()
        first = min(start, pts[0][0]) if pts else start
        # markers from the frame's start to today: events after the last point still count
        self.marks = markers(s, self.snapshot, first, today)
        self._plot_args = (pts, gap, first, today)
        self._draw_plot(*self._plot_args)
        self._show_markers(pts)
        self._show_provenance()

    def _draw_plot(self, pts: list[tuple[date, float]], gap: str, first: date, today: date) -> None:
        s = self.series
        self._fit_rows()
        self._drawn_size = width, room = self._plot_size()
        rows = max(room, 2)  # for the axis' arithmetic; ``room``: the rows it really has
        plot = self.query_one(PlotextPlot)
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        x0, x1 = float(first.toordinal()), float(today.toordinal())
        plt.xlim(x0, x1)
        # the frame's days, also with no points in it (plotext's own ticks were day numbers,
        # "739588.0", under an empty plot and the events' lines)
        ticks = [x0 + i * (x1 - x0) / 4 for i in range(5)]
        plt.xticks(ticks, [date.fromordinal(int(t)).isoformat() for t in ticks])
        if pts:  # one point too: a series of one price said "no points in this time frame"
            xs = [float(d.toordinal()) for d, _ in pts]
            ys = [v for _, v in pts]
            lo, hi = min(ys), max(ys)
            if gap:  # drawn first: the price's last glyphs stay whole over it
                self._draw_gap(xs[-1], lo, hi)
            line = self._rgb("sparkline", "#4EA1D3")
            for run in runs(pts, self._holes):  # a stretch with no data is not drawn as a line
                run_xs = [float(d.toordinal()) for d, _ in run]
                run_ys = [v for _, v in run]
                if len(run) == 1:  # a lone price: a dot, not one pixel of a line
                    plt.scatter(run_xs, run_ys, marker="●", color=line)
                else:
                    plt.plot(run_xs, run_ys, marker="hd", color=line)
            if not self._short:  # the head says the unit: its line is the plot's on a short screen
                plt.ylabel(s.unit)
            places = shown_places(s.decimals, ys[-1])
            head: str | list[str] = head_forms(
                format_price(ys[-1], places),
                last_age(s, self.now) if pts[-1] == s.points[-1] else "",
                format_price(lo, places),
                format_price(hi, places),
                s.unit,
            )
            if len(pts) == 1:
                head = f"one point: {format_price(ys[-1], places)} {s.unit} on {pts[0][0]}"
            if hi <= lo:  # one price (or one level): a range around it
                span = max(abs(hi) * 0.01, 1.0)
                lo, hi = lo - span, hi + span
                plt.ylim(lo, hi)
        else:
            lo, hi = 0.0, 1.0
            plt.ylim(lo, hi)
            plt.yticks([])
            # plotext draws no axis with nothing plotted: two blank marks at the frame's ends,
            # so its days are written under an empty plot with no event lines too
            plt.scatter([x0, x1], [lo, lo], marker=" ")
            head = f"no points in this time frame: {gap or 'no data'}"
            gap = ""  # said in the head; its line lies before the frame
        if self._gap_in_title():
            gap = ""  # the title says it, with the dashed line's glyph: once is enough
        if self.marks and pts and room >= HEADROOM_FROM:  # a row for the labels
            lo, hi = label_headroom(lo, hi, rows)
            plt.ylim(lo, hi)
        axis = 0  # the y axis labels' columns
        if pts:  # the axis in the panel's figures (13,990), not plotext's (13913.0)
            ticks, labels = y_ticks(lo, hi, room, places)
            plt.yticks(ticks, labels)
            axis = max((len(label) for label in labels), default=0)
        if self.marks:
            self._draw_marks(first, today, hi, width)
        gap_text = f"{GAP_GLYPH} {gap}" if gap else ""
        said = fit_head(head, gap_text, bool(self.marks), head_room(width, axis))
        plt.title(said)
        self._gap_over_plot = bool(gap_text) and gap_text in said
        self._show_provenance()  # the stale line says where the data stops if this does not
        plot.refresh()  # then its size checked again: the provenance may take rows from it
        self.call_after_refresh(self.on_resize)

    def _draw_marks(self, first: date, today: date, top: float, width: int) -> None:
        """One solid numbered line per group of markers that would share a column."""
        plt = self.query_one(PlotextPlot).plt
        accent = self._rgb("accent", "#E0A458")
        # the numbers on the plot's own background (textual-plotext's canvas is the theme's
        # surface): plotext's default put them on white, cyan on it in high contrast (1.2:1)
        canvas = self._rgb("surface", "#1E242B")
        columns = max(width - AXIS_COLUMNS, 10)
        for group in group_marks([m.day for m in self.marks], first, today, columns):
            x = float(group.day.toordinal())
            plt.vline(x, accent)
            # a label that would run past the plot's right edge ends at its line instead
            past = column(group.day, first, today, columns) + len(group.label) > columns
            plt.text(
                group.label,
                x,
                top,
                color=accent,
                background=canvas,
                alignment="right" if past else "left",
            )

    def _draw_gap(self, last: float, lo: float, hi: float) -> None:
        """Where the data stops: a dashed line (markers are solid lines)."""
        plt = self.query_one(PlotextPlot).plt
        steps = 200  # more than the plot has rows: one glyph on every row
        ys = [lo + (hi - lo) * i / steps for i in range(steps + 1)]
        plt.scatter([last] * len(ys), ys, marker=GAP_GLYPH, color=self._rgb("warning", "#E0A458"))

    def on_resize(self) -> None:
        """The markers' grouping depends on the plot's width, the labels' row on its height:
        drawn again when either changes (the first draw comes before the layout: checked again
        once the plot has its size)."""
        short = self._short
        if self._plot_args is not None:
            self._fit_rows()
        if self._plot_args is not None and (
            self._plot_size() != self._drawn_size or short != self._short
        ):
            self._draw_plot(*self._plot_args)
        if self._plot_args is not None:
            self._show_title()
