"""The header line: app name, mode (live / offline / demo), what is live, cached and failing,
the age of the last good data, the active filter."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone

from rich.text import Text
from textual.widgets import Static

from tui.core.demo_clock import DEMO_DATE
from tui.core.fmt import ago
from tui.core.models import Snapshot
from tui.flow.demo_fallback import YOUR_BOARD
from tui.flow.health import HealthSummary, summarise


class StatusBar(Static):
    def __init__(self, remote: Iterable[str] = (), *, demo: bool = False) -> None:
        super().__init__(id="status-bar")
        self.remote = set(remote)  # the sources fetched over the network
        self.demo = demo  # the app runs on the bundled demo (--demo): no health to tell
        self.snapshot: Snapshot | None = None
        self.metal: str | None = None
        self.message = "loading…"
        self.refreshing = False
        self._shown: Text | None = None  # the line on screen

    def set_state(self, **changes: object) -> None:
        for key, value in changes.items():
            setattr(self, key, value)
        text = self.status_text()
        shown = self._shown
        if shown is not None and text.plain == shown.plain and text.spans == shown.spans:
            return  # the same line: nothing to draw
        self._shown = text
        # one line high (app.tcss) whatever it says: a new text is a repaint, not a layout
        # of the whole screen (which would draw every panel again)
        self.update(text, layout=False)

    def summary(self) -> HealthSummary:
        if self.snapshot is None or self.demo:
            return HealthSummary()
        return summarise(self.snapshot.sources, self.remote)

    def status_text(self) -> Text:
        line = Text()
        line.append(" metalwatch ", style="bold reverse")
        snap = self.snapshot
        health = self.summary()
        wall = datetime.now(timezone.utc)
        if health.offline:
            line.append(" OFFLINE ", style="bold reverse")
        # the failing count comes first: on a narrow terminal the end of the line is cut
        failing, rest = self._sources_text(health, wall) if snap is not None else (Text(), Text())
        if not self.demo:
            line.append_text(failing)
        if snap is not None and snap.mode == "offline-demo":
            line.append("  nothing delivered yet: showing the ", style="italic")
        if snap is not None and snap.mode in ("demo", "offline-demo"):
            line.append(f" DEMO snapshot of {DEMO_DATE} ", style="bold reverse")
        if snap is not None and snap.mode == "offline-demo" and _yours(snap):
            line.append(" (the policy board is yours)", style="italic")
        if snap is not None and not self.demo:
            line.append_text(rest)
        if self.refreshing:
            line.append("  ⟳ refreshing", style="italic")
        if self.metal:
            line.append(f"  metal: {self.metal} (M clears)", style="bold")
        if self.message:
            line.append(f"  {self.message}", style="italic")
        return line

    @staticmethod
    def _sources_text(health: HealthSummary, now: datetime) -> tuple[Text, Text]:
        """("  ⚠ 3 sources failing, last good data 2d ago (s)", "  2 live · 1 cached")"""
        failing = Text()
        if health.failing:
            n = health.failing
            when = (
                f"last good data {ago(health.failing_last_good, now)}"
                if health.failing_last_good is not None
                else f"no data from {'it' if n == 1 else 'them'} yet"
            )
            failing = Text(f"  ⚠ {n} source{'s' if n != 1 else ''} failing, {when} (s)")
            failing.stylize("bold")
        parts: list[Text] = []
        if health.live:
            parts.append(Text(f"{health.live} live"))
        if health.cached:
            parts.append(Text(f"{health.cached} cached"))
        if not health.failing and health.last_good is not None:
            parts.append(Text(f"data {ago(health.last_good, now)}", style="dim"))
        rest = Text("  ") + Text(" · ").join(parts) if parts else Text()
        return failing, rest


def _yours(snap: Snapshot) -> bool:
    """The demo fallback kept the user's declared board."""
    return any(YOUR_BOARD in note for note in snap.notes)
