"""Text from outside as the screen shows it (``tui.core.shown``: no character whose width a
terminal and Rich count differently, nothing invisible), as a ``Text`` never read as markup."""

from __future__ import annotations

from rich.text import Text

from tui.core.shown import shown

__all__ = ["shown", "shown_text"]


def shown_text(text: str, style: str = "") -> Text:
    """A ``Text`` of outside text, as drawn (``shown``): never read as markup."""
    return Text(shown(text), style=style)
