"""Opening the store: the file, read-only when it cannot be written, memory as the last resort.

One SQLite file (stdlib ``sqlite3``) in WAL mode with ``synchronous=NORMAL``: a crash or a
kill never loses a committed transaction or corrupts the file (a power cut may lose the
last few). Every write method is one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``), so a
batch is stored whole or not at all.

Every connection waits up to the busy timeout (:data:`tui.store.access.BUSY_TIMEOUT_S`, or the environment's
``METALWATCH_BUSY_TIMEOUT`` in seconds) for another process's lock. The schema is created or
migrated in one ``BEGIN IMMEDIATE`` transaction (:mod:`tui.store.schema`), so two first starts
at once are safe. A file is moved aside to ``<name>.corrupt-<UTC timestamp>`` (and a fresh store
built, ``recovered`` saying so) only when SQLite says it is not a sound database, or it is a
database that is not ours (other tables, an unknown version); never for a lock. What can still be
read of a damaged one is saved into the fresh store (:mod:`tui.store.salvage`), ``recovered``
saying what was saved and lost; nothing is taken from one that is not ours. The file is checked
under a shared lock and moved aside only under the exclusive one, judged again once held
(:mod:`tui.store.open_lock`, :mod:`tui.store.recover`): two openers at once move it aside and
salvage it once, and a fresh store another opener made is kept. A write-ahead log whose
committed writes SQLite would drop (a damaged frame or header: :mod:`tui.store.wal_check`) is
copied beside the store before SQLite first reads it, ``recovered`` saying how many writes were
lost, and emptied once the store is open (what SQLite applied of it checkpointed first).

Read-only mode: when the file cannot be written (its folder or the file refuses writes, the
disk is full), the store copies what the file holds into memory and works there for the rest
of the session: everything stored is shown, fresh fetches are kept in memory, nothing is
saved. ``fault`` then says why (:class:`tui.store.fault.CacheFault`: what failed, the path, the
errno, the system's words; ``read_only`` its phrase, for the logs); a full disk (or a write SQLite
refused) at the start sets ``retry_save``, as a write refused mid-session does, so saving is
tried again (``tui.flow.reopen``). A write that waits past the busy
timeout (another program holds the write lock) does the same and sets ``locked``; a read that
does raises :class:`StoreError`.

Threads: every method holds the store's lock, so one ``Store`` may be used by several
threads, one call at a time: the app opens its session's store on a worker thread (opening
checks the whole file and may wait for another program's lock) and uses it on others, and a
refresh stores what a source delivered on a worker thread, so a big feed's save never holds
the screen. A thread that reads much while others write (the app's load worker) opens a
``Store`` of its own: its reads then wait for no lock of this process, only for SQLite's.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from tui.store import damage, files, open_lock, recover, schema, wal_check, wal_index
from tui.store.access import MEMORY, default_busy_timeout, reads
from tui.store.fault import LOOK, CacheFault, Kind, Recovery, StoreError, locked
from tui.store.memory_modes import MemoryModes

_S = TypeVar("_S", bound="StoreBase")


def _older(conn: sqlite3.Connection) -> bool:
    """Whether ``conn``'s file is an earlier version's store (one a migration makes current)."""
    try:
        return schema.migrates(conn)
    except sqlite3.Error:
        return False


class StoreBase(MemoryModes):
    """Opening, transactions and closing; the data methods live in the parts of ``Store``."""

    _opened_as: tuple[int, int] | None = None  # the file opened (device, inode): ``_replaced``

    def __init__(self, path: Path | str, *, busy_timeout: float | None = None) -> None:
        self.recovered: str | None = None  # a sentence for the user: what was recovered
        self.recovery: Recovery | None = None  # the file moved aside, how much of it saved
        self.fault: CacheFault | None = None  # why nothing is saved this session
        self.locked = False  # read_only because of another program's lock
        # nothing of the file was read (a lock kept the session out from its start): what it
        # records (the rules' state, what fired) is not known until the store rejoins it
        self.unread = False
        # read_only because a write failed (a full disk, the file made read-only, an I/O
        # error) mid-session: it may pass, so saving is tried again (``tui.flow.reopen``)
        self.retry_save = False
        self.left_out = damage.LeftOut()  # rows reads left out as damaged (zeroed in place)
        self.busy_timeout = default_busy_timeout() if busy_timeout is None else busy_timeout
        self.path: Path | None = None if str(path) == MEMORY else Path(path)
        self._lock = threading.RLock()
        self._closed = False
        self._in_memory = True
        self._peek = False
        self._lost_log: tuple[str, Recovery] | None = None  # a damaged log's, said at the end
        if self.path is None:
            self._conn = self._connect(MEMORY)
            schema.ensure_schema(self._conn)
        else:
            self._open(self.path, may_move=True)
            if self._lost_log is not None:
                self._said_lost_log(self.path, *self._lost_log)
        # the file opened, while the session writes to it (``_replaced``)
        self._opened_as = None if self._in_memory else files.file_id(self.path or Path())
        self._conn.execute("PRAGMA foreign_keys = ON")

    @property
    def read_only(self) -> str | None:
        """Why nothing is saved this session, the store's phrase (``fault``, for the logs);
        None while it saves. The words for the user are made from ``fault``."""
        return None if self.fault is None else str(self.fault)

    @property
    def saves(self) -> bool:
        """Whether what is stored now is saved to the cache file (not memory only)."""
        return not self._in_memory

    @property
    def retry_wanted(self) -> bool:
        """Whether the session is in memory for a reason that may pass (another program's lock,
        a write the file refused: ``retry_save``), so the file is tried again
        (``tui.flow.reopen``)."""
        return (self.locked or self.retry_save) and self._in_memory

    @classmethod
    def memory(cls: type[_S]) -> _S:
        """A store that lives in memory only (tests, demo mode, a cache that cannot be opened)."""
        return cls(MEMORY)

    @classmethod
    def peek(cls: type[_S], path: Path, *, busy_timeout: float = 0.1) -> _S | None:
        """A read-only look into an existing file, without what opening it for the session
        does (the integrity check reads the whole file, WAL, the schema): for the few rows the
        first paint shows, or what a screen reads on a worker thread (with the session's busy
        timeout). Reads only; None when there is no file or it cannot be opened."""
        if not path.is_file():
            return None
        store = cls.__new__(cls)
        store.recovered, store.recovery = None, None
        store.fault = LOOK
        store.locked = False
        store.unread = False
        store.retry_save = False
        store.left_out = damage.LeftOut()
        store.busy_timeout = busy_timeout
        store.path = path
        store._lock = threading.RLock()
        store._closed = False
        store._in_memory = False
        store._peek = True
        store._opened_as = None  # reads only
        wal_index.remember(path)  # before SQLite rebuilds it: the log's check reads it after
        try:
            store._conn = store._connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error:
            return None
        return store

    # ------------------------------------------------------------------ opening

    def _connect(self, target: str, *, uri: bool = False) -> sqlite3.Connection:
        # Autocommit at the driver level; transactions are explicit (see _tx). The connection
        # may be used by several threads: the store's lock serialises its use.
        conn = sqlite3.connect(
            target,
            timeout=self.busy_timeout,
            isolation_level=None,
            uri=uri,
            check_same_thread=False,
        )
        conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
        return conn

    def _open(self, path: Path, *, may_move: bool) -> None:
        # checked beside other openers; moved aside by one alone, judged again once it alone
        # holds the file: a fresh store another opener made meanwhile is kept (``open_lock``)
        with self._open_lock(path, exclusive=False):
            if may_move:  # before SQLite reads (and drops) what it cannot apply
                self._lost_log = wal_check.kept(path)
            why = files.unreadable(path) or files.unwritable(path)
            if why is not None:
                self._open_read_only(path, why)
                # a full disk may pass, so saving is tried again (``tui.flow.reopen``), as for
                # a write refused mid-session; a file or folder its permissions refuse is not
                self._retry_on_copy(why.kind is Kind.DISK_FULL)
                return
            problem = self._check(path)
        if problem is None:
            return
        if not may_move:
            self._fall_back_to_memory(f"cache at {path} is unreadable ({problem})")
            return
        with self._open_lock(path, exclusive=True):
            inode = files.inode_of(path)
            problem = self._check(path)
            if problem is not None:
                recover.move_aside(self, path, problem, inode)

    def _said_lost_log(self, path: Path, said: str, recovery: Recovery) -> None:
        """Say a damaged log's lost writes (before what else opening found: a store moved
        aside too), and empty the log: what SQLite applied of it checkpointed into the file,
        the rest (kept aside) not judged again by the next opener."""
        self.recovered = "; ".join(filter(None, [said, self.recovered]))
        self.recovery = self.recovery or recovery
        wal_check.forget(f"{path}{files.COMPANIONS[0]}")
        if not self._in_memory:
            with contextlib.suppress(sqlite3.Error):  # another connection reads it: it stays
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @contextlib.contextmanager
    def _open_lock(self, path: Path, *, exclusive: bool) -> Iterator[None]:
        try:
            with open_lock.held(path, exclusive=exclusive, wait=self.busy_timeout):
                yield
        except open_lock.Busy:  # another opener checked or moved it for longer than the wait
            raise self._locked_error() from None

    def _check(self, path: Path) -> str | None:
        """The file at ``path`` opened for the session: None once it is (or read-only, when
        the disk or a newer version's file keeps it from being written), else what is wrong
        with it (damaged, not ours), to be moved aside."""
        try:
            conn = self._connect(str(path))
        except sqlite3.Error as exc:
            self._fall_back_to_memory(f"cache at {path} cannot be opened ({exc})")
            return None
        try:
            problem = schema.integrity_problem(conn)
            if problem is None:
                schema.use_wal(conn, self.busy_timeout)
                problem = schema.ensure_schema(conn)
        except sqlite3.Error as exc:
            older = schema.is_lock(exc) and _older(conn)
            conn.close()
            if older:  # an earlier version's file, locked: on a copy migrated in memory
                self._open_locked_copy(path)
                return None
            if schema.is_lock(exc):
                raise self._locked_error() from None
            if not schema.is_corrupt(exc):  # the disk, not the file: read what can be read
                failure = schema.write_failure(exc, path.parent)
                unreadable = CacheFault(Kind.UNREADABLE, path, words=schema.reason(exc))
                self._open_read_only(path, failure or unreadable)
                self._retry_on_copy(failure is not None)  # a refused write: tried again
                return None
            problem = schema.reason(exc)
        if problem is None:
            self._conn = conn
            self._in_memory = False
            conn.execute("PRAGMA synchronous = NORMAL")
            return None
        conn.close()
        newer = schema.newer(problem, path)
        if newer is not None:  # the newer version's data: not ours to move
            self._open_read_only(path, newer)  # (none of it read: this run in memory)
            return None
        return problem

    def _replaced(self) -> CacheFault | None:
        """Why the store's path no longer names the file this store writes to (removed, or a
        file or folder put in its place meanwhile): writes would go on into a file nothing
        reaches, every one lost at the session's end without a word; None while it does."""
        if self._in_memory or self.path is None or self._opened_as is None:
            return None
        return files.replaced(self.path, self._opened_as)

    def _locked_fault(self) -> CacheFault:
        return locked(self.path, self.busy_timeout)

    def _locked_error(self) -> StoreError:
        return StoreError(self._locked_fault())

    # ------------------------------------------------------------------ plumbing

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed whole, or rolled back on any error."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise

    def close(self, last: Callable[[], object] | None = None) -> None:
        """``last``: called under the store's lock just before it closes, so that what it reads
        is what the file holds as closed (no other thread's write in between)."""
        with self._lock:
            if self._closed:
                return
            if last is not None:
                last()
            self._closed = True
            if not self._peek:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA optimize")
            self._conn.close()

    def __enter__(self: _S) -> _S:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @reads
    def pragma(self, name: str) -> object:
        """The value of a read-only PRAGMA (``journal_mode``, ``integrity_check``, ...)."""
        if not name.replace("_", "").isalnum():
            raise ValueError(f"not a pragma name: {name!r}")
        row = self._conn.execute(f"PRAGMA {name}").fetchone()
        return None if row is None else row[0]
