"""Read marks kept beside the store (``<store>.read-marks``) by sessions quitting at once.

Each keep reads the file, merges its marks in and moves a new file over it: two processes doing
it in the same instant each read the file before the other's move, and the later move dropped
the earlier one's marks. The update is made under a lock other processes honour. Real processes
(and threads), a real file, no stand-in.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

from tui.store import marks_aside

REPO = Path(__file__).resolve().parents[2]
KEEPS = 60  # each process keeps this many marks, one keep each

_QUITTER = r"""
import sys, time
from datetime import datetime, timezone
from pathlib import Path
from tui.store import marks_aside
store, name, start = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
while time.time() < start:  # both begin in the same instant
    pass
at = datetime(2026, 3, 1, tzinfo=timezone.utc)
for i in range(int(sys.argv[4])):
    assert marks_aside.keep(store, {f"{name}-{i}": at}) is None
"""


def test_two_processes_keeping_marks_at_once_lose_none(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    start = time.time() + 1.5  # both interpreters up by then
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _QUITTER, str(store), name, str(start), str(KEEPS)],
            cwd=REPO,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("first", "second")
    ]
    for run in runs:
        _, err = run.communicate(timeout=60)
        assert run.returncode == 0, err
    kept = marks_aside.load(store)
    want = {f"{name}-{i}" for name in ("first", "second") for i in range(KEEPS)}
    assert set(kept) == want, f"{len(want - set(kept))} marks lost"


def test_a_keep_while_another_process_takes_loses_nothing(tmp_path: Path) -> None:
    """A session starting (taking the marks into its store) while another quits (keeping its
    own): every mark ends up in the store or still aside."""
    from tui.store import Store

    store_path = tmp_path / "store.sqlite3"
    at = datetime(2026, 3, 1, tzinfo=timezone.utc)
    marks_aside.keep(store_path, {f"old-{i}": at for i in range(20)})
    start = time.time() + 1.5
    quitter = subprocess.Popen(
        [sys.executable, "-c", _QUITTER, str(store_path), "quit", str(start), str(KEEPS)],
        cwd=REPO,
        stderr=subprocess.PIPE,
        text=True,
    )
    taken = 0
    with Store(store_path) as store:
        while time.time() < start:
            pass
        deadline = time.time() + 20
        while quitter.poll() is None and time.time() < deadline:
            taken += marks_aside.take(store, store_path)
        _, err = quitter.communicate(timeout=60)
        assert quitter.returncode == 0, err
        marks_aside.take(store, store_path)
        stored = store.read_ids()
    want = {f"old-{i}" for i in range(20)} | {f"quit-{i}" for i in range(KEEPS)}
    assert want <= stored | set(marks_aside.load(store_path)), "marks lost"


def test_threads_keeping_marks_at_once_lose_none(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    at = datetime(2026, 3, 1, tzinfo=timezone.utc)
    barrier = threading.Barrier(4)

    def keep(name: str) -> None:
        barrier.wait()
        for i in range(30):
            assert marks_aside.keep(store, {f"{name}-{i}": at}) is None

    threads = [threading.Thread(target=keep, args=(f"t{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(marks_aside.load(store)) == 120
