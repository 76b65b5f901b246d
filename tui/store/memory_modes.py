"""The store's session in memory, whenever the file cannot be its home: read-only from the
start on a copy of what the file holds (a file that cannot be written, a full disk, an earlier
version's file another program holds locked), memory alone as the last resort (a file that
cannot be opened nor moved aside), and read-only from a refused write or a lock met
mid-session on (``_degrade``), the file's rows noted for the merge back (``tui.store.copied``).
A base of ``tui.store.base.StoreBase``."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from pathlib import Path
from typing import Protocol

from tui.store import files, schema
from tui.store.access import MEMORY
from tui.store.fault import NOT_READABLE, CacheFault, StoreError

log = logging.getLogger("tui.store")


class _Opening(Protocol):
    """What of ``StoreBase`` these methods use (this module does not import it: base imports
    this)."""

    path: Path | None
    recovered: str | None
    fault: CacheFault | None
    locked: bool
    retry_save: bool
    _conn: sqlite3.Connection
    _in_memory: bool

    def _connect(self, target: str, *, uri: bool = False) -> sqlite3.Connection: ...

    def _locked_fault(self) -> CacheFault: ...

    def _locked_error(self) -> StoreError: ...

    def _open_read_only(self, path: Path, why: CacheFault) -> None: ...


class MemoryModes:
    """Read-only mode, from the start or mid-session, and memory as the last resort."""

    recovered: str | None  # set in ``StoreBase.__init__``, as the rest of ``_Opening``
    fault: CacheFault | None

    def _open_read_only(self: _Opening, path: Path, why: CacheFault) -> None:
        """Read-only mode from the start: copy what ``path`` holds into memory."""
        log.warning("cache %s is read-only: %s", path, why)
        self.fault = why
        mem = self._connect(MEMORY)
        if why.kind not in NOT_READABLE and path.is_file():
            for uri in files.read_only_uris(path):
                try:
                    src = self._connect(uri, uri=True)
                    try:
                        src.backup(mem)
                    finally:
                        src.close()
                    break
                except sqlite3.Error as exc:
                    if schema.is_lock(exc):
                        mem.close()
                        raise self._locked_error() from None
                    log.warning("cache %s cannot be read via %s: %s", path, uri, exc)
        if schema.ensure_schema(mem) is not None:  # not ours, or unreadable: start empty
            mem.close()
            mem = self._connect(MEMORY)
            schema.ensure_schema(mem)
        self._conn = mem

    def _open_locked_copy(self: _Opening, path: Path) -> None:
        """An earlier version's file another program holds locked past the busy timeout: its
        migration needs the write lock. Read on a copy of it in memory, migrated there (the
        file untouched), the session locked as a lock met mid-session leaves it (``_degrade``):
        saved into the file, migrated then, once the lock lets go (``rejoin``)."""
        from tui.store.copied import note_copied

        self._open_read_only(path, self._locked_fault())
        self.locked = True
        note_copied(self._conn)

    def _retry_on_copy(self: _Opening, retry: bool) -> None:
        """Saving tried again (``retry``) for a session on a copy of the file from its start:
        its rows noted as the file's, as ``_degrade`` does, for the merge back."""
        self.retry_save = retry
        if retry:
            from tui.store.copied import note_copied

            note_copied(self._conn)

    def _fall_back_to_memory(self: _Opening, problem: str) -> None:
        log.warning("%s: using an in-memory cache", problem)
        self.recovered = f"{problem}; running without a saved cache this session"
        self._conn = self._connect(MEMORY)
        schema.ensure_schema(self._conn)

    def _degrade(self: _Opening, why: CacheFault, *, locked: bool) -> None:
        """Read-only mode from now on: the data so far goes on in memory."""
        log.warning("cache %s: %s; keeping this session's data in memory", self.path, why)
        mem = self._connect(MEMORY)
        try:
            self._conn.backup(mem)
        except sqlite3.Error:
            mem.close()
            mem = self._connect(MEMORY)
        schema.ensure_schema(mem)
        mem.execute("PRAGMA foreign_keys = ON")
        from tui.store.copied import note_copied  # the file's rows, not the session's (rejoin)

        note_copied(mem)
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        self._conn = mem
        self._in_memory = True
        self.fault = why
        self.locked = locked
        self.retry_save = not locked
