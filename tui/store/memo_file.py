"""A derived value kept beside the store under a key, for the next process: plain data only.

The clustering memo (``tui.flow.cluster_keep``) is written here so the first refresh after a
start finds what the last process derived. The file is one header line (the format and the
key the caller gives: the code and inputs the value was derived under) and the value in
``marshal``'s format, which holds tuples, strings, numbers, dicts and frozensets, builds data
and nothing else, and reads 20,000 titles' forms back in a few tens of milliseconds. ``marshal``
changes with Python's minor version, so the header names the interpreter's too. ``marshal`` is
not meant for damaged data, so the header also holds the value's digest and a value whose bytes
do not match it is never handed to ``marshal``. Anything that does not match or does not read
(another key, a truncated or damaged file) is ``None``: the caller derives from nothing, as
without a file.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import sys
from pathlib import Path
from typing import Any

from tui.core import atomic_file
from tui.store import cache_stamp as stamp

FORMAT = "metalwatch.memo/2"
_MAX_BYTES = 256 * 1024 * 1024  # a file larger than any memo written here is not read


def memo_path(store_path: Path, name: str) -> Path:
    return store_path.with_name(f"{store_path.name}.{name}.memo")


def _prefix(key: str) -> bytes:
    """The header's start: what the value was written by and under."""
    interpreter = f"{sys.implementation.name}-{sys.version_info[0]}.{sys.version_info[1]}"
    line = json.dumps([FORMAT, interpreter, marshal.version, key])
    return line.encode("utf-8") + b"\n"


def _digest(data: bytes | memoryview) -> bytes:
    return hashlib.blake2b(data, digest_size=16).hexdigest().encode("ascii") + b"\n"


def save(path: Path, value: Any, *, key: str) -> bool:
    """Write ``value`` under ``key`` (atomically: a reader sees the old file or the new);
    False when it cannot be written (a read-only cache folder: the next start derives again)."""
    try:
        data = marshal.dumps(value)
    except ValueError:
        return False
    if atomic_file.write(path, _prefix(key), _digest(data), data) is not None:
        return False
    stamp.remove_orphans(path)  # what a process killed mid-write left
    return True


def load(path: Path, *, key: str) -> Any | None:
    """The value saved under ``key``, or None (no file, another key or interpreter, damage)."""
    try:
        if path.stat().st_size > _MAX_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    prefix = _prefix(key)
    if not data.startswith(prefix):
        return None
    start = len(prefix) + 33  # 32 hex digits and the newline
    digest, value = memoryview(data)[len(prefix) : start], memoryview(data)[start:]
    if bytes(digest) != _digest(value):
        return None  # damaged on disk: never read by marshal
    try:
        return marshal.loads(value)
    except (EOFError, ValueError, TypeError):
        return None
