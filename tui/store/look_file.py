"""What the first paint reads of the store, kept beside it by the last quit.

The first paint shows the theme the user picked (meta keys), the sources' health and which
stories are read. Each start looked them up in the store (``tui.store.glance``: ``sqlite3``
imported and the file opened, ~5 M instructions before the paint). At the quit the app reads
them from its store under the store's lock, closes it, and writes them to ``<store>.look``
beside it (:func:`write`: JSON, written whole or not at all) with the store file's identity as
the close left it: its inode, size, modification and change times to the nanosecond. The next
start takes them from there (:func:`load`) only while the store is still that file, unwritten,
with no write-ahead log beside it (a session of this or another program open on it, or one
that ended without closing it, leaves one); a store written since, by any program, is looked
into as before. What the look holds is what the store held at the close, read from it, so the
first paint shows what it showed when it read the store.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from tui.core.models import SourceHealth
from tui.store import damage
from tui.store.aside_file import read_json, write_json
from tui.store.health_rows import decode

SUFFIX = ".look"
FORMAT = "metalwatch.look/1"
_MAX_BYTES = 8 * 1024 * 1024  # read marks of a long use: a larger file is not ours


def look_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + SUFFIX)


def identity(store_path: Path) -> list[int] | None:
    """The store file's inode, size, modification and change times (ns); None when there is
    no file or a write-ahead log is beside it (what the file holds is not all there is)."""
    try:
        st = os.stat(store_path)
    except OSError:
        return None
    if os.path.lexists(f"{store_path}-wal"):
        return None
    return [st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


class Look:
    """The store's meta keys, health and read marks as the last quit left them: what the first
    paint asks of the store (``get_meta``, ``load_health``, ``read_ids``)."""

    def __init__(
        self, meta: Mapping[str, str | None], health: list[Sequence[Any]], read: list[str]
    ):
        self._meta = dict(meta)
        self._health = health
        self._read = read
        self.left_out = damage.LeftOut()

    def get_meta(self, key: str) -> str | None:
        """The stored value; :class:`LookupError` for a key the quit did not keep."""
        return self._meta[key]

    def load_health(self) -> dict[str, SourceHealth]:
        return decode(self._health, self.left_out)

    def read_ids(self) -> set[str]:
        return set(self._read)


def load(store_path: Path) -> Look | None:
    """The look the last quit kept, when the store is still the file it closed; else None."""
    data = read_json(look_path(store_path), _MAX_BYTES)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    if data.get("store") != identity(store_path):
        return None
    meta, health, read = data.get("meta"), data.get("health"), data.get("read")
    if not isinstance(meta, dict) or not isinstance(health, list) or not isinstance(read, list):
        return None
    if not all(isinstance(v, str | None) for v in meta.values()):
        return None
    if not all(isinstance(r, list) and len(r) == 11 for r in health):
        return None
    if not all(isinstance(s, str) for s in read):
        return None
    return Look(meta, health, read)


def write(
    store_path: Path,
    meta: Mapping[str, str | None],
    health: Iterable[Sequence[Any]],
    read: Iterable[str],
) -> None:
    """Keep what the closed store at ``store_path`` holds for the next start; never an error
    (a look that cannot be written, or a store that is not closed, is only removed)."""
    path = look_path(store_path)
    before = identity(store_path)
    if before is not None:
        data = {
            "format": FORMAT,
            "store": before,
            "meta": dict(meta),
            "health": [list(r) for r in health],
            "read": sorted(read),
        }
        if write_json(path, data) is None and identity(store_path) == before:
            return
    remove(store_path)


def remove(store_path: Path) -> None:
    with contextlib.suppress(OSError):
        os.remove(look_path(store_path))
