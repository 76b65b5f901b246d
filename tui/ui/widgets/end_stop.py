"""An option list that stops at its ends, as the panels' tables do.

Textual's ``OptionList`` wraps round: Up (or ``k``) on the first option went to the last, Down
(or ``j``) on the last to the first, so a keyboard user holding ``k`` to reach the top of the
metal picker or the chart's marker list went round and round. Page Up/Down, Home and End
already stop.
"""

from __future__ import annotations

from textual import _widget_navigation
from textual.widgets import OptionList


class EndStopList(OptionList):
    """``OptionList`` whose cursor keys stop at the first and the last enabled option."""

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_cursor_down(self) -> None:
        self._step(1)

    def _step(self, direction: _widget_navigation.Direction) -> None:
        found = _widget_navigation.find_next_enabled_no_wrap(
            self.options, anchor=self.highlighted, direction=direction
        )
        if found is not None:  # nothing further that way: stay
            self.highlighted = found
