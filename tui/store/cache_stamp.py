"""The snapshot cache's stamp: a refresh that brought nothing new does not rewrite the cache.

``tui.store.snapshot_cache.save`` remembers what this process last wrote (``LAST``). When the
next snapshot shows the same (stories, prices, board, metals, notes: only the build time, the
source health and ``data_as_of`` differ, which a load takes from the store anyway), the cache
files stay as they are and a small stamp beside them (``<cache>.stamp.json``) says which later
store fingerprint builds what they hold, with that build's ``data_as_of`` and source health. A
full write removes
the stamp first; a stamp over other files (another fingerprint, another config key) is ignored,
and so is one whose text does not match the CRC-32 on its first line (a byte changed on disk:
a wrong time or a source's error changed was shown as the store's).
"""

from __future__ import annotations

import json
import os
import time
import zlib
from datetime import datetime
from pathlib import Path
from typing import Any

from tui.core import atomic_file, models
from tui.core.record import record

ORPHAN_AGE_S = 600.0  # a temporary file this old was left by a process killed mid-write


@record
class Written:
    """What this process last wrote to a cache: the files' stats tell a later write by another
    process apart; ``content`` holds references, not copies."""

    key: str
    fingerprint: str
    content: tuple[Any, ...]
    files: tuple[tuple[int, int], ...] | None


LAST: dict[Path, Written] = {}


def content(snap: models.Snapshot) -> tuple[Any, ...]:
    return (
        _Same(snap.stories),
        tuple(snap.prices),
        tuple(snap.policy),
        tuple(snap.metals),
        snap.mode,
        tuple(snap.notes),
        json.dumps(snap.alerts, sort_keys=True, default=str),
        snap.generated_at if snap.mode == "demo" else None,  # a load keeps the demo's clock
    )


class _Same:
    """A list of stories compared element by element, by identity first (a rebuild keeps the
    unchanged stories' objects), then by value."""

    __slots__ = ("items",)

    def __init__(self, items: list[models.Story]) -> None:
        self.items = tuple(items)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Same) or len(self.items) != len(other.items):
            return False
        return all(a is b or a == b for a, b in zip(self.items, other.items, strict=True))

    __hash__ = None  # type: ignore[assignment]


def file_stats(paths: tuple[Path, ...]) -> tuple[tuple[int, int], ...] | None:
    try:
        return tuple((st.st_size, st.st_mtime_ns) for st in map(os.stat, paths))
    except OSError:
        return None


def stamp_path(path: Path) -> Path:
    return path.with_name(path.name.removesuffix(".json") + ".stamp.json")


def write(
    path: Path,
    key: str,
    body: str,
    fingerprint: str,
    data_as_of: datetime | None,
    sources: list[Any] | None = None,
) -> bool:
    """``sources``: the build's source health, encoded: what a start shows when the store
    cannot be read (locked), as the files' own is that of the last full write."""
    stamp = {
        "key": key,
        "body": body,
        "fingerprint": fingerprint,
        "data_as_of": data_as_of.isoformat() if data_as_of else None,
        "sources": sources,
    }
    text = json.dumps(stamp)
    return atomic_file.write(stamp_path(path), f"{_crc(text)}\n{text}".encode()) is None


def read(path: Path, key: str, body: str) -> dict[str, Any] | None:
    """The stamp over the files written at ``body``, if there is one for this ``key``."""
    try:
        crc, _, text = stamp_path(path).read_text(encoding="utf-8").partition("\n")
        stamp = json.loads(text) if crc == _crc(text) else None  # damaged: as if none
    except (OSError, ValueError):
        return None
    if not isinstance(stamp, dict) or stamp.get("key") != key or stamp.get("body") != body:
        return None
    return stamp


def _crc(text: str) -> str:
    return f"{zlib.crc32(text.encode('utf-8')):08x}"


def remove_orphans(target: Path, *, older_than: float = ORPHAN_AGE_S) -> None:
    """Remove the temporary files of ``target`` that a process killed mid-write left behind
    (none is written for that long)."""
    cutoff = time.time() - older_than
    for tmp in target.parent.glob(f".{target.name}.*.tmp"):
        try:
            if tmp.stat().st_mtime < cutoff:
                tmp.unlink()
        except OSError:
            pass


def remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
