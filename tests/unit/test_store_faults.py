"""The store under faults, on real SQLite files and real processes: a cache that cannot be
written (read-only folder or file, a folder that cannot exist, a full disk), another program's
lock, two first starts at once, a truly corrupt file.

Locks are held by a second real connection; busy timeouts are short (a parameter) so each test
takes about a second. Unwritable paths are made by the ``make_unwritable`` fixture in
tests/conftest.py: as root (permission bits do not stop root) each test runs twice, on an
immutable path (``chattr +i``) and on a read-only bind mount (EROFS, a read-only file system);
otherwise with ``chmod``. Each path is checked to refuse a write before the test goes on.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.conftest import fill_disk
from tui.core.models import Headline, PriceSeries
from tui.flow.store_open import cache_notice
from tui.store import SCHEMA_VERSION, Store, StoreError, schema
from tui.store import files as store_files

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


# --------------------------------------------------------------------------- read-only


def test_read_only_folder_shows_what_is_stored_and_keeps_fresh_data_in_memory(
    tmp_path: Path, make_unwritable: Callable[[Path], None]
) -> None:
    folder = tmp_path / "cache"
    path = folder / "store.sqlite3"
    stored(path)
    before = path.read_bytes()
    make_unwritable(folder)
    with Store(path, busy_timeout=FAST) as s:
        assert s.read_only is not None and "not writable" in s.read_only
        assert not s.locked and s.recovered is None
        assert {h.title for h in s.load_headlines()} == {
            f"wire copper export curbs {i}" for i in range(3)
        }
        assert s.get_meta("theme") == "metalwatch-light"
        # fresh fetches go on in memory: written, read back, no error
        assert s.save_headlines("new", headlines("new", 2), seen_at=SEEN) == 2
        s.save_series(PriceSeries(source="fred", symbol="CU", unit="USD/t", points=()))
        assert len(s.load_headlines()) == 5 and len(s.load_series()) == 1
    assert path.read_bytes() == before, "nothing was written to the file"
    assert sorted(p.name for p in folder.iterdir()) == ["store.sqlite3"]


def test_read_only_file_in_a_writable_folder(
    tmp_path: Path, make_unwritable: Callable[[Path], None]
) -> None:
    path = tmp_path / "store.sqlite3"
    stored(path)
    make_unwritable(path)
    with Store(path, busy_timeout=FAST) as s:
        assert s.read_only is not None and "is not writable" in s.read_only
        assert len(s.load_headlines()) == 3
        s.set_meta("k", "v")
        assert s.get_meta("k") == "v"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT COUNT(*) FROM meta WHERE key = 'k'").fetchone() == (0,)


def test_a_file_in_the_cache_folder_s_place_is_said_in_words(tmp_path: Path) -> None:
    """It said "(File exists)", C's words for it."""
    folder = tmp_path / "metalwatch"
    folder.write_text("a regular file where the cache folder should be")
    with Store(folder / "store.sqlite3", busy_timeout=FAST) as s:
        assert s.read_only is not None
        assert s.read_only.startswith(f"cannot create the folder {folder} (a file is in its place)")


