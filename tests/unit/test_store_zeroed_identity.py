"""A story's stored key (the ``identity`` of its ``headlines`` row) zeroed in place, its title
still readable. Before, the row was shown (only its title, link, summary and date were checked)
under a key no write matches again: with its index entry zeroed too, the source serving that
story again stored it a second time beside it (the same headline twice on screen). Now such a
row is left out and said as other damaged rows are, and the story served again is stored once
under its true key: the row mended in place when its index entry is whole (its first sighting
kept), else stored anew and the damaged row removed by a refresh's ``remove_left_out``. The
other stories and the read marks stay as they were, the file sound.

A real SQLite file, damaged in place (the key's bytes in the row alone, or in its index entry
too, as a zeroed span over both pages leaves them), ``quick_check`` still passing.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from store_faults import zero_key_tail

from tui.core.models import Headline
from tui.store import Store

SEEN = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
SAID = "damaged rows in the cache left out: 1 story"


def _served(guid: str) -> list[Headline]:
    out = []
    for i in range(3):
        url = f"https://example.com/news/story-{i}-copper-smelter"
        ids = {"tag": f"tag:example.com,2026:{i}", "link": url, "none": None}
        out.append(
            Headline(
                title=f"Copper smelter story {i} moves",
                url=url,
                source="Example",
                published=SEEN - timedelta(hours=i),
                summary=f"Summary {i}",
                guid=ids[guid],
            )
        )
    return out


KEY = b"https://example.com/news/story-1-copper-smelter"
ROW = KEY + b"Copper smelter story 1"  # the key in its row, followed by the title
INDEX = b"Example" + KEY  # the key in its index entry, after its source


def _zero_key(path: Path, finds: tuple[bytes, ...]) -> None:
    """Zero the tail of story 1's key where ``finds`` hold it (never its ``url`` column)."""
    zero_key_tail(path, finds, KEY, 15)


def _titles(s: Store) -> list[str]:
    return [h.title for h in s.load_headlines()]


@pytest.mark.parametrize("finds", [(ROW,), (ROW, INDEX)], ids=["row", "row and index"])
@pytest.mark.parametrize("guid", ["tag", "link", "none"])
def test_a_zeroed_key_is_left_out_and_the_story_stored_once(
    tmp_path: Path, guid: str, finds: tuple[bytes, ...]
) -> None:
    """Its index entry whole, the row is mended in place (its first sighting kept); zeroed
    too, the story is stored anew and the damaged row removed."""
    path = tmp_path / "cache.sqlite3"
    with Store(path) as s:
        s.save_headlines("Example", _served(guid), seen_at=SEEN)
        s.mark_read(["kept-mark"])
    _zero_key(path, finds)
    with Store(path) as s:
        assert _titles(s) == ["Copper smelter story 0 moves", "Copper smelter story 2 moves"]
        assert s.left_out.said() == SAID
        new = s.save_headlines("Example", _served(guid), seen_at=SEEN + timedelta(hours=1))
        assert new == len(finds) - 1  # mended in place: not new
        again = _titles(s)
        assert again == [f"Copper smelter story {i} moves" for i in range(3)], "stored once"
        s.remove_left_out()
    with Store(path) as s:
        assert _titles(s) == again
        assert s.left_out.said() is None, "the damaged row removed"
        assert {h.summary for h in s.load_headlines()} == {f"Summary {i}" for i in range(3)}
        assert "kept-mark" in s.read_ids()
        seen = {h.title: at for h, at in s.load_headlines_with_seen()}
        assert (seen["Copper smelter story 1 moves"] == SEEN) == (finds == (ROW,))
        s.save_headlines("Example", _served(guid), seen_at=SEEN + timedelta(hours=2))
        assert _titles(s) == again
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
