"""The policy board's marks, as the help screen explains them (``tui.ui.screens.help``)."""

from __future__ import annotations

from tui.core.fmt import STATUS_SYMBOL

#: Before a day in the flags, where "from" or "coming" has no room: in force from that day,
#: not yet ("★ ≥2052-06-04" in 16 cells, where "from 2052-06-04" left no room for the "★").
FROM_MARK = "≥"

#: The board's marks, as the help screen explains them.
BOARD_MARKS = (
    (
        " ".join(STATUS_SYMBOL.values()),
        "before the status: " + ", ".join(STATUS_SYMBOL),
    ),
    ("~", "after the Since day or age: the day it was first seen; it began then or before"),
    ("—", "in Since: not in force yet (coming); the flags say from which day"),
    ("?", "in Since: no day known"),
    (FROM_MARK, "in the flags, before a day: in force from that day, not yet (short for from)"),
    ("★ changed", "in the flags: new or changed since you last looked"),
)
