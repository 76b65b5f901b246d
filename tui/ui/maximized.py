"""A maximized widget says how to restore it: Textual's palette "Maximize" hid the footer, and
nothing said that Escape (Textual's own ``escape_to_minimize``) gives the screen back.

A screen with this mixin keeps its footer in the maximized view (Textual's
``ALLOW_IN_MAXIMIZED_VIEW``), and the footer shows "Esc Restore" first while a widget is
maximized (a binding Textual's ``check_action`` shows then only); the keys Escape stands for
otherwise ("Esc Back", "Esc Clear filter") are hidden meanwhile, since Escape restores first."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widget import Widget

#: Escape restores whatever its other bindings: Textual minimizes before any binding is read.
RESTORE = Binding("escape", "minimize", "Restore", key_display="Esc", id="restore")
#: Actions bound to Escape that it does not do while a widget is maximized.
ESCAPE_ACTIONS = frozenset({"back", "clear_filter"})


def maximized(node: Widget | Screen[Any]) -> bool:
    """Whether ``node``'s screen has a maximized widget."""
    try:
        return node.screen.maximized is not None
    except Exception:  # not on a screen yet
        return False


class MaximizeHint(Screen[Any]):
    """The footer stays and says "Esc Restore" while a widget is maximized."""

    ALLOW_IN_MAXIMIZED_VIEW = "Footer, #footer-slot"
    BINDINGS: ClassVar[list[BindingType]] = [RESTORE]

    def watch_maximized(self) -> None:
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "minimize":
            return self.maximized is not None
        if action in ESCAPE_ACTIONS and self.maximized is not None:
            return False
        return True
