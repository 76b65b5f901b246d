"""The price chart's title line: the metal, the time frames' keys (as ``[keys]`` remapped them),
where a stale series' data stops and whether the whole history is still loading, in the first
form that fits one line; a frame key's note stands there for a few seconds.
``tui.ui.screens.chart`` draws the plot under it."""

from __future__ import annotations

from rich.text import Text
from textual.timer import Timer
from textual.widgets import Static

from tui.core.keymap import shown_key
from tui.ui.chart_frames import FRAMES
from tui.ui.screens.chart_list import MarkerListing

__all__ = ["GAP_GLYPH", "NOTICE_SECONDS", "ChartTitle"]

#: The glyph of the line where a stale series' data stops (event markers are solid lines).
GAP_GLYPH = "┊"
#: How long a frame key's note stands on the title line.
NOTICE_SECONDS = 4.0


class ChartTitle(MarkerListing):
    """A chart screen's title line (``#chart-title``)."""

    frame: str
    history: str  # "loading", "" or why the older history could not be read
    notice: str  # what the last frame key changed, said on the title line for a while
    _notice_timer: Timer | None
    _gap: str  # where the data stops ("no data since ..."), for the title

    def frame_keys(self) -> list[str]:
        """The first key of each time frame as the user types it, remapped by ``[keys]`` (the
        title said "1:1M 2:3M" whatever the config made them)."""
        config = getattr(self.app, "config", None)
        overrides = config.keys if config is not None else {}
        return [shown_key(f"frame-{name.lower()}", overrides) for name in FRAMES]

    def _say(self, note: str) -> None:
        """A frame key's note on the title line, beside the keys just pressed, for 4 s: a toast
        there covered the markers' list at 80x24. A toast only where the line has no room."""
        if self._notice_timer is not None:
            self._notice_timer.stop()
        self.notice = note
        if not self._title_fits(f"  · {note}"):
            self.notice = ""
            self.notify(note, title="Time frame", timeout=4)
            return
        self._show_title()
        self._notice_timer = self.set_timer(NOTICE_SECONDS, self._unsay)

    def _unsay(self) -> None:
        if self._notice_timer is not None:
            self._notice_timer.stop()
        self.notice, self._notice_timer = "", None
        self._show_title()

    def _title_fits(self, tail: str) -> bool:
        return self._title_head().cell_len + len(tail) <= self._title_room()

    def _title_room(self) -> int:
        return (self.size.width or self.app.size.width) - 2  # the title's padding

    def _show_title(self) -> None:
        """The title line: the metal, the time frames' keys, where the data stops and whether the
        history is loading, in the first form that fits one line (the title has one: at 60
        columns "no data since 2026-07-30" was cut to "no data", which reads as none at all)."""
        full = self._title_head()
        if self.notice:  # a frame key's note stands for the gap for its seconds
            full.append(f"  · {self.notice}", style="bold italic")
            self.query_one("#chart-title", Static).update(full)
            return
        said = self._title_tail()
        if said[0]:
            full.append(said[0], style="bold")
        if said[1]:
            full.append(said[1], style="dim italic")
        self.query_one("#chart-title", Static).update(full)

    def _title_head(self) -> Text:
        """The metal and the time frames' keys."""
        s = self.series
        names = {m.id: m.name for m in self.snapshot.metals}
        title = Text(f"{names.get(s.metal or '', s.symbol)}  ", style="bold")
        for key, name in zip(self.frame_keys(), FRAMES, strict=True):
            title.append(f" {key}:{name} ", style="bold reverse" if name == self.frame else "dim")
        return title

    def _title_tail(self) -> tuple[str, str]:
        """Where the data stops and whether the history loads, in the first form that fits:
        the day whole or nothing of it (the plot's heading or the stale line says it then; a
        short "┊ stale" here said it twice, beside that line's "stale ...")."""
        gaps = [f"  · {GAP_GLYPH} {self._gap}", ""] if self._gap else [""]
        loading = self.history == "loading"
        loads = ["  · loading the whole history…", "  · loading…", ""] if loading else [""]
        forms = [(gap, load) for gap in gaps for load in loads]
        return next((f for f in forms if self._title_fits(f[0] + f[1])), ("", ""))

    def _gap_in_title(self) -> bool:
        """Whether the title line names the day the data stops ("┊ no data since <day>", the
        dashed line's legend): then the plot's heading does not say it again."""
        return bool(self._gap) and self._title_tail()[0] == f"  · {GAP_GLYPH} {self._gap}"
