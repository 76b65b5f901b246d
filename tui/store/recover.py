"""A store file that cannot be read as a store moved aside, a fresh store made in its place,
and what can still be read of a damaged one salvaged into it (:mod:`tui.store.salvage`).

Called by ``StoreBase._open`` only while it holds the file's lock alone (:mod:`tui.store.open_lock`)
and has found the file at the name unreadable under it: no other opener moves it, nor checks it
(a connection on it as it is moved would delete the fresh store's ``-wal`` as it closes), until
the fresh store holds what was salvaged.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Protocol

from tui.store import files, schema
from tui.store.fault import Recovery

log = logging.getLogger("tui.store")


class Opening(Protocol):
    """What of ``tui.store.base.StoreBase`` this module uses (it does not import it: base
    imports this)."""

    path: Path | None
    recovered: str | None
    recovery: Recovery | None
    _conn: sqlite3.Connection

    def _open(self, path: Path, *, may_move: bool) -> None: ...

    def _fall_back_to_memory(self, problem: str) -> None: ...


def move_aside(store: Opening, path: Path, problem: str, inode: int | None) -> None:
    """The file at ``path`` (``inode``), found unreadable (``problem``), moved aside, a fresh
    store opened in its place for ``store`` and what can be read of it salvaged into that;
    ``store.recovered`` says so."""
    try:
        aside = files.move_aside(path, inode=inode)
    except OSError as exc:
        store._fall_back_to_memory(
            f"cache at {path} is unreadable ({problem}) and cannot be moved ({exc})"
        )
        return
    if aside is not None:
        log.warning("cache %s %s: moved aside to %s", path, problem, aside)
        store.recovery = Recovery(aside)
        store.recovered = (
            f"cache was unreadable ({problem}) and was moved aside to {aside}; starting fresh"
        )
    store._open(path, may_move=False)
    if aside is not None and problem in schema.DAMAGE:
        salvage_into(store, aside, problem)


def salvage_into(store: Opening, aside: Path, problem: str) -> None:
    """What can still be read of the damaged file moved aside to ``aside``, copied into
    ``store`` (fresh); ``store.recovered`` says what was saved and lost."""
    from tui.store.salvage import salvage

    got = salvage(aside, store._conn)
    log.warning("cache %s salvaged from %s: %s", store.path, aside, got.said())
    moved = f"cache was unreadable ({problem}) and was moved aside to {aside}"
    said = store.recovered or ""  # the fresh store's own trouble, when it had some
    then = "starting fresh" if said.startswith(moved) else said
    if any(got.saved.values()):
        then = "" if said.startswith(moved) else said
    store.recovered = "; ".join(filter(None, [moved, got.said(), then]))
    store.recovery = Recovery(aside, got.share())
