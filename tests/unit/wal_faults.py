"""Helpers of the damaged write-ahead log tests (``test_store_damaged_wal.py``, the app's
``tests/app/test_cache_damaged_wal_app.py``, ``check``'s ``test_check_damaged_wal.py``): a real
store whose session saved a few batches and ended without closing it (its ``-wal`` and
``-shm`` left as a crash leaves them), the log's commit frames, a frame damaged in place."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

from tui.store import Store

REPO = Path(__file__).resolve().parents[2]
#: Each batch one save (one transaction) of three headlines of the source "wire".
CHILD = """
import os, sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from tui.core.models import Headline
from tui.store import Store

store = Store(Path(sys.argv[1]))
seen = datetime(2026, 3, 1, tzinfo=timezone.utc)
for n, batch in enumerate(sys.argv[3:]):
    heads = [
        Headline(f"{batch} copper export curbs {i}", f"https://example.org/{batch}/{i}", "wire", seen)
        for i in range(3)
    ]
    store.save_headlines("wire", heads, seen_at=seen + timedelta(hours=n))
if sys.argv[2] == "checkpoint":
    store._conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
os._exit(0)
"""
BATCHES = ("old", "new", "newer")


def crashed(path: Path, *, checkpoint: bool = False) -> Path:
    """A store at ``path`` whose session saved ``BATCHES`` and ended without closing it; its
    write-ahead log."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), "checkpoint" if checkpoint else "-", *BATCHES],
        cwd=REPO,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    wal = Path(f"{path}-wal")
    assert wal.stat().st_size > 32
    return wal


def commits(wal: Path) -> list[int]:
    """The log's commit frames, by their index (the frame header's second word: the database's
    size after the commit, 0 in any other frame)."""
    data = wal.read_bytes()
    size = 24 + struct.unpack_from(">I", data, 8)[0]
    frames = (len(data) - 32) // size
    return [i for i in range(frames) if struct.unpack_from(">I", data, 32 + i * size + 4)[0]]


def damage_frame(wal: Path, frame: int) -> bytes:
    """One byte of frame ``frame``'s page flipped (its checksum then fails); the log's bytes."""
    data = bytearray(wal.read_bytes())
    size = 24 + struct.unpack_from(">I", data, 8)[0]
    data[32 + frame * size + 24 + 1000] ^= 0x5A
    wal.write_bytes(bytes(data))
    return bytes(data)


def batches(store: Store) -> set[str]:
    """The batches whose headlines ``store`` reads."""
    return {h.title.split()[0] for h in store.load_headlines()}
