"""The dashboard's screen: Textual's own, less a restyle of every widget before the first paint.

Textual restyles a screen's every node each time it resumes (a theme may have changed while
another screen was on top). At the first resume nothing has: each widget was styled when it was
mounted and again for any class or focus change since, so that pass (~7 ms of the start: the
headline list's sixteen component classes among it) only repeats the work. Every later resume
restyles as before.
"""

from __future__ import annotations

from textual import events
from textual.screen import Screen


class MainScreen(Screen[None]):
    _resumed = False

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Screen's own handler runs after this one, with the event as left here
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False
