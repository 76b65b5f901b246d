"""What the file pruned while a lock kept the session in memory stays pruned at the merge back.

A write lock held past the busy timeout puts the session's store on a copy of the file in
memory. Another program (the app, ``watch``) then prunes the file: stories no source served for
``retention_days``, all but the newest ``max_stories``, old read marks, the alerts log past its
cap. Merged back (``Store.rejoin``), the copy brought all of them back: the old stories stood
on screen again as if fetched, and a session kept out for a day grew the file past its bounds.
Only what the session itself wrote is merged now. Real SQLite files; the lock is a second
connection's write transaction, as another program's.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tui.core.models import Headline
from tui.flow.store_open import rejoin
from tui.store import Store
from tui.store.fault import unread
from tui.store.meta import ALERT_LOG_MAX

T0 = datetime(2026, 11, 1, tzinfo=timezone.utc)
LATER = T0 + timedelta(days=40)  # the old stories are past a 30-day retention by then


def story(title: str) -> Headline:
    return Headline(title, f"https://example.org/{title.replace(' ', '-')}", "news", T0)


def alert(n: int) -> dict[str, object]:
    return {"fired_at": (T0 + timedelta(minutes=n)).isoformat(), "rule": "r", "message": f"a{n}"}


def test_what_the_file_pruned_meanwhile_is_not_merged_back(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with Store(path) as s:
        s.save_headlines("news", [story(f"Old {i}") for i in range(3)], seen_at=T0)
        s.save_headlines("news", [story(f"New {i}") for i in range(3)], seen_at=LATER)
        s.mark_read(["read-long-ago"], at=T0)
        s.save_alert_round({}, [alert(n) for n in range(ALERT_LOG_MAX)])
    store = Store(path, busy_timeout=0.2)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writing: this session's next write waits
    now = LATER + timedelta(hours=1)
    store.save_headlines("news", [story("Fetched now"), story("Old 0")], seen_at=now)
    assert store.locked and not store.saves, store.read_only
    store.mark_read(["read-now"], at=now)
    store.save_alert_round({}, [alert(ALERT_LOG_MAX + 1)])
    other.execute("ROLLBACK")
    other.close()
    with Store(path) as file:  # the other program prunes: 30 days, the newest 2 stories
        file.prune(max_age_days=30, max_stories=2, now=now)
        file.save_alert_round({}, [alert(ALERT_LOG_MAX + 2)])  # the log's oldest goes
        assert sorted(h.title for h in file.load_headlines()) == ["New 0", "New 1"]

    merged = rejoin(store, path)

    assert merged is not None and store.saves and not store.locked
    store.close()
    with Store(path) as file:
        titles = sorted(h.title for h in file.load_headlines())
        # "Old 0" was served again in this session (a save would store it again); "New 2",
        # pruned past max_stories, is only remembered as still served; Old 1 and 2 stay gone
        assert titles == ["Fetched now", "New 0", "New 1", "Old 0"], titles
        pruned = dict(
            file._conn.execute("SELECT identity, last_seen FROM pruned_headlines").fetchall()
        )
        assert list(pruned) == ["https://example.org/New-2"], pruned
        assert file.read_ids() == {"read-now"}, "a read mark the file pruned came back"
        messages = [json.loads(a["body"])["message"] for a in _alerts(file)]
        assert "a0" not in messages, "the log's trimmed alert came back"
        assert messages[-1] == f"a{ALERT_LOG_MAX + 1}", "the session's own alert is merged"
        assert len(messages) == ALERT_LOG_MAX, "the log passed its cap"
        assert messages[0] == "a2", "the oldest goes, as a save trims it"


def test_a_session_that_never_copied_the_file_merges_all_it_holds(tmp_path: Path) -> None:
    """Kept out from the start (nothing of the file read), everything in memory is the
    session's: an old story it fetched is stored, as a save would."""
    path = tmp_path / "store.sqlite3"
    with Store(path) as s:
        s.save_headlines("news", [story("Stored")], seen_at=LATER)
    store = Store.memory()
    store.fault, store.locked = unread(None), True
    store.save_headlines("news", [story("Fetched long ago")], seen_at=T0)
    merged = rejoin(store, path)
    assert merged is not None and merged.stories == 1
    assert sorted(h.title for h in store.load_headlines()) == ["Fetched long ago", "Stored"]
    store.close()


def _alerts(store: Store) -> list[dict[str, object]]:
    cur = store._conn.execute("SELECT id, fired_at, rule, body FROM alerts ORDER BY id")
    return [dict(zip(("id", "fired_at", "rule", "body"), row, strict=True)) for row in cur]
