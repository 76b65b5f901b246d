"""The lock a store's file is checked under (shared) and moved aside under (exclusive):
``<store>.lock`` beside it, gone once the last opener lets go; openers check side by side;
one held alone past the busy timeout by another process is said as a lock, as SQLite's is.
Real files, real processes."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tui.core.models import Headline
from tui.store import Store, StoreError, open_lock
from tui.store.fault import Kind

AT = datetime(2026, 12, 6, tzinfo=timezone.utc)


def holder(name: Path, mode: str) -> subprocess.Popen[str]:
    """Another process holding ``name``'s lock (``LOCK_SH``/``LOCK_EX``) until its stdin closes."""
    code = (
        "import fcntl, os, sys\n"
        f"fd = os.open({str(name)!r}, os.O_RDWR | os.O_CREAT, 0o600)\n"
        f"fcntl.flock(fd, fcntl.{mode})\n"
        "print('held', flush=True)\n"
        "sys.stdin.read()\n"
    )
    p = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert p.stdout is not None and p.stdout.readline().strip() == "held"
    return p


def let_go(p: subprocess.Popen[str]) -> None:
    assert p.stdin is not None
    p.stdin.close()
    p.wait(10)


def test_no_lock_file_is_left_beside_the_store(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    for _ in range(3):
        with Store(path) as s:
            s.set_meta("theme", "metalwatch-light")
            assert not open_lock.name_of(path).exists(), "held only while opening"
    path.write_bytes(b"not a database at all" * 100)  # moved aside: the lock let go too
    with Store(path) as s:
        assert s.recovery is not None
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".lock")) == []


def test_openers_check_side_by_side(tmp_path: Path) -> None:
    """Another opener checking the file (the shared lock) keeps no one waiting."""
    path = tmp_path / "store.sqlite3"
    with Store(path) as s:
        s.save_headlines("w", [Headline("Zinc levy", "https://e.org/z", "w", AT)], seen_at=AT)
    p = holder(open_lock.name_of(path), "LOCK_SH")
    try:
        start = time.monotonic()
        with Store(path, busy_timeout=2.0) as s:
            assert s.saves and [h.title for h in s.load_headlines()] == ["Zinc levy"]
        assert time.monotonic() - start < 1.5
        assert open_lock.name_of(path).exists(), "another opener holds it: left for them"
    finally:
        let_go(p)


@pytest.mark.parametrize("damaged", [False, True])
def test_a_file_being_moved_aside_elsewhere_is_said_as_a_lock(
    tmp_path: Path, damaged: bool
) -> None:
    """Another process holds the file alone (moving it aside, salvaging) past the busy
    timeout: the open gives up as for SQLite's lock, said so; nothing is moved meanwhile."""
    path = tmp_path / "store.sqlite3"
    with Store(path) as s:
        s.set_meta("theme", "metalwatch-light")
    if damaged:
        path.write_bytes(path.read_bytes()[:1000])
    before = path.read_bytes()
    p = holder(open_lock.name_of(path), "LOCK_EX")
    try:
        with pytest.raises(StoreError) as caught:
            Store(path, busy_timeout=0.2)
        assert caught.value.fault.kind is Kind.LOCKED
        assert "locked by another program for more than 0.2 s" in str(caught.value)
        assert path.read_bytes() == before
        assert not [q for q in tmp_path.iterdir() if ".corrupt-" in q.name]
    finally:
        let_go(p)
    with Store(path) as s:  # let go: opened (and a damaged one moved aside) as ever
        assert (s.recovery is not None) is damaged


def test_a_lock_file_removed_while_waiting_is_taken_again(tmp_path: Path) -> None:
    """A waiter whose lock file its holder removed as it let go locks the one there now."""
    path = tmp_path / "store.sqlite3"
    name = open_lock.name_of(path)
    fd = os.open(name, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    other = os.open(name, os.O_RDWR)  # a second holder-to-be, on the same file
    name.unlink()  # its holder lets go: the name is gone
    os.close(fd)
    with open_lock.held(path, exclusive=True, wait=1.0):
        assert name.exists(), "a new lock file at the name"
        try:
            fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the old file: not the lock
        finally:
            os.close(other)
        probe = os.open(name, os.O_RDWR)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(probe, fcntl.LOCK_SH | fcntl.LOCK_NB)
        finally:
            os.close(probe)
    assert not name.exists()
