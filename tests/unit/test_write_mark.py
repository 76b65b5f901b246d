"""The mark of the store as metalwatch's own writes left it (``tui.store.write_mark``), on a
real store: it holds while the files are as marked, an empty log a reader made beside it
included, and not once another program wrote the store, its bytes were changed in place, or
the machine was started again (a power cut can leave the files' sizes and times as written
with a frame of the log torn)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from store_faults import stored

from tui.store import write_mark


def _marked(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite3"
    stored(path)
    write_mark.write(path)
    assert write_mark.holds(path)
    return path


def test_a_reader_leaves_the_mark_holding(tmp_path: Path) -> None:
    path = _marked(tmp_path)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM headlines").fetchone()[0] == 3
    conn.close()
    assert write_mark.holds(path)


def test_another_programs_write_undoes_it(tmp_path: Path) -> None:
    path = _marked(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('other', 'program')")
    conn.close()
    assert not write_mark.holds(path)


def test_bytes_changed_in_place_undo_it(tmp_path: Path) -> None:
    path = _marked(tmp_path)
    time.sleep(0.02)  # past the file system's clock tick
    data = bytearray(path.read_bytes())
    data[-100] ^= 0xFF  # the same size
    path.write_bytes(bytes(data))
    assert not write_mark.holds(path)


def test_a_new_boot_undoes_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _marked(tmp_path)
    boot = tmp_path / "boot_id"
    boot.write_text("another boot\n", encoding="ascii")
    monkeypatch.setattr(write_mark, "_BOOT_ID", str(boot))
    assert not write_mark.holds(path)
