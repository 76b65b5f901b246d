"""The metalwatch Textual app: a thin layer over the core (config, store, refresh, snapshot).

Its parts, each one responsibility (see ``tui.ui.app_base``): theming, alerting, marking,
loading (store -> snapshot -> panels), refreshing (sources -> store), actions (keys); this module
lays out the screen and starts it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

from tui.core.keymap import KEYS, key_label
from tui.flow.health import cadences, remote_names
from tui.ui import switching
from tui.ui.actions import Actions
from tui.ui.app_base import AppBase
from tui.ui.aside import DaemonExecutor
from tui.ui.bindings import bindings
from tui.ui.compact_frame import compact, hand_over
from tui.ui.refreshing import TICK_SECONDS
from tui.ui.screens.main import MainScreen, focus_once
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.panel import Panel
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel
from tui.ui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from rich.console import RenderableType
    from textual.command import Provider

__all__ = ["PANELS", "TICK_SECONDS", "MetalwatchApp"]

PANELS: dict[str, type[Panel]] = {
    "headlines": HeadlinesPanel,
    "prices": PricesPanel,
    "policy": PolicyPanel,
}


def palette_commands() -> type[Provider]:
    """The palette's commands (``tui.ui.commands``), imported when the palette first opens, as
    Textual's own system commands are: not at every start."""
    from tui.ui.commands import MetalwatchCommands

    return MetalwatchCommands


