"""The store under faults, on real SQLite files and real processes: a cache that cannot be
written (read-only folder or file, a folder that cannot exist, a full disk), another program's
lock, two first starts at once, a truly corrupt file. Locks, first starts and corruption are
in ``test_store_faults_locks.py``.

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
from collections.abc import Callable
from pathlib import Path

import pytest
from store_faults import FAST, SEEN, headlines, stored

from tests.conftest import fill_disk
from tui.core.models import Headline, PriceSeries
from tui.flow.store_open import cache_notice
from tui.store import Store, schema

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
