"""The lock files beside the store (``<store>.read-marks.lock``, ``<store>.settings.lock``)
stayed after every clean quit: each update of a side file made one and nothing removed it.
A lock file is now removed as its lock is let go, only while this process holds it and it is
still the file at that name; one another process holds is left alone, and a process that
waited on a lock file removed meanwhile locks the one there now, so two never update at once.
Real files, real processes."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tui.store import Store, aside_file, marks_aside, settings_aside
from tui.store.settings_aside import Setting

REPO = Path(__file__).resolve().parents[2]
AT = datetime(2026, 12, 5, tzinfo=timezone.utc)


def locks(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".lock"))


def held_elsewhere(name: Path) -> bool:
    """Whether some other open file holds the lock on ``name`` (asked without waiting)."""
    fd = os.open(name, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def test_no_lock_file_stays_after_the_side_files_are_kept_and_taken(tmp_path: Path) -> None:
    store_path = tmp_path / "store.sqlite3"
    assert marks_aside.keep(store_path, {"a1b2c3": AT}) is None
    assert settings_aside.keep(store_path, {"theme": Setting({"theme": "nord"}, AT)}) is None
    assert locks(tmp_path) == []
    assert sorted(marks_aside.load(store_path)) == ["a1b2c3"]
    assert settings_aside.load(store_path)["theme"].values == {"theme": "nord"}
    assert locks(tmp_path) == []
    with Store(store_path) as store:
        assert marks_aside.take(store, store_path) == 1
        assert settings_aside.take(store, store_path) == 1
    assert locks(tmp_path) == []
    assert not (tmp_path / "store.sqlite3.read-marks").exists()


def test_a_leftover_lock_file_no_one_holds_is_removed_with_the_next_update(
    tmp_path: Path,
) -> None:
    """One an earlier version left (or a process killed while holding it: the system let go
    of its lock)."""
    store_path = tmp_path / "store.sqlite3"
    (tmp_path / "store.sqlite3.read-marks.lock").write_bytes(b"")
    assert marks_aside.keep(store_path, {"a1b2c3": AT}) is None
    assert locks(tmp_path) == []


_HOLDER = r"""
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
open(sys.argv[2], "w").close()
while not os.path.exists(sys.argv[3]):
    time.sleep(0.01)
"""


def test_a_lock_file_another_process_holds_is_never_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(aside_file, "_LOCK_WAIT", 0.3)
    store_path = tmp_path / "store.sqlite3"
    name = tmp_path / "store.sqlite3.read-marks.lock"
    ready, done = tmp_path / "ready", tmp_path / "done"
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(name), str(ready), str(done)])
    try:
        deadline = time.time() + 20
        while not ready.exists() and time.time() < deadline:
            time.sleep(0.01)
        assert ready.exists()
        assert marks_aside.keep(store_path, {"a1b2c3": AT}) is None  # made anyway, past the wait
        assert name.exists() and held_elsewhere(name)  # still there, still the holder's
    finally:
        done.touch()
        holder.wait(timeout=20)
    assert sorted(marks_aside.load(store_path)) == ["a1b2c3"]
    assert marks_aside.keep(store_path, {"d4e5f6": AT}) is None  # let go: ours now, removed
    assert locks(tmp_path) == []


def test_a_waiter_on_a_lock_file_removed_meanwhile_locks_the_one_there_now(
    tmp_path: Path,
) -> None:
    """The holder removes the file and lets go; the waiter gets the lock of a file no longer
    at the name, and takes the name's file instead: a third party locking the name meanwhile
    is never beside it."""
    side = tmp_path / "store.sqlite3.settings"
    name = tmp_path / "store.sqlite3.settings.lock"
    old = os.open(name, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(old, fcntl.LOCK_EX)
    inside = threading.Event()
    leave = threading.Event()
    seen: list[tuple[bool, bool]] = []

    def waiter() -> None:
        with aside_file.locked(side):
            seen.append((name.exists(), held_elsewhere(name)))
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=waiter)
    thread.start()
    time.sleep(0.2)  # the waiter is waiting on the old file
    assert not inside.is_set()
    name.unlink()  # as a holder lets go: removed, then unlocked
    os.close(old)
    assert inside.wait(10)
    assert seen == [(True, True)]  # a new file at the name, and the waiter holds it
    leave.set()
    thread.join(10)
    assert locks(tmp_path) == []


_COUNTER = r"""
import sys
from pathlib import Path
from tui.store.aside_file import locked
side, count = Path(sys.argv[1]), Path(sys.argv[2])
for _ in range(int(sys.argv[3])):
    with locked(side):
        n = int(count.read_text() or 0)
        count.write_text(str(n + 1))
"""


def test_processes_updating_at_once_never_overlap_though_the_file_comes_and_goes(
    tmp_path: Path,
) -> None:
    side, count = tmp_path / "store.sqlite3.read-marks", tmp_path / "count"
    count.write_text("0")
    each, runs = 150, 3
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _COUNTER, str(side), str(count), str(each)],
            cwd=REPO,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(runs)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    assert int(count.read_text()) == each * runs  # no update lost: one at a time
    assert locks(tmp_path) == []
