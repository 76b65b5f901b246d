"""The store's ``-wal`` and ``-shm`` when they refuse writes and the file does not.

Found running the read-only tests as a user that is not root (CI on a developer's machine takes
``make_unwritable``'s ``chmod`` way): SQLite makes a companion with its database's permission
bits, so a session on a cache file made read-only (``chmod 0444``) left a read-only ``-shm``
behind. Once the file was writable again, the next session opened it as writable and every write
was refused through that ``-shm`` ("the file cannot be written"): nothing was saved again, in
any later session either, and what was said named no file to mend (the theme picked while the
file was read-only was never stored: ``tests/app/test_theme_kept_aside.py``). Now a companion of
this user's is given the file's bits at the open (``tui.store.files.unwritable``), and one that
cannot be mended (another user's, immutable, on a read-only mount) is named at the start, the
session read-only from there, its data shown. Real SQLite files and real refusals
(``make_unwritable``: ``chmod`` as a user, ``chattr +i`` and a read-only bind mount as root).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.unit.test_store_faults import stored
from tui.store import Store
from tui.store import files as store_files


def companions(path: Path) -> dict[str, int]:
    """The companions of ``path`` there now, with their permission bits."""
    found = {}
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{path}{suffix}")
        if extra.exists():
            found[suffix] = stat.S_IMODE(extra.stat().st_mode)
    return found


def left_behind(path: Path) -> None:
    """A process that read ``path`` and ended without closing it: its ``-wal`` and ``-shm`` stay."""
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute('SELECT count(*) FROM meta').fetchall()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=30)
    assert {"-wal", "-shm"} <= set(companions(path)), companions(path)


def saves_again(path: Path) -> None:
    """The next session saves to the file, and a session after it reads what was saved."""
    with Store(path) as store:
        assert store.read_only is None, store.read_only
        store.set_meta("after", "saved")
        assert store.read_only is None, f"a write was refused: {store.read_only}"
        assert store.saves
    with Store(path) as store:
        assert store.get_meta("after") == "saved"
        assert store.get_meta("theme") == "metalwatch-light"  # what was there before, kept


def test_a_session_on_a_read_only_file_leaves_nothing_that_refuses_later_writes(
    tmp_path: Path, make_unwritable: Callable[[Path], Callable[[], None]]
) -> None:
    path = tmp_path / "cache" / "store.sqlite3"
    path.parent.mkdir()
    stored(path)
    writable_again = make_unwritable(path)  # the file alone: its folder takes companions
    for _ in range(2):  # the session, and a second one (a snapshot, say) while it is so
        with Store(path) as store:
            assert store.read_only is not None
            assert store.get_meta("theme") == "metalwatch-light"
            store.set_meta("during", "memory only")
    writable_again()
    saves_again(path)
    with Store(path) as store:
        assert store.get_meta("during") is None  # kept in memory only, as said


def test_a_leftover_companion_that_refuses_writes_is_mended_or_named(
    tmp_path: Path,
    make_unwritable: Callable[[Path], Callable[[], None]],
    request: pytest.FixtureRequest,
) -> None:
    """Each companion in turn refuses writes, the file does not: this user's (``chmod``) is
    given the file's bits and the session saves; one root cannot write either (immutable, a
    read-only mount) is named at the start, and the data is shown from memory."""
    how = request.node.callspec.params["make_unwritable"]
    for suffix in ("-shm", "-wal"):
        folder = tmp_path / suffix.strip("-")
        folder.mkdir()
        path = folder / "store.sqlite3"
        stored(path)
        left_behind(path)
        companion = Path(f"{path}{suffix}")
        writable_again = make_unwritable(companion)
        if how == "permissions":
            saves_again(path)
            writable_again()
            continue
        with Store(path) as store:
            assert store.read_only == (
                f"the file {companion} is not writable ({store_files._access_why(companion)})"
            ), store.read_only
            assert store.get_meta("theme") == "metalwatch-light"
            assert not store.saves
        writable_again()
        saves_again(path)


def test_another_users_companion_is_not_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A companion this user does not own is left as it is and named (its owner is asked)."""
    path = tmp_path / "store.sqlite3"
    stored(path)
    left_behind(path)
    shm = Path(f"{path}-shm")
    os.chmod(shm, 0o444)
    mode = companions(path)["-shm"]
    monkeypatch.setattr(store_files.os, "geteuid", lambda: os.getuid() + 4242)
    monkeypatch.setattr(
        store_files.os,
        "access",
        lambda p, m: not (str(p) == str(shm) and m == os.W_OK) and os.path.exists(p),
    )
    assert (
        str(store_files.unwritable(path)) == f"the file {shm} is not writable (Permission denied)"
    )
    assert companions(path)["-shm"] == mode
