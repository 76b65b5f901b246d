"""A damaged write-ahead log (the store's ``-wal``, left by a session that ended without closing
the store: a crash, a kill, a power cut) on real files.

Measured before: SQLite stops reading the log at the first frame whose checksum fails (or at
once, for a damaged header) and says nothing; the store opened as sound, ``recovered`` None, the
writes after the damage gone from every read, and the log deleted as the store closed. Now the
log is judged before SQLite reads it: a copy of it is kept beside the store
(``store.sqlite3-wal.corrupt-<stamp>``), ``recovered`` says how many writes were lost (the CLI's
stderr, ``snapshot``'s notes, the app's notice and header), once. A sound log, a tail a crash
cut (the last write half written), and a log whose pages the store file already holds are
said nothing of.

The store is written by a child process that ends without closing it (``os._exit``, in
``wal_faults``), as a crash leaves it: its log holds every write, none checkpointed.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

import pytest
from snapshot_cli_helpers import run_cli
from wal_faults import BATCHES, batches, commits, crashed, damage_frame

from tui.core import paths
from tui.store import Store


def test_a_damaged_frame_of_the_last_write_is_kept_and_said(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    wal = crashed(path)
    ends = commits(wal)
    damaged = damage_frame(wal, ends[-2] + 1)  # the first frame of the last save
    with Store(path) as store:
        assert batches(store) == {"old", "new"}  # SQLite drops the last save: as before
        said = store.recovered or ""
        assert said.startswith("cache's write-ahead log was damaged: its last write is lost"), said
        (copy,) = tmp_path.glob("store.sqlite3-wal.corrupt-*")
        assert f"(a copy of the log is kept at {copy})" in said
        assert copy.read_bytes() == damaged  # the log as it was, before SQLite read it
        assert store.recovery is not None and store.recovery.log and store.recovery.aside == copy
    with Store(path) as again:  # said once: the next session finds a sound store
        assert again.recovered is None and batches(again) == {"old", "new"}
    assert len(list(tmp_path.glob("store.sqlite3-wal.corrupt-*"))) == 1


def test_a_damaged_log_left_in_place_is_said_once(tmp_path: Path) -> None:
    """The log the store could not empty (another connection was reading it), found again by
    the next opener: its copy is beside it already, so it is neither kept nor said again."""
    path = tmp_path / "store.sqlite3"
    wal = crashed(path)
    damaged = damage_frame(wal, commits(wal)[-2] + 1)
    with Store(path) as store:
        assert "its last write is lost" in (store.recovered or "")
    wal.write_bytes(damaged)  # as the session found it, still there
    with Store(path) as again:
        assert again.recovered is None and batches(again) == {"old", "new"}
    assert len(list(tmp_path.glob("store.sqlite3-wal.corrupt-*"))) == 1


def test_a_damaged_frame_loses_every_write_after_it(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    wal = crashed(path)
    ends = commits(wal)
    damage_frame(wal, ends[-3] + 1)  # the first frame of the save of "new"
    with Store(path) as store:
        assert batches(store) == {"old"}
        assert "damaged: its last 2 writes are lost" in (store.recovered or ""), store.recovered


def test_a_damaged_header_loses_the_whole_log(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    wal = crashed(path)
    data = bytearray(wal.read_bytes())
    data[26] ^= 0x01  # the header's checksum
    wal.write_bytes(bytes(data))
    with Store(path) as store:
        assert batches(store) == set()
        said = store.recovered or ""
        assert said.startswith("cache's write-ahead log was damaged (its header): all "), said
        assert " writes in it are lost (a copy of the log is kept at " in said


def test_a_sound_log_and_a_tail_a_crash_cut_are_said_nothing_of(tmp_path: Path) -> None:
    path = tmp_path / "sound.sqlite3"
    crashed(path)
    with Store(path) as store:
        assert store.recovered is None and batches(store) == set(BATCHES)
    cut = tmp_path / "cut.sqlite3"
    wal = crashed(cut)
    data = wal.read_bytes()
    wal.write_bytes(data[: len(data) - 3000])  # the last frame half written
    with Store(cut) as store:
        assert store.recovered is None and batches(store) == {"old", "new"}
    assert not list(tmp_path.glob("*.corrupt-*"))


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the store file's pages: serialize()")
def test_a_checkpointed_log_with_its_header_damaged_is_said_nothing_of(tmp_path: Path) -> None:
    """Checkpointed (its pages copied into the store file) before the session ended: SQLite then
    reads the store file alone, which holds every write."""
    path = tmp_path / "store.sqlite3"
    wal = crashed(path, checkpoint=True)
    data = bytearray(wal.read_bytes())
    data[26] ^= 0x01
    wal.write_bytes(bytes(data))
    with Store(path) as store:
        assert store.recovered is None and batches(store) == set(BATCHES)


def test_a_checkpointed_log_with_a_frame_damaged_still_loses_writes(tmp_path: Path) -> None:
    """Measured: the frames before the damaged one are read over the store file's pages, which
    the checkpoint had brought up to date: the reads go back to the first write, so the later
    two are lost as surely, and said."""
    path = tmp_path / "store.sqlite3"
    wal = crashed(path, checkpoint=True)
    damage_frame(wal, commits(wal)[-3] + 1)
    with Store(path) as store:
        assert batches(store) == {"old"}
        assert "damaged: its last 2 writes are lost" in (store.recovered or ""), store.recovered


def test_the_lost_writes_are_in_the_snapshot_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = paths.store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    wal = crashed(path)
    damage_frame(wal, commits(wal)[-2] + 1)
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[sources]]\nname = "wire"\nkind = "rss"\nurl = "http://127.0.0.1:9/feed.xml"\n',
        encoding="utf-8",
    )
    code, out, err, _ = run_cli(
        capsys, "snapshot", "--config", str(config), "--json", "--offline", "--all"
    )
    assert code == 0, err
    doc = json.loads(out)
    notes = [n for n in doc["notes"] if "write-ahead log" in n]
    assert len(notes) == 1 and "its last write is lost" in notes[0], doc["notes"]


def test_a_log_read_while_another_program_writes_it_is_judged_whole(tmp_path: Path) -> None:
    """A store open in another connection (its log live, never checkpointed here): opening it
    again finds every write, and says nothing."""
    path = tmp_path / "store.sqlite3"
    crashed(path)
    live = sqlite3.connect(path)
    try:
        live.execute("PRAGMA wal_autocheckpoint = 0")
        for i in range(40):
            live.execute(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)", (f"k{i}", os.urandom(900).hex())
            )
            live.commit()
        with Store(path) as store:
            assert store.recovered is None and batches(store) == set(BATCHES)
    finally:
        live.close()
