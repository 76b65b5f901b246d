"""Help: generated from the bindings (after any remapping), never written by hand."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from tui.core.keymap import BINDING_IDS, KEYS, MAIN_ONLY, effective_keys, key_label, keys_label
from tui.ui.board_marks import BOARD_MARKS
from tui.ui.hanging import Hanging, hang_from
from tui.ui.key_words import ROW_TABLE_SIDEWAYS, our_words
from tui.ui.screens.base import DetailScreen
from tui.ui.widgets.headline_row import MARKS
from tui.ui.widgets.key_footer import KeyFooter
from tui.ui.widgets.prices import PRICE_MARKS

SCOPES = {
    "app": "Everywhere",
    "main": "On the dashboard",  # the app's keys that act on its panels (``MAIN_ONLY``)
    "panel": "In a panel",
    "chart": "On the price chart",
    "detail": "On a detail screen",
}


#: The palette's own keys (Textual's, not remappable): it takes every other key as search text,
#: so none of the keys above works while it is open (its footer says "Esc Close")
PALETTE_TITLE = "In the command palette and the theme picker"
PALETTE_KEYS = (
    ("Typed text", "Search"),
    ("↑, ↓", "Choose"),
    ("Enter", "Run the command, or use the theme"),
    ("Esc", "Close"),
)

#: Escape in a maximized view (palette "Maximize"): the footer says "Esc Restore" there
#: (``tui.ui.maximized``), and Escape restores before it goes back or clears a filter
MAXIMIZED_TITLE = "In a maximized view (Ctrl+P, Maximize)"
MAXIMIZED_KEYS = (("Esc", "Restore (before Back or Clear filter)"),)

#: Textual's keys that scroll a list sideways: listed only where the list can scroll so (the
#: panels' columns fit their width: "← Scroll Left", "Ctrl+PgUp Page Left" did nothing there)
SIDEWAYS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})

#: A text box's own key that matters in the help: Enter (a panel's filter box keeps the filter);
#: its other keys edit the text as any box does (over twenty: "Delete left to start of word" ...)
BOX_KEYS = {"submit": "Submit"}


def screen_keys(screen: Screen[object] | None) -> list[tuple[str, str]]:
    """(keys as typed, description) of every binding active on ``screen``, one row per
    description (``tui.ui.key_words``: Textual's words for a move are the keymap's)."""
    if screen is None:
        return []
    by_description: dict[str, list[str]] = {}
    app = screen.app
    # the app's keys as they are on ``screen``, not on the help screen over it (``Actions``)
    before, app.bindings_of = getattr(app, "bindings_of", None), screen  # type: ignore[attr-defined]
    try:
        bound = screen.active_bindings
    finally:
        app.bindings_of = before  # type: ignore[attr-defined]
    for key, active in sorted(bound.items(), key=_declared_order(bound)):
        binding = active.binding
        if not binding.description or active.enabled is False:
            continue
        box = isinstance(active.node, Input)
        if box and binding.action not in BOX_KEYS:
            continue  # a text box's editing keys: the help lists what matters while typing
        row_table = isinstance(active.node, DataTable) and active.node.cursor_type == "row"
        sideways = binding.action in SIDEWAYS or (
            row_table and binding.action in ROW_TABLE_SIDEWAYS
        )
        if sideways and not getattr(active.node, "allow_horizontal_scroll", 1):
            continue  # a list whose columns fit: the keys do nothing there
        description = binding.description
        if box:
            keeps = active.node.has_class("panel-filter")
            description = "Keep filter" if keeps else BOX_KEYS[binding.action]
        elif binding.action.startswith("focus_panel("):  # one row for the nine, as below
            description = "Jump to panel N"
        elif row_table and binding.action in ROW_TABLE_SIDEWAYS:
            description = ROW_TABLE_SIDEWAYS[binding.action]
        elif binding.id not in BINDING_IDS:  # Textual's: "Scroll Up" is the keymap's "Up"
            description = our_words(description)
        # one row per description: "↑, k  Up", where Textual's cursor_up and the keymap's
        # line_up were two rows that said "Up" (over the chart, "Home First" beside "g Top")
        keys = by_description.setdefault(description, [])
        label = key_label(key)
        if label not in keys:
            keys.append(label)
    return [(_span(keys), desc) for desc, keys in by_description.items()]


def _declared_order(
    bound: dict[str, ActiveBinding],
) -> Callable[[tuple[str, ActiveBinding]], tuple[int, int, int]]:
    """Sort key of a screen's bindings: by node (as the screen lists them), then in the order
    the node declares them. A ``[keys]`` remap re-files the binding under its new key at the end
    of its node's list: with ``refresh = "f5"`` the help listed "F5 Refresh" last, after
    "Ctrl+P Palette", not after "Help" where it is without the remap."""
    nodes: dict[int, int] = {}
    for active in bound.values():
        nodes.setdefault(id(active.node), len(nodes))
    places: dict[int, dict[tuple[str, str], int]] = {}

    def declared(node: object) -> dict[tuple[str, str], int]:
        if id(node) not in places:
            places[id(node)] = declared_places(type(node))
        return places[id(node)]

    order = {key: n for n, key in enumerate(bound)}

    def rank(item: tuple[str, ActiveBinding]) -> tuple[int, int, int]:
        key, active = item
        where = declared(active.node)
        place = where.get((active.binding.id or "", active.binding.action), len(where))
        return nodes[id(active.node)], place, order[key]

    return rank


def declared_places(cls: type) -> dict[tuple[str, str], int]:
    """(binding id, action) -> place, in the order ``cls`` and its bases declare them: each
    class's public ``BINDINGS``, the bases' first, as Textual merges them (a key bound again
    further down keeps its first place). Textual's merged map is private (``_merged_bindings``)
    and ``active_bindings`` gives the order after the keymap, which moved a remapped key last.
    A base behind ``inherit_bindings=False`` is read too (the flag is private): it adds places
    for bindings the node does not have, which no row asks for."""
    keys: dict[str, list[Binding]] = {}  # as Textual merges: a key's bindings, the last class's
    for base in reversed(cls.__mro__):
        own: dict[str, list[Binding]] = {}
        for binding in Binding.make_bindings(base.__dict__.get("BINDINGS", [])):
            own.setdefault(binding.key, []).append(binding)
        keys.update(own)
    where: dict[tuple[str, str], int] = {}
    for bindings in keys.values():
        for binding in bindings:
            where.setdefault((binding.id or "", binding.action), len(where))
    return where


def _span(keys: list[str]) -> str:
    """``1, 2, ... 9`` as ``1 … 9``; other keys as a list."""
    return "1 … 9" if keys == [str(n) for n in range(1, 10)] else ", ".join(keys)


def help_text(overrides: dict[str, str], here: list[tuple[str, str]] | None = None) -> Text:
    keys = effective_keys(overrides)
    # the keys' column: 16 wide, or as wide as its longest keys and two cells ("Ctrl+C, Super+c"
    # and a remapped "Alt+Shift+A, F5" ran into their descriptions)
    labels = [shown for shown, _ in here or []] + [keys_label(keys[k.id]) for k in KEYS]
    width = max(16, *(len(label) + 2 for label in labels))
    t = Text()
    t.append("metalwatch keys\n", style="bold")
    t.append(
        "Tab / Shift+Tab move between panels; arrows, PgUp/PgDn, Home/End move within them;"
        " Ctrl+P opens the command palette.\n",
        style="dim",
    )
    if here:
        t.append("\nOn the screen you came from\n", style="bold underline")
        for shown, desc in here:
            t.append(f"  {shown:<{width}}", style="bold")
            hang_from(t, f"{desc}\n")
    for scope, title in SCOPES.items():
        t.append(f"\n{title}\n", style="bold underline")
        panel_keys = [keys[f"panel-{n}"] for n in range(1, 10)]
        grouped = panel_keys == [str(n) for n in range(1, 10)]
        for k in KEYS:
            if ("main" if k.id in MAIN_ONLY else k.scope) != scope:
                continue
            if grouped and k.id.startswith("panel-"):
                if k.id == "panel-1":
                    t.append(f"  {'1 … 9':<{width}}", style="bold")
                    hang_from(t, "Jump to panel N")
                    t.append("   [panel-1 … panel-9]\n", style="dim")
                continue
            shown = keys_label(keys[k.id])
            t.append(f"  {shown:<{width}}", style="bold")
            hang_from(t, f"{k.description}")
            t.append(f"   [{k.id}]\n", style="dim")
    t.append(f"\n{MAXIMIZED_TITLE}\n", style="bold underline")
    for shown, desc in MAXIMIZED_KEYS:
        t.append(f"  {shown:<{width}}", style="bold")
        hang_from(t, f"{desc}\n")
    t.append(f"\n{PALETTE_TITLE}\n", style="bold underline")
    for shown, desc in PALETTE_KEYS:
        t.append(f"  {shown:<{width}}", style="bold")
        hang_from(t, f"{desc}\n")
    t.append("\nMarks in the headlines panel\n", style="bold underline")
    sources = keys_label(keys["sources"].split(",")[0])  # as remapped: "press s" did nothing
    for mark, meaning in MARKS:
        t.append(f"  {mark:<{width}}", style="bold")
        hang_from(t, f"{meaning.replace('{sources}', sources)}\n")
    # the prices' "7mo!" was said nowhere: the help explained only the headlines' marks
    t.append("\nMarks in the prices panel\n", style="bold underline")
    for mark, meaning in PRICE_MARKS:
        t.append(f"  {mark:<{width}}", style="bold")
        hang_from(t, f"{meaning}\n")
    # the board's "~", "—" and status symbols were said nowhere
    t.append("\nMarks on the policy board\n", style="bold underline")
    for mark, meaning in BOARD_MARKS:
        t.append(f"  {mark:<{width}}", style="bold")
        hang_from(t, f"{meaning}\n")
    t.append('\nRemap any key in the config: [keys] refresh = "f5"\n', style="dim")
    return t


class HelpScreen(DetailScreen):
    def compose(self) -> ComposeResult:
        config = getattr(self.app, "config", None)
        overrides = dict(config.keys) if config is not None else {}
        stack = self.app.screen_stack
        under = next((s for s in reversed(stack) if s is not self), None)
        with VerticalScroll(id="detail"):
            yield Static(Hanging(help_text(overrides, screen_keys(under))), id="help-text")
        yield KeyFooter()
