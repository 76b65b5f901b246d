"""Store -> snapshot -> panels: the first paint, every repaint, the demo fallback, the baseline.

The snapshot is built in a thread from the store; the user's data always wins over the bundled
demo, which stands in only while none of the configured sources has ever delivered (see
``tui.flow.health.wants_demo``); declared policy entries stay on the board either way.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import threading
from datetime import datetime, timezone
from typing import Any

from textual import work

from tui.core import heap, module_code, record_code
from tui.core.models import Snapshot
from tui.flow.changes import Baseline, FirstSeen, compare
from tui.flow.first_screen import ungrouped
from tui.store import marks_aside
from tui.store.damage import TOPIC as LEFT_OUT
from tui.ui import start_gc, switching
from tui.ui.closing import Closing
from tui.ui.css_cache import CachedStylesheet
from tui.ui.hand_over import AppEnded, hand_back
from tui.ui.messages import SnapshotReady
from tui.ui.since import TITLE, SinceNotice
from tui.ui.widgets.ahead import prewarm
from tui.ui.widgets.status_bar import CACHE_BUSY, CHECKING, GROUPING


class Loading(Closing):
    _head_painted = False  # the first paint came from the cached snapshot's head
    _bundled_painted = False  # ... from the bundled demo's (``tui.flow.demo_snapshot``)
    _demo_snap: Snapshot | None = None  # the bundled demo, built once when it is needed
    _user_snap: Snapshot | None = None  # the user's own last snapshot (without the demo's)
    _seen_as_of: datetime | None = None  # when the store was read for what is on screen
    _user_bundled = False  # ... which is the demo's shipped one (a first --demo, not yet built)
    _since: SinceNotice | None = None
    _cache_busy = False  # the first paint could not read the store: another program locks it
    # the first paint showed the last snapshot of a store not known to be what it was built
    # from (not the file the last quit closed: written since, a crash's, damaged): said until
    # a load has read the store
    _unchecked = False
    _load_lock: threading.Lock | None = None  # one load at a time (made on the first load)
    _load_wanted = 0  # the ticket of the newest load asked for
    _heap_frozen = False  # gc.freeze() done after the first load (``_freeze_heap``)
    _freeze_due = False  # set by the load worker: freeze after this snapshot's paint
    _switch_was: float | None = None  # the switch interval before the app's (``switching``)
    _gc_held = False  # gc disabled until a paint is on screen (``_hold_gc``, ``_hold_collections``)
    _start_frozen = False  # gc.freeze() done at compose (``_hold_gc``)
    _first_seen: FirstSeen | None = None  # each story's first sighting (made on the first load)

    def _hold_gc(self) -> None:
        """No garbage collection from here to the first paint. What is alive now (modules,
        classes, the config) lives as long as the app: it is frozen out of every collection, and
        the collector waits until the screen is painted. Left running, it made ~150 collections
        before the first paint, one of them over every object (~60,000, 30-60 ms), where the
        bare Textual app, allocating less, makes none of those."""
        held = start_gc.take()  # ``metalwatch`` held it from its start: it is the app's now
        if held or gc.isenabled():
            gc.freeze()
            gc.disable()
            self._gc_held = self._start_frozen = True

    def _release_gc(self) -> None:
        if self._gc_held:
            self._gc_held = False
            gc.enable()

    def _paint_cached(self) -> bool:
        """Paint the head of the last built snapshot before anything else: a small file read
        and decode, no thread (the worker reads the rest and checks the store after the paint).
        The source health is the store's, so what failed last time is in the header from the
        first paint."""
        from tui.store import snapshot_cache

        relevant = max(self.size.height, 50)  # a screenful of the headlines panel
        cached = snapshot_cache.load_head(
            snapshot_cache.cache_path(self.store_path),
            key=snapshot_cache.config_key(self.config),
            relevant=relevant,
        )
        if cached is None and self.config.demo:  # a first --demo: the one shipped built
            from tui.flow import demo_snapshot

            bundled = demo_snapshot.load_head(relevant)
            self._bundled_painted = bundled is not None
            cached = (bundled, demo_snapshot.FINGERPRINT) if bundled is not None else None
        if cached is None:
            return False
        snap = cached[0]
        if not self.config.demo:
            snap.generated_at = datetime.now(timezone.utc)
            from tui.flow.health import counted_to, source_health

            try:
                with self._glance() as store:  # what is read shows read from the first paint
                    snap.sources = source_health(self.config, store, snap.generated_at)
                    self.read_ids |= marks_aside.load(self.store_path).keys() | store.read_ids()
            except Exception as exc:  # the cached health stands, its ages counted to now (a
                # store locked by another program: "live" when it was built is not live now)
                stored = {h.name: dataclasses.replace(h) for h in snap.sources}
                snap.sources = counted_to(self.config, stored, snap.generated_at)
                self._cache_busy = _is_lock(exc)  # said from the first paint
        # the store the last quit closed, unwritten since (what the snapshot was built from),
        # or as a clean quit or a running watch's own rounds left it (``write_mark``)
        self._unchecked = not self.config.demo and self._last_look() is None
        if self._unchecked:
            from tui.store import write_mark

            self._unchecked = not write_mark.holds(self.store_path)
        self._head_painted = True
        self.post_message(SnapshotReady(snap, bundled=self._bundled_painted))
        return True

    def _after_first_paint(self) -> None:
        """What the first paint must not wait for: the whole snapshot, then ``refreshing``'s."""
        self._release_gc()
        self._look = None  # the last quit's look: the first paint's, the store is read from now
        heap.tune()  # before the load and refresh threads are made
        self._start_recheck()
        if isinstance(self.stylesheet, CachedStylesheet):
            self.stylesheet.keep()
        record_code.keep()  # the compiled methods of the classes defined so far
        module_code.keep()  # the code of the modules imported so far, if one was read anew
        self._mount_footer()
        if self._head_painted:
            self.load_from_store()

    def _mount_footer(self) -> None:
        """The footer, after the first paint (``MetalwatchApp``)."""

    def load_from_store(self) -> None:
        """Paint from the store before any network request (and after every delivery).

        Called on the UI thread. Loads run one at a time, in order; a load still waiting when a
        newer one is asked for gives way to it (the newer reads the newer store). Nothing is
        cancelled mid-way, so an older load can never paint over a newer one."""
        if self._load_lock is None:
            self._load_lock = threading.Lock()
        self._load_wanted += 1
        self._load_in_thread(self._load_wanted)

    @work(group="load", thread=True)
    def _load_in_thread(self, ticket: int) -> None:
        from tui.store import StoreError

        assert self._load_lock is not None
        with self._load_lock:
            if ticket != self._load_wanted:
                return
            try:
                self._load_from_store()
            except StoreError as exc:  # locked by another program: keep what is on screen
                from tui.flow.reopen import load_locked

                said = load_locked(self._store, exc, self.config.app.lock_retry)
                with contextlib.suppress(AppEnded):  # no screen left to say it on
                    hand_back(self, self._store_unusable, said)
            finally:  # what the build freed, back to the system before the next one
                heap.give_back()

    def _store_unusable(self, notice: str) -> None:
        """The store could not be read (locked): a notice; the header says so, not "loading…"."""
        self._start_recheck()  # no snapshot, so no first paint of one to wait for
        self._cache_notice(notice)
        self._keep_trying_store()
        if bar := self._bar():
            state: dict[str, object] = {"unsaved": "cache locked"}
            if bar.message == "loading…":
                state["message"] = "nothing stored could be read"
            elif bar.message in (CACHE_BUSY, CHECKING):  # the header says it for good now
                state["message"] = ""
            bar.set_state(**state)

    def _load_from_store(self) -> None:
        from tui.engine.board import outdated
        from tui.flow.health import over_last_known, source_health, wants_demo
        from tui.flow.price_history import KEEP_DAYS, for_display
        from tui.flow.snapshot import build_snapshot
        from tui.store import Store, snapshot_cache

        # a read-only cache lives in memory, this session's fetches with it: share that one
        shared = self._store if self._store is not None and self._store.read_only else None
        store = shared or Store(self.store_path)
        if store.recovered:  # a damaged file moved aside here, not in the app's own store
            with contextlib.suppress(AppEnded):  # its errors raised here, as before
                hand_back(self, self._recovered, store.recovered, store.recovery)
        cache = snapshot_cache.cache_path(self.store_path)
        key = snapshot_cache.config_key(self.config)

        def health(now: datetime, last: Snapshot) -> list[Any]:
            if not self._nothing_read:  # the store's, which holds the last known too
                return source_health(self.config, store, now)
            return over_last_known(self.config, store.load_health(), last.sources, now)

        try:
            if self.baseline is None:
                self.baseline = Baseline.load(store)
            read_at = datetime.now(timezone.utc)  # what is stored by now is what is shown
            fingerprint = store.fingerprint()
            read = marks_aside.load(self.store_path).keys() | store.read_ids()  # aside first
            self.read_ids = read | self._read_here  # before any paint below: read shown read
            snap = None
            cached = None
            bundled = False  # the snapshot shown is the demo's shipped one
            if self._head_painted or self.snapshot is None:  # the last built snapshot, whole
                self._head_painted = False
                cached = snapshot_cache.load(cache, key=key)
                if cached is None and self._bundled_painted:  # until the demo's own is built
                    from tui.flow import demo_snapshot

                    cached = demo_snapshot.load()
                    bundled = cached is not None
            self._bundled_painted = False
            if cached is not None:
                old, built_from = cached
                now = old.generated_at if self.config.demo else datetime.now(timezone.utc)
                snap = dataclasses.replace(old, generated_at=now, sources=health(now, old))
                # built from other data, or before a coming measure's (or end's) day: paint, rebuild
                if built_from != fingerprint or outdated(old.policy, now):
                    self.post_message(SnapshotReady(snap, bundled=bundled))
                    snap = None
            if snap is None and store.holds_no_data():
                # a fresh store (the last one damaged and moved aside, or removed): what the
                # user saw stays on screen until something is stored, its ages its own, and an
                # empty snapshot never overwrites the last one built
                before = cached[0] if cached is not None else self._user_snap
                bundled = bundled if cached is not None else self._user_bundled
                if before is not None and (before.stories or before.prices or before.policy):
                    now = before.generated_at if self.config.demo else datetime.now(timezone.utc)
                    # this session's health over the last known: a source down now keeps its
                    # last success, so the bundled demo never stands in for what was shown
                    ages = over_last_known(self.config, store.load_health(), before.sources, now)
                    snap = dataclasses.replace(before, generated_at=now, sources=ages)
            if snap is None:  # the UI keeps the recent prices; a chart reads the rest
                bundled = False
                first = cached is None and self.snapshot is None and not self.config.demo
                quick = ungrouped(self.config, store) if first and not self._nothing_read else None
                if quick is not None:  # a first screen at once; its headlines shared below
                    self.post_message(SnapshotReady(quick, grouping=True))
                reuse = quick or self.snapshot
                snap = for_display(
                    build_snapshot(self.config, store, price_days=KEEP_DAYS, reuse=reuse)
                )
                if self._nothing_read and (last := cached[0] if cached else self._user_snap):
                    snap.sources = health(snap.generated_at, last)
                if not self._nothing_read:  # this session's fetches alone: not the last whole
                    snapshot_cache.save(cache, snap, key=key, fingerprint=fingerprint)
            seen = store.headlines_first_seen()
        finally:
            if store is not shared:
                if store.left_out:  # rows zeroed in place: the session's store removes them
                    self._hand_damage(store.left_out)
                store.close()
        if self._first_seen is None:
            self._first_seen = FirstSeen()
        first_seen = self._first_seen.of(snap.stories, seen)
        changes = compare(snap, self.baseline, first_seen)  # the user's data, never the demo's
        self._user_snap, self._user_bundled = snap, bundled
        # stories or prices stored are the user's data, whatever the sources' health says (a
        # damaged cache's salvage keeps its stories, maybe not the health that said they came)
        self.changes = changes
        self.read_ids = read | self._read_here  # a mark still being written counts
        self.new_ids = changes.new_stories
        self.changed_policy = changes.changed_policy
        if wants_demo(self.config, snap.sources) and not (snap.stories or snap.prices):
            if self._demo_snap is None:  # its build takes a second: the failures said first
                self.post_message(SnapshotReady(snap, bundled=bundled, read_at=read_at))
            snap = self._with_demo(snap)
        try:  # a head start only: the panel builds whatever is missing itself
            prewarm(snap, self._ahead_specs)
        except Exception:
            pass
        self._freeze_due = not self._heap_frozen
        self.post_message(SnapshotReady(snap, bundled=bundled, read_at=read_at))

    def _hand_damage(self, found: Any) -> None:
        """The rows a load left out as damaged, for the session's store (``refreshing``)."""

    def _with_demo(self, user: Snapshot) -> Snapshot:
        """``user`` with the bundled demo's headlines and prices (called from the load thread)."""
        from tui.flow.demo_fallback import build_demo_snapshot, with_demo

        if self._demo_snap is None:
            self._demo_snap = build_demo_snapshot()
        return with_demo(user, self._demo_snap)

    def on_snapshot_ready(self, message: SnapshotReady) -> None:
        bar = self._bar()
        if bar is None:  # the app is closing
            return
        snap = message.snapshot
        first = self.snapshot is None
        self._hold_collections()
        self.snapshot = snap
        if message.read_at is not None:
            self._seen_as_of = message.read_at
        for panel in self.panels:
            panel.show(snap)
        if not message.grouping:  # a chart left open draws what the prices panel now shows
            for screen in self.screen_stack[1:]:
                if callable(follow := getattr(screen, "follow_snapshot", None)):
                    follow(snap)
        # for the snapshot worker, which must not read the DOM from its thread
        self._ahead_specs = [s for p in self.panels if (s := p.ahead_spec()) is not None]
        if self._since is None:
            self._since = SinceNotice()
        state: dict[str, object] = {"snapshot": snap}
        if message.grouping:
            state["message"] = GROUPING
        # the last look is a moment of the wall clock: aged on it, not on the snapshot's time
        # (the demo's clock, months back, said "since Sun 06 Dec 10:57 (in 3mo)")
        elif since := self._since.update(self, self.changes, datetime.now(timezone.utc)):
            state["message"] = f"{TITLE}: {since}"
        elif not (snap.stories or snap.prices or snap.policy):
            state["message"] = "no data yet"
        elif first and self._cache_busy:  # until the store is read, or the lock is declared
            state["message"] = CACHE_BUSY
        elif first and self._unchecked:  # until a load has read the store (``read_at``)
            state["message"] = CHECKING
        elif bar.message == CHECKING and message.read_at is None:
            pass  # the last snapshot again (its whole), the store not read yet: still said
        elif bar.message in ("no data yet", "loading…", CACHE_BUSY, CHECKING, GROUPING):
            state["message"] = ""
        bar.set_state(**state)
        if damaged := [n for n in snap.notes if n.startswith(LEFT_OUT)]:
            self._cache_notice(damaged[0])  # rows of the store left out as damaged: said once
        if not (message.bundled or message.grouping):  # rules see the store's, built whole
            self.check_alerts(snap)
        if first:
            self.call_after_refresh(self._after_first_paint)
        if self._freeze_due:
            self._freeze_due = False
            self.call_after_refresh(self._freeze_heap)

    def _hold_collections(self) -> None:
        """No garbage collection until this repaint is on screen: one that falls inside it
        (a full one takes 20-50 ms, a young one up to 15) would hold the frame back. What is
        due runs right after the paint, on the next allocation."""
        if gc.isenabled():
            gc.disable()
            self._gc_held = True
            self.call_after_refresh(self._release_gc)

    def _freeze_heap(self) -> None:
        """After the first load is painted: what is alive now (modules, widgets, a snapshot)
        lives as long as the app, so it is kept out of every later collection; a full one then
        takes milliseconds, not the 50-150 ms a repaint would wait for (stories are freed by
        reference count). Collected first so no garbage is frozen; unfrozen when the app ends."""
        if not self._heap_frozen:
            self._heap_frozen = True
            gc.collect()
            gc.freeze()

    async def on_unmount(self) -> None:
        """Remember what this session showed, for the next "since you last looked", and close
        the store, on a thread beside the screen's (``_close_store``): the app's run ends once
        that is done, or after ``QUIT_WAIT`` (another program's lock does not hold the exit);
        the read marks a lock still keeps out then are kept beside the store (``marks_aside``).
        Done on the screen's thread, the store's closing (``PRAGMA optimize``, the WAL's
        checkpoint) and the wait for the baseline held the event loop."""
        self._release_gc()
        if self._heap_frozen or self._start_frozen:
            gc.unfreeze()
        switching.restore(self._switch_was)
        self._switch_was = None
        store = self._store
        snap = self.snapshot
        if snap is not None and snap.mode not in ("live", "demo"):  # not an ungrouped one either
            snap = None
        if store is not None or snap is not None:
            await self._close_aside(store, snap, self._seen_as_of)
        # a mark or a theme a refused write still keeps out now: beside the store, for next start
        self.exit_notes.extend(n for n in (self.keep_reads_aside(), self.keep_theme_aside()) if n)


def _is_lock(exc: Exception) -> bool:
    """Whether a look at the store failed because another program holds it locked: the
    store's own lock error, or SQLite's as the store tells it apart (``schema.is_lock``)."""
    import sqlite3

    from tui.store import StoreError
    from tui.store.schema import is_lock

    return isinstance(exc, StoreError) or (isinstance(exc, sqlite3.Error) and is_lock(exc))
