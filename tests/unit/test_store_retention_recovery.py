"""tui.store: retention (pruning by age and count, every price point kept) and recovery (a
garbage, damaged or foreign file moved aside, a newer version left as it is, an older one no
migration reads moved aside, an empty file made a store).
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from store_content import (
    SEEN,
    UTC,
    fred_copper,
    guardian_headlines,
    store_fixture,  # noqa: F401 (the fixture ``store``)
)

from tui.core.models import DeclaredPolicy
from tui.store import SCHEMA_VERSION, Store


def test_prune_by_age_and_count(store: Store) -> None:
    items = guardian_headlines()  # 2017-12-08 .. 2018-01-31
    store.save_headlines("guardian", items, seen_at=SEEN)
    store.save_series(fred_copper())
    store.save_declared("config", [DeclaredPolicy("tin", "MM", "*", "suspended")])
    store.mark_read(["old"], at=datetime(2017, 1, 1, tzinfo=UTC))
    store.mark_read(["new"], at=SEEN + timedelta(days=40))
    now = SEEN + timedelta(days=40)
    # 40 days later the feed still serves every item but the oldest one: only that one ages out
    oldest = min(items, key=lambda h: h.published or now)
    assert oldest.title == "Trump-Russia investigation: the key questions answered"  # 2017-12-08
    store.save_headlines("guardian", [h for h in items if h is not oldest], seen_at=now)
    removed = store.prune(max_age_days=30, max_stories=1000, now=now)
    assert removed == 1
    assert len(store.load_headlines()) == 54
    assert all(
        h.title != "Trump-Russia investigation: the key questions answered"
        for h in store.load_headlines()
    )
    removed = store.prune(max_age_days=30, max_stories=10, now=now)
    assert removed == 44
    kept = store.load_headlines()
    assert len(kept) == 10
    assert kept[0].title == "Tottenham Hotspur v Manchester United: Premier League – live!"
    assert store.read_ids() == {"new"}
    assert len(store.load_declared()) == 1, "declared policy is never pruned"
    points = store.load_series()[0].points
    assert len(points) == 413, "price history is never pruned"


def test_prune_keeps_every_price_point(store: Store) -> None:
    """A source's whole history is what its chart and the snapshot show: never pruned."""
    store.save_series(fred_copper())
    store.prune(max_age_days=30, max_stories=100, now=datetime(2026, 6, 1, tzinfo=UTC))
    points = store.load_series()[0].points
    assert points[0] == (date(1992, 1, 1), 2150.57962901611)
    assert points[-1] == (date(2026, 5, 1), 13483.75153846154)


def _aside_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".corrupt-" in p.name)


def test_garbage_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "metalwatch.db"
    garbage = b"\x00\xffnot sqlite at all\x13\x37" * 500
    path.write_bytes(garbage)
    with Store(path) as s:
        (aside,) = _aside_files(tmp_path)
        assert aside.read_bytes() == garbage, "the unreadable file is kept, not deleted"
        assert aside.name.startswith("metalwatch.db.corrupt-")
        assert s.recovered is not None
        assert s.recovered.startswith("cache was unreadable")
        assert str(aside) in s.recovered and s.recovered.endswith("starting fresh")
        assert s.save_headlines("g", guardian_headlines()[:3], seen_at=SEEN) == 3
        assert s.pragma("journal_mode") == "wal"
    with Store(path) as again:
        assert again.recovered is None and len(again.load_headlines()) == 3


def test_damaged_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "metalwatch.db"
    with Store(path) as s:
        s.save_headlines("guardian", guardian_headlines(), seen_at=SEEN)
        s.save_series(fred_copper())
    data = bytearray(path.read_bytes())
    assert len(data) > 8192
    data[4096 : len(data) - 100] = b"\xa5" * (len(data) - 4196)  # trash every page but the header
    path.write_bytes(bytes(data))
    with Store(path) as s:
        assert s.recovered is not None and "moved aside" in s.recovered
        assert len(_aside_files(tmp_path)) == 1
        assert s.load_headlines() == []
        assert s.pragma("integrity_check") == "ok"


def test_foreign_sqlite_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "metalwatch.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('someone else''s data')")
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.recovered is not None and "not a metalwatch cache" in s.recovered
        (aside,) = _aside_files(tmp_path)
        old = sqlite3.connect(aside)
        assert old.execute("SELECT name FROM customers").fetchone() == ("someone else's data",)
        old.close()
        s.set_meta("k", "v")
        assert s.get_meta("k") == "v"


def test_a_store_of_a_newer_version_is_left_as_it_is(tmp_path: Path) -> None:
    """A store a newer metalwatch wrote (run one after the other: a second install, an older
    release) was called "unreadable" and moved aside, so the newer version, run again, started
    from nothing: everything it had stored gone from its panels. It is left as it is, and this
    run goes on in memory, said."""
    path = tmp_path / "metalwatch.db"
    with Store(path) as s:
        s.set_meta("k", "v")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 41}")
    conn.execute("CREATE TABLE added_later (x)")  # a newer schema may add tables
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.recovered is None
        assert s.read_only == (  # as a read-only cache: this run in memory, shared, said
            f"written by a newer metalwatch (schema version {SCHEMA_VERSION + 41}; this one "
            f"reads {SCHEMA_VERSION})"
        )
        assert s.get_meta("k") is None
        s.set_meta("k", "this run's")  # works, in memory
    assert _aside_files(tmp_path) == []
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 41
    assert conn.execute("SELECT value FROM meta WHERE key = 'k'").fetchone() == ("v",)
    conn.close()


def test_an_older_schema_version_no_migration_reads_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "metalwatch.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("PRAGMA user_version = 1")  # a table set no migration starts from
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.recovered is not None and "moved aside" in s.recovered


def test_empty_file_becomes_a_store_without_complaint(tmp_path: Path) -> None:
    path = tmp_path / "metalwatch.db"
    path.write_bytes(b"")
    with Store(path) as s:
        assert s.recovered is None
        assert s.pragma("user_version") == SCHEMA_VERSION
    assert _aside_files(tmp_path) == []
