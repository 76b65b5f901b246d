"""Opening the user's store for a command, and the one line that says what became of it.

The cache file, read-only (what is stored, with this run's data in memory) when it cannot be
written, or memory when it cannot be opened at all; :class:`tui.store.StoreError` (another
program holds it locked past the busy timeout) is for the caller: the CLI exits with
``EXIT_LOCKED``.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

from tui.core import paths
from tui.core.config_types import Config
from tui.core.models import Snapshot
from tui.flow.cache_words import cache_notice
from tui.store import Store

if TYPE_CHECKING:
    from tui.store.merge import Merged

EXIT_LOCKED = 4  # the cache was locked by another program longer than the busy timeout

_T = TypeVar("_T")


def open_store(config: Config, *, err: TextIO | None = None) -> Store:
    """The store for ``config`` (the demo has its own); problems are one line on stderr."""
    err = err or sys.stderr
    path = paths.store_path(demo=config.demo)
    if config.demo:
        forget_old_demo_stores(path)
    try:
        store = Store(path)
    except OSError as exc:  # the session in memory, said as every other fault (and in notes)
        from tui.store.fault import from_os_error

        store = Store.memory()
        store.fault = from_os_error(exc, path)  # the file named in what is said
        err.write(f"metalwatch: {cache_notice(store)}\n")
        return store
    if store.recovered:
        err.write(f"metalwatch: {store.recovered}\n")
    notice = cache_notice(store)
    if notice:
        err.write(f"metalwatch: {notice}\n")
    return store


def forget_old_demo_stores(current: Path) -> None:
    """Remove what older bundled demos left in the cache folder (``paths.old_demo_stores``):
    their stores hold captures the current bundle dropped. Best effort: a file that cannot go
    stays, and is never read (the current demo's store has another name)."""
    for old in paths.old_demo_stores(current):
        with contextlib.suppress(OSError):
            old.unlink()


class CacheWatch:
    """Says the cache notice once: at open (``open_store``) or when a write first fails."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._said = store.fault

    def new_notice(self) -> str | None:
        """The notice if the cache became read-only since the last call, else None (saving
        again, after a lock let go: the next refusal is said again)."""
        if self.store.fault is None:
            self._said = None
            return None
        if self.store.fault == self._said:
            return None
        self._said = self.store.fault
        return cache_notice(self.store)


def cached_snapshot(config: Config, store: Store) -> Snapshot | None:
    """The snapshot the dashboard last cached beside ``store`` for this config and code, or
    None. A one-shot build passes it as ``reuse``: the stories of unchanged headlines stand and
    the events of stories told in the same words are taken, exactly as a build from nothing
    would give them (what the dashboard does at every start), instead of reading every stored
    headline again (~5 s at 20,000)."""
    from tui.store import snapshot_cache

    if store.path is None:
        return None
    try:
        key = snapshot_cache.config_key(config)
        got = snapshot_cache.load(snapshot_cache.cache_path(store.path), key=key)
    except Exception:  # a damaged cache is no reason to fail: the build reads everything
        return None
    return got[0] if got is not None else None


def read_aside(shared: Store | None, path: Path, read: Callable[[Store], _T]) -> _T:
    """``read`` on a store this thread may use, for a worker thread (a screen's content, read
    while another program may hold the store locked): ``shared`` when the session's store lives
    in memory (read-only mode: any thread may use it), else a read-only look into ``path`` that
    waits the session's busy timeout (a lock held longer raises :class:`tui.store.StoreError`);
    an empty store when there is no file yet."""
    if shared is not None:
        return read(shared)
    from tui.store.access import default_busy_timeout

    store = Store.peek(path, busy_timeout=default_busy_timeout()) or Store.memory()
    try:
        return read(store)
    finally:
        store.close()


def rejoin(store: Store, path: Path) -> Merged | None:
    """The session's store, kept in memory by another program's lock, back on the file at
    ``path`` with what it held merged in (``tui.store.merge``); None while still locked. For a
    worker thread: it reads the whole file once it opens (the integrity check)."""
    from tui.store.merge import merge

    if lock_held(path):  # asked first: opening checks the whole file (a write lock lets it read)
        return None
    return store.rejoin(path, merge)


def lock_held(path: Path) -> bool:
    """Whether another program holds the store at ``path`` locked against writes now (asked
    through SQLite, waiting a moment): a try at opening it would fail after reading it all."""
    from tui.store.access import REJOIN_WAIT
    from tui.store.schema import is_lock

    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(path, timeout=REJOIN_WAIT, isolation_level=None)
    except sqlite3.Error:
        return False  # the open says what is wrong
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.Error as exc:
        return is_lock(exc)
    finally:
        conn.close()


def readable(path: Path) -> bool:
    """Whether the file at ``path`` can be read now (a read-only look waiting a moment for a
    lock): for a session whose loads found it locked before its store was ever opened."""
    from tui.store import StoreError
    from tui.store.access import REJOIN_WAIT

    store = Store.peek(path, busy_timeout=REJOIN_WAIT)
    if store is None:
        return not path.exists()  # gone: the next load starts a fresh one
    try:
        store.get_meta("theme")  # one row: reads pass the lock, or wait for it
        return True
    except (StoreError, sqlite3.Error):
        return False
    finally:
        store.close()


def back_notice(store: Store | None, merged: Merged | None, *, screen: bool = True) -> str:
    """What to say once a locked cache can be used again (``merged``: what the session kept in
    memory and the merge saved; None when the session's store was never opened; ``screen``:
    the app's words, which then shows all that is stored)."""
    if store is not None and store.read_only is not None and not store.locked:
        return cache_notice(store) or "cache available again"
    said = merged.said() if merged is not None else ""
    if not screen:
        return "cache available again" + (f": {said}" if said else ": saving again")
    return "cache available again: " + (f"{said}; " if said else "") + "showing all that is stored"
