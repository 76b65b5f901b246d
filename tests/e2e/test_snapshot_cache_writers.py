"""Two apps writing the saved snapshot at once (two browser sessions of ``metalwatch serve``
refreshing together, two terminals): real processes on one cache folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tui.core import atomic_file
from tui.store import cache_stamp, snapshot_cache

REPO = Path(__file__).resolve().parent.parent.parent

# a writer: saves the bundled demo's snapshot (every story, or half of them: each writer's
# file has its own length) and reads it back each time; prints the reads that failed
WRITER = """
import dataclasses, json, sys
from pathlib import Path
from tui.store import cache_stamp, snapshot_cache

demo = Path("tui/demo/snapshot.json")
key = json.loads(demo.read_text(encoding="utf-8").splitlines()[1])["key"]  # after the CRC line
snap, _ = snapshot_cache.load(demo, key=key)
if sys.argv[2] == "half":
    snap = dataclasses.replace(snap, stories=snap.stories[: len(snap.stories) // 2])
target = Path(sys.argv[1])
failed = 0
for i in range(int(sys.argv[3])):
    cache_stamp.LAST.clear()  # as another process would: no memory of the last write
    snapshot_cache.save(target, snap, key="k", fingerprint=f"{sys.argv[2]}{i}")
    failed += snapshot_cache.load(target, key="k") is None
print(failed)
"""


def test_two_apps_saving_the_snapshot_at_once_never_leave_a_broken_one(tmp_path: Path) -> None:
    """Found by the audit: every writer wrote through the same temporary file
    (``store.sqlite3.snapshot.json.tmp``), so one process moved the other's half-written file
    in place: 22 and 26 of 200 reads back failed, and a start after such a write found no
    usable saved snapshot and built one from the store before its first paint. Each process
    now writes its own temporary file."""
    target = tmp_path / "store.sqlite3.snapshot.json"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(target), which, "120"],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
            env=dict(os.environ),
        )
        for which in ("all", "half")
    ]
    failed = [int(w.communicate(timeout=240)[0].strip()) for w in writers]
    assert failed == [0, 0]
    assert snapshot_cache.load(target, key="k") is not None
    assert not list(tmp_path.glob("*.tmp")), "no temporary file left behind"


def test_a_temporary_file_left_by_a_killed_writer_is_removed_later(tmp_path: Path) -> None:
    target = tmp_path / "store.sqlite3.snapshot.json"
    orphan = atomic_file.private_tmp(target).with_name(f".{target.name}.99999.1.tmp")
    orphan.write_text("half a snapshot", encoding="utf-8")
    young = atomic_file.private_tmp(target).with_name(f".{target.name}.99998.1.tmp")
    young.write_text("being written", encoding="utf-8")
    old = time.time() - cache_stamp.ORPHAN_AGE_S - 60
    os.utime(orphan, (old, old))
    cache_stamp.remove_orphans(target)
    assert not orphan.exists()
    assert young.exists(), "a file another process is writing now is left alone"
