"""A cache whose writes SQLite refuses (a full disk, a file made read-only), for the tests of
the app and `watch` going on in memory and saving again.

A real full disk needs a file system of its own (root here) and would refuse the writes of
every other test on the shared disk; a real read-only file does not stop a connection already
open (it fails later, at a checkpoint). So the store's commit, and the merge into the file when
it is tried again, raise SQLite's own error while ``Disk.refusal`` is set; the store's own
handling of that error decides what is said.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import tui.store.merge as merge_module
from tui.store.base import StoreBase

FULL = "database or disk is full"
READ_ONLY = "attempt to write a readonly database"


@dataclasses.dataclass
class Disk:
    refusal: str | None = None  # SQLite's words for the refused write (None: writes pass)
    refused: int = 0  # writes refused meanwhile
    #: which of the file's transactions are refused (all by default)
    applies: Callable[[sqlite3.Connection], bool] = lambda conn: True
    #: told of every transaction's end, refused or not
    ended: Callable[[sqlite3.Connection], None] = lambda conn: None


def refuse_writes(monkeypatch: pytest.MonkeyPatch) -> Disk:
    """Patch the store so that, while the returned ``Disk.refusal`` is set, the file's commits
    (those ``Disk.applies`` to) and merges into the file raise ``OperationalError(refusal)``."""
    state = Disk()
    real_tx, real_merge = StoreBase._tx, merge_module.merge

    @contextlib.contextmanager
    def tx(self: StoreBase) -> Iterator[sqlite3.Connection]:
        with real_tx(self) as conn:
            try:
                yield conn
                # at the commit, as SQLite refuses it
                if state.refusal and not self._in_memory and state.applies(conn):
                    state.refused += 1
                    raise sqlite3.OperationalError(state.refusal)
            finally:
                state.ended(conn)

    def merge(src: sqlite3.Connection, dst: sqlite3.Connection) -> Any:
        got = real_merge(src, dst)
        if state.refusal and dst.execute("PRAGMA database_list").fetchone()[2]:  # the file's
            state.refused += 1
            raise sqlite3.OperationalError(state.refusal)
        return got

    monkeypatch.setattr(StoreBase, "_tx", tx)
    monkeypatch.setattr(merge_module, "merge", merge)
    return state