def test_a_folder_that_cannot_exist_gives_an_empty_working_store(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a regular file where the cache folder should be")
    with Store(blocker / "metalwatch" / "store.sqlite3", busy_timeout=FAST) as s:
        assert s.read_only is not None and "cannot create the folder" in s.read_only
        assert f"({blocker} is a file, not a folder)" in s.read_only, s.read_only
        assert s.load_headlines() == []
        assert s.save_headlines("a", headlines("a", 1), seen_at=SEEN) == 1
    assert blocker.read_text().startswith("a regular file")


def test_a_full_disk_mid_session_keeps_the_data_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    stored(path)
    with Store(path, busy_timeout=FAST) as s:
        # SQLite's own page limit gives the very error a full disk gives (SQLITE_FULL)
        pages = s.pragma("page_count")
        s._conn.execute(f"PRAGMA max_page_count = {pages}")
        assert s.read_only is None
        assert s.save_headlines("big", headlines("big" * 40, 400), seen_at=SEEN) == 400
        assert s.read_only == f"the disk holding {tmp_path} is full" and not s.locked
        assert len(s.load_headlines()) == 403, "what was stored and the new batch, in memory"
    with Store(path) as again:
        assert len(again.load_headlines()) == 3, "the file holds what it held, whole"


def test_a_really_full_disk_mid_session(small_disk: Path) -> None:
    path = small_disk / "cache" / "store.sqlite3"
    stored(path, n=20)
    fs = os.statvfs(small_disk)
    with open(small_disk / "filler", "wb") as filler:  # leave 64 KB: the -shm fits, a batch not
        filler.write(b"\0" * (fs.f_bavail * fs.f_frsize - 64 * 1024))
    with Store(path, busy_timeout=FAST) as s:
        assert s.read_only is None
        batch = [
            Headline(f"{i} " + "copper " * 60, f"https://example.org/b/{i}", "big", SEEN)
            for i in range(300)
        ]
        assert s.save_headlines("big", batch, seen_at=SEEN) == 300
        assert s.read_only == f"the disk holding {path.parent} is full"
        assert len(s.load_headlines()) == 320
    with Store(path) as again:
        assert again.recovered is None and len(again.load_headlines()) == 20


def test_a_store_opened_on_a_full_disk_says_the_disk_is_full(small_disk: Path) -> None:
    """A store closed whole (no -wal, no -shm) opened with no room left: SQLite cannot make its
    WAL index and says "disk I/O error", and so did the cache notice. It says the disk is full,
    and where; what the file holds is shown (read into memory)."""
    path = small_disk / "cache" / "store.sqlite3"
    stored(path, n=20)
    fs = os.statvfs(small_disk)
    with open(small_disk / "filler", "wb") as filler, contextlib.suppress(OSError):
        filler.write(b"\0" * (fs.f_bavail * fs.f_frsize))
    with Store(path, busy_timeout=FAST) as s:
        assert s.read_only == f"the disk holding {path.parent} is full", s.read_only
        assert cache_notice(s) == (
            "cache is read-only: showing stored data, new data is not saved; "
            f"the disk holding {path.parent} is full: free some space"
        )
        assert len(s.load_headlines()) == 20


@pytest.mark.parametrize("existing", [True, False])
def test_a_store_opened_on_a_full_disk_is_saved_to_once_there_is_room(
    small_disk: Path, existing: bool
) -> None:
    """A full disk at the start, whether the store exists (it cannot be written) or not yet (it
    cannot be made): the session goes on in memory and saving is tried again, as when a write
    is refused mid-session (``retry_save``); once there is room, what the session kept is in
    the file. It was read-only for the whole session: the stories fetched and the rules' state
    lost at the quit."""
    from tui.flow.reopen import try_store

    path = small_disk / "cache" / "store.sqlite3"
    if existing:
        stored(path, n=20)
    else:
        path.parent.mkdir()
    filler = fill_disk(small_disk)
    with Store(path, busy_timeout=FAST) as s:
        assert s.read_only == f"the disk holding {path.parent} is full", s.read_only
        assert s.retry_wanted and not s.locked, "a full disk may pass: tried again"
        s.save_headlines("new", headlines("new", 2), seen_at=SEEN)
        s.set_alert_state("rule", "fired")
        assert not try_store(s, path).back, "still full"
        assert s.retry_wanted
        filler.unlink()
        tried = try_store(s, path, screen=False)
        assert tried.back and s.saves and s.read_only is None, (tried, s.read_only)
        assert tried.notice is not None and tried.notice.startswith("cache available again")
    with Store(path) as again:
        assert again.recovered is None and again.read_only is None
        assert len(again.load_headlines()) == (22 if existing else 2)
        assert again.get_alert_state("rule") == "fired"


def test_a_read_only_folder_at_the_start_is_not_tried_again(
    tmp_path: Path, make_unwritable: Callable[[Path], None]
) -> None:
    """Refused by its permissions from the start (a cache shared read-only): read-only for the
    session, as said, not tried every few seconds."""
    folder = tmp_path / "cache"
    stored(folder / "store.sqlite3")
    make_unwritable(folder)
    with Store(folder / "store.sqlite3", busy_timeout=FAST) as s:
        assert s.read_only is not None and not s.retry_wanted


@pytest.mark.parametrize(("free", "said"), [(0, "full"), (50 << 30, "refused")])
def test_an_io_error_is_a_full_disk_only_when_no_room_is_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, free: int, said: str
) -> None:
    """At SQLite's boundary (where no small file system can be mounted): the WAL switch fails
    with the "disk I/O error" a full disk gives; the folder's free room tells a full disk from
    another refusal."""
    path = tmp_path / "store.sqlite3"
    stored(path)

    def io_error(conn: sqlite3.Connection, timeout: float) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    class Room:
        f_bavail, f_frsize = free // 4096, 4096

    monkeypatch.setattr(schema, "use_wal", io_error)
    monkeypatch.setattr(os, "statvfs", lambda folder: Room())
    with Store(path, busy_timeout=FAST) as s:
        if said == "full":
            assert s.read_only == f"the disk holding {tmp_path} is full"
        else:
            assert s.read_only == "the disk refused a write (disk I/O error)"
        assert len(s.load_headlines()) == 3, "what the file holds, shown"


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


def test_an_unwritable_path_refuses_writes_for_real(
    tmp_path: Path, make_unwritable: Callable[[Path], Callable[[], None]]
) -> None:
    """What every read-only test here stands on, root included: the folder takes no new file,
    the file no bytes, and both take them again once undone."""
    folder = tmp_path / "cache"
    folder.mkdir()
    store = folder / "store.sqlite3"
    store.write_bytes(b"x")
    again = [make_unwritable(store), make_unwritable(folder)]
    with pytest.raises(OSError):
        (folder / "new").write_bytes(b"y")
    with pytest.raises(OSError), store.open("ab") as f:
        f.write(b"y")
    assert store.read_bytes() == b"x"
    for undo in reversed(again):
        undo()
    (folder / "new").write_bytes(b"y")
    with store.open("ab") as f:
        f.write(b"y")
