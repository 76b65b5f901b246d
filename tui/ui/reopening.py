"""A cache another program holds locked, tried again until it can be used, on the screen.

Locked at the start (against reads too), or against writes for longer than the busy timeout,
the session goes on in memory: nothing saved, and what a source delivers shown on its own. So
the cache is tried again every ``[app] lock_retry`` (5 s), on a worker thread, as ``watch``
does (one try: ``tui.flow.reopen.try_store``); once it opens, what the session kept in memory
is merged into it, the screen is loaded from it again (the user's whole history back) and the
header and a notice say so. A cache that turns out read-only or damaged then is said as at a
start; one read-only from the start is never tried.

A write the file refused mid-session for another reason (a full disk, the file made read-only,
an I/O error: ``store.retry_save``) is tried again the same way, with the same try: said once
with the refusal's notice ("trying to save to the cache again every 5 s"), and again once saved
("cache available again: N stories of this session saved"). A try that reads the file but still
cannot write it (a lock let go, the disk still full) puts the screen and the rules on the file's
state and goes on trying. Once the cache takes writes again, what was kept pending is written:
the read marks and the theme picked meanwhile (the merge keeps the file's own older pick).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work
from textual.timer import Timer

from tui.ui.loading import Loading
from tui.ui.widgets.status_bar import CACHE_BUSY

if TYPE_CHECKING:
    from tui.flow.reopen import Tried

#: Seconds the header says the cache is back (the notice goes sooner).
BACK_SECONDS = 30.0
BACK = "cache available again"
LOCKED = "locked by another program"  # in what the store says of a lock (``StoreBase``)


class Reopening(Loading):
    _reopen_timer: Timer | None = None
    _reopening = False  # a try is on a worker now

    def _keep_trying_store(self) -> None:
        """Try the cache again from now on, until it can be used (called on the screen's
        thread when a lock kept the session out of it)."""
        if self._reopen_timer is None and self.is_running:
            every = self.config.app.lock_retry
            self._reopen_timer = self.set_interval(every, self._try_store)

    def _try_store(self) -> None:
        if not self._reopening:
            self._reopening = True
            self._try_store_aside()

    @work(thread=True, group="reopen", exit_on_error=False)
    def _try_store_aside(self) -> None:
        from tui.flow.reopen import try_store

        try:
            with self._store_opening:  # not while the session's store is being opened
                tried = try_store(self._store, self.store_path)
        except Exception as exc:  # not a lock: said once, and not tried again every few seconds
            self._on_screen(self._store_failed, f"cache could not be opened again ({exc})")
            return
        self._on_screen(self._store_tried, tried)

    def _stop_trying(self) -> None:
        self._reopening = False
        if self._reopen_timer is not None:
            self._reopen_timer.stop()
            self._reopen_timer = None

    def _store_failed(self, notice: str) -> None:
        """A try failed for another reason than the lock (a full disk at the merge): the
        session goes on as it was, and the cache is not tried again every few seconds."""
        self._stop_trying()
        self._toast(notice, "warning", 15)

    def _store_tried(self, tried: Tried) -> None:
        if not tried.back:
            self._reopening = False
            if tried.read:  # a lock let go but the file takes no writes: on its state now
                self._nothing_read = self._cache_busy = self._glance_locked = False
                self._note_cache()  # why, once (the header: "cache read-only")
                self.load_from_store()
            return
        self._stop_trying()
        notice = tried.notice
        if notice is None:
            return
        from tui.flow.store_open import CacheWatch

        store = self._store
        if store is not None and not store.locked:
            self._nothing_read = False  # the loads read the file (or all a read-only one holds)
            self._cache_watch = CacheWatch(store)
        self._cache_busy = self._glance_locked = False
        # a lock or a refused write met again later is said again
        self._cache_said = {s for s in self._cache_said if not _unsaved(s)}
        saving = store is None or store.read_only is None
        self._unsay_lock()
        self._toast(notice, "information" if saving else "warning", 10)
        if bar := self._bar():
            state: dict[str, Any] = {"unsaved": None} if saving else {}
            if saving and bar.message in (
                "nothing stored could be read",
                "loading…",
                CACHE_BUSY,
                "",
            ):
                state["message"] = BACK
                self.set_timer(BACK_SECONDS, self._back_said)
            bar.set_state(**state)
        if store is not None and store.recovered:  # damaged by now: moved aside
            self._recovered(store.recovered, store.recovery)
        if not saving:
            self._cache_notice(None)  # the header says why nothing is saved now
        else:  # the marks and the theme a lock or a refused write kept pending, to the file
            self._save_read()
            self._save_theme()
        self.load_from_store()

    def _unsay_lock(self) -> None:
        """The lock's (or the refused write's) notice taken off the screen: still up (15 s),
        it said beside the new one that nothing is saved this session."""
        try:
            for note in [n for n in self._notifications if _unsaved(n.message)]:
                self._unnotify(note, refresh=False)
            self._refresh_notifications()
        except Exception:  # Textual's own bookkeeping: at worst the notice times out
            pass

    def _back_said(self) -> None:
        if (bar := self._bar()) is not None and bar.message == BACK:
            bar.set_state(message="")


def _unsaved(notice: str) -> bool:
    """Whether a cache notice says this session's data is not saved (a lock's, a refused
    write's): not true any more once the cache is back."""
    return LOCKED in notice or "not saved" in notice or notice.startswith("cache is read-only")
