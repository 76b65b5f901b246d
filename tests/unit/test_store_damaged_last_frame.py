"""A damaged write-ahead log whose only damage is the last frame of its last write (the commit
frame: one byte of its page flipped), on real files.

Measured before: read as a tail a crash cut (SQLite drops the last write; nothing said, no copy
kept), though the session had committed it. The log alone cannot tell the two apart: a crash
(a power cut tearing the frame's sectors, or a log SQLite reuses from its start after a
checkpoint, whose old page bytes keep its length whole) leaves a whole-length last frame whose
checksum fails as a damaged one does. What tells them apart is the log's index beside it
(``-shm``, SQLite's wal-index, left by a session that ended without closing the store): it
records the frames committed (``mxFrame``, set only once a write's commit frame is in the log)
with the checksum stored in the last of them. A commit frame it records, whose stored checksum
is the one recorded, was committed: dropping it loses a write, and that is now said and the
log kept. With no index (a power cut lost it, the files were copied without it) or an index
that does not vouch for the frame (another log's salts, its two header copies differ, its own
checksum fails), it is read as a crash cut, as before.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from wal_faults import batches, commits, crashed, damage_frame

from tui.store import Store


def _last_frame_damaged(path: Path) -> bytes:
    wal = crashed(path)
    return damage_frame(wal, commits(wal)[-1])  # the last save's commit frame


def test_a_damaged_last_frame_the_index_records_as_committed_is_said(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    damaged = _last_frame_damaged(path)
    with Store(path) as store:
        assert batches(store) == {"old", "new"}  # SQLite drops the last save
        said = store.recovered or ""
        assert said.startswith("cache's write-ahead log was damaged: its last write is lost"), said
        (copy,) = tmp_path.glob("store.sqlite3-wal.corrupt-*")
        assert copy.read_bytes() == damaged and f"kept at {copy})" in said


def test_with_no_index_a_damaged_last_frame_reads_as_a_crash_cut(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    _last_frame_damaged(path)
    Path(f"{path}-shm").unlink()
    with Store(path) as store:
        assert store.recovered is None and batches(store) == {"old", "new"}
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_an_index_that_does_not_hold_together_vouches_for_nothing(tmp_path: Path) -> None:
    """Its two header copies differ (a crash as it was written): not trusted."""
    path = tmp_path / "store.sqlite3"
    _last_frame_damaged(path)
    shm = Path(f"{path}-shm")
    data = bytearray(shm.read_bytes())
    data[16] ^= 0x01  # the first copy's count of frames
    shm.write_bytes(bytes(data))
    with Store(path) as store:
        assert store.recovered is None and batches(store) == {"old", "new"}


def test_a_commit_the_index_does_not_record_reads_as_a_crash_cut(tmp_path: Path) -> None:
    """The index of a session that had committed only the first two saves (its header as SQLite
    wrote it then, taken from a copy of the files at that moment) beside the log of all three:
    the third, damaged in its last frame, is not vouched for."""
    early = tmp_path / "early" / "store.sqlite3"
    early.parent.mkdir()
    path = tmp_path / "store.sqlite3"
    _last_frame_damaged(path)
    wal = Path(f"{path}-wal")
    ends = commits(wal)
    size = (len(wal.read_bytes()) - 32) // (ends[-1] + 1)
    # the same log cut after the second save, opened by SQLite alone: its index then records
    # the frames through the second save's commit, with these salts
    Path(f"{early}-wal").write_bytes(wal.read_bytes()[: 32 + (ends[-2] + 1) * size])
    early.write_bytes(path.read_bytes())
    conn = sqlite3.connect(early)
    assert conn.execute("SELECT count(*) FROM headlines").fetchone()[0] == 6
    shm = Path(f"{early}-shm").read_bytes()
    conn.close()  # (closing checkpoints and removes them: the index was read before)
    Path(f"{path}-shm").write_bytes(shm)
    with Store(path) as store:
        assert store.recovered is None and batches(store) == {"old", "new"}


def test_a_checkpointed_log_with_its_last_frame_damaged_still_loses_the_write(
    tmp_path: Path,
) -> None:
    """Checkpointed before the session ended (the index records every frame copied): SQLite
    still reads the frames before the damaged one over the file's newer pages, so the last
    write is gone from the reads (measured), and said."""
    path = tmp_path / "store.sqlite3"
    wal = crashed(path, checkpoint=True)
    damage_frame(wal, commits(wal)[-1])
    with Store(path) as store:
        assert batches(store) == {"old", "new"}
        assert "its last write is lost" in (store.recovered or ""), store.recovered
