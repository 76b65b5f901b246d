"""The store as metalwatch's own normal writes left it: a mark kept beside it
(``<store>.written``), so a start can tell a store only metalwatch changed since the last
snapshot from one something else changed (a crash's leftovers, another program, damage).

The quit's look (:mod:`tui.store.look_file`) vouches for a store closed with no write-ahead log
beside it; while ``metalwatch watch`` runs the store is open, its log is there, and every
start read it as "not the file the last quit closed". The mark holds the identity of the store
file and of its log as a writer left them (each file's inode, size, modification and change
times to the nanosecond, or none; the log's change time left out), and the boot it was taken
in: a power cut can leave the files' sizes and times as written while a frame of the log is
torn, and after a restart the mark vouches for nothing. It is written by the app's clean quit (whatever the log) and by
``watch`` after a round in which no other connection committed to the store (SQLite's
``data_version``, :mod:`tui.flow.watch_mark`), and by ``watch``'s own close; a store whose
files are no longer as marked (written by anything since, a log left by a crash after the
mark, the bytes changed in place) is not vouched for. What the mark cannot see: bytes changed
in place within a writer's own round, between its reads of the files.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from tui.store.aside_file import read_json, write_json

SUFFIX = ".written"
FORMAT = "metalwatch.written/1"
_MAX_BYTES = 4096
_BOOT_ID = "/proc/sys/kernel/random/boot_id"


def mark_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + SUFFIX)


def _file(path: str, *, log: bool = False) -> list[int] | None:
    """The file's inode, size, modification and change times (ns). Of the log: no change time
    (SQLite run as root gives the log its store's owner at every connection's open, a reader's
    too: its change time moves with each), and none for an empty log."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if log:
        return [st.st_ino, st.st_size, st.st_mtime_ns] if st.st_size else None
    return [st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def state(store_path: Path) -> dict[str, Any] | None:
    """The store file's identity, its log's (None: no log, or an empty one, as a reader that
    found none leaves it: the store file is then all there is) and the boot's; None when there
    is no store file."""
    store = _file(str(store_path))
    if store is None:
        return None
    boot = None
    with contextlib.suppress(OSError):
        boot = Path(_BOOT_ID).read_text(encoding="ascii").strip()
    return {"store": store, "wal": _file(f"{store_path}-wal", log=True), "boot": boot}


def write(store_path: Path, taken: dict[str, Any] | None = None) -> None:
    """Mark the store at ``store_path`` as its files are now (or as ``taken``: their state
    read while the writer knew it alone had written); never an error (a mark that cannot be
    written, or files that changed as it was written, are only removed)."""
    taken = taken if taken is not None else state(store_path)
    if taken is not None:
        if write_json(mark_path(store_path), {"format": FORMAT, **taken}) is None:
            if state(store_path) == taken:
                return
    remove(store_path)


def holds(store_path: Path) -> bool:
    """Whether the store's files are still as the mark says a metalwatch writer left them."""
    data = read_json(mark_path(store_path), _MAX_BYTES)
    if not isinstance(data, dict) or data.pop("format", None) != FORMAT:
        return False
    now = state(store_path)
    return now is not None and data == now


def remove(store_path: Path) -> None:
    with contextlib.suppress(OSError):
        os.remove(mark_path(store_path))
