"""Textual's command palette (and its theme picker, the same modal) with the screen's height as
a style class: ``-short`` under 24 rows, where ``app.tcss`` keeps its list above the footer's
last line ("Esc Close", the one word on how to leave it), which Textual's 70% reached at 20
rows. Only the palette takes the classes: on every screen they restyled the whole dashboard at
start."""

from __future__ import annotations

from textual.command import CommandPalette

__all__ = ["Palette"]


class Palette(CommandPalette):
    VERTICAL_BREAKPOINTS = [(0, "-short"), (24, "-tall")]
