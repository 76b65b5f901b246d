"""The detail screens' base for the maximized view: ``tui.ui.maximized.Restores`` as a Textual
screen class with ``RESTORE`` in its bindings, merged below a detail screen's own as before."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.binding import BindingType
from textual.screen import Screen

from tui.ui.maximized import RESTORE, Restores


class MaximizeHint(Restores, Screen[Any]):
    """The footer stays and says "Esc Restore" while a widget is maximized."""

    BINDINGS: ClassVar[list[BindingType]] = [RESTORE]
