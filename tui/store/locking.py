"""Another program's lock: asked without waiting, waited out, and left behind again.

A write that waits past the busy timeout for another program's lock puts the store in
read-only mode on a copy in memory (``StoreBase._degrade``, ``locked``). An async caller asks
first whether a write could start (:meth:`LockingStore.write_lock_free`, see
``tui.flow.lock_wait``) and gives up as that write would have (``give_up_on_lock``); once the
lock lets go, :meth:`LockingStore.rejoin` takes the store back to the file with what it kept
in memory merged in (``tui.store.merge``).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from tui.store import schema
from tui.store.access import MEMORY, REJOIN_WAIT
from tui.store.base import StoreBase, StoreError
from tui.store.fault import CacheFault, Kind

_T = TypeVar("_T")


class _Closed(Exception):
    """The store was closed while a rejoin opened the file."""


class LockingStore(StoreBase):
    """Asking for, giving up on and leaving another program's lock."""

    def write_lock_free(self) -> bool:
        """Whether a write could start now, asked without waiting: False while another program
        holds the write lock (an async caller then waits off its loop, see
        :func:`tui.flow.lock_wait.wait_writable`, rather than in the busy timeout)."""
        with self._lock:
            if self._in_memory or self._closed:
                return True
            conn = self._conn
            try:
                conn.execute("PRAGMA busy_timeout = 0")
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("ROLLBACK")
                return True
            except sqlite3.OperationalError as exc:
                if schema.is_lock(exc):
                    return False
                return True  # any other refusal is the write's own to report
            finally:
                conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")

    def give_up_on_lock(self) -> None:
        """Another program held the write lock past the busy timeout: read-only mode now, as a
        write that waited that long would do (``locked``)."""
        with self._lock:
            if not self._in_memory:
                self._degrade(self._locked_fault(), locked=True)

    def rejoin(
        self, path: Path, merge: Callable[[sqlite3.Connection, sqlite3.Connection], _T]
    ) -> _T | None:
        """Back to the file at ``path`` (opened as at a start, waiting a moment for a lock) for
        a store kept in memory by another program's lock or a failed write, the reverse of
        ``_degrade``: ``merge(memory, file)`` copies this store's data in one write transaction;
        then this store works on the file (or on what a read-only file holds, ``read_only``
        saying why). None while the lock is still held (or this store is closed).

        A file that can be read but not written now (the disk full, the file made read-only
        meanwhile, an I/O error at the merge) is read instead: this store goes on in memory on a
        copy of it with its own data merged in (:meth:`_on_copy`), ``read_only`` saying why and
        ``retry_save`` set, so the rules see the file's state (``unread`` no more)."""
        if self._closed:
            return None
        try:
            fresh = type(self)(path, busy_timeout=min(self.busy_timeout, REJOIN_WAIT))
        except StoreError:
            return None
        conn = fresh._conn
        try:
            conn.execute("BEGIN IMMEDIATE")  # the file's lock first, then this store's
            with self._lock:
                if self._closed:  # closed meanwhile (the command ends): nothing to take back
                    raise _Closed
                got = merge(self._conn, conn)
                conn.execute("COMMIT")
                with contextlib.suppress(sqlite3.Error):
                    self._conn.close()
                conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
                self._conn, self._in_memory, self.path = conn, fresh._in_memory, fresh.path
                self._opened_as = fresh._opened_as
                newer = fresh.fault is not None and fresh.fault.kind is Kind.NEWER
                # a write failure met again at the open (the disk still full): tried again
                self.retry_save = self.retry_save and fresh.fault is not None and not newer
                self.fault, self.locked = fresh.fault, fresh.locked
                self.unread = newer  # the file is read now (none of a newer version's is)
                self.recovered, self.recovery = fresh.recovered, fresh.recovery
                fresh._closed = True  # its connection is this store's now
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            if isinstance(exc, _Closed) or (
                isinstance(exc, sqlite3.OperationalError) and schema.is_lock(exc)
            ):
                fresh.close()
                return None
            why = (
                schema.write_failure(exc, path.parent)
                if isinstance(exc, sqlite3.Error) and not schema.is_corrupt(exc)
                else None
            )
            try:
                if why is None:
                    raise
                return self._on_copy(fresh, why, merge)
            except _Closed:
                return None
            finally:
                fresh.close()
        return got

    def _on_copy(
        self,
        fresh: LockingStore,
        why: CacheFault,
        merge: Callable[[sqlite3.Connection, sqlite3.Connection], _T],
    ) -> _T:
        """This store on a copy in memory of what ``fresh`` (the file, opened) holds, with this
        store's data merged in: the file could be read but not written (``why``). Raises the
        copy's error when the file cannot be read either (this store left as it was)."""
        from tui.store.copied import note_copied

        with self._lock:
            if self._closed:
                raise _Closed
            mem = self._connect(MEMORY)
            try:
                fresh._conn.backup(mem)
                schema.ensure_schema(mem)
                mem.execute("PRAGMA foreign_keys = ON")
                note_copied(mem)  # the file's rows: a later merge tells the session's apart
                mem.execute("BEGIN IMMEDIATE")
                got = merge(self._conn, mem)
                mem.execute("COMMIT")
            except BaseException:
                mem.close()
                raise
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn, self._in_memory, self.path = mem, True, fresh.path
            self.fault, self.locked, self.retry_save = why, False, True
            self.unread = False  # the file's state is read: the rules go on from it
            self.recovered, self.recovery = fresh.recovered, fresh.recovery
        return got
