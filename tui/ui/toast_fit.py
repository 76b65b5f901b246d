"""A notice laid out for its toast: a path in it too long for the toast's line is cut in its
middle (``~/.cache/…/store.sqlite3``, ``tui.core.path_words.fit_paths``) instead of wrapped
mid-path. The words are the flow's (``tui.flow.cache_words``); this only fits them. An alert's
message (a headline's title, of any length) is cut to a few lines (:func:`for_alert`).

Textual's toast is 60 cells wide at most and half the screen, less its padding and the
coloured edge: 36 cells of text at 80 columns, 26 at 60.
"""

from __future__ import annotations

import textwrap

from rich.cells import cell_len, set_cell_size

from tui.core.path_words import fit_paths

TOAST_MAX, TOAST_FRAME = 60, 4  # Textual's Toast: ``width: 60; max-width: 50%``; padding, edge


def toast_text_width(screen_width: int) -> int:
    """Cells of text a toast holds on a screen ``screen_width`` cells wide."""
    return max(8, min(TOAST_MAX, screen_width // 2) - TOAST_FRAME)


def for_toast(notice: str, screen_width: int) -> str:
    """``notice`` with every path fitted to a toast's line on this screen."""
    return fit_paths(notice, toast_text_width(screen_width))


#: The most lines an alert's message takes in its toast (the alerts log keeps it whole).
ALERT_LINES = 3


def for_alert(message: str, screen_width: int, lines: int = ALERT_LINES) -> str:
    """An alert's message cut to ``lines`` lines of a toast on this screen, ending in "…" when
    cut: a headline of 600 cells made a toast taller than an 80x24 screen."""
    width = toast_text_width(screen_width)
    wide = cell_len(message) > len(message)  # textwrap counts characters, not cells
    wrapped = textwrap.wrap(message, max(4, width // 2) if wide else width)
    if len(wrapped) <= lines and all(cell_len(line) <= width for line in wrapped):
        return message
    kept = " ".join(wrapped[:lines])
    room = width * lines - 2  # a cell for "…", one for a word wrapped early
    if cell_len(kept) > room:
        kept = set_cell_size(kept, room)
    return kept.rstrip() + "…"
