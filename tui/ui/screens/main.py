"""The dashboard's screen: Textual's own, less a restyle of every widget before the first paint.

Textual restyles a screen's every node each time it resumes (a theme may have changed while
another screen was on top). At the first resume nothing has: each widget was styled when it was
mounted and again for any class or focus change since, so that pass (~7 ms of the start: the
headline list's sixteen component classes among it) only repeats the work. Every later resume
restyles as before.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.screen import Screen
from textual.widget import Widget


class MainScreen(Screen[None]):
    _resumed = False

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Screen's own handler runs after this one, with the event as left here
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def _update_auto_focus(self) -> None:
        """Screen's own, focusing with ``focus_once``."""
        if not self.app.app_focus or self.focused is not None:
            return
        auto_focus = self.app.AUTO_FOCUS if self.AUTO_FOCUS is None else self.AUTO_FOCUS
        if not auto_focus:
            return
        for widget in self.query(auto_focus):
            if widget.focusable:
                focus_once(self, widget)
                break


def focus_once(screen: Screen[Any], widget: Widget) -> None:
    """Focus ``widget`` with one restyle of it, not two. Textual's way sets ``has_focus``
    (its watcher restyles the widget: the headline list has sixteen component classes) and
    restyles the panel around it for ``:focus-within``, the widget again with it. Here
    ``has_focus`` is set without its watcher when that second pass covers the widget."""
    if screen.focused is widget or not widget.focusable:
        return
    if any(node._has_focus_within for node in widget.ancestors_with_self):
        widget.set_reactive(Widget.has_focus, True)
    screen.set_focus(widget)
