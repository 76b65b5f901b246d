"""The state every part of the metalwatch app shares: config, store, snapshot, what is read.

The app is put together from layers that each add one responsibility on top of this base:
``theming`` (the theme), ``alerting`` ([[alerts]]), ``marking`` (stories read), ``closing``
(the store closed at `q`), ``loading`` (store -> snapshot -> panels), ``refreshing`` (sources -> store), ``actions`` (keys); ``app``
composes the screen. This base stands on ``rechecking`` (a cached config validated again after
the first paint). The session's store is opened on a worker thread, never on the screen's
(``_open_store``): opening checks the whole file and may wait for another program's lock.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.css.query import NoMatches

from tui.core import paths
from tui.core.config_types import Config
from tui.core.models import Snapshot
from tui.flow.changes import Baseline, Changes
from tui.ui.css_cache import CachedStylesheet, cache_file
from tui.ui.hand_over import hand_over
from tui.ui.rechecking import Rechecking
from tui.ui.shown import shown
from tui.ui.widgets.ahead import AheadSpec
from tui.ui.widgets.panel import Panel
from tui.ui.widgets.status_bar import CACHE_BUSY, StatusBar

if TYPE_CHECKING:
    from datetime import datetime

    from textual.notifications import SeverityLevel


#: How long a look into the store before the first paint waits for another program's lock: in
#: WAL mode a reader waits for no writer, only for a lock held exclusive (or a brief recovery).
GLANCE_WAIT = 0.02


class AppBase(Rechecking):
    # the screen each of these keys opens: on that screen the key does nothing (and the footer
    # leaves it out); "s" on the sources screen stacked a second one, and Escape had to be
    # pressed once per press
    OPENS = {"help": "HelpScreen", "sources": "SourcesScreen", "alerts": "AlertsScreen"}

    def __init__(
        self,
        config: Config,
        *,
        store_path: Path | None = None,
        refresh_on_start: bool = True,
        transport: Any = None,
        recheck: Callable[[], Config] | None = None,
    ) -> None:
        super().__init__()
        # the rules parsed last time, read instead of parsing the stylesheet again (css_cache)
        self.stylesheet = CachedStylesheet(variables=self.get_css_variables(), cache=cache_file())
        self.config = config
        # ``config`` came from the config cache: validate the file after the first paint
        self.recheck = recheck
        self.config_error: Exception | None = None  # the file turned out broken: the app ended
        self._config_warned = False  # what the config is warned of, said once at start
        self.store_path = store_path or paths.store_path(demo=config.demo)
        self.refresh_on_start = refresh_on_start
        self.transport = transport
        self.snapshot: Snapshot | None = None
        self.metal_filter: str | None = None
        self.read_ids: set[str] = set()
        self._read_here: set[str] = set()  # marked read in this session (``Loading.mark_read``)
        self._read_lock = threading.Lock()  # the marks are written one at a time
        self._read_pending: dict[str, datetime] = {}  # marks not yet known in the file
        self._read_pending_lock = threading.Lock()  # the screen adds, the writer takes
        self.exit_notes: list[str] = []  # said on stderr once the app has ended (the command)
        self.new_ids: set[str] = set()
        self.changed_policy: set[str] = set()
        self.baseline: Baseline | None = None
        self.changes = Changes()
        self._store: Any = None
        self._store_opening = threading.Lock()  # the session's store is opened once
        self._nothing_read = False  # the store is memory only: nothing of the file was read
        self._glance_locked = False  # a look before the first paint met another program's lock
        self._look_read = False  # ``_last_look`` read, its look kept until the first paint
        self._look: Any = None
        self._cache_watch: Any = None  # says once when the cache stops saving
        self._cache_said: set[str] = set()  # cache notices already shown
        self._refresher: Any = None
        self._alerts: Any = None
        self._alerts_lock = threading.Lock()  # evaluations and their store, one at a time
        self._ahead_specs: list[AheadSpec] = []  # what the load worker builds ahead
        self._panels: list[Panel] = []  # as composed (``MetalwatchApp.compose``)

    @property
    def panels(self) -> list[Panel]:
        """The dashboard's panels, as composed (a query of the DOM each time cost more than the
        rest of what the first paint's snapshot does to them)."""
        return list(self._panels) if self._panels else list(self.query(Panel))

    @property
    def status_bar(self) -> StatusBar:
        return self.query_one(StatusBar)

    def _bar(self) -> StatusBar | None:
        """The status bar, or None while the app is closing (its widgets are gone, and a message
        or a worker that finishes now has nothing left to paint)."""
        try:
            return self.query_one(StatusBar)
        except NoMatches:
            return None

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """A toast whose text is never read as markup, whoever asks (``Widget.notify`` passes
        ``markup=True``): it carries text from outside (a server's answer in an error, a link,
        a file name), and ``[link=...`` in it took the app down with a MarkupError."""
        super().notify(
            shown(message), title=shown(title), severity=severity, timeout=timeout, markup=False
        )

    def open_screen(self, screen: Any) -> None:
        """Open one of the screens the app's keys open (``OPENS``). The sources screen and the
        alerts log take the place of those screens on top (``s`` -> ``a`` -> ``?`` -> ``s``
        stacked four, and Escape went back through each): Escape goes back to where the first
        was opened, the dashboard or the chart or story it was opened from. Help opens over the
        screen it is asked on (it lists that screen's keys) and Escape goes back to it."""
        if type(screen).__name__ != self.OPENS["help"]:
            while len(self.screen_stack) > 1 and type(self.screen).__name__ in self.OPENS.values():
                self.pop_screen()
        self.push_screen(screen)

    @property
    def offline(self) -> bool:
        """Every network source tried failed on its last attempt (local files do not count)."""
        return self.status_bar.summary().offline

    @property
    def store(self) -> Any:
        """The session's store, opened on first use. Opening checks the whole file and may wait
        the busy timeout for another program's lock: the app opens it on a worker thread
        (``_open_store``); on the screen's thread use ``_store`` once it is open."""
        return self._store if self._store is not None else self._open_store()

    def _open_store(self) -> Any:
        """Open the session's store (once; callers on several threads get the same one). For a
        worker thread: what became of the file is said on the screen's thread."""
        with self._store_opening:
            if self._store is not None:
                return self._store
            from tui.flow.cache_words import kept_out, then
            from tui.flow.store_open import CacheWatch, cache_notice, forget_old_demo_stores
            from tui.store import Store, StoreError
            from tui.store.fault import from_os_error, unread
            from tui.store.marks_aside import aside_path

            if self.config.demo and self.store_path == paths.store_path(demo=True):
                forget_old_demo_stores(self.store_path)
            notices: list[str | None] = []
            aside, recovery = None, None
            try:
                store = Store(self.store_path)
            except (OSError, StoreError) as exc:
                # nothing of the file can be read (locked against reads, unopenable): this
                # session's fetches live in memory, read-only mode, so the loads read them too
                store = Store.memory()
                where = self.store_path  # the system's refusal, or another program's lock
                fault = from_os_error(exc, where) if isinstance(exc, OSError) else unread(where)
                store.fault = fault
                store.locked = store.unread = isinstance(exc, StoreError)
                self._nothing_read = True
                if store.locked:  # tried again (``reopening``): said so, as ``watch`` says it
                    from tui.flow.reopen import trying_again

                    every = self.config.app.lock_retry
                    said = kept_out(exc, self.store_path, locked=True)
                    notices.append(then(said, trying_again(store, every)))
                else:
                    notices.append(kept_out(exc, self.store_path, locked=False))
            else:
                aside, recovery = store.recovered, store.recovery
                notice = cache_notice(store)
                if notice and store.retry_wanted:  # a full disk at the start: as one met later
                    from tui.flow.reopen import trying_again

                    notice = then(notice, trying_again(store, self.config.app.lock_retry))
                notices.append(notice)
            self._cache_watch = CacheWatch(store)
            self._store = store
        if store.read_only is None and aside_path(self.store_path).is_file():
            self._on_screen(self._save_read)  # marks an earlier session kept aside: stored now
        if aside:
            self._on_screen(self._recovered, aside, recovery)
        for notice in notices:
            self._on_screen(self._cache_notice, notice)
        return store

    def _on_screen(self, fn: Callable[..., Any], *args: Any) -> None:
        """``fn(*args)`` on the screen's thread: now when called there, else handed over (and
        dropped when the app has ended meanwhile). Called from a worker while the app ends (no
        longer running, its loop still set) it is dropped too: run on the worker, a call that
        starts a worker of its own went through Textual's ``call_from_thread`` and leaked its
        coroutine on the closing loop."""
        here = threading.get_ident() == getattr(self, "_thread_id", None)
        if here or (not self.is_running and getattr(self, "_loop", None) is None):
            with contextlib.suppress(Exception):
                fn(*args)
            return
        if not self.is_running:  # ending: the screen is going, and nothing started now would run
            return
        hand_over(self, fn, *args)  # not call_from_thread: its coroutine leaked at an app's end

    @contextlib.contextmanager
    def _glance(self) -> Iterator[Any]:
        """The store for what the first paint reads (the theme picked, the sources' health):
        the session's store once it is open, else a read-only look that skips what opening it
        costs (the integrity check reads the whole file); the store proper opens after, on a
        worker; before both, what the last quit kept beside the store while the store is still
        the file it closed. No file to look into (or none that opens): :class:`LookupError`, and the
        caller paints without it (opening the store here, on the screen's thread, created it
        or waited for a lock before the first paint, and said nothing of it). Another program's
        lock is waited for a moment (:data:`GLANCE_WAIT`), once: the first paint is not held
        back, and once a look met the lock the next does not wait for it again."""
        if self._store is None and (look := self._last_look()) is not None:
            yield look  # what the last quit kept beside the store it closed: no SQLite
            return
        if self._store is None:
            from tui.store import StoreError
            from tui.store.fault import locked
            from tui.store.glance import Glance

            if self._glance_locked:  # a look a moment ago met a lock: not waited for again
                raise StoreError(locked(self.store_path, None))
            peek = Glance.peek(self.store_path, busy_timeout=GLANCE_WAIT)
            if peek is None:
                raise LookupError(f"no store to look into at {self.store_path}")
            try:
                yield peek
            except StoreError:
                self._glance_locked = True
                raise
            finally:
                peek.close()
            return
        yield self._store

    def _last_look(self) -> Any:
        """The last quit's look beside the store (``tui.store.look_file``), read once."""
        if not self._look_read:
            from tui.store import look_file

            self._look_read, self._look = True, look_file.load(self.store_path)
        return self._look

    def _cache_notice(self, notice: str | None) -> None:
        """Say what became of the cache (read-only, full, locked, recovered), once; while nothing
        is saved, the header keeps saying so after the notice is gone."""
        from tui.flow.cache_words import topic

        if notice and topic(notice) not in self._cache_said:
            self._cache_said.add(topic(notice))
            self._toast(notice, "warning", 15)
        store = self._store
        if store is not None and store.read_only is not None and (bar := self._bar()):
            said = {"message": ""} if bar.message == CACHE_BUSY else {}  # said for good now
            bar.set_state(unsaved="cache locked" if store.locked else "cache read-only", **said)
        if store is not None and store.retry_wanted:
            self._keep_trying_store()

    def _toast(self, notice: str, severity: SeverityLevel, timeout: float) -> None:
        """A cache notice in a toast, its paths fitted to the toast's line (``toast_fit``)."""
        from tui.ui.toast_fit import for_toast

        self.notify(for_toast(notice, self.size.width), severity=severity, timeout=timeout)

    def _keep_trying_store(self) -> None:
        """Try a cache another program locked, or that refused a write (a full disk), again
        until it can be used (``reopening``)."""

    def _save_read(self) -> Any:
        """Write the read marks not yet in the file (``marking``)."""

    def _recovered(self, notice: str, recovery: Any = None) -> None:
        """What became of a damaged cache: the notice, and when it was moved aside
        (``recovery``, the store's :class:`tui.store.fault.Recovery`) a mark in the header for
        the session (the notice goes in 15 s, and the stories the user had stored are not on
        screen any more), saying how much of it was saved."""
        self._cache_notice(notice)
        if recovery is not None and (bar := self._bar()):  # only a log's: the store is kept
            marks = {"moved_aside": True, "salvaged": recovery.saved}
            bar.set_state(**({"log_lost": True} if recovery.log else marks))

    def _note_cache(self) -> None:
        """Say the cache notice if a write made the store read-only since the last call; a
        refusal that may pass (a full disk: ``retry_save``, another program's lock) says too
        that the cache is tried again, in the words ``watch`` uses
        (``tui.flow.reopen.trying_again``)."""
        if self._cache_watch is None:
            return
        notice = self._cache_watch.new_notice()
        store = self._store
        if notice and store is not None and store.retry_wanted:
            from tui.flow.cache_words import then
            from tui.flow.reopen import trying_again

            notice = then(notice, trying_again(store, self.config.app.lock_retry))
        self._cache_notice(notice)

    def focused_panel(self) -> Panel | None:
        node = self.focused
        while node is not None:
            if isinstance(node, Panel):
                return node
            node = node.parent  # type: ignore[assignment]
        return None


# The base and its layers (theming, alerting, marking, closing, loading, refreshing, actions) are mixins at run time
# and each an ``App`` to the type checker: Textual walks the whole MRO of every subclass of ``App``
# and lists its ``dir()`` when it is defined (~0.6 ms each, growing with the depth), and the six
# were six such subclasses before the first paint. ``MetalwatchApp`` is the one: it puts them
# over ``App``.
if TYPE_CHECKING:
    AppLayer = AppBase
else:
    AppLayer = object
