"""A maximized widget says how to restore it: Textual's palette "Maximize" hid the footer, and
nothing said that Escape (Textual's own ``escape_to_minimize``) gives the screen back.

A screen with ``Restores`` keeps its footer in the maximized view (Textual's
``ALLOW_IN_MAXIMIZED_VIEW``), and the footer shows "Esc Restore" first while a widget is
maximized (a binding Textual's ``check_action`` shows then only); the keys Escape stands for
otherwise ("Esc Back", "Esc Clear filter") are hidden meanwhile, since Escape restores first.

``Restores`` is a plain mixin, not a ``Screen``: defining a Textual class costs ~2 M
instructions at start-up (Textual walks the class's whole ``dir()``), and the dashboard's screen
needs only its methods. Textual merges only its own classes' ``BINDINGS``, so a screen that
mixes it in lists ``RESTORE`` itself (the detail screens' base, ``MaximizeHint``, does)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.binding import Binding

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.widget import Widget

    _Screen = Screen[Any]
else:
    _Screen = object

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


class Restores(_Screen):
    """The footer stays and says "Esc Restore" while a widget is maximized (with ``RESTORE``
    among the screen's ``BINDINGS``)."""

    ALLOW_IN_MAXIMIZED_VIEW = "Footer, #footer-slot"

    def watch_maximized(self) -> None:
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "minimize":
            return self.maximized is not None
        if action in ESCAPE_ACTIONS and self.maximized is not None:
            return False
        return True
