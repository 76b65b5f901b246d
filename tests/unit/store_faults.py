"""Helpers of the store's fault tests (``test_store_faults.py``, ``test_store_faults_locks.py``):
a few stored headlines, a short busy timeout, the files a damaged store was moved aside to, a
key's tail zeroed in place in a store file."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from tui.core.models import Headline
from tui.store import Store

SEEN = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
FAST = 0.4  # busy timeout for these tests (s)


def headlines(prefix: str, n: int) -> list[Headline]:
    return [
        Headline(
            title=f"{prefix} copper export curbs {i}",
            url=f"https://example.org/{prefix}/{i}",
            source=prefix,
            published=SEEN,
        )
        for i in range(n)
    ]


def stored(path: Path, n: int = 3) -> None:
    with Store(path) as s:
        s.save_headlines("wire", headlines("wire", n), seen_at=SEEN)
        s.set_meta("theme", "metalwatch-light")


def aside_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".corrupt-" in p.name)


def zero_key_tail(
    path: Path, finds: tuple[bytes, ...] | list[bytes], key: bytes, width: int
) -> None:
    """Zero the last ``width`` bytes of ``key`` where each of ``finds`` (once in the file) holds it,
    the write-ahead log checkpointed first; the file still passes SQLite's ``quick_check``."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for extra in ("-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    for find in finds:
        assert data.count(find) == 1, find
        at = data.index(find) + find.index(key) + len(key) - width
        data[at : at + width] = bytes(width)
    path.write_bytes(bytes(data))
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
