"""Helpers of the store's fault tests (``test_store_faults.py``, ``test_store_faults_locks.py``):
a few stored headlines, a short busy timeout, the files a damaged store was moved aside to."""

from __future__ import annotations

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
