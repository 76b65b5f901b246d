"""A store whose bytes were zeroed inside a page (a block a crash or a disk left unwritten)
opens as SQLite sees it, whole: the pages' structure holds, only a row's text turned NULs. Such
a row is never given back as a story: before, a title of NULs (or a title cut by them) reached
the screen and ``snapshot --json``. The store never writes a NUL (text is sanitised), so a
stored text holding one is damage.

Real SQLite files, damaged in place; what the store gives back is a part of what it held.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from tui.core.models import Headline
from tui.store import Store

SEEN = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def _seeded(path: Path) -> set[str]:
    stories = [
        Headline(
            f"Copper export curbs {i} " + "ore " * 30,
            f"https://e.org/{i}",
            "wire",
            SEEN,
            summary=f"Summary {i} " + "smelter " * 20,
        )
        for i in range(300)
    ]
    with Store(path) as s:
        s.save_headlines("wire", stories, seen_at=SEEN)
        return {h.title for h in s.load_headlines()}


@pytest.mark.parametrize(("story", "into", "size"), [(150, 8, 100), (40, 60, 80), (260, 0, 40)])
def test_a_row_zeroed_in_place_is_never_a_story(
    tmp_path: Path, story: int, into: int, size: int
) -> None:
    path = tmp_path / "cache.sqlite3"
    titles = _seeded(path)
    for extra in ("-wal", "-shm"):
        assert not Path(f"{path}{extra}").exists() or Path(f"{path}{extra}").stat().st_size == 0
    data = bytearray(path.read_bytes())
    at = data.index(f"Copper export curbs {story} ".encode()) + into
    data[at : at + size] = bytes(size)  # inside the row's title: the page's structure holds
    path.write_bytes(bytes(data))
    with Store(path) as s:
        got = s.load_headlines()
    assert not list(tmp_path.glob("*.corrupt-*")), "SQLite finds no damage: no salvage"
    assert len(got) == 299, "the rest of the store is read"
    assert not [h.title for h in got if "\x00" in h.title + h.summary + (h.url or "")]
    assert {h.title for h in got} <= titles
