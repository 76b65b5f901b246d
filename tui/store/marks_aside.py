"""Read marks another program's lock kept out of the store, kept in a small file beside it.

A story marked read is written to the store on a worker thread. Another program holding the
store locked (its write lock past the busy timeout, or every lock from the session's start)
keeps the mark out, and the app waits at most ``QUIT_WAIT`` (1 s) at the quit: a mark still
waiting then was lost with the process. It is kept instead in ``<store>.read-marks`` beside the
store: JSON, story id -> when it was read, written whole or not at all (a temporary file moved
over it), merged with what the file held. Why a file rather than a longer wait at the quit: the
lock may be held for minutes (a backup, the sqlite3 shell, a long prune), and `q` must end the
app; a small file needs no SQLite lock and is written in milliseconds. Only a folder that refuses
it (read-only, a full disk) loses the marks, and that is said (:func:`keep` returns why).

The marks kept aside count as read at every load (:func:`load`) and are taken into the store by
the next session that can write it, at its start or once a lock lets it back (:func:`take`):
the file is first moved to a name of this process's, so a session quitting meanwhile writes a
new one and loses nothing (and what a process killed in between left under its name is taken by
the next); taken twice, a mark is stored once. Each update of the file (read, merged, moved over
it; or moved away to be taken) holds a lock other processes honour (``<store>.read-marks.lock``,
an advisory lock the system lets go when a process dies), so two sessions quitting in the same
instant both keep their marks.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tui.store import cache_stamp as stamp
from tui.store.codec import dt_text, parse_dt

if TYPE_CHECKING:
    from tui.store.stories import StoriesStore

log = logging.getLogger("tui.store")

SUFFIX = ".read-marks"
LOCK_SUFFIX = ".lock"  # beside the marks file: what other processes lock to update it
_LOCK = threading.Lock()  # the sessions of one process (``serve``) keep and take one at a time
_LOCK_WAIT = 5.0  # seconds at most for another process's update (each takes milliseconds)
_MAX_BYTES = 4 * 1024 * 1024  # far more marks than a session makes: a larger file is not ours


def aside_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + SUFFIX)


def load(store_path: Path) -> dict[str, datetime]:
    """The marks kept aside for the store at ``store_path`` (none: no file, or one that does
    not read as marks: damaged, truncated, not ours)."""
    return _read(aside_path(store_path))


def _read(path: Path) -> dict[str, datetime]:
    try:
        if path.stat().st_size > _MAX_BYTES:
            return {}
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("read marks kept aside in %s cannot be read: %s", path, exc)
        return {}
    if not isinstance(data, dict):
        return {}
    marks = {}
    for story, when in data.items():
        at = parse_dt(when) if isinstance(when, str) else None
        if isinstance(story, str) and at is not None:
            marks[story] = at
    return marks


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """The marks file at ``path`` to this thread alone: the other threads of this process, then
    other processes (an advisory lock on ``<file>.lock``, which the system lets go when a
    process dies). Two sessions quitting in the same instant each read the file, and the later
    move over it dropped the earlier one's marks. A lock file that cannot be made (the folder
    refuses writes, so the marks file is refused too), or no such locks on this system: the
    update is made without it; one held past ``_LOCK_WAIT``: made anyway."""
    with _LOCK:
        try:
            import fcntl
        except ImportError:  # not POSIX: this process's threads only
            yield
            return
        try:
            fd = os.open(path.with_name(path.name + LOCK_SUFFIX), os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            yield
            return
        try:
            deadline = time.monotonic() + _LOCK_WAIT
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        log.warning("read marks in %s: locked too long, updated anyway", path)
                        break
                    time.sleep(0.005)
                except OSError:  # no such locks on this file system
                    break
            yield
        finally:
            os.close(fd)  # the lock goes with it


def keep(store_path: Path, marks: Mapping[str, datetime]) -> str | None:
    """Keep ``marks`` aside for the store at ``store_path``, with those kept already (a mark
    kept twice keeps its first time); None once written, else why it could not be."""
    if not marks:
        return None
    path = aside_path(store_path)
    with _locked(path):  # read, merged and moved over it with no other update in between
        merged = {**marks, **_read(path)}
        tmp = stamp.private_tmp(path)
        try:
            with tmp.open("w", encoding="utf-8") as f:
                json.dump({k: dt_text(v) for k, v in merged.items()}, f)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            stamp.remove(tmp)
            return exc.strerror or str(exc)
    return None


def take(store: StoriesStore, store_path: Path) -> int:
    """Store the marks kept aside for ``store_path`` into ``store`` (when it saves to the
    file) and remove them; how many were taken. Those the store cannot take after all (a lock
    again: it went read-only) are kept aside again."""
    path = aside_path(store_path)
    if not store.saves or store.read_only is not None or not path.is_file():
        return 0
    taken = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.taking")
    with _locked(path):
        try:
            os.replace(path, taken)
        except OSError:
            return 0  # gone meanwhile (another session took it), or the folder refuses
        marks = _read(taken)
        for orphan in _orphans(path):  # what a process killed while taking it left
            marks = {**_read(orphan), **marks}
            stamp.remove(orphan)
    try:
        store.keep_read(marks)
    except BaseException:
        _put_back(taken, store_path, marks)
        raise
    if store.read_only is not None:  # kept out after all (a lock again): aside again
        _put_back(taken, store_path, marks)
        return 0
    stamp.remove(taken)
    return len(marks)


def _orphans(path: Path) -> list[Path]:
    """The files of marks a process took aside and did not live to store or put back (its
    process id is in the name, and no such process runs)."""
    found = []
    for taking in path.parent.glob(f".{path.name}.*.taking"):
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


def _put_back(taken: Path, store_path: Path, marks: Mapping[str, datetime]) -> None:
    """The marks taken aside again: the file moved back (no room needed), or merged into the
    one another session kept meanwhile."""
    path = aside_path(store_path)
    try:
        if not path.exists():
            os.replace(taken, path)
            return
    except OSError:
        pass
    if keep(store_path, marks) is None:
        stamp.remove(taken)
