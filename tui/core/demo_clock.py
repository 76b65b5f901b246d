"""The bundled demo's clock: the snapshot is taken at 2026-08-23 00:00 UTC, the end of the day
its files were captured (2026-08-22). Every date the app shows of the demo names the snapshot's
moment: the header's "DEMO snapshot of 2026-08-23", the chart's time axis, which ends on that
day, the ages, which count to it, and ``metalwatch snapshot --demo`` (``generated_at``
2026-08-23T00:00:00Z); the capture day is named only as such."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone

from tui.core.fmt import ago

DEMO_NOW = datetime(2026, 8, 23, 0, 0, tzinfo=timezone.utc)
# the snapshot's day, as the header, the chart's axis and the ages name it
DEMO_DATE = DEMO_NOW.date().isoformat()
# the day the bundled files were captured (their newest data), the day before the snapshot's
DEMO_CAPTURED = "2026-08-22"
#: The capture's day as a moment, aged to the demo's clock ("1d ago" at ``DEMO_NOW``).
DEMO_CAPTURED_AT = datetime.fromisoformat(DEMO_CAPTURED).replace(tzinfo=timezone.utc)
#: The snapshot modes whose stories and prices are the bundled demo's: ``--demo``, and the demo
#: standing in for the user's headlines and prices until a configured source delivers.
DEMO_MODES = ("demo", "offline-demo")
#: The mode of the demo standing in for the user's data (``tui.flow.demo_fallback``).
FALLBACK_MODE = DEMO_MODES[1]

#: The demo's source of its founding story (``tui/demo/PROVENANCE.md``): a scenario written for
#: the demo, not a news report; no outlet published it.
SCENARIO_SOURCE = "Founding scenario"
#: Said wherever the founding story's text or a reading of it is shown.
SCENARIO_NOTE = "a made-up scenario, not a news report: no outlet published it"


def made_up(sources: Iterable[str], demo: bool) -> bool:
    """Whether a story or an evidence item of ``sources`` is the demo's founding scenario
    (``demo``: shown from the bundled demo, where that source name is the demo's own)."""
    return demo and SCENARIO_SOURCE in sources


def captured_cell(wide: bool) -> str:
    """The sources screen's "Captured" cell of a bundled file read: its capture, aged to the
    demo's clock ("1d ago"; ``wide``: "2026-08-22, 1d ago"), never the wall clock's read of the
    file ("just now", then "19m ago", read as a live fetch)."""
    aged = ago(DEMO_CAPTURED_AT, DEMO_NOW)
    return f"{DEMO_CAPTURED}, {aged}" if wide else aged


def sources_note(every_failed: bool) -> str:
    """The sources screen's title note on ``--demo``: the capture's and the snapshot's days,
    or, when every bundled file failed to read, that they could not be read and that what is
    shown is the demo's last snapshot ("files captured ..." stood over every row's error)."""
    if every_failed:
        return f"DEMO: the bundled files could not be read; showing the last snapshot ({DEMO_DATE})"
    return f"DEMO: files captured {DEMO_CAPTURED}, snapshot of {DEMO_DATE}"
