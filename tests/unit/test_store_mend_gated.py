"""``mend_zeroed_keys`` (a story's stored key zeroed in place, written again by the save that
serves the story) ran one query more per 500 served keys on every ``save_headlines``, though
no read had found a key zeroed (38 -> 40 ms a save of 2,000 stories). Now it runs when a read
of the store found one, or an earlier session noted one it found (the ``damage:story-keys``
meta key, kept at its close, dropped by a session that read every story whole); otherwise the
save does not query for it. A story row left out for its key, of a source a save of this
session did not mend, is kept for the next save to mend (that save may have landed on it: its
first sighting kept), not removed.

Real SQLite files, damaged in place as tests/unit/test_store_zeroed_identity.py damages them.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from test_store_zeroed_identity import ROW, SEEN, _served, _titles, _zero_key

from tui.core.models import Headline
from tui.store import Store
from tui.store.damage import ZEROED_KEYS

MEND = "JOIN headlines AS h"  # the mend's query (``mend_zeroed_keys``)


def _traced(store: Store) -> list[str]:
    statements: list[str] = []
    store._conn.set_trace_callback(statements.append)
    return statements


def _mends(statements: list[str]) -> int:
    return sum(MEND in s for s in statements)


def _many(n: int) -> list[Headline]:
    return [
        Headline(f"Copper story {i}", f"https://example.org/{i}", "Example", SEEN) for i in range(n)
    ]


def test_no_mend_query_while_no_key_was_found_zeroed(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with Store(path) as s:
        statements = _traced(s)
        s.save_headlines("Example", _many(2000), seen_at=SEEN)
        s.save_headlines("Example", _many(2000), seen_at=SEEN + timedelta(hours=1))
        assert len(s.load_headlines()) == 2000
        s.save_headlines("Example", _many(2000), seen_at=SEEN + timedelta(hours=2))
    assert _mends(statements) == 0
    with Store(path) as s:
        assert s.get_meta(ZEROED_KEYS) is None


def test_a_key_found_zeroed_is_mended_by_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with Store(path) as s:
        s.save_headlines("Example", _served("tag"), seen_at=SEEN)
    _zero_key(path, (ROW,))
    with Store(path) as s:
        statements = _traced(s)
        assert len(_titles(s)) == 2  # the read finds the key zeroed
        s.save_headlines("Example", _served("tag"), seen_at=SEEN + timedelta(hours=1))
        assert _mends(statements) == 1
        assert len(_titles(s)) == 3, "mended in place"
        seen = {h.title: at for h, at in s.load_headlines_with_seen()}
        assert seen["Copper smelter story 1 moves"] == SEEN, "its first sighting kept"


def test_a_session_that_saved_first_keeps_the_row_and_the_next_mends_it(tmp_path: Path) -> None:
    """As ``snapshot`` runs: the save before any read (no mend due), then the read finds the
    key zeroed; the row is kept (the save's text in it), noted, and the next session's save
    mends it before its read."""
    path = tmp_path / "cache.sqlite3"
    with Store(path) as s:
        s.save_headlines("Example", _served("tag"), seen_at=SEEN)
    _zero_key(path, (ROW,))
    with Store(path) as s:
        statements = _traced(s)
        s.save_headlines("Example", _served("tag"), seen_at=SEEN + timedelta(hours=1))
        assert _mends(statements) == 0
        assert len(_titles(s)) == 2
        assert s.remove_left_out() == 0, "kept for the next save to mend"
    with Store(path) as s:
        assert s.get_meta(ZEROED_KEYS) == "Example"
        statements = _traced(s)
        s.save_headlines("Example", _served("tag"), seen_at=SEEN + timedelta(hours=2))
        assert _mends(statements) == 1
        assert len(_titles(s)) == 3
        seen = {h.title: at for h, at in s.load_headlines_with_seen()}
        assert seen["Copper smelter story 1 moves"] == SEEN
    with Store(path) as s:  # every story read whole, none zeroed: the note dropped
        assert s.get_meta(ZEROED_KEYS) is None
        statements = _traced(s)
        s.save_headlines("Example", _served("tag"), seen_at=SEEN + timedelta(hours=3))
        assert _mends(statements) == 0
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
