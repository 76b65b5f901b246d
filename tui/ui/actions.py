"""What the keys do (the bindings and the command palette call these ``action_*`` methods)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from textual.widgets import Input

from tui.core.keymap import MAIN_ONLY, spec
from tui.core.models import SourceHealth, Story
from tui.ui.refreshing import Refreshing
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.panel import Panel
from tui.ui.widgets.policy import PolicyPanel


class Actions(Refreshing):
    # actions that act on the dashboard's panels: only while the dashboard is the screen (the
    # keymap's ``MAIN_ONLY``, which the config's clash check reads too)
    MAIN_SCREEN_ACTIONS = frozenset(spec(i).action.split("(")[0] for i in MAIN_ONLY)

    bindings_of: Any = None  # the screen whose keys are asked for, when not the one on top

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self._exit:  # `q` is being done: a key typed right after it ("qs") pushed a screen
            return False  # that never composed, and its on_mount's query was a traceback
        screen = self.bindings_of or self.screen
        # the screen asked about, not the one on top: help over the dashboard listed none of
        # its keys (m, /, A, n, 1..9), help being a screen over it
        if action in self.MAIN_SCREEN_ACTIONS and screen is not self.screen_stack[0]:
            return False
        if self.OPENS.get(action) == type(screen).__name__:
            return False
        if action == "filter" and isinstance(screen.focused, Input):
            return False  # a box has the focus: it takes "/" as text, the footer said "/ Filter"
        return True

    def action_focus_panel(self, n: int) -> None:
        panels = self.panels
        if 1 <= n <= len(panels):
            self.set_focus(panels[n - 1].table)
        else:
            self.notify(f"No panel {n}: this layout has {len(panels)} (keys 1-{len(panels)}).")

    def action_help(self) -> None:
        from tui.ui.screens.help import HelpScreen

        self.open_screen(HelpScreen())

    def action_refresh(self) -> None:
        panel = self.focused_panel()
        names = set(panel.source_names()) if panel is not None else set()
        sources = [s for s in self.config.sources if s.name in names] or list(self.config.sources)
        self.start_refresh(sources, manual=True)

    def action_refresh_all(self) -> None:
        self.start_refresh(list(self.config.sources), manual=True)

    def action_sources(self) -> None:
        from tui.ui.screens.sources import SourcesScreen

        def health() -> list[SourceHealth]:
            snap = self.snapshot
            if self._refresher:
                return list(self._refresher.health.values())
            return list(snap.sources) if snap else []

        def kept() -> dict[str, int] | None:
            """Each news source's items the panel holds, for the sources whose last fetch is
            the one the snapshot was built on (a newer one is not counted in yet)."""
            from tui.core.kept import kept_by_source

            snap = self.snapshot
            if snap is None:
                return None
            now = {h.name: h.fetched_at for h in health()}
            built = [h for h in snap.sources if now.get(h.name) == h.fetched_at]
            return kept_by_source(snap.stories, built)

        note = None
        if self.config.demo:  # "ok, just now" is the bundled files read now, not live data
            from tui.core.demo_clock import sources_note

            # each date plainly: the files' capture, and the snapshot's day the header names
            now_health = health()
            note = sources_note(bool(now_health) and all(h.failed for h in now_health))
        self.open_screen(
            SourcesScreen(
                health(),
                datetime.now(timezone.utc),
                reload=health,
                note=note,
                bundled=self.config.demo,
                kept=kept,
                max_stories=self.config.app.max_stories,
            )
        )

    def action_pick_theme(self) -> None:
        self.search_themes()

    def action_pick_metal(self) -> None:
        from tui.ui.screens.metal_picker import MetalPicker

        self.push_screen(MetalPicker(list(self.config.metals), self.metal_filter), self.set_metal)

    def action_clear_metal(self) -> None:
        if self.metal_filter is None:  # the key did nothing, with nothing to say why
            self.notify("Every metal is shown already.")
            return
        self.set_metal(None)

    def full_series(self, shown: Any) -> Any:
        """The whole stored history behind a price row (the snapshot holds the recent part).
        For a worker thread: it waits for a store another program holds locked, up to the busy
        timeout (:class:`tui.store.StoreError` then)."""
        from tui.flow.price_history import full_series

        return self.read_aside(lambda store: full_series(self.config, store, shown))

    def set_metal(self, metal: str | None) -> None:
        self.metal_filter = metal
        for panel in self.panels:
            panel.metal_filter = metal
            panel.show()
        self.status_bar.set_state(metal=metal)

    def action_toggle_all_stories(self) -> None:
        """Every stored story in the headlines panels, or only the relevant ones again."""
        for panel in self.query(HeadlinesPanel):
            panel.toggle_all()

    async def action_filter(self) -> None:
        panel = self.focused_panel() or (self.panels[0] if self.panels else None)
        if panel is not None:
            await panel.start_filter()

    def action_next_unread(self) -> None:
        """The next unread story, then the next changed policy status. The story the cursor
        leaves counts as read: the user has seen it."""
        here = self.focused_panel()
        if isinstance(here, HeadlinesPanel) and here.table.has_focus:
            story = here.selected()
            if isinstance(story, Story) and story.id not in self.read_ids:
                self.mark_read([story.id])
        for panel in self.panels:
            if isinstance(panel, HeadlinesPanel) and self._jump(
                panel, lambda k: k not in self.read_ids
            ):
                return
        for panel in self.panels:
            if isinstance(panel, PolicyPanel) and self._jump(
                panel, lambda k: k in self.changed_policy
            ):
                return
        if self._still_loading():  # what comes in may be unread: "nothing" would be wrong
            self.notify("Still loading: nothing unread or changed has come in yet.")
            return
        self.notify("Nothing unread or changed.")

    def _still_loading(self) -> bool:
        """The first load is under way: nothing painted yet, or only the cached snapshot's head
        or the ungrouped first screen, or a refresh running while no source ever delivered. Seen
        in a terminal: ``n`` during the first fetch said "Nothing unread or changed." and the
        fetch then brought unread stories."""
        from tui.ui.widgets.status_bar import GROUPING

        snap, bar = self.snapshot, self._bar()
        if snap is None or self._head_painted or bar is None:
            return snap is None or self._head_painted
        if bar.message in ("loading…", GROUPING):
            return True
        return bar.refreshing and all(h.last_success is None for h in snap.sources)

    def _jump(self, panel: Panel, wanted: Any) -> bool:
        table = panel.table
        keys = list(panel.row_objects)
        start = table.cursor_row + 1 if table.has_focus else 0
        for offset in range(len(keys)):
            i = (start + offset) % len(keys)
            if wanted(keys[i]):
                self.set_focus(table)
                table.move_cursor(row=i)
                return True
        return False
