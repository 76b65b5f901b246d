"""A small JSON file kept beside the store for what a refused write kept out of it.

Shared by the read marks (``marks_aside``, ``<store>.read-marks``) and the user's settings
(``settings_aside``, ``<store>.settings``): each file is written whole or not at all (a
temporary file moved over it), every update of it (read, merged, moved over it; or moved away
to be taken into the store) holds a lock other processes honour (``<file>.lock``, an advisory
lock the system lets go when a process dies; the lock file is removed as it is let go), and a
file being taken is first moved to a name of this process's (:func:`taking_name`), so a
session quitting meanwhile writes a new one and what a process killed in between left is found
by the next (:func:`orphans`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from tui.core import atomic_file
from tui.store import cache_stamp as stamp

log = logging.getLogger("tui.store")
T = TypeVar("T")

LOCK_SUFFIX = ".lock"  # beside the file: what other processes lock to update it
_LOCK = threading.Lock()  # the sessions of one process (``serve``) update one at a time
_LOCK_WAIT = 5.0  # seconds at most for another process's update (each takes milliseconds)


def read_json(path: Path, max_bytes: int) -> Any:
    """What the file at ``path`` holds; None when there is none, or it is larger than
    ``max_bytes`` (not ours) or does not read as JSON (damaged, truncated)."""
    try:
        if path.stat().st_size > max_bytes:
            return None
        return json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("%s cannot be read: %s", path, exc)
        return None


def write_json(path: Path, data: Any) -> str | None:
    """``data`` written to ``path`` whole or not at all; None once written, else why not."""
    exc = atomic_file.write(path, json.dumps(data).encode("utf-8"), sync=True)
    return None if exc is None else exc.strerror or str(exc)


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """The file at ``path`` to this thread alone: the other threads of this process, then
    other processes (an advisory lock on ``<file>.lock``, which the system lets go when a
    process dies). Two sessions quitting in the same instant each read the file, and the later
    move over it dropped the earlier one's update. A lock file that cannot be made (the folder
    refuses writes, so the file is refused too), or no such locks on this system: the update is
    made without it; one held past ``_LOCK_WAIT``: made anyway.

    The lock file is removed as the lock is let go (it stayed beside the store after every
    quit), only while this process holds it and it is still the file at that name: never one
    another process holds (one held past the wait is left alone). A process that waited on a
    lock file removed meanwhile finds, once it holds it, that the name is no longer that file,
    and locks the one there now (:func:`_hold`): two never hold the name at once."""
    with _LOCK:
        try:
            import fcntl  # noqa: F401
        except ImportError:  # not POSIX: this process's threads only
            yield
            return
        name = path.with_name(path.name + LOCK_SUFFIX)
        fd, held = _hold(name, time.monotonic() + _LOCK_WAIT, path)
        try:
            yield
        finally:
            if fd is not None:
                if held and is_at(name, fd):
                    with contextlib.suppress(OSError):
                        name.unlink()  # before the lock goes: a waiter then sees it gone
                os.close(fd)  # the lock goes with it


def _hold(name: Path, deadline: float, path: Path) -> tuple[int | None, bool]:
    """The lock file at ``name`` opened (made if need be) and locked: its descriptor, and
    whether this process holds it (False past ``deadline``, or with no such locks on this file
    system); (None, False) when it cannot be made. A file removed (or replaced) while this
    process waited for it is let go and the one at ``name`` now taken instead."""
    import fcntl

    while True:
        try:
            fd = os.open(name, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return None, False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    log.warning("%s: locked too long, updated anyway", path)
                    return fd, False
                time.sleep(0.005)
            except OSError:  # no such locks on this file system
                return fd, False
        if is_at(name, fd):
            return fd, True
        os.close(fd)  # its holder removed it as it let go: the name is another file's now


def is_at(name: Path, fd: int) -> bool:
    """Whether the file open at ``fd`` is the one at ``name`` (not removed nor replaced)."""
    try:
        here, there = os.fstat(fd), os.stat(name)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def taking_name(path: Path) -> Path:
    """Where this process (and thread) moves the file at ``path`` to take it into the store."""
    return path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.taking")


def in_transit(path: Path) -> list[Path]:
    """The files being taken into the store from ``path`` (by any process: moved to a
    :func:`taking_name`, removed only once the store holds what they held). The names that
    ``path.parent.glob(f".{path.name}.*.taking")`` gives, found without the pattern (a
    regular expression compiled for every store's name, at every start: ~3 M instructions)."""
    head, tail = f".{path.name}.", ".taking"
    try:
        with os.scandir(path.parent) as entries:
            names = [e.name for e in entries]
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return []
    least = len(head) + len(tail)
    found = (n for n in names if len(n) >= least and n.startswith(head) and n.endswith(tail))
    return [path.parent / n for n in sorted(found)]


def with_transit(path: Path, read: Callable[[Path], T], merge: Callable[[T, T], T]) -> T:
    """What the file at ``path`` holds, merged under what is on its way into the store
    (:func:`in_transit`): read before the store, it misses nothing a session takes meanwhile
    (the file is moved before the store holds it, and removed only after)."""
    held = read(path)
    for taking in in_transit(path):
        held = merge(read(taking), held)
    return held


def orphans(path: Path) -> list[Path]:
    """The files a process moved aside to take (:func:`taking_name`) and did not live to store
    or put back (its process id is in the name, and no such process runs)."""
    found = []
    for taking in in_transit(path):
        try:
            pid = int(taking.name.split(".")[-3])
            if pid == os.getpid():
                continue
            os.kill(pid, 0)
        except ProcessLookupError:
            found.append(taking)
        except (ValueError, IndexError, OSError):  # not ours to judge, or alive
            continue
    return found


def claim(
    path: Path, read: Callable[[Path], T], merge: Callable[[T, T], T]
) -> tuple[Path, T] | None:
    """The file at ``path`` moved to this process's name (:func:`taking_name`) under its lock,
    and what it holds (``read``) with what dead processes left (:func:`orphans`, merged under
    it: ``merge(orphan's, held)``, the orphans removed); None when it is gone meanwhile
    (another session took it) or the folder refuses the move."""
    taken = taking_name(path)
    with locked(path):
        try:
            os.replace(path, taken)
        except OSError:
            return None
        held = read(taken)
        for orphan in orphans(path):  # what a process killed while taking it left
            held = merge(read(orphan), held)
            stamp.remove(orphan)
    return taken, held
