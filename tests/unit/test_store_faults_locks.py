"""The store under faults, on real SQLite files and real processes: another program's lock
(held by a second real connection; busy timeouts are short, a parameter), two first starts at
once, a truly corrupt file, a second store opened beside the first."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_faults import FAST, SEEN, aside_files, headlines, stored

from tui.store import SCHEMA_VERSION, Store, StoreError
from tui.store import files as store_files

# --------------------------------------------------------------------------- locks


def hold(path: Path, *, exclusive_mode: bool = False) -> sqlite3.Connection:
    """A second connection holding the write lock (and with ``exclusive_mode`` every lock:
    what a backup tool or the sqlite3 shell in exclusive mode does)."""
    conn = sqlite3.connect(path, isolation_level=None)
    if exclusive_mode:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('holder', 'x')")
    return conn


def test_a_held_write_lock_gives_reads_and_a_locked_read_only_session(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    stored(path)
    holder = hold(path)
    busy = 2.0  # longer than FAST: a later write that waited again is told from a loaded machine
    try:
        with Store(path, busy_timeout=busy) as s:
            assert s.read_only is None and len(s.load_headlines()) == 3
            started = time.monotonic()
            s.set_meta("k", "v")
            waited = time.monotonic() - started
            assert busy * 0.9 <= waited < busy * 1.75, "one busy timeout, not more"
            assert (
                s.locked
                and s.read_only is not None
                and "locked by another program" in (s.read_only)
            )
            started = time.monotonic()
            s.save_headlines("more", headlines("more", 2), seen_at=SEEN)
            assert time.monotonic() - started < busy / 2, "later writes do not wait again"
            assert s.get_meta("k") == "v" and len(s.load_headlines()) == 5
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_store_locked_for_reading_raises_store_error_within_the_timeout(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.sqlite3"
    stored(path)
    holder = hold(path, exclusive_mode=True)
    try:
        started = time.monotonic()
        with pytest.raises(StoreError, match=r"locked by another program for more than 0\.4 s"):
            Store(path, busy_timeout=FAST)
        assert time.monotonic() - started < FAST + 2
        assert aside_files(tmp_path) == [], "a lock never moves the store aside"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Store(path) as s:
        assert len(s.load_headlines()) == 3


def test_the_busy_timeout_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "0.25")
    with Store(tmp_path / "s.sqlite3") as s:
        assert s.busy_timeout == 0.25 and s.pragma("busy_timeout") == 250
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "soon")
    with Store(tmp_path / "s.sqlite3") as s:
        assert s.busy_timeout == 5.0


# --------------------------------------------------------------------------- first starts

# Each child waits for the same instant, then opens the store and writes, as a first start
# of the app or `watch` does.
CHILD = """
import sys, time
from datetime import datetime, timezone
from pathlib import Path
from tui.core.models import Headline
from tui.store import Store

path, start, me = Path(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
time.sleep(max(0.0, start - time.time()))
with Store(path) as s:
    assert s.recovered is None and s.read_only is None, (s.recovered, s.read_only)
    s.set_meta(f"source:{me}", "x")
    seen = datetime(2026, 3, 1, tzinfo=timezone.utc)
    s.save_headlines(me, [Headline(title=me, url=None, source=me, published=seen)], seen_at=seen)
    print(len(s.load_headlines()))
"""


def test_two_first_starts_at_once_never_fail_or_move_the_store_aside(tmp_path: Path) -> None:
    env = dict(os.environ, METALWATCH_BUSY_TIMEOUT="10")
    for trial in range(10):
        folder = tmp_path / f"trial{trial}"
        path = folder / "store.sqlite3"
        start = time.time() + 0.6  # both interpreters are up by then
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", CHILD, str(path), str(start), f"p{i}"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            for i in range(2)
        ]
        results = [p.communicate(timeout=60) for p in procs]
        for p, (out, err) in zip(procs, results, strict=True):
            assert p.returncode == 0, f"trial {trial}: {err}"
            assert "Traceback" not in err and err == "", f"trial {trial}: {err}"
            assert out.strip() in ("1", "2")
        assert aside_files(folder) == [], f"trial {trial}: a healthy store was moved aside"
        with Store(path) as s:
            assert s.pragma("user_version") == SCHEMA_VERSION
            assert s.pragma("journal_mode") == "wal"
            assert sorted(h.source for h in s.load_headlines()) == ["p0", "p1"]


# --------------------------------------------------------------------------- corruption


def test_a_truly_corrupt_file_is_moved_aside_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    path.write_bytes(os.urandom(16384))
    with Store(path, busy_timeout=FAST) as s:
        (aside,) = aside_files(tmp_path)
        assert s.recovered is not None and str(aside) in s.recovered
        assert "not a SQLite database" in s.recovered
        assert s.read_only is None
        s.set_meta("k", "v")
    with Store(path) as s:
        assert s.get_meta("k") == "v" and s.recovered is None


def test_a_file_another_process_already_replaced_is_not_moved_again(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    path.write_bytes(b"garbage" * 1000)
    old_inode = store_files.inode_of(path)
    path.rename(tmp_path / "moved-by-the-other")  # the other process moved it aside ...
    stored(path)  # ... and built a fresh store
    assert store_files.move_aside(path, inode=old_inode) is None
    assert aside_files(tmp_path) == []
    with Store(path) as s:
        assert len(s.load_headlines()) == 3


_OTHER_PROCESS = r"""
import sys
from tui.store import Store
from tui.core.models import SourceHealth
with Store(sys.argv[1]) as s:
    s.save_health(SourceHealth("other", "rss", ok=True, items=int(sys.argv[2])))
"""


def test_opening_a_second_store_never_drops_the_first_ones_locks(tmp_path: Path) -> None:
    """Found in use: the app moved a sound store aside as "damaged" (integrity ok, 831 stories)
    while `metalwatch snapshot` ran beside it. Each load opens a second Store in a thread, and
    its writability probe opened and closed the database file: closing any descriptor drops
    every POSIX lock this process holds on it, so the other process, closing last as it
    thought, deleted the WAL and shared-memory files under the app's open connection."""
    import threading

    path = tmp_path / "store.sqlite3"
    stored(path)
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")

    def other_process(n: int) -> None:
        subprocess.run(
            [sys.executable, "-c", _OTHER_PROCESS, str(path), str(n)],
            check=True,
            cwd=Path(__file__).resolve().parents[2],
        )

    with Store(path) as app_store:
        app_store.load_health()
        other_process(1)
        assert wal.exists() and shm.exists(), "the app's connection keeps them"

        def load() -> None:  # as the app's load worker does
            with Store(path) as second:
                assert second.recovered is None
                second.load_health()

        worker = threading.Thread(target=load)
        worker.start()
        worker.join()
        other_process(2)
        assert wal.exists() and shm.exists(), "deleted under the app's open connection"
        assert app_store.load_health()["other"].items == 2
    with Store(path) as again:
        assert again.recovered is None and not aside_files(tmp_path)
