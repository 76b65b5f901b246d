"""Why the store cannot read or write its file, as a structure: what failed, the path, the
errno and the system's (or SQLite's) own words.

The store used to hand the layers above an English phrase ("the folder <path> is not writable
(<errno's words>)"), and ``tui.flow.cache_words`` found the folder, the path and the errno's words
again by matching that text: a phrase reworded here lost the user's clear notice without a test
failing. A :class:`CacheFault` says it in fields; its ``str`` is the phrase the store logs (and
``Store.read_only`` still reads, for the logs and the tests that name it).
"""

from __future__ import annotations

import enum
from pathlib import Path

from tui.core.record import record

#: How a newer version's file is said (``tui.store.schema``'s verdict starts so).
NEWER = "written by a newer metalwatch"


class Kind(enum.Enum):
    """What failed."""

    LOCKED = "locked"  # another program held the lock past the busy timeout (``seconds``)
    UNREAD = "unread"  # such a lock kept the session out of the whole file from its start
    FOLDER_NOT_WRITABLE = "folder not writable"  # ``path`` the folder; ``errno``, ``words``
    FILE_NOT_WRITABLE = "file not writable"  # ``path`` the file (or its -wal or -shm)
    FOLDER_NOT_READABLE = "folder not readable"  # ``path`` the folder: its files out of reach
    FILE_NOT_READABLE = "file not readable"  # ``path`` the file: nothing of it can be read
    NO_FOLDER = "no folder"  # the folder ``path`` is missing and cannot be made (``words``: why)
    FOLDER_IN_PLACE = "folder in place"  # a folder where the file ``path`` should be
    READ_ONLY = "read-only"  # SQLite refused a write to the file (SQLITE_READONLY)
    DISK_FULL = "disk full"  # ``path``: the store's folder (None: not known)
    IO_ERROR = "i/o error"  # the disk refused a write for another reason (``words``: SQLite's)
    NEWER = "newer"  # a newer version's file (``words``: its version and ours)
    UNREADABLE = "unreadable"  # SQLite could not read the file (``words``: SQLite's)
    CANNOT_OPEN = "cannot open"  # the system refused the file (``errno``, ``words``)
    LOOK = "look"  # a read-only look (``Store.peek``): nothing is written by design
    # the file ``path`` was removed or replaced (``words``: by what) while a session had it open
    REPLACED = "replaced"


#: The kinds a user mends by making a folder or a file writable (its permission bits, an
#: immutable attribute, a read-only mount).
NOT_WRITABLE = frozenset({Kind.FOLDER_NOT_WRITABLE, Kind.FILE_NOT_WRITABLE})
#: The kinds a user mends by making a folder or a file readable: nothing stored can be read.
NOT_READABLE = frozenset({Kind.FOLDER_NOT_READABLE, Kind.FILE_NOT_READABLE})
#: The kinds that may pass on their own: saving is tried again (``tui.flow.reopen``).
MAY_PASS = frozenset({Kind.DISK_FULL, Kind.READ_ONLY, Kind.IO_ERROR, Kind.REPLACED})


@record
class CacheFault:
    """Why the store's file cannot be read or written: ``kind``; the ``path`` concerned (the
    file, its folder, or the companion that refuses); the ``errno``, when the system gave one;
    ``words``, the system's or SQLite's own (``strerror``, "disk I/O error") or what stands in
    the way ("a file is in its place"); ``seconds`` a lock was waited for."""

    kind: Kind
    path: Path | None = None
    errno: int | None = None
    words: str = ""
    seconds: float | None = None

    def __str__(self) -> str:
        """The store's phrase for it (logs, ``Store.read_only``)."""
        kind, path, words = self.kind, self.path, self.words
        if kind is Kind.LOCKED:
            more = f" for more than {self.seconds:g} s" if self.seconds is not None else ""
            return f"locked by another program{more}"
        if kind is Kind.UNREAD:
            return "nothing of the cache could be read"
        if kind is Kind.FOLDER_NOT_WRITABLE:
            return f"the folder {path} is not writable ({words})"
        if kind is Kind.FILE_NOT_WRITABLE:
            return f"the file {path} is not writable ({words})"
        if kind is Kind.FOLDER_NOT_READABLE:
            return f"the folder {path} cannot be read ({words})"
        if kind is Kind.FILE_NOT_READABLE:
            return f"the file {path} cannot be read ({words})"
        if kind is Kind.NO_FOLDER:
            return f"cannot create the folder {path} ({words})"
        if kind is Kind.FOLDER_IN_PLACE:
            return f"a folder is in the place of the file {path}"
        if kind is Kind.READ_ONLY:
            return "the file cannot be written"
        if kind is Kind.DISK_FULL:
            return f"the disk holding {path} is full" if path is not None else "the disk is full"
        if kind is Kind.IO_ERROR:
            return f"the disk refused a write ({words})"
        if kind is Kind.REPLACED:
            return f"the file {path} was {words} while in use"
        if kind is Kind.NEWER:
            return f"{NEWER} ({words})" if words else NEWER
        if kind is Kind.CANNOT_OPEN:
            return f"cannot open {path} ({words})" if path is not None else f"cannot open ({words})"
        if kind is Kind.LOOK:
            return "a read-only look"
        return words  # UNREADABLE: SQLite's words


@record
class Recovery:
    """A file that could not be read as a store (damaged, not ours), moved aside to ``aside``
    and a fresh one built; ``saved``: how much of it the fresh one holds ("all", "part", None
    for nothing), for the app's header (``Store.recovered`` says it in a sentence). ``log``:
    only the write-ahead log was damaged, its last writes lost, a copy of it kept at ``aside``
    (None: none could be kept); the store itself is kept (:mod:`tui.store.wal_check`)."""

    aside: Path | None
    saved: str | None = None
    log: bool = False


class StoreError(Exception):
    """The store cannot be used: locked by another program for longer than the busy timeout.
    ``fault`` says it (the file, the wait); ``tui.store.StoreError``."""

    def __init__(self, fault: CacheFault) -> None:
        super().__init__(f"cache {fault.path} is {fault}")
        self.fault = fault


def locked(path: Path | None, seconds: float | None) -> CacheFault:
    """Another program's lock on the file ``path``, waited for ``seconds`` (None: not said)."""
    return CacheFault(Kind.LOCKED, path, seconds=seconds)


def unread(path: Path | None) -> CacheFault:
    """A lock kept the session out of the whole file ``path`` from its start."""
    return CacheFault(Kind.UNREAD, path)


def from_os_error(exc: OSError, path: Path | None) -> CacheFault:
    """The system refused to open the file ``path`` (or its folder): its errno and words."""
    return CacheFault(
        Kind.CANNOT_OPEN, path, exc.errno, exc.strerror or str(exc) or type(exc).__name__
    )


LOOK = CacheFault(Kind.LOOK)
