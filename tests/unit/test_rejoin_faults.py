"""The merge back of a session a lock kept in memory never brings back what the file dropped
meanwhile, never passes the file's bounds, and a session that read nothing of the file never
fires again what the file recorded as fired.

Real SQLite files; the lock is a second connection's (a write transaction, or an exclusive
lock against reads too), as another program's (a second metalwatch).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from alerts_data import COPPER_CSV, config_from, csv_upto, price_source, refresh

from tui.core.models import DeclaredPolicy
from tui.flow.alerts import AlertEngine
from tui.flow.reopen import kept_out
from tui.flow.snapshot import build_snapshot
from tui.flow.store_open import rejoin
from tui.store import Store
from tui.store.meta import ALERT_LOG_MAX

T0 = datetime(2026, 11, 1, tzinfo=timezone.utc)
RULE = '\n[[alerts]]\nname = "Copper above 13k"\nwhen = "price"\nmetal = "copper"\nabove = 13000\n'


def alert(n: int) -> dict[str, object]:
    return {"fired_at": (T0 + timedelta(minutes=n)).isoformat(), "rule": "r", "message": f"a{n}"}


def entry(metal: str) -> DeclaredPolicy:
    return DeclaredPolicy(metal=metal, origin="CN", destination="US", status="tariff")


def write_locked(path: Path) -> Store:
    """The session's store, sent to memory (a copy of the file) by another program's write
    lock held past the busy timeout."""
    store = Store(path, busy_timeout=0.2)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        store.set_meta("session", "written while locked")
        assert store.locked and not store.saves, store.read_only
    finally:
        other.execute("ROLLBACK")
        other.close()
    return store


def test_what_another_program_deleted_meanwhile_does_not_come_back(tmp_path: Path) -> None:
    """A second metalwatch removed meta keys (a source's remembered answer, when its definition
    changed) and a source's declared list while this session ran on its copy: the merge back
    brought both back, as if the file still held them."""
    path = tmp_path / "store.sqlite3"
    with Store(path) as s:
        s.set_meta("unchanged:news", "digest of an answer")
        s.set_meta("unchanged:kept", "kept")
        s.save_declared("policy", [entry("copper")])
    store = write_locked(path)
    store.set_meta("unchanged:new", "this session's")
    with Store(path) as other:  # the other program, once its write is done
        other.delete_meta("unchanged:news")
        other.save_declared("policy", [])

    assert rejoin(store, path) is not None and store.saves
    store.close()
    with Store(path) as file:
        assert file.get_meta("unchanged:news") is None, "a deleted key came back"
        assert file.get_meta("unchanged:kept") == "kept"
        assert file.get_meta("unchanged:new") == "this session's"
        assert file.get_meta("session") == "written while locked"
        assert file.load_declared() == [], "a declared list the file emptied came back"


def test_a_declared_list_the_session_fetched_is_merged(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with Store(path) as s:
        s.save_declared("policy", [entry("copper")])
    store = write_locked(path)
    store.save_declared("other", [entry("nickel")])
    assert rejoin(store, path) is not None
    store.close()
    with Store(path) as file:
        assert sorted(e.metal for e in file.load_declared()) == ["copper", "nickel"]


def test_the_alerts_log_keeps_its_cap_when_a_session_is_merged(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with Store(path) as s:
        s.save_alert_round({}, [alert(n) for n in range(ALERT_LOG_MAX)])
    store = kept_out()  # a session kept out from the start: its alerts are all its own
    store.save_alert_round({}, [alert(ALERT_LOG_MAX + n) for n in range(3)])
    assert rejoin(store, path) is not None
    store.close()
    with Store(path) as file:
        (count,) = file._conn.execute("SELECT COUNT(*) FROM alerts").fetchone()
        assert count == ALERT_LOG_MAX, "the log passed its cap"
        newest = [json.loads(a["body"]) for a in _bodies(file, 3)]
        assert [a["message"] for a in newest] == [f"a{ALERT_LOG_MAX + n}" for n in (2, 1, 0)]


def _bodies(store: Store, n: int) -> list[dict[str, str]]:
    cur = store._conn.execute("SELECT body FROM alerts ORDER BY id DESC LIMIT ?", (n,))
    return [{"body": row[0]} for row in cur]


def test_a_session_kept_out_from_its_start_never_fires_again_what_the_file_fired(
    tmp_path: Path,
) -> None:
    """The file's rule fired (copper above 13,000) in an earlier session. This one starts while
    another program holds the file locked against reads: its rules' state is not there, and
    its first evaluation fired the crossing again, and again once it rejoined."""
    feed = tmp_path / "feed.csv"
    csv_upto(COPPER_CSV, feed, "2026-05-01")  # above 13,000
    config = config_from(tmp_path, price_source("FRED copper", "copper", "PCOPPUSDM", feed) + RULE)
    path = tmp_path / "store.sqlite3"
    with Store(path) as s:
        refresh(config, s)
        fired = AlertEngine(config, s).evaluate(build_snapshot(config, s))
        assert [a.rule for a in fired] == ["Copper above 13k"]

    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('holder', 'x')")
    store = kept_out()
    engine = AlertEngine(config, store)
    refresh(config, store)  # this session's fetch, in memory
    assert engine.evaluate(build_snapshot(config, store)) == [], "fired again, kept out"
    assert engine.held, "the rules wait for the file's state"
    assert rejoin(store, path) is None, "still locked"
    holder.execute("ROLLBACK")
    holder.close()

    assert rejoin(store, path) is not None and store.saves
    assert engine.evaluate(build_snapshot(config, store)) == [], "fired again once back"
    assert not engine.held
    store.close()
    with Store(path) as file:
        assert [a["rule"] for a in file.load_alerts()] == ["Copper above 13k"]


def test_marks_kept_aside_survive_a_damaged_side_file_and_a_lock_at_the_take(
    tmp_path: Path,
) -> None:
    """The side file of read marks (``tui.store.marks_aside``): a damaged one reads as none
    and is replaced whole; taken by a store another program holds write-locked, the marks go
    back aside, not lost; taken once the lock lets go, they are stored and the file goes."""
    from tui.store import marks_aside

    path = tmp_path / "store.sqlite3"
    with Store(path) as s:
        s.mark_read(["stored"], at=T0)
    side = marks_aside.aside_path(path)
    side.write_bytes(b'{"truncated": "2026-')
    assert marks_aside.load(path) == {}
    assert marks_aside.keep(path, {"a": T0, "b": T0 + timedelta(hours=1)}) is None
    assert marks_aside.keep(path, {"a": T0 + timedelta(days=1)}) is None
    assert marks_aside.load(path) == {"a": T0, "b": T0 + timedelta(hours=1)}, "first time kept"

    store = Store(path, busy_timeout=0.2)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    assert marks_aside.take(store, path) == 0
    assert store.locked
    other.execute("ROLLBACK")
    other.close()
    store.close()
    assert set(marks_aside.load(path)) == {"a", "b"}, "marks a lock kept out were dropped"

    with Store(path) as s:
        assert marks_aside.take(s, path) == 2
    assert not side.exists() and not list(tmp_path.glob(".*taking"))
    with Store(path) as file:
        assert file.read_ids() == {"stored", "a", "b"}
        (read_at,) = file._conn.execute("SELECT read_at FROM read_stories WHERE story_id = 'a'")
        assert read_at[0].startswith("2026-11-01T00:00"), "the mark's own time"


def test_marks_a_killed_process_was_taking_are_taken_by_the_next(tmp_path: Path) -> None:
    """A process killed between moving the side file to its own name and storing the marks
    left them there: the next take stores them (a live process's are left to it)."""
    import subprocess
    import sys

    from tui.store import marks_aside

    path = tmp_path / "store.sqlite3"
    Store(path).close()
    side = marks_aside.aside_path(path)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    orphan = side.with_name(f".{side.name}.{dead.stdout.strip()}.1.taking")
    orphan.write_text(json.dumps({"orphaned": T0.isoformat()}))
    live = side.with_name(f".{side.name}.1.1.taking")  # pid 1 runs: another's take in progress
    live.write_text(json.dumps({"in-progress": T0.isoformat()}))
    assert marks_aside.keep(path, {"kept": T0}) is None
    with Store(path) as s:
        assert marks_aside.take(s, path) == 2
        assert s.read_ids() == {"kept", "orphaned"}
    assert not orphan.exists() and live.exists()


def test_a_rejoin_that_meets_a_full_disk_reads_the_file_and_the_rules_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The try the app and ``watch`` share (``try_store``): the lock let go, but the merge met
    a full disk. It raised, and the session held its alerts for good; now the file's state is
    read into memory with the session's merged in, the reason in the store's words. (SQLite's
    refusal made in-process: a real full disk needs a file system of its own, root here.)"""
    import tui.store.merge as merge_module
    from tui.flow.reopen import try_store

    real = merge_module.merge

    def full(src: sqlite3.Connection, dst: sqlite3.Connection) -> object:
        got = real(src, dst)
        if dst.execute("PRAGMA database_list").fetchone()[2]:  # the file, not a memory copy
            raise sqlite3.OperationalError("database or disk is full")
        return got

    feed = tmp_path / "feed.csv"
    csv_upto(COPPER_CSV, feed, "2026-05-01")  # above 13,000
    config = config_from(tmp_path, price_source("FRED copper", "copper", "PCOPPUSDM", feed) + RULE)
    path = tmp_path / "store.sqlite3"
    with Store(path) as s:
        refresh(config, s)
        assert len(AlertEngine(config, s).evaluate(build_snapshot(config, s))) == 1
    store = kept_out()
    store.save_alert_round({}, [alert(1)])  # the session's own, logged in memory
    engine = AlertEngine(config, store)
    assert engine.evaluate(build_snapshot(config, store)) == [] and engine.held
    monkeypatch.setattr(merge_module, "merge", full)

    tried = try_store(store, path, screen=False)
    assert not tried.back and tried.read  # on a copy of the file: saving is tried again
    assert f"the disk holding {tmp_path} is full" in (store.read_only or ""), store.read_only
    assert not store.saves and not store.unread and store.retry_save
    assert engine.evaluate(build_snapshot(config, store)) == [], "fired again"
    assert not engine.held
    assert {a["rule"] for a in store.load_alerts()} == {"Copper above 13k", "r"}
    store.close()
