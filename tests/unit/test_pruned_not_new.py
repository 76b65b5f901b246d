"""``max_stories`` below what the feeds carry: the items pruned past it are remembered (their
source and identity, bounded), so when the feed changes (one new item on top) they are not
stored again and do not come back as new; the store stays at ``max_stories``."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tui.core.models import Headline
from tui.store import SCHEMA_VERSION, Store

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=timezone.utc)


def feed(n: int, *, newest: int = 0) -> list[Headline]:
    """The feed's items, one a day back from item ``newest`` (0 the oldest ever served)."""
    return [
        Headline(
            f"Copper item {i}",
            f"https://example.org/copper/{i}",
            "wire",
            T0 + timedelta(days=i),
        )
        for i in range(newest, newest - n, -1)
    ]


def test_pruned_items_do_not_come_back_as_new_when_the_feed_changes(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with Store(path) as store:
        assert store.save_headlines("wire", feed(6, newest=5), seen_at=T0) == 6
        assert store.prune(max_age_days=30, max_stories=3, now=T0 + timedelta(hours=1)) == 3
        kept = {h.title for h in store.load_headlines()}
        assert kept == {"Copper item 5", "Copper item 4", "Copper item 3"}

    t1 = T0 + timedelta(days=1)
    with Store(path) as store:  # the next start: the feed changed, one item on top of the six
        new = store.save_headlines("wire", feed(7, newest=6), seen_at=t1)
        assert new == 1, "the three pruned items came back as new"
        titles = [h.title for h in store.load_headlines()]
        assert titles == ["Copper item 6", "Copper item 5", "Copper item 4", "Copper item 3"]
        seen = store.headlines_first_seen()
        assert [seen[f"https://example.org/copper/{i}"] for i in (6, 5)] == [t1, T0]
        assert not any(f"https://example.org/copper/{i}" in seen for i in (0, 1, 2))
        # the next prune remembers the one it drops too
        assert store.prune(max_age_days=30, max_stories=3, now=t1 + timedelta(hours=1)) == 1
        assert store.save_headlines("wire", feed(7, newest=6), seen_at=t1 + timedelta(hours=2)) == 0
        assert len(store.load_headlines()) == 3


def test_an_item_no_feed_serves_is_forgotten_with_the_stories(tmp_path: Path) -> None:
    """Remembered as long as a story would be kept: once no feed served it for
    ``retention_days``, a feed serving it again is news (the same rule as stored items)."""
    with Store(tmp_path / "store.sqlite3") as store:
        store.save_headlines("wire", feed(4, newest=3), seen_at=T0)
        store.prune(max_age_days=30, max_stories=2, now=T0)
        later = T0 + timedelta(days=31)
        store.save_headlines("wire", feed(2, newest=3), seen_at=later)  # the two kept only
        store.prune(max_age_days=30, max_stories=2, now=later)
        assert store.save_headlines("wire", feed(4, newest=3), seen_at=later) == 2


def test_a_version_4_store_gains_the_table_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "v4.sqlite3"
    with Store(path) as store:
        store.save_headlines("wire", feed(2, newest=1), seen_at=T0)
    conn = sqlite3.connect(path)  # the same store as version 4 wrote it
    conn.execute("DROP TABLE pruned_headlines")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.recovered is None and store.pragma("user_version") == SCHEMA_VERSION == 7
        assert len(store.load_headlines()) == 2
        assert store.prune(max_age_days=30, max_stories=1, now=T0) == 1
        assert store.save_headlines("wire", feed(2, newest=1), seen_at=T0) == 0
