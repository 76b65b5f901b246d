"""The store's guards: the busy timeout, and the ``reads``/``writes`` decorators that serialise a
``Store`` method on the store's lock and say what a lock or a refused write becomes
(:mod:`tui.store.base` for the read-only mode a refused write turns to)."""

from __future__ import annotations

import functools
import math
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast

from tui.store import schema
from tui.store.fault import CacheFault, StoreError

MEMORY = ":memory:"
BUSY_TIMEOUT_S = 5.0
BUSY_TIMEOUT_ENV = "METALWATCH_BUSY_TIMEOUT"
REJOIN_WAIT = 0.1  # how long ``LockingStore.rejoin`` waits for a lock: a try, repeated later

_F = TypeVar("_F", bound=Callable[..., Any])


class Guarded(Protocol):
    """What of ``tui.store.base.StoreBase`` the decorators use (this module does not import
    it: base imports this)."""

    path: Path | None
    _lock: threading.RLock
    _in_memory: bool

    def _degrade(self, why: CacheFault, *, locked: bool) -> None: ...

    def _locked_fault(self) -> CacheFault: ...

    def _locked_error(self) -> StoreError: ...

    def _replaced(self) -> CacheFault | None: ...


def default_busy_timeout() -> float:
    """Seconds to wait for another process's lock (``METALWATCH_BUSY_TIMEOUT`` overrides)."""
    raw = os.environ.get(BUSY_TIMEOUT_ENV, "")
    try:
        value = float(raw)
    except ValueError:
        return BUSY_TIMEOUT_S
    return value if math.isfinite(value) and value >= 0 else BUSY_TIMEOUT_S


def reads(method: _F) -> _F:
    """A read: serialised on the store's lock; a lock held too long becomes StoreError."""

    @functools.wraps(method)
    def wrapper(self: Guarded, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            try:
                return method(self, *args, **kwargs)
            except sqlite3.OperationalError as exc:
                if schema.is_lock(exc):
                    raise self._locked_error() from None
                raise

    return cast(_F, wrapper)


def writes(method: _F) -> _F:
    """A write (one transaction): when the file refuses it (read-only, full, locked past the
    busy timeout) the store goes read-only (see the module docstring) and the write is done
    again in memory, so callers see no error for what is not their fault."""

    @functools.wraps(method)
    def wrapper(self: Guarded, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            if (gone := self._replaced()) is not None:  # kept in memory, said, tried again
                self._degrade(gone, locked=False)
            try:
                return method(self, *args, **kwargs)
            except sqlite3.OperationalError as exc:
                if self._in_memory:
                    raise
                if schema.is_lock(exc):
                    self._degrade(self._locked_fault(), locked=True)
                else:
                    why = schema.write_failure(exc, self.path.parent if self.path else None)
                    if why is None:
                        raise
                    self._degrade(why, locked=False)
            return method(self, *args, **kwargs)

    return cast(_F, wrapper)
