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
instant both keep their marks. The file handling is shared with the settings kept aside
(``aside_file``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tui.store import cache_stamp as stamp
from tui.store.aside_file import claim, locked, read_json, with_transit, write_json
from tui.store.codec import dt_text, parse_dt

if TYPE_CHECKING:
    from tui.store.stories import StoriesStore

log = logging.getLogger("tui.store")

SUFFIX = ".read-marks"
_MAX_BYTES = 4 * 1024 * 1024  # far more marks than a session makes: a larger file is not ours


def aside_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + SUFFIX)


def load(store_path: Path) -> dict[str, datetime]:
    """The marks kept aside for the store at ``store_path`` (none: no file, or one that does
    not read as marks: damaged, truncated, not ours), with those another session is taking
    into the store meanwhile: read before the store's, no mark is missed."""
    return with_transit(aside_path(store_path), _read, _under)


def _under(other: dict[str, datetime], held: dict[str, datetime]) -> dict[str, datetime]:
    return {**other, **held}


def _read(path: Path) -> dict[str, datetime]:
    data = read_json(path, _MAX_BYTES)
    if not isinstance(data, dict):
        return {}
    marks = {}
    for story, when in data.items():
        at = parse_dt(when) if isinstance(when, str) else None
        if isinstance(story, str) and at is not None:
            marks[story] = at
    return marks


def keep(store_path: Path, marks: Mapping[str, datetime]) -> str | None:
    """Keep ``marks`` aside for the store at ``store_path``, with those kept already (a mark
    kept twice keeps its first time); None once written, else why it could not be."""
    if not marks:
        return None
    path = aside_path(store_path)
    with locked(path):  # read, merged and moved over it with no other update in between
        merged = {**marks, **_read(path)}
        return write_json(path, {k: dt_text(v) for k, v in merged.items()})


def take(store: StoriesStore, store_path: Path) -> int:
    """Store the marks kept aside for ``store_path`` into ``store`` (when it saves to the
    file) and remove them; how many were taken. Those the store cannot take after all (a lock
    again: it went read-only) are kept aside again."""
    path = aside_path(store_path)
    if not store.saves or store.read_only is not None or not path.is_file():
        return 0
    claimed = claim(path, _read, _under)
    if claimed is None:
        return 0  # gone meanwhile (another session took it), or the folder refuses
    taken, marks = claimed
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
