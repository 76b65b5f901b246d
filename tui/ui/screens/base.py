"""A detail screen: Escape goes back; links open with o / copy with y."""

from __future__ import annotations

from textual.screen import Screen

from tui.ui.bindings import bindings


class DetailScreen(Screen[None]):
    BINDINGS = bindings("detail")

    def action_back(self) -> None:
        self.app.pop_screen()
