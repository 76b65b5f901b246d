"""A cache another program holds locked, tried again until it can be used: the app and ``watch``.

Locked at the start (against reads too), or against writes for longer than the busy timeout,
a session goes on in memory: nothing saved. Left running all day (the dashboard, ``metalwatch
watch`` on a server), that was a day of data lost. So the cache is tried again every ``[app]
lock_retry`` (5 s), each try on a worker thread and waiting a moment for the lock, never the
busy timeout; once it opens, what the session kept in memory is merged into it
(``tui.store.merge``: nothing the file holds is lost or overwritten, nothing it pruned comes
back) and the session saves to it again. :func:`try_store` is one try, the app's
(``tui.ui.reopening``, on its screen) and :class:`Retry`'s, which tries for a command without a
screen and says on its stderr what became of the cache. A cache that turns out read-only or
damaged then is said as at a start; one not locked is never tried.

A write the file refused for another reason mid-session (a full disk, the file made read-only,
an I/O error: ``store.retry_save``), or a disk already full at the start, is tried again the same
way, by :class:`Retry` (``watch``) and by the app (``tui.ui.reopening``), each try first asking
cheaply whether the refusal still stands (:func:`still_refused`), said once
(:func:`trying_again`). A try whose merge meets such a
refusal leaves the session on a copy of the file in memory with its own data merged in
(``LockingStore.rejoin``): not back (``Tried.read``), tried again, and the rules go on from the
file's state, not held.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from tui.flow.cache_words import NOTHING_READ as NOTHING_READ  # said by the tests
from tui.flow.cache_words import load_kept_out, then
from tui.flow.store_open import back_notice, readable, rejoin

if TYPE_CHECKING:
    from tui.store import Store


@dataclasses.dataclass(frozen=True)
class Tried:
    """One try's outcome: whether there is nothing more to try, and what to say of it."""

    back: bool  # the cache can be used again (or is no longer locked: nothing to try)
    notice: str | None = None  # what to say (None: nothing)
    # not back, but the file's state was read by this try (a lock let go, the merge met a full
    # disk): the session is on a copy of it, its rules no longer held; saving is tried again
    read: bool = False


def try_store(store: Store | None, path: Path, *, screen: bool = True) -> Tried:
    """Try the cache at ``path`` once for ``store``, the session's (None: not opened yet, so
    the loads read the file themselves and only its being readable is asked). For a worker
    thread; a file that can be read but not written leaves the store on a copy of it
    (``read_only`` saying why); a failure to read it raises. ``screen``: the
    app's words (see :func:`back_notice`)."""
    if store is None:
        back = readable(path)
        return Tried(back, back_notice(None, None, screen=screen) if back else None)
    if store.retry_wanted:
        if not store.locked and still_refused(path):  # asked cheaply: no copy of it all again
            return Tried(False)
        unread = store.unread
        merged = rejoin(store, path)
        if merged is None:
            return Tried(False)
        if store.retry_save and not store.saves:  # read, but still not written: tried again
            return Tried(False, read=unread and not store.unread)
        return Tried(True, back_notice(store, merged, screen=screen))
    return Tried(True)  # saving again (or read-only for another reason): nothing to try


def still_refused(path: Path) -> bool:
    """Whether the cache at ``path`` still cannot be written, asked without opening it: the
    disk holding it (almost) full, or the file or its folder refusing writes."""
    from tui.store.files import disk_full, unwritable

    return disk_full(path.parent) or unwritable(path) is not None


def trying_again(store: Store | None, every: float) -> str:
    """What is said once when the store starts being tried again every ``every`` seconds (None:
    not opened yet, a lock kept the session out)."""
    what = "the cache" if store is None or store.locked else "to save to the cache"
    return f"trying {what} again every {every:g} s"


def load_locked(store: Store | None, exc: Exception, every: float) -> str:
    """What the app says of a load a lock kept out: that the cache is tried again, in the words
    ``watch`` uses, when it is (not opened yet, or kept out: ``tui.ui.reopening``)."""
    if store is None or (store.locked and not store.saves):
        return then(load_kept_out(exc, waits=True), trying_again(store, every))
    return load_kept_out(exc, waits=False)


def kept_out() -> Store:
    """The store of a session another program's lock kept out of the whole file at the start:
    memory, read-only mode (the refresh's fetches live there, not saved), ``locked``, so it is
    tried again, and ``unread``: the alert rules wait for the file's state."""
    from tui.store import Store
    from tui.store.fault import unread

    store = Store.memory()
    store.fault, store.locked, store.unread = unread(None), True, True
    return store


class Retry:
    """The store tried again every ``every`` seconds while a lock keeps it in memory, for a
    command without a screen (``watch``): call :meth:`tick` often (it tries only when a try is
    due, on a worker thread); what became of the cache is said on ``err``."""

    def __init__(self, store: Store, path: Path, every: float, err: TextIO) -> None:
        from tui.flow.store_open import CacheWatch

        self.store, self.path, self.every, self.err = store, path, every, err
        self.cache = CacheWatch(store)  # says the cache notice once (the command's too)
        self._next: float | None = None  # when the next try is due (monotonic)
        self._given_up = False  # a try failed for another reason than the lock

    def wanted(self) -> bool:
        """Whether the store is kept in memory by a lock or a write that failed (a full disk),
        and was not given up on."""
        return not self._given_up and self.store.retry_wanted

    def due_in(self) -> float | None:
        """Seconds to the next try (0 when due), or None when there is nothing to try."""
        if not self.wanted():
            return None
        if self._next is None:
            return self.every
        return max(0.0, self._next - time.monotonic())

    async def tick(self) -> bool:
        """A try if one is due; True when it brought the store back to the file."""
        if not self.wanted():
            self._next = None  # a lock met again later waits a whole interval first
            return False
        now = time.monotonic()
        if self._next is None:  # the lock was just met: said once, first try in ``every``
            self._next = now + self.every
            if notice := self.cache.new_notice():  # met by a write after the round said none
                self._say(notice)
            self._say(trying_again(self.store, self.every))
            return False
        if now < self._next:
            return False
        try:
            tried = await asyncio.to_thread(try_store, self.store, self.path, screen=False)
        except Exception as exc:  # not a lock: said once, and not tried again every few seconds
            self._given_up = True
            self._say(f"cache could not be opened again ({exc}); this run's data stays in memory")
            return False
        finally:
            self._next = time.monotonic() + self.every
        if not tried.back:
            if notice := self.cache.new_notice():  # read, not written: why, once (disk full)
                self._say(notice)
                if self.wanted():  # and that saving is tried again, in its words now
                    self._say(trying_again(self.store, self.every))
            return tried.read  # the rules can see the file's state now
        self._next = None
        if self.store.recovered:  # damaged by now: moved aside, a fresh one
            self._say(self.store.recovered)
        if tried.notice:
            self._say(tried.notice)
        return True

    def _say(self, line: str) -> None:
        self.err.write(f"metalwatch: {line}\n")
        self.err.flush()
