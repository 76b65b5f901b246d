"""Whether a board row's evidence disagrees: two sources at odds near the current status.

``conflict`` is raised, not resolved: two in-effect pieces of evidence from different sources
within :data:`CONFLICT_WINDOW` of each other that disagree on the status, where at least one of
them is within that window of the evidence that set the current status; a restriction
announced for a day and a lift of that same day are one switch, not a disagreement. It is
raised for :data:`CONFLICT_SHOWN` after the later of the two; then the newest stands
unflagged. Called by :mod:`tui.engine.board`.
"""

from __future__ import annotations

from datetime import date, timedelta

from tui.engine.board_items import LIFTS, Item

CONFLICT_WINDOW = timedelta(days=7)
#: A disagreement is flagged for this long after its later report; then the newest stands.
CONFLICT_SHOWN = timedelta(days=30)


def conflict(in_effect: list[Item], current: Item, today: date) -> bool:
    if current.when is None:
        return False
    recent = [
        i for i in in_effect if i.when is not None and current.when - i.when <= CONFLICT_WINDOW
    ]
    for a_i, a in enumerate(recent):
        for b in recent[a_i + 1 :]:
            if a.status == b.status or a.evidence.source == b.evidence.source:
                continue
            if _switch(a, b) or _switch(b, a):
                continue
            if abs((a.when - b.when).days) > CONFLICT_WINDOW.days:  # type: ignore[operator]
                continue  # ... and a month on, with nothing newer, the newest stands
            if today - max(a.when or date.min, b.when or date.min) <= CONFLICT_SHOWN:
                return True
    return False


def _switch(measure: Item, lift: Item) -> bool:
    """A restriction announced for a day and a lift of that same day: one switch (the lift
    ends what the measure replaces), not two sources disagreeing."""
    return (
        measure.dated
        and measure.status not in LIFTS
        and lift.status in LIFTS
        and measure.when == lift.when
    )
