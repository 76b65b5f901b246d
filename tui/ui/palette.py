"""Textual's command palette (and its theme picker, the same modal) with the screen's height as
a style class: ``-short`` under 24 rows, where ``app.tcss`` keeps its list above the footer's
last line ("Esc Close", the one word on how to leave it), which Textual's 70% reached at 20
rows. Only the palette takes the classes: on every screen they restyled the whole dashboard at
start. Under 20 rows the 60% of ``app.tcss`` still reached the footer (at 12 rows the list ran
from the eighth line to past the last): there the palette starts on the second line and its
list ends above the footer's line, whatever the height."""

from __future__ import annotations

from textual import events
from textual.command import CommandList, CommandPalette

__all__ = ["LOW", "Palette"]

#: Under this many rows the list's height is counted from the room left above the footer.
LOW = 20


class Palette(CommandPalette):
    VERTICAL_BREAKPOINTS = [(0, "-short"), (24, "-tall")]

    def on_mount(self) -> None:
        self._fit(self.app.size.height)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.height)

    def _fit(self, height: int) -> None:
        """Under ``LOW`` rows: the palette one line under the header, not three (the input
        and a few commands then fit above the footer); else Textual's and ``app.tcss``'s."""
        box = self.query_one("#--container")
        box.styles.margin = (1, 0, 0, 0) if height < LOW else None
        self.call_after_refresh(self._fit_list)

    def _fit_list(self) -> None:
        """The list's height: what is left between the input and the footer's line."""
        if not self.is_attached:
            return
        height = self.size.height
        results = self.query_one(CommandList)
        if height >= LOW:
            results.styles.max_height = None  # app.tcss's 60vh, Textual's 70vh
            return
        top = self.query_one("#--input").region.bottom
        results.styles.max_height = max(1, height - top - 1)
