"""What the write-ahead log's index (the store's ``-shm``, SQLite's "wal-index") records as
committed: told from a crash-cut tail, the log's last write damaged in its commit frame.

The log alone cannot tell a damaged last frame from a tail a crash cut: a power cut tearing
the frame's sectors, or a log SQLite reuses from its start after a checkpoint (the old page
bytes keep its length whole), leaves a whole-length last frame whose checksum fails as a
flipped bit does. The index can: SQLite sets its count of frames (``mxFrame``) with the
checksum stored in the last of them only once a write's commit frame is in the log, so a
frame it counts was committed, whatever became of it since. A session that ends without
closing the store (a crash, a kill) leaves the index beside the log, as it leaves the log.

Read before SQLite reads the log (the first connection rebuilds the index from the log: a look
into the store before its check keeps it first, :func:`remember`), and before the log itself (a frame the index counts is then whole in the log as read). Trusted only
as SQLite trusts it: its two header copies alike, its own checksum sound, its salts the log's
(an index of an earlier log vouches for nothing). SQLite's file format, "The WAL-Index Format":
each header 48 bytes in the machine's byte order, then the checkpoint's ``nBackfill``.
"""

from __future__ import annotations

import struct
import sys
from dataclasses import dataclass
from pathlib import Path

_HEADER = 48
#: Per store: the index as this process found it before its looks into the store (a first
#: connection, a read-only one too, rebuilds the index from the log: what the index counted
#: beyond a damaged frame is then gone); the last few readings that differ.
_SEEN: dict[str, list[Index]] = {}
_KEPT = 4
_ORDER = "<" if sys.byteorder == "little" else ">"
_VERSION = 3007000


@dataclass(frozen=True)
class Index:
    """The frames the index counts committed (``frames``), the checksum stored in the last of
    them (``last_sum``), the log's ``salts`` as written in its header (8 bytes), and how many
    frames a checkpoint copied into the store file (``backfilled``)."""

    frames: int
    last_sum: tuple[int, int]
    salts: bytes
    backfilled: int


def read(store_path: Path) -> Index | None:
    """The index beside the store ``store_path`` when it holds together; else None (none
    there, out of reach, cut short, its copies or its checksum not as SQLite wrote them)."""
    try:
        with open(f"{store_path}-shm", "rb") as f:
            data = f.read(2 * _HEADER + 4)
    except OSError:
        return None
    if len(data) < 2 * _HEADER + 4 or data[:_HEADER] != data[_HEADER : 2 * _HEADER]:
        return None
    version, _, _, init, _, _, frames, _, sum1, sum2 = struct.unpack_from(f"{_ORDER}3IBBH4I", data)
    stored = struct.unpack_from(f"{_ORDER}2I", data, 40)
    if version != _VERSION or init != 1 or _sum(data[:40]) != stored:
        return None
    (backfilled,) = struct.unpack_from(f"{_ORDER}I", data, 2 * _HEADER)
    return Index(frames, (sum1, sum2), data[32:40], backfilled)


def remember(store_path: Path) -> None:
    """Keep the index of the store ``store_path`` as it is now, before this process connects
    to the store to look into it (before the store's check: the first paint's look)."""
    index = read(store_path)
    seen = _SEEN.setdefault(str(store_path), [])
    if index is not None and index not in seen:
        seen[:] = [*seen[1 - _KEPT :], index]


def found(store_path: Path) -> list[Index]:
    """The index of the store ``store_path`` now, and as this process found it before its
    looks (:func:`remember`): each SQLite's, so each counts only what was committed of the
    log whose salts it holds (its last frame checked against the log as read)."""
    now = read(store_path)
    return [*([now] if now is not None else []), *_SEEN.get(str(store_path), [])]


def _sum(chunk: bytes) -> tuple[int, int]:
    """SQLite's checksum of the index header, in the machine's byte order."""
    s0 = s1 = 0
    words = iter(struct.unpack(f"{_ORDER}{len(chunk) // 4}I", chunk))
    for x0, x1 in zip(words, words, strict=False):
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return s0, s1
