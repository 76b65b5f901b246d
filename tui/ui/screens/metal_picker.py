"""Pick a metal: the linked filter for every panel. The detail screens' movement keys (j/k/g/G,
remappable as ``detail-down`` ...) move its cursor, as on every other list."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.core.keymap import shown_key
from tui.core.models import Metal
from tui.ui.bindings import bindings
from tui.ui.screens.base import ListMoves
from tui.ui.widgets.end_stop import EndStopList

MOVES = ("detail-down", "detail-up", "detail-top", "detail-bottom")
#: The picker's most lines (``app.tcss`` says 24 too): on a shorter screen it leaves the
#: header's line and the footer's free, its frame whole.
TALLEST = 24


class MetalPicker(ListMoves, ModalScreen[str | None]):
    BINDINGS = [
        ("escape", "dismiss_none", "Cancel"),
        *(b for b in bindings("detail") if getattr(b, "id", None) in MOVES),
    ]

    def __init__(self, metals: list[Metal], current: str | None) -> None:
        super().__init__()
        self.metals = metals
        self.current = current

    def compose(self) -> ComposeResult:
        # a name is text, never markup: "Tin [/]" from the config ended the app (MarkupError)
        options = [Option("All metals", id="*")]
        options += [Option(Content(m.name), id=m.id) for m in self.metals]
        picker = EndStopList(*options, id="metal-picker")  # stops at its ends, as tables do
        picker.border_title = "Show one metal in every panel"
        # the picker covers the footer: its keys are said on its frame (Esc was said nowhere)
        config = getattr(self.app, "config", None)
        keys = config.keys if config is not None else {}
        moves = f"{shown_key('detail-down', keys)}/{shown_key('detail-up', keys)}"
        picker.border_subtitle = f"{moves} move · Enter show · Esc cancel"
        yield picker

    def on_mount(self) -> None:
        picker = self.query_one(OptionList)
        ids = ["*"] + [m.id for m in self.metals]
        picker.highlighted = ids.index(self.current) if self.current in ids else 0
        picker.focus()
        self._fit(self.app.size.height)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.height)

    def _fit(self, height: int) -> None:
        """At most ``TALLEST`` lines, and two fewer than the screen: at 12 rows its frame ran
        over the footer and past the last line, the keys it says (Esc cancel) with it."""
        self.query_one(OptionList).styles.max_height = max(3, min(TALLEST, height - 2))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        chosen = event.option.id
        self.dismiss(None if chosen == "*" else chosen)

    def action_dismiss_none(self) -> None:
        self.dismiss(self.current)
