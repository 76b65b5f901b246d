"""``tui.core.atomic_file``: every cache file of the app is written whole or not at all."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from tui.core import atomic_file


def test_the_chunks_are_written_as_one_file_and_no_temporary_file_is_left(tmp_path: Path) -> None:
    target = tmp_path / "cache.bin"
    target.write_bytes(b"old")
    assert atomic_file.write(target, b"new ", b"bytes", sync=True) is None
    assert target.read_bytes() == b"new bytes"
    assert [p.name for p in tmp_path.iterdir()] == ["cache.bin"]


def test_the_folder_is_made_only_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "cache.bin"
    assert isinstance(atomic_file.write(target, b"x"), FileNotFoundError)
    assert atomic_file.write(target, b"x", make_folder=True) is None
    assert target.read_bytes() == b"x"


def test_a_failed_move_keeps_the_old_file_and_removes_the_temporary_one(tmp_path: Path) -> None:
    target = tmp_path / "cache.bin"
    target.mkdir()  # os.replace cannot put a file over a folder
    (target / "inside").write_bytes(b"kept")
    assert isinstance(atomic_file.write(target, b"new"), OSError)
    assert (target / "inside").read_bytes() == b"kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache.bin"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_folder_is_returned_not_raised(tmp_path: Path) -> None:
    target = tmp_path / "cache.bin"
    target.write_bytes(b"old")
    tmp_path.chmod(0o500)
    try:
        assert isinstance(atomic_file.write(target, b"new"), PermissionError)
    finally:
        tmp_path.chmod(0o700)
    assert target.read_bytes() == b"old"


def test_each_thread_writes_its_own_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "cache.bin"
    names = [atomic_file.private_tmp(target)]
    thread = threading.Thread(target=lambda: names.append(atomic_file.private_tmp(target)))
    thread.start()
    thread.join()
    assert names[0] != names[1]
    assert all(n.parent == tmp_path and n.name.startswith(".cache.bin.") for n in names)
