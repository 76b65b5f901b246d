"""A detail screen: Escape goes back; j/k/g/G move like the panels; o/y open or copy its link.

Keys come from the keymap's ``detail`` scope (remappable). On a screen with a list (a table or
an option list) the movement keys move its cursor; elsewhere they scroll the text. ``o`` and
``y`` appear only where the screen has a link (``link()``), and say when no browser opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.containers import ScrollableContainer
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, OptionList

from tui.core.keymap import shown_key
from tui.ui.bindings import bindings
from tui.ui.links import open_link
from tui.ui.maximized import RESTORE
from tui.ui.screens.maximize_hint import MaximizeHint
from tui.ui.widgets.row_keys import LINK_ACTIONS


def link_hint(what: str, key: Callable[[str], str] = lambda bid: shown_key(bid, {})) -> str:
    """ "o opens the link · y copies it · Esc goes back", each key as ``key`` shows it."""
    return (
        f"{key('detail-open-link')} opens {what} · {key('detail-copy-link')} copies it"
        f" · {key('back')} goes back"
    )


class ListMoves(Screen[Any]):
    """j/k/g/G (the keymap's ``detail-down`` ... actions) on a screen: the focused table or
    option list's cursor moves; with no list focused, the screen's text scrolls, at once: a
    scroll Textual defers to the next refresh starts from where the screen is, so keys that
    arrive together (a held j, typed ahead) moved the text one line for all of them."""

    def _list(self) -> Widget | None:
        focused = self.focused
        if isinstance(focused, (DataTable, OptionList)):
            return focused
        return None

    def _scroller(self) -> Widget:
        for node in self.query(ScrollableContainer):
            return node
        return self

    def action_line_down(self) -> None:
        target = self._list()
        if target is not None:
            target.action_cursor_down()  # type: ignore[attr-defined]
        else:
            self._scroller().scroll_down(animate=False, immediate=True)

    def action_line_up(self) -> None:
        target = self._list()
        if target is not None:
            target.action_cursor_up()  # type: ignore[attr-defined]
        else:
            self._scroller().scroll_up(animate=False, immediate=True)

    def action_go_top(self) -> None:
        target = self._list()
        if isinstance(target, DataTable):
            if target.row_count:
                target.move_cursor(row=0)
        elif isinstance(target, OptionList):
            target.action_first()
        else:
            self._scroller().scroll_home(animate=False, immediate=True)

    def action_go_bottom(self) -> None:
        target = self._list()
        if isinstance(target, DataTable):
            if target.row_count:
                target.move_cursor(row=target.row_count - 1)
        elif isinstance(target, OptionList):
            target.action_last()
        else:
            self._scroller().scroll_end(animate=False, immediate=True)


class DetailScreen(MaximizeHint, ListMoves, Screen[None]):
    # "Esc Restore" beside "Esc Back" (merged from a base class, one key's binding replaced the
    # other's); each is shown only when it is what Escape does (``check_action``)
    BINDINGS = [*bindings("detail"), RESTORE]

    def action_back(self) -> None:
        self.app.pop_screen()

    # ---- links ----------------------------------------------------------------------------

    def link(self) -> str | None:
        """The http(s) link the screen is about, if any."""
        return None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in LINK_ACTIONS and not self.link():
            return False  # hidden from the footer, and the key does nothing here
        return super().check_action(action, parameters)

    def action_open_link(self) -> None:
        url = self.link()
        if url:
            open_link(self.app, url, self.key("detail-copy-link"))

    def key(self, binding_id: str) -> str:
        """A binding's first key as the config's ``[keys]`` made it, as typed ("y", "F5")."""
        config = getattr(self.app, "config", None)
        return shown_key(binding_id, config.keys if config is not None else {})

    def link_hint(self, what: str) -> str:
        """The closing line of a screen with a link: its keys as remapped (the story said "o opens
        the link" whatever ``[keys]`` made them)."""
        return link_hint(what, self.key)

    def action_copy_link(self) -> None:
        url = self.link()
        if url:
            self.app.copy_to_clipboard(url)
            self.notify(f"Copied {url}", title="Link")
