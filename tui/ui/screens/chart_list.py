"""The price chart's list of markers under the plot: one row per headline or policy event of
the metal in the frame (its day, kind, title and, for a policy event, the price's reaction),
filled a batch per turn of the event loop; Enter opens the marker's story or evidence.
``tui.ui.screens.chart`` draws the plot above it."""

from __future__ import annotations

from datetime import date, datetime

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.core.models import PriceSeries, Snapshot, Story
from tui.ui.chart_marks import Marker, reaction
from tui.ui.hanging import Hanging, hang_from
from tui.ui.screens.base import DetailScreen
from tui.ui.screens.story import DEMO_MODES
from tui.ui.shown import shown
from tui.ui.widgets.end_stop import EndStopList

__all__ = ["MARKER_BATCH", "MarkerListing", "Markers"]

#: Marker rows added to the list per turn of the event loop (~20 ms of Textual's measuring).
MARKER_BATCH = 100


class Markers(EndStopList):
    """The markers' list: Enter opens the highlighted marker's story or policy evidence (the
    help over the chart said "Enter Select"); it stops at its ends (``EndStopList``). The
    footer says it in the room its other keys leave (``tui.ui.widgets.key_footer.LATE_WORDS``)."""

    BINDINGS = [Binding("enter", "select", "Open its story or evidence", id="open-marker")]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Enter is not said where the list has nothing to open: at 200 columns the footer
        said "Enter Open its story or evidence" over "No headlines or policy events ...", and
        Enter did nothing."""
        if action == "select" and not any(not o.disabled for o in self.options):
            return False
        return super().check_action(action, parameters)


class MarkerListing(DetailScreen):
    """A chart screen's markers' list (``#chart-markers``), from ``marks``."""

    series: PriceSeries
    snapshot: Snapshot
    now: datetime
    marks: list[Marker]
    _listing: int  # the markers' list being filled: a newer one stops an older one

    def _show_markers(self, pts: list[tuple[date, float]]) -> None:
        options = self.query_one("#chart-markers", OptionList)
        options.clear_options()
        self._listing += 1
        # why the list is empty, in the theme's own text colour: dim on a disabled row read
        # 2.1:1 in metalwatch-high-contrast, and a disabled row alone 2.7:1 in metalwatch-light
        said = f"italic {self.app.theme_variables.get('foreground', '')}".strip()
        # an empty frame: the plot's heading says "no points in this time frame", not this list
        if not self.marks:
            options.add_option(
                Option(
                    Text(
                        "No headlines or policy events for this metal in this time frame.",
                        style=said,
                    ),
                    disabled=True,
                )
            )
            options.refresh_bindings()  # nothing to open: the footer says no Enter
            return
        days = [d for d, _ in self.series.points]
        self._add_markers(0, days, self._listing)

    def _marker_row(self, n: int, mark: Marker, days: list[date]) -> Option:
        t = Text()
        t.append(f"{n:>2}. {mark.day}  ", style="bold")
        said = f"{mark.kind}, {mark.note}" if mark.note else mark.kind
        hang_from(t, f"[{said}] ", style="italic")
        t.append(shown(mark.title))
        if mark.kind.startswith("policy"):
            s = self.series
            # italic, not dim: on the highlighted row (the theme's primary) dim read 3.4:1
            t.append("  " + reaction(mark.day, s.points, s.frequency, days), style="italic")
        return Option(Hanging(t), id=f"marker-{n}")

    def _add_markers(self, done: int, days: list[date], listing: int) -> None:
        """The markers' rows from ``done`` on, a batch per turn of the event loop: Textual
        measures every option it adds (~0.2 ms each), and a 30-year chart of a metal with
        hundreds of headlines held the screen for up to a second at every time frame. A newer
        list (another frame) stops this one."""
        if listing != self._listing or not self.is_attached:
            return
        batch = self.marks[done : done + MARKER_BATCH]
        rows = [self._marker_row(n, m, days) for n, m in enumerate(batch, done + 1)]
        options = self.query_one("#chart-markers", OptionList)
        options.add_options(rows)
        if done == 0 and options.highlighted is None:
            # the first marker under the cursor, as a panel's first row is: Enter opened
            # nothing on a freshly opened chart, with no row marked to say so
            options.highlighted = options.option_count - len(rows)
        if done == 0:
            options.refresh_bindings()  # something to open: Enter said again
        if done + MARKER_BATCH < len(self.marks):
            self.call_later(self._add_markers, done + MARKER_BATCH, days, listing)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a marker opens its story or the evidence trail of its policy row."""
        option_id = event.option.id or ""
        if not option_id.startswith("marker-"):
            return
        mark = self.marks[int(option_id.removeprefix("marker-")) - 1]
        now = self.now
        if isinstance(mark.target, Story):
            from tui.ui.screens.story import StoryScreen

            demo = self.snapshot.mode in DEMO_MODES
            self.app.push_screen(StoryScreen(mark.target, now, demo=demo))
        else:
            from tui.ui.screens.evidence import EvidenceScreen

            self.app.push_screen(EvidenceScreen(mark.target, now))