class MetalwatchApp(Actions, AppBase, App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "metalwatch"
    BINDINGS = bindings("app")
    COMMANDS = App.COMMANDS | {palette_commands}
    # the palette's key as the help and every other key say it ("Ctrl+P", where Textual's footer
    # said "^p" beside the help's "Ctrl+P opens the command palette")
    COMMAND_PALETTE_DISPLAY = key_label(App.COMMAND_PALETTE_BINDING)
    _keymap_ids = frozenset(k.id for k in KEYS)
    _laid_out: tuple[bool, int, str] | None = None  # (wide, panels, rows) of the grid set last
    _footer_mounted = False

    def action_command_palette(self) -> None:
        """Textual's palette, as :class:`tui.ui.palette.Palette` (its list shorter on a short
        screen)."""
        from textual.command import CommandPalette

        from tui.ui.palette import Palette

        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(Palette(id="--command-palette"))

    def search_themes(self) -> None:
        """Textual's theme picker, in :class:`tui.ui.palette.Palette` as the palette is."""
        from textual.theme import ThemeProvider

        from tui.ui.palette import Palette

        self.push_screen(Palette(providers=[ThemeProvider], placeholder="Search for themes…"))

    def get_key_display(self, binding: Binding) -> str:
        """A binding of the keymap as a person types its first key (``?``, ``F5``), as remapped by
        the config's ``[keys]``: the footer says what the help screen says."""
        if binding.id in self._keymap_ids:
            return key_label(binding.key.split(",")[0])
        return super().get_key_display(binding)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own palette commands, less those the keymap already offers with their key
        ("Quit", "Theme"): each command once. Textual's "Keys" panel too: the help (``?``) lists
        the keys in the app's words, where the panel squeezed the dashboard to half its width
        and said "^pgup", "super+c" and "Quit Quit the app", with nothing to close it but the
        palette again."""
        ours = {k.description for k in KEYS} | {"Keys"}
        for command in super().get_system_commands(screen):
            if command.title not in ours:
                yield command

    def get_default_screen(self) -> Screen[Any]:
        return MainScreen(id="_default")

    def _display(self, screen: Screen[Any], renderable: RenderableType | None) -> None:
        # a full frame with one style change per run of equal style: the same cells in fewer
        # bytes for the terminal to parse; its writer thread let in at once (``compact_frame``)
        frame = compact(renderable)
        hand_over(frame is not renderable)  # before the frame is queued for the writer
        super()._display(screen, frame)

    # ---- layout -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        self._hold_gc()  # until the first paint
        # the screen's thread let in 1 ms after a busy worker wants the lock, not 5: set before
        # any frame (``compact_frame.hand_over`` shortens it around one and sets this one back)
        self._switch_was = switching.quicken()
        yield StatusBar(
            remote=remote_names(self.config),
            demo=self.config.demo,
            keys=dict(self.config.keys),
            cadences=cadences(self.config),
        )
        self._panels = [
            PANELS[pc.kind](pc, id=f"panel-{i}") for i, pc in enumerate(self.config.panels, 1)
        ]
        yield from self._panels  # laid out by the screen's grid (``MainScreen`` in app.tcss)
        # the footer's line, empty until the keys come after the first paint (``_mount_footer``)
        yield Widget(id="footer-slot")

    def on_mount(self) -> None:
        self._stop_on_signals()
        # thread workers on daemon threads: `q` never waits for one held by a store's lock
        asyncio.get_running_loop().set_default_executor(DaemonExecutor())
        if self.config.keys:
            self.set_keymap(dict(self.config.keys))
            self._say_dead_keys()
        self._layout()
        if self.panels:  # the first panel's rows, unless Textual focused them already
            focus_once(self.screen, self.panels[0].table)
        if not self._paint_cached():
            self._release_gc()  # the first paint waits for a snapshot built from the store
            self.call_after_refresh(self._mount_footer)
            self.load_from_store()

    def _say_dead_keys(self) -> None:
        """Remapped keys most terminals never send as named (``alt+1``, ``ctrl+shift+r``): kept,
        but said once, in the words of ``metalwatch check``'s warning (``tui.core.dead_keys``)."""
        from tui.core.dead_keys import dead_keys

        dead = dead_keys(self.config.keys)
        if dead:
            said = "\n".join(key.said() for key in dead)
            self.notify(said, title="Keys", severity="warning", timeout=20)

    def _stop_on_signals(self) -> None:
        """SIGTERM (``kill``, a logout, a service manager) and SIGHUP (the terminal closed,
        ``tmux kill-session``, an ssh connection dropped) end the app as ``q`` does: the
        terminal is given back as it was (no alternate screen, mouse reporting or hidden
        cursor left behind) and what this session showed is remembered for the next "since
        you last looked". Killed by Python's default action, they left both undone; handled
        on the event loop alone, a terminal already gone left the process behind for good
        (:mod:`tui.ui.hangup`). In a browser (``serve``) the web driver handles them itself."""
        if self.is_headless or self.is_web:
            return
        from tui.ui import hangup

        hangup.install(asyncio.get_running_loop(), self.exit, self._driver)

    def _mount_footer(self) -> None:
        """The footer, into its line, after the first paint: Textual's ``Footer`` lists its keys
        only once the screen's bindings are ready (after that paint) and showed an empty line
        until then. The slot paints the same line; the footer class, its stylesheet and its
        styling (~10 M instructions) wait until the dashboard is on screen."""
        if self._footer_mounted or not self.screen_stack:
            return
        self._footer_mounted = True
        from tui.ui.widgets.key_footer import KeyFooter

        # the dashboard's screen, at the bottom of the stack: another may be on top by now
        slot = next(iter(self.screen_stack[0].query("#footer-slot")), None)
        if slot is not None and slot.is_attached:  # else the app is closing
            footer = KeyFooter()
            # the screen's bindings are known by now, and no signal says so again: the footer
            # composes its keys when it mounts (unattached, this only marks it ready)
            footer.bindings_changed(slot.screen)
            slot.mount(footer)

    def on_resize(self, event: events.Resize) -> None:
        # the event carries the new size; ``self.size`` may still be the old one here
        self._layout(event.size.width, event.size.height)

    def _layout(self, width: int | None = None, height: int | None = None) -> None:
        """Wide: the first panel across the top (when the count is odd), the others two by two.
        Narrow: one column, heights from each panel's ``size``, none under its minimum."""
        panels = self.panels
        n = len(panels)
        wide = (self.size.width if width is None else width) >= 140 and n >= 2
        lines = (self.size.height if height is None else height) - 2  # less header and footer
        floors = [3 + p.row_lines for p in panels]  # a border, the column names and a row
        heights = "" if wide else row_heights([p.config.size for p in panels], lines, floors=floors)
        if (wide, n, heights) == self._laid_out or not self.screen_stack:  # the same layout again
            return
        self._laid_out = (wide, n, heights)
        grid = self.screen_stack[0]  # the dashboard's screen lays the panels out (app.tcss)
        if wide:
            spans = [2] + [1] * (n - 1) if n % 2 else [1] * n
            rows = (n + 1) // 2
            grid.styles.grid_size_columns = 2
            grid.styles.grid_size_rows = rows
            grid.styles.grid_columns = "1fr 1fr"
            grid.styles.grid_rows = " ".join("1fr" for _ in range(rows))
            for panel, span in zip(panels, spans, strict=True):
                panel.styles.column_span = span
        else:
            grid.styles.grid_size_columns = 1
            grid.styles.grid_size_rows = max(n, 1)
            grid.styles.grid_columns = "1fr"
            grid.styles.grid_rows = heights
            for panel in panels:
                panel.styles.column_span = 1


#: A panel's fewest lines (``.panel`` in app.tcss): its border, its column names and two rows.
PANEL_MIN_HEIGHT = 5


def row_heights(
    sizes: list[int],
    lines: int,
    minimum: int = PANEL_MIN_HEIGHT,
    floors: list[int] | None = None,
) -> str:
    """The one-column grid's rows: each panel's share of ``lines`` by its ``size``, none under
    ``minimum`` (a small share, 1 beside 6 at 80x24, was a border's line: the panel's rows out of
    sight); such a panel gets the minimum and the others share the rest. With no room for every
    minimum, each panel keeps its ``floors`` line count (a border, its column names and one whole
    row: at 60x15 the prices panel's two-line rows were shown by their second line alone, the
    source and "stale" without the metal or its price) where they fit, else equal shares."""
    if not sizes:
        return "1fr"
    least = [minimum] * len(sizes)
    if sum(least) > lines and floors is not None and len(floors) == len(sizes):
        least = list(floors)
    if sum(least) > lines:
        return " ".join("1fr" for _ in sizes)
    fixed: set[int] = set()
    while True:
        free = lines - sum(least[i] for i in fixed)
        total = sum(s for i, s in enumerate(sizes) if i not in fixed)
        short = {i for i, s in enumerate(sizes) if i not in fixed and free * s < least[i] * total}
        if not short or len(fixed | short) == len(sizes):
            break
        fixed |= short
    return " ".join(str(least[i]) if i in fixed else f"{s}fr" for i, s in enumerate(sizes))
