"""The price chart's rows under its title: how many the lines under the plot (the source, its
age, where the data stops, a failing source) take and how many the plot keeps, so that the plot
has ``MIN_PLOT_ROWS`` at any size; those lines, whole or cut. ``tui.ui.screens.chart`` draws the
plot in the rows left to it."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.widgets import Static
from textual_plotext import PlotextPlot

from tui.core.demo_clock import FALLBACK_MODE
from tui.ui.chart_frames import failing_line, fallback_line, provenance, short_provenance
from tui.ui.chart_marks import PLOT_FRAME_ROWS
from tui.ui.screens.chart_title import GAP_GLYPH, ChartTitle
from tui.ui.screens.story import DEMO_MODES

__all__ = ["MARKERS_FLOOR", "MIN_PLOT_ROWS", "ChartRows"]

#: The fewest plot rows the chart keeps at any size: the markers' labels' row and three of prices.
MIN_PLOT_ROWS = 4
#: The markers' list's rows at the least (one on a tiny screen).
MARKERS_FLOOR = 2


class ChartRows(ChartTitle):
    """A chart screen's rows: the plot's (``PlotextPlot``) and the lines under it
    (``#chart-provenance``)."""

    _holes: list[tuple[date, date]]  # the frame's stretches with no data
    _short: int  # the lines the source's text is cut to on a short screen (0: whole)
    _gap_over_plot: bool  # whether the plot's heading says where the data stops

    def _provenance(self, *, said: bool) -> Text:
        """The lines under the plot, whole; ``said``: the title or the plot's heading says where
        the data stops, so the stale line does not."""
        gap = f"{GAP_GLYPH} {self._gap}" if self._gap and not said else ""
        demo = self.snapshot.mode in DEMO_MODES
        # a failing source's prices stood under the chart as current: the panel's "!" said it
        health = next((h for h in self.snapshot.sources if h.name == self.series.source), None)
        if self.snapshot.mode == FALLBACK_MODE:  # the demo's prices: no source of the user's
            failing = fallback_line(self.key("sources"))
        else:
            failing = failing_line(health, self.now, self.key("sources"))
        return provenance(
            self.series,
            self.now,
            self.history,
            demo=demo,
            gap=gap,
            gaps=self._holes,
            failing=failing,
        )

    def _fit_rows(self) -> None:
        """Whether the lines under the plot are said whole (``_short`` 0) or in ``_short`` lines,
        so that the plot keeps ``MIN_PLOT_ROWS`` at any size; the plot's floor set to match. At
        60x12 the source's five lines and the markers' list took every row, and the chart had
        its head and its days but no plot between them."""
        height = (self.size.height or self.app.size.height) - 1  # less the footer
        width = max((self.size.width or self.app.size.width) - 2, 10)  # less the padding
        whole = len(self._provenance(said=False).wrap(self.app.console, width))
        share = height - 1 - MARKERS_FLOOR  # less the title line and the markers' floor
        markers_floor = MARKERS_FLOOR
        if whole + PLOT_FRAME_ROWS + MIN_PLOT_ROWS <= share:
            self._short, frame = 0, PLOT_FRAME_ROWS
        else:
            frame = PLOT_FRAME_ROWS - 1  # no unit line under the axis: the head says the unit
            if share - 1 < frame + MIN_PLOT_ROWS:  # a tiny screen: one row of markers
                markers_floor, share = 1, share + MARKERS_FLOOR - 1
            self._short = max(min(share - frame - MIN_PLOT_ROWS, whole), 1)
        lines = self._short or whole
        self.query_one(PlotextPlot).styles.min_height = max(
            min(frame + MIN_PLOT_ROWS, share - lines), 0
        )
        self.query_one("#chart-markers").styles.min_height = markers_floor

    def _show_provenance(self) -> None:
        """The lines under the plot; where the data stops leads the stale line when neither the
        title line nor the plot's heading says it: said once, at every width (at 60 columns the
        title said "┊ stale", the line under the plot "stale ...", and no line the day)."""
        prov = self._provenance(said=self._gap_in_title() or self._gap_over_plot)
        if self._short:
            width = max((self.size.width or self.app.size.width) - 2, 10)
            prov = short_provenance(prov, width, self._short)
        box = self.query_one("#chart-provenance", Static)
        if str(box.render()) != prov.plain:  # a new text resizes the plot: not for the same
            box.update(prov)

    def _plot_size(self) -> tuple[int, int]:
        """The plot's width and its text rows (the widget less its title, frame and x axis
        lines; 1 or none on a tiny screen); before the layout, a third of the app's height."""
        size = self.query_one(PlotextPlot).size
        height = size.height or self.app.size.height // 3
        frame = PLOT_FRAME_ROWS - 1 if self._short else PLOT_FRAME_ROWS
        return size.width or self.app.size.width, height - frame
