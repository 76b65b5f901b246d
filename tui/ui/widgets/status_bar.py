"""The header line: app name, mode (live / offline / demo), data age, active filter."""

from __future__ import annotations

from datetime import datetime, timezone

from rich.text import Text
from textual.widgets import Static

from tui.core.fmt import ago
from tui.core.models import Snapshot
from tui.flow.snapshot import DEMO_DATE


class StatusBar(Static):
    def __init__(self) -> None:
        super().__init__(id="status-bar")
        self.snapshot: Snapshot | None = None
        self.metal: str | None = None
        self.message = "loading…"
        self.offline = False
        self.refreshing = False
        self.failing = 0

    def set_state(self, **changes: object) -> None:
        for key, value in changes.items():
            setattr(self, key, value)
        self.update(self.status_text())

    def status_text(self) -> Text:
        line = Text()
        line.append(" metalwatch ", style="bold reverse")
        snap = self.snapshot
        if self.offline:
            line.append(" OFFLINE ", style="bold reverse")
        if snap is not None and snap.mode == "offline-demo":
            line.append("  nothing cached yet: showing the ", style="italic")
        if snap is not None and snap.mode in ("demo", "offline-demo"):
            line.append(f" DEMO snapshot of {DEMO_DATE} ", style="bold reverse")
        now = (
            snap.generated_at
            if snap is not None and snap.mode == "demo"
            else datetime.now(timezone.utc)
        )
        if snap is not None and snap.data_as_of is not None and snap.mode == "live":
            line.append(f"  data {ago(snap.data_as_of, now)}")
        if self.refreshing:
            line.append("  ⟳ refreshing", style="italic")
        if self.failing:
            line.append(f"  ⚠ {self.failing} source(s) failing (s)", style="bold")
        if self.metal:
            line.append(f"  metal: {self.metal} (M clears)", style="bold")
        if self.message:
            line.append(f"  {self.message}", style="italic")
        return line
