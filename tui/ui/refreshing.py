"""Sources -> store: the refresh cycle, on a timer and on demand.

Every source that delivers is painted at once (a local file does not wait for a slow server);
the header then says what is live, cached and failing (from the store's health, which the
refresher keeps); at the end of a cycle the snapshot is rebuilt, and the bundled demo stands in
only while nothing configured has ever delivered (decided in ``loading``).
"""

from __future__ import annotations

import asyncio
from typing import Any

from textual import work
from textual.timer import Timer

from tui.core import paths
from tui.core.fmt import counted
from tui.ui.messages import RefreshFinished
from tui.ui.reopening import Reopening

TICK_SECONDS = 15.0  # how often the schedule is checked (each source keeps its own cadence)
REPAINT_DELAY = 0.05  # deliveries from servers that arrive together are painted together
LOCAL_WAIT = 0.5  # the longest a delivered local file waits for the other local files
FAILURE_WAIT = 0.3  # a failure waits this long for the others that come with it


class Refreshing(Reopening):
    _refresh_started = False
    _repaint_timer: Timer | None = None  # a repaint is scheduled
    _unpainted = False  # a source finished since the last repaint
    _local_pending: set[str] = set()  # the local files of the cycle not in yet
    _damage_found: Any = None  # rows loads left out as damaged before the refresher was made

    def _after_first_paint(self) -> None:
        """After the first paint: the whole snapshot, the first refresh cycle, the schedule."""
        super()._after_first_paint()
        if self._theme_aside:  # a pick an earlier session kept beside the store: stored now
            self._save_theme()
        if self._refresh_started or not self.refresh_on_start:
            return
        self._refresh_started = True
        self.start_refresh()
        self.set_interval(min(TICK_SECONDS, self._tick_seconds()), self._tick)

    def _tick_seconds(self) -> float:
        """A source refreshed more often than the tick is still checked on time."""
        cadences = [s.refresh for s in self.config.sources if s.refresh]
        return max(1.0, min([self.config.app.refresh, *cadences]) / 2)

    def _tick(self) -> None:
        if self._refresher is None:
            return
        self._sync_aside(self._refresher)

    @work(thread=True, group="sync", exit_on_error=False)
    def _sync_aside(self, refresher: Any) -> None:
        """Adopt what another process (a browser tab) fetched: a read of the store, on a
        thread (another program's lock held it for the busy timeout on the screen's)."""
        adopted = refresher.sync_from_store()
        self._on_screen(self._after_sync, adopted)

    def _after_sync(self, adopted: bool) -> None:
        if adopted:
            self.load_from_store()
        if self._refresher is not None and self._refresher.due():
            self.start_refresh()

    def _set_refreshing(self, on: bool) -> None:
        if (bar := self._bar()) is not None:  # None while the app is closing
            bar.set_state(refreshing=on)

    def start_refresh(self, sources: list[Any] | None = None, manual: bool = False) -> None:
        self._set_refreshing(True)
        self.refresh_sources(sources, manual)

    @work(group="refresh")
    async def refresh_sources(self, sources: list[Any] | None, manual: bool) -> None:
        from tui.flow.refresh import Refresher

        if self._refresher is None:
            # the session's store opened, and the refresher made (it reads and writes the
            # store), on a thread: the file's check and another program's lock took seconds
            # on the screen's thread, keys and all, after the first paint
            def make() -> Refresher:
                return Refresher(
                    self.config,
                    self._open_store(),
                    cache_dir=None if self.config.demo else paths.cache_dir(),
                    transport=self.transport,
                )

            # the loop's default executor runs it on a daemon thread (``tui.ui.aside``)
            refresher = await asyncio.to_thread(make)
            if self._refresher is None:
                self._refresher = refresher
                if self._damage_found is not None:  # found by a load before: removed at its end
                    refresher.store.adopt_left_out(self._damage_found)
                    self._damage_found = None
        todo = self._refresher.due() if sources is None else sources
        self._local_pending = {s.name for s in todo if s.is_local}
        outcomes = await self._refresher.run(
            sources, stagger=not manual, on_outcome=self._delivered
        )
        if not outcomes:
            self._set_refreshing(False)
            return
        errors = [f"{o.source.name}: {o.error}" for o in outcomes if not o.ok]
        ok = sum(1 for o in outcomes if o.ok)
        self.post_message(RefreshFinished(ok, len(errors), errors, manual))

    def _hand_damage(self, found: Any) -> None:
        """The rows a load (on a store of its own, on its thread) left out as damaged, handed to
        the session's store: its saves mend a story's key found zeroed, and once a refresh has
        stored the sources' answers they are removed (at the run's end, or now when the load
        came after it), as ``snapshot`` removes them; nothing on a cache read-only or locked.
        Said once: the notice is the load's, and the load after a removal finds nothing."""
        refresher = self._refresher
        if refresher is None:
            if self._damage_found is None:
                self._damage_found = found
            else:
                self._damage_found.merge(found)
            return
        refresher.store.adopt_left_out(found)
        if refresher.ran and not refresher.running:  # workers are started on the screen's thread
            self._on_screen(self._remove_damaged, refresher)

    @work(thread=True, group="damage", exit_on_error=False)
    def _remove_damaged(self, refresher: Any) -> None:
        if refresher.remove_damaged():  # the snapshot saved again, built without them
            self._on_screen(self.load_from_store)

    def _delivered(self, outcome: Any) -> None:
        """One source finished: paint what it brought (or that it failed) soon. The local files of
        a cycle are painted together as soon as the last of them is in (they take milliseconds;
        a build per file would only slow the others down); what a server sends is painted as it
        comes."""
        self._local_pending.discard(outcome.source.name)
        self._unpainted = True  # its health, at least, is not on screen yet
        local = outcome.source.is_local
        if outcome.ok and local and not self._local_pending:
            self._repaint_now()  # the last local file of the cycle: now
        elif self._repaint_timer is None:
            # a failure is said as it comes, not at the end of the cycle: a server that hangs
            # until the timeout kept a refused one (or OFFLINE) off the header for 20 s; the
            # failures that come together (no network: every source at once) are one repaint
            delay = FAILURE_WAIT if not outcome.ok else LOCAL_WAIT if local else REPAINT_DELAY
            self._repaint_timer = self.set_timer(delay, self._repaint_now)

    def _repaint_now(self) -> None:
        if self._repaint_timer is not None:
            self._repaint_timer.stop()
            self._repaint_timer = None
        self._unpainted = False
        self.load_from_store()

    def on_refresh_finished(self, message: RefreshFinished) -> None:
        self._set_refreshing(False)
        self._note_cache()
        if message.manual and message.errors:
            self.notify(
                "\n".join(message.errors[:5]),
                title="Refresh: some sources failed",
                severity="error",
            )
        elif message.manual and self.config.demo:  # the bundled files read again: "12
            # sources refreshed" read as new live data where the demo's never changes
            from tui.core.demo_clock import DEMO_CAPTURED

            files = counted(message.ok, "bundled file")
            said = f"{files} read again: the demo's data, captured {DEMO_CAPTURED}, stays as it was"
            self.notify(said, title="Refresh")
        elif message.manual:
            n = message.ok
            self.notify(f"{counted(n, 'source')} refreshed", title="Refresh")
        if self._unpainted or self._repaint_timer is not None:
            self._repaint_now()  # the new health in the header; the user's data or the demo
