"""The metalwatch Textual app: a thin layer over the core (config, store, refresh, snapshot)."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from textual import events, on, work
from textual.app import App, ComposeResult
from textual.containers import Grid

from tui.core import paths
from tui.core.config_types import Config
from tui.core.models import Snapshot, Story
from tui.flow.changes import Baseline, Changes, compare, save_baseline
from tui.ui.bindings import bindings
from tui.ui.commands import MetalwatchCommands
from tui.ui.messages import RefreshFinished, SnapshotReady
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.key_footer import KeyFooter
from tui.ui.widgets.panel import Panel
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel, SparkSpec, prewarm
from tui.ui.widgets.status_bar import StatusBar

PANELS: dict[str, type[Panel]] = {
    "headlines": HeadlinesPanel,
    "prices": PricesPanel,
    "policy": PolicyPanel,
}
TICK_SECONDS = 15.0


class MetalwatchApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "metalwatch"
    BINDINGS = bindings("app")
    COMMANDS = App.COMMANDS | {MetalwatchCommands}

    def __init__(
        self,
        config: Config,
        *,
        store_path: Path | None = None,
        refresh_on_start: bool = True,
        transport: Any = None,
    ) -> None:
        super().__init__()
        self.config = config
        self.store_path = store_path or paths.store_path(demo=config.demo)
        self.refresh_on_start = refresh_on_start
        self.transport = transport
        self.snapshot: Snapshot | None = None
        self.metal_filter: str | None = None
        self.read_ids: set[str] = set()
        self.new_ids: set[str] = set()
        self.changed_policy: set[str] = set()
        self.offline = False
        self.baseline: Baseline | None = None
        self.changes = Changes()
        self._store: Any = None
        self._cache_watch: Any = None  # says once when the cache stops saving
        self._cache_said: set[str] = set()  # cache notices already shown
        self._refresher: Any = None
        self._alerts: Any = None
        self._summary_shown = False
        self._cached_snap: Snapshot | None = None
        self._cached_from = ""
        self._spark_specs: list[SparkSpec] = []
        self._store_empty = False

    # ---- layout -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield StatusBar()
        with Grid(id="panels"):
            for i, pc in enumerate(self.config.panels, 1):
                yield PANELS[pc.kind](pc, id=f"panel-{i}")
        yield KeyFooter()

    @property
    def panels(self) -> list[Panel]:
        return list(self.query(Panel))

    @property
    def status_bar(self) -> StatusBar:
        return self.query_one(StatusBar)

    def on_mount(self) -> None:
        self._register_themes()
        if self.config.keys:
            self.set_keymap(dict(self.config.keys))
        self._layout()
        if self.panels:
            self.set_focus(self.panels[0].table)
        self._paint_cached()
        self.load_from_store()

    def _paint_cached(self) -> None:
        """Paint the last built snapshot before anything else: a file read and a JSON decode,
        no thread hand-off (the worker then checks it against the store)."""
        from tui.store import snapshot_cache

        cached = snapshot_cache.load(
            snapshot_cache.cache_path(self.store_path), key=snapshot_cache.config_key(self.config)
        )
        if cached is None:
            return
        snap, self._cached_from = cached
        if not self.config.demo:
            snap.generated_at = datetime.now(timezone.utc)
        self._cached_snap = snap
        self.post_message(SnapshotReady(snap))

    def on_resize(self, event: events.Resize) -> None:
        # the event carries the new size; ``self.size`` may still be the old one here
        self._layout(event.size.width)

    def _layout(self, width: int | None = None) -> None:
        """Wide: the first panel across the top (when the count is odd), the others two by two.
        Narrow: one column, heights from each panel's ``size``."""
        grid = self.query_one("#panels", Grid)
        panels = self.panels
        n = len(panels)
        wide = (self.size.width if width is None else width) >= 140 and n >= 2
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
            grid.styles.grid_rows = " ".join(f"{p.config.size}fr" for p in panels)
            for panel in panels:
                panel.styles.column_span = 1

    def _register_themes(self) -> None:
        from tui.ui.themes import load_themes

        themes, problems = load_themes()
        for theme in themes:
            self.register_theme(theme)
        for problem in problems:
            self.notify(problem, severity="warning", timeout=10)
        wanted = self._remembered_theme() or self.config.app.theme
        names = {t.name for t in themes} | set(self.available_themes)
        if wanted in names:
            self.theme = wanted
        else:
            self.notify(f"theme {wanted!r} not found; using metalwatch-dark", severity="warning")
            self.theme = "metalwatch-dark" if "metalwatch-dark" in names else "textual-dark"

    def _remembered_theme(self) -> str | None:
        try:
            return self.store.get_meta("theme")
        except Exception:
            return None

    def watch_theme(self, theme: str) -> None:
        try:
            self.store.set_meta("theme", theme)
        except Exception:
            pass
        # the theme's variables are in place only after Textual refreshes the CSS: repaint then
        self.call_next(self._repaint_for_theme)

    def _repaint_for_theme(self) -> None:
        for panel in self.query(Panel):
            panel.show()
        redraw = getattr(self.screen, "redraw", None)
        if callable(redraw):  # the chart screen
            redraw()

    # actions that act on the dashboard's panels: only while the dashboard is the screen
    MAIN_SCREEN_ACTIONS = frozenset(
        {"focus_panel", "filter", "next_unread", "pick_metal", "clear_metal"}
    )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.MAIN_SCREEN_ACTIONS and len(self.screen_stack) > 1:
            return False
        return True

    # ---- data -------------------------------------------------------------------------

    @property
    def store(self) -> Any:
        if self._store is None:
            from tui.flow.store_open import CacheWatch, cache_notice
            from tui.store import Store, StoreError

            try:
                self._store = Store(self.store_path)
            except (OSError, StoreError) as exc:
                self._store = Store.memory()
                self._cache_notice(f"{exc}; nothing is saved this session")
            for notice in (self._store.recovered, cache_notice(self._store)):
                self._cache_notice(notice)
            self._cache_watch = CacheWatch(self._store)
        return self._store

    def _cache_notice(self, notice: str | None) -> None:
        """Say what became of the cache (read-only, full, locked, recovered), once."""
        if notice and notice.split(";")[0] not in self._cache_said:
            self._cache_said.add(notice.split(";")[0])
            self.notify(notice, severity="warning", timeout=15)

    def _note_cache(self) -> None:
        if self._cache_watch is not None:
            self._cache_notice(self._cache_watch.new_notice())

    @work(exclusive=True, group="load", thread=True)
    def load_from_store(self) -> None:
        """Paint from the store before any network request."""
        from tui.store import StoreError

        try:
            self._load_from_store()
        except StoreError as exc:  # locked by another program: keep what is on screen
            self.call_from_thread(self._cache_notice, f"{exc}; nothing is saved this session")

    def _load_from_store(self) -> None:
        from tui.flow.snapshot import build_snapshot, source_health
        from tui.store import Store, headline_identity, snapshot_cache

        # a read-only cache lives in memory, this session's fetches with it: share that one
        shared = self._store if self._store is not None and self._store.read_only else None
        store = shared or Store(self.store_path)
        cache = snapshot_cache.cache_path(self.store_path)
        key = snapshot_cache.config_key(self.config)
        try:
            if self.baseline is None:
                self.baseline = Baseline.load(store)
            fingerprint = store.fingerprint()
            snap = None
            cached, painted = None, False
            if self._cached_snap is not None:  # painted by on_mount from the cache file
                cached, painted = (self._cached_snap, self._cached_from), True
                self._cached_snap = None
            elif self.snapshot is None:  # first paint: the last built snapshot, at once
                cached = snapshot_cache.load(cache, key=key)
            if cached is not None:
                old, built_from = cached
                now = old.generated_at if self.config.demo else datetime.now(timezone.utc)
                snap = dataclasses.replace(
                    old, generated_at=now, sources=source_health(self.config, store, now)
                )
                if built_from != fingerprint:  # paint it now (if not done), then build anew
                    if not painted:
                        self.post_message(SnapshotReady(snap))
                    snap = None
            if snap is None:
                snap = build_snapshot(self.config, store)
                snapshot_cache.save(cache, snap, key=key, fingerprint=fingerprint)
            read = store.read_ids()
            seen = store.headlines_first_seen()
        finally:
            if store is not shared:
                store.close()
        first_seen = {}
        for story in snap.stories:
            times = [seen[i] for i in (headline_identity(e) for e in story.entries) if i in seen]
            if times:
                first_seen[story.id] = min(times)
        self._store_empty = not (snap.stories or snap.prices)
        try:  # a head start only: the panel builds whatever is missing itself
            prewarm(snap, self._spark_specs)
        except Exception:
            pass
        self.changes = compare(snap, self.baseline, first_seen)
        self.read_ids = read
        self.new_ids = self.changes.new_stories
        self.changed_policy = self.changes.changed_policy
        self.post_message(SnapshotReady(snap))

    @on(SnapshotReady)
    def _snapshot_ready(self, message: SnapshotReady) -> None:
        first = self.snapshot is None
        self.snapshot = message.snapshot
        for panel in self.panels:
            panel.show(message.snapshot)
        # for the snapshot worker, which must not read the DOM from its thread
        self._spark_specs = [p.spark_spec() for p in self.query(PricesPanel)]
        empty = not (message.snapshot.stories or message.snapshot.prices or message.snapshot.policy)
        note = "no data yet" if empty else ""
        if not self._summary_shown and self.changes.since is not None:
            self._summary_shown = True
            note = self.changes.summary(message.snapshot.generated_at)
            self.notify(note, title="Since you last looked")
        if note or first:
            self.status_bar.set_state(snapshot=message.snapshot, message=note)
        else:
            self.status_bar.set_state(snapshot=message.snapshot)
        self.check_alerts(message.snapshot)
        if first and self.refresh_on_start:
            self.start_refresh()
            self.set_interval(TICK_SECONDS, self._tick)

    def check_alerts(self, snap: Snapshot) -> None:
        """Evaluate the [[alerts]] rules on a new snapshot and deliver what fired."""
        if not self.config.alerts or snap.mode == "offline-demo":  # never on the bundled data
            return
        from tui.flow.alerts import AlertEngine

        try:
            if self._alerts is None:
                self._alerts = AlertEngine(self.config, self.store)
            fired = self._alerts.evaluate(snap)
        except Exception as exc:  # a rule must never take the dashboard down
            self.notify(f"alerts could not be evaluated: {exc}", severity="error")
            return
        for alert in fired:
            self.notify(
                alert.message, title=alert.title, severity=alert.notify_severity, timeout=10
            )
        if fired and self.config.app.bell:
            self.bell()
        if any(a.command for a in fired):
            self.run_alert_hooks(fired)

    @work(thread=True, group="alert-hooks")
    def run_alert_hooks(self, fired: list[Any]) -> None:
        from tui.flow.deliver import run_hooks

        failed = run_hooks(fired, timeout=self.config.app.alert_timeout)
        if failed:
            self.call_from_thread(self._hooks_failed, failed)

    def _hooks_failed(self, failed: list[tuple[Any, str]]) -> None:
        for alert, problem in failed:
            try:
                self._alerts.note_delivery(alert, f"command failed: {problem}")
            except Exception:
                pass
            self.notify(f"alert {alert.rule!r}: command failed: {problem}", severity="error")

    def action_alerts(self) -> None:
        from tui.ui.screens.alerts import AlertsScreen

        self.push_screen(
            AlertsScreen(
                self.store.load_alerts(), datetime.now(timezone.utc), rules=len(self.config.alerts)
            )
        )

    def _tick(self) -> None:
        if self._refresher is None:
            return
        if self._refresher.sync_from_store():  # another process (a browser tab) fetched
            self.load_from_store()
        if self._refresher.due():
            self.start_refresh()

    def start_refresh(self, sources: list[Any] | None = None, manual: bool = False) -> None:
        self.status_bar.set_state(refreshing=True)
        self.refresh_sources(sources, manual)

    @work(group="refresh")
    async def refresh_sources(self, sources: list[Any] | None, manual: bool) -> None:
        from tui.flow.refresh import Refresher

        if self._refresher is None:
            self._refresher = Refresher(
                self.config,
                self.store,
                cache_dir=None if self.config.demo else paths.cache_dir(),
                transport=self.transport,
            )
        outcomes = await self._refresher.run(sources, stagger=not manual)
        if not outcomes:
            self.status_bar.set_state(refreshing=False)
            return
        errors = [f"{o.source.name}: {o.error}" for o in outcomes if not o.ok]
        ok = sum(1 for o in outcomes if o.ok)
        self.post_message(RefreshFinished(ok, len(errors), errors, manual))

    @on(RefreshFinished)
    def _refresh_finished(self, message: RefreshFinished) -> None:
        remote = [s for s in self.config.sources if not s.is_local]
        health = self._refresher.health if self._refresher else {}
        self.offline = bool(remote) and all(
            not health[s.name].ok for s in remote if s.name in health
        )
        failing = sum(1 for h in health.values() if not h.ok and h.error)
        self.status_bar.set_state(refreshing=False, offline=self.offline, failing=failing)
        self._note_cache()
        if message.manual and message.errors:
            self.notify(
                "\n".join(message.errors[:5]),
                title="Refresh: some sources failed",
                severity="error",
            )
        elif message.manual:
            self.notify(f"{message.ok} source(s) refreshed", title="Refresh")
        showing_demo = self.snapshot is not None and self.snapshot.mode == "offline-demo"
        if self.offline and (showing_demo or self._store_empty):
            if not showing_demo:  # nothing stored and nothing reachable: the bundled snapshot
                self.load_demo_fallback()
        else:
            self.load_from_store()

    @work(exclusive=True, group="load", thread=True)
    def load_demo_fallback(self) -> None:
        """First run with no network: show the bundled snapshot, clearly marked."""
        import asyncio

        from tui.core.config import load_config
        from tui.flow.refresh import Refresher
        from tui.flow.snapshot import build_snapshot
        from tui.store import Store

        demo = load_config(demo=True)
        store = Store.memory()
        refresher = Refresher(demo, store)
        asyncio.run(refresher.run(list(demo.sources)))
        snap = build_snapshot(demo, store, mode="offline-demo")
        snap.notes.append("offline with no cached data: showing the bundled demo snapshot")
        store.close()
        self.post_message(SnapshotReady(snap))

    def on_unmount(self) -> None:
        """Remember what this session showed, for the next "since you last looked"."""
        if self.snapshot is not None and self.snapshot.mode in ("live", "demo"):
            try:
                save_baseline(self.store, self.snapshot)
            except Exception:
                pass
        if self._store is not None:
            self._store.close()

    def mark_read(self, ids: list[str]) -> None:
        self.read_ids.update(ids)
        try:
            self.store.mark_read(ids)
        except Exception:
            pass
        focused = self.focused_panel()
        if focused is not None:
            focused.show()

    # ---- actions ----------------------------------------------------------------------

    def focused_panel(self) -> Panel | None:
        node = self.focused
        while node is not None:
            if isinstance(node, Panel):
                return node
            node = node.parent  # type: ignore[assignment]
        return None

    def action_focus_panel(self, n: int) -> None:
        panels = self.panels
        if 1 <= n <= len(panels):
            self.set_focus(panels[n - 1].table)
        else:
            self.notify(f"No panel {n}: this layout has {len(panels)} (keys 1-{len(panels)}).")

    def action_help(self) -> None:
        from tui.ui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_refresh(self) -> None:
        panel = self.focused_panel()
        names = set(panel.source_names()) if panel is not None else set()
        sources = [s for s in self.config.sources if s.name in names] or list(self.config.sources)
        self.start_refresh(sources, manual=True)

    def action_refresh_all(self) -> None:
        self.start_refresh(list(self.config.sources), manual=True)

    def action_sources(self) -> None:
        from tui.ui.screens.sources import SourcesScreen

        snap = self.snapshot
        health = (
            list(self._refresher.health.values())
            if self._refresher
            else (snap.sources if snap else [])
        )
        self.push_screen(SourcesScreen(health, datetime.now(timezone.utc)))

    def action_pick_theme(self) -> None:
        self.search_themes()

    def action_pick_metal(self) -> None:
        from tui.ui.screens.metal_picker import MetalPicker

        self.push_screen(MetalPicker(list(self.config.metals), self.metal_filter), self.set_metal)

    def action_clear_metal(self) -> None:
        self.set_metal(None)

    def set_metal(self, metal: str | None) -> None:
        self.metal_filter = metal
        for panel in self.panels:
            panel.metal_filter = metal
            panel.show()
        self.status_bar.set_state(metal=metal)

    def action_filter(self) -> None:
        panel = self.focused_panel() or (self.panels[0] if self.panels else None)
        if panel is not None:
            panel.start_filter()

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
        self.notify("Nothing unread or changed.")

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
