"""A notice laid out for its toast: a path in it too long for the toast's line is cut in its
middle (``~/.cache/…/store.sqlite3``, ``tui.core.path_words.fit_paths``) instead of wrapped
mid-path. The words are the flow's (``tui.flow.cache_words``); this only fits them.

Textual's toast is 60 cells wide at most and half the screen, less its padding and the
coloured edge: 36 cells of text at 80 columns, 26 at 60.
"""

from __future__ import annotations

from tui.core.path_words import fit_paths

TOAST_MAX, TOAST_FRAME = 60, 4  # Textual's Toast: ``width: 60; max-width: 50%``; padding, edge


def toast_text_width(screen_width: int) -> int:
    """Cells of text a toast holds on a screen ``screen_width`` cells wide."""
    return max(8, min(TOAST_MAX, screen_width // 2) - TOAST_FRAME)


def for_toast(notice: str, screen_width: int) -> str:
    """``notice`` with every path fitted to a toast's line on this screen."""
    return fit_paths(notice, toast_text_width(screen_width))
