"""The "Since you last looked" notice: shown once per start, only when something changed, and
kept counting (toast and header) while it is open."""

from __future__ import annotations

import time
from datetime import datetime

from textual.app import App
from textual.notifications import Notification, Notify

from tui.flow.changes import Changes

TITLE = "Since you last looked"
OPEN_SECONDS = 20.0


class SinceNotice:
    """One per app. ``update`` is called with every new comparison against the baseline."""

    def __init__(self, seconds: float = OPEN_SECONDS) -> None:
        self.seconds = seconds
        self.shown = False  # at most once per start
        self.text = ""  # what the notice says now ("" when closed or never opened)
        self._toast: Notification | None = None
        self._opened_at = 0.0

    @property
    def is_open(self) -> bool:
        return self.shown and time.monotonic() - self._opened_at < self.seconds

    def update(self, app: App[None], changes: Changes, now: datetime) -> str:
        """Open the notice on the first change, recount it while open; return its header text
        ("" when there is nothing to say)."""
        if not self.shown:
            if not changes.has_news:
                return ""
            self.shown, self._opened_at = True, time.monotonic()
            app.set_timer(self.seconds, lambda: self._closed(app))
        elif not self.is_open:
            return ""
        text = changes.summary(now)
        if not text:  # nothing left to say (a row back after a fetch): closed, not left blank
            self._close_now(app)
            return ""
        if text != self.text:
            self.text = text
            self._toast_text(app, text)
        return text

    def _toast_text(self, app: App[None], text: str) -> None:
        left = max(1.0, self.seconds - (time.monotonic() - self._opened_at))
        self._take_down(app)  # the count changed: one toast, recounted
        self._toast = Notification(text, TITLE, "information", left)
        app.post_message(Notify(self._toast))

    def _close_now(self, app: App[None]) -> None:
        """The toast taken down and the header's line cleared before the notice's time is up:
        the toast said "Since you last looked" over an empty line, and the header kept the
        count that no longer held."""
        self._take_down(app)
        self._opened_at = time.monotonic() - self.seconds  # closed: ``is_open`` is False
        self._closed(app)

    def _take_down(self, app: App[None]) -> None:
        """The toast on screen, if any, taken down (Textual's own toasts close this way)."""
        if self._toast is not None:
            try:
                app._unnotify(self._toast)
            except Exception:
                pass

    def _closed(self, app: App[None]) -> None:
        self.text = ""
        self._toast = None
        status = getattr(app, "status_bar", None)
        if status is not None and status.message.startswith(TITLE):
            status.set_state(message="")
