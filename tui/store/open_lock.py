"""The store's file checked, and moved aside when damaged, by one opener at a time.

Two openers of a damaged file at the same moment (the app's start-up refresh and its first
load, or the app and ``metalwatch watch``) each found it damaged and each moved aside what was
at its name: the second could move aside the fresh store the first had just made (and salvaged
into), so what that held, and what its session then wrote, was no longer the cache. And a
connection still open on the damaged file as it was moved aside deletes the companions at the
name (``-wal``, ``-shm``) as it closes: the fresh store's.

So an opener checks the file under a shared lock (:func:`held`, ``exclusive=False``: openers
check side by side), and moves it aside only under the exclusive one, after checking it again
there: whatever is at the name then is what is judged, and a fresh store another opener made
meanwhile is sound and kept. The move, the fresh store and the salvage happen under it, so what
is salvaged is salvaged once.

The lock is an advisory lock (``fcntl.flock``) on ``<store>.lock`` beside the store, which the
system lets go when a process dies; the file is removed as the last holder lets go (only while
it holds it alone and it is still the file at that name; a waiter that finds the name another
file's once it holds it locks the one there now, as :mod:`tui.store.aside_file` does). Where
there are no such locks (not POSIX), the threads of one process take turns on a lock of their
own, and two processes rely on the inode check of :func:`tui.store.files.move_aside`. A lock
file that cannot be made (a read-only folder: nothing is moved there anyway) is done without.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from tui.store.aside_file import is_at

SUFFIX = ".lock"  # beside the store: ``store.sqlite3.lock``
_POLL = 0.002  # seconds between tries while another opener holds it

_HELD = threading.local()  # the lock names this thread holds (an open inside an open)
_TURNS: dict[str, threading.Lock] = {}  # no ``fcntl``: this process's threads take turns
_TURNS_LOCK = threading.Lock()


class Busy(Exception):
    """Another opener held the lock past the wait."""


def name_of(path: Path) -> Path:
    """The lock file of the store at ``path``."""
    return path.with_name(path.name + SUFFIX)


@contextlib.contextmanager
def held(path: Path, *, exclusive: bool, wait: float) -> Iterator[None]:
    """The lock of the store at ``path``, shared (checking it) or ``exclusive`` (moving it
    aside), waited for up to ``wait`` seconds (:class:`Busy` past that). Held already by this
    thread (the fresh store opened while moving the damaged one aside): held on as it is."""
    name = name_of(path)
    mine: set[str] = _HELD.__dict__.setdefault("names", set())
    key = str(name)
    if key in mine:
        yield
        return
    try:
        import fcntl
    except ImportError:  # not POSIX: this process's threads take turns
        with _turn(key, wait):
            mine.add(key)
            try:
                yield
            finally:
                mine.discard(key)
        return
    fd = _hold(name, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH, time.monotonic() + wait)
    mine.add(key)
    try:
        yield
    finally:
        mine.discard(key)
        if fd is not None:
            _let_go(name, fd)


def _hold(name: Path, mode: int, deadline: float) -> int | None:
    """``name`` opened (made if need be) and locked in ``mode``: its descriptor; None when it
    cannot be made or locked (a read-only folder, no such locks on this file system)."""
    import fcntl

    while True:
        try:
            fd = os.open(name, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return None
        while True:
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    os.close(fd)
                    raise Busy(str(name)) from None
                time.sleep(_POLL)
            except OSError:  # no such locks on this file system
                os.close(fd)
                return None
        if is_at(name, fd):
            return fd
        os.close(fd)  # its last holder removed it as it let go: lock the one there now


def _let_go(name: Path, fd: int) -> None:
    """The lock let go; the file removed first when no other opener holds it."""
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # alone with it?
        if is_at(name, fd):
            with contextlib.suppress(OSError):
                name.unlink()
    except OSError:  # another opener holds it: it stays for them
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def _turn(key: str, wait: float) -> Iterator[None]:
    with _TURNS_LOCK:
        lock = _TURNS.setdefault(key, threading.Lock())
    if not lock.acquire(timeout=max(wait, 0.0)):
        raise Busy(key)
    try:
        yield
    finally:
        lock.release()
