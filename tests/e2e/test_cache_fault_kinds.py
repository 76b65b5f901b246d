"""``metalwatch snapshot --json`` and ``watch --once`` on each kind of cache fault, real files and
real processes: the store file chmod 0444, its folder chmod 0555, a folder where the file goes, a
cache folder below a regular file or in a folder chmod 0555 (it cannot be made), random bytes, a
store cut in half, a zero-byte file, another program's write lock and its exclusive lock, a full
disk.

Each: the exit status the README gives, exactly one line about the cache on stderr (no
traceback, no Python error name), in ``snapshot --json``'s ``notes`` the same sentence once, and
the store's bytes as they were where the cache was refused. The sentences are made from the
store's :class:`tui.store.fault.CacheFault`. ``chmod`` stops only a user who is not root: those
cases are skipped as root, with why (test_cache_faults_commands.py runs the read-only ones as root
on an immutable path and a read-only mount).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.snapshot_runs import cache_dir, store_file
from tests.e2e.test_cache_faults import EXIT_LOCKED, clean_stderr, config, hold, run, seed

__all__ = ["config"]  # the fixture, imported for these tests

ROOT = os.geteuid() == 0
AS_ROOT = "root is not stopped by permission bits (chmod): run the tests as another user"


def _companions(store: Path) -> None:
    for extra in ("-wal", "-shm"):
        Path(f"{store}{extra}").unlink(missing_ok=True)


def file_0444(store: Path) -> dict[str, str]:
    os.chmod(store, 0o444)
    return {}


def folder_0555(store: Path) -> dict[str, str]:
    os.chmod(store.parent, 0o555)
    return {}


def file_0000(store: Path) -> dict[str, str]:
    os.chmod(store, 0o000)
    return {}


def folder_0000(store: Path) -> dict[str, str]:
    os.chmod(store.parent, 0o000)
    return {}


def unsearchable_parent(store: Path) -> dict[str, str]:
    """The cache folder inside a folder that cannot be searched (read and write, no ``x``):
    even whether the cache folder is there cannot be asked."""
    parent = store.parent.parent / "parent"
    (parent / "metalwatch").mkdir(parents=True)
    os.chmod(parent, 0o600)
    return {"METALWATCH_CACHE_DIR": str(parent / "metalwatch")}


def folder_in_place(store: Path) -> dict[str, str]:
    _companions(store)
    store.unlink()
    store.mkdir()
    return {}


def below_a_file(store: Path) -> dict[str, str]:
    blocker = store.parent.parent / "blocker"
    blocker.write_text("a file where a folder goes")
    return {"METALWATCH_CACHE_DIR": str(blocker / "metalwatch")}


def in_a_read_only_parent(store: Path) -> dict[str, str]:
    parent = store.parent.parent / "parent"
    parent.mkdir()
    os.chmod(parent, 0o555)
    return {"METALWATCH_CACHE_DIR": str(parent / "metalwatch")}


def random_bytes(store: Path) -> dict[str, str]:
    _companions(store)
    store.write_bytes(os.urandom(65536))
    return {}


def cut_in_half(store: Path) -> dict[str, str]:
    _companions(store)
    os.truncate(store, store.stat().st_size // 2)
    return {}


def zero_bytes(store: Path) -> dict[str, str]:
    _companions(store)
    store.write_bytes(b"")
    return {}


READ_ONLY = "cache is read-only (Permission denied): showing stored data, new data is not saved; "
NO_FILE = "cache cannot be used: nothing stored can be shown, new data is not saved; "
UNREAD = "cache cannot be read (Permission denied): nothing stored can be shown, new data is not "

#: kind -> (what is done to the seeded store (the environment the runs take), the start of the
#: one sentence about the cache (None: nothing to say), whether the store's bytes must stay, and
#: whether the stored headlines are shown by an offline run)
CASES: dict[str, tuple[Callable[[Path], dict[str, str]], str | None, bool, bool]] = {
    "file-0444": (file_0444, READ_ONLY + "to save again, make the file writable", True, True),
    "folder-0555": (folder_0555, READ_ONLY + "to save again, make the folder writable", True, True),
    "file-0000": (file_0000, UNREAD + "saved; to use it again, make the file readable and writable", True, False),
    "folder-0000": (folder_0000, UNREAD + "saved; to use it again, make the folder readable and writable", True, False),
    "unsearchable-parent": (unsearchable_parent, UNREAD + "saved; to use it again, make the folder readable and writable", False, False),
    "folder-in-place": (folder_in_place, NO_FILE + "a folder is in the place of the file", False, False),
    "below-a-file": (below_a_file, NO_FILE + "cannot create the folder", False, False),
    "read-only-parent": (in_a_read_only_parent, NO_FILE + "cannot create the folder", False, False),
    "random-bytes": (random_bytes, "cache was unreadable (not a SQLite database) and was moved aside", False, False),
    "cut-in-half": (cut_in_half, "cache was unreadable (damaged) and was moved aside", False, True),
    "zero-bytes": (zero_bytes, None, False, False),
}  # fmt: skip
CHMOD = {
    "file-0444",
    "folder-0555",
    "read-only-parent",
    "file-0000",
    "folder-0000",
    "unsearchable-parent",
}


@contextmanager
def undone(store: Path) -> Iterator[None]:
    """Every mode this test changed put back, so the test's folder can be removed."""
    try:
        yield
    finally:
        for path in (store.parent.parent / "parent", store.parent, store):
            if os.path.lexists(path):
                os.chmod(path, 0o755 if path.is_dir() else 0o644)


@pytest.mark.parametrize("command", [["snapshot", "--json"], ["watch", "--once"]])
@pytest.mark.parametrize("kind", list(CASES))
def test_each_fault_is_one_line_and_one_note(
    kind: str, command: list[str], config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prepare, said, untouched, _ = CASES[kind]
    if ROOT and kind in CHMOD:
        pytest.skip(AS_ROOT)
    online = seed(config, capsys)
    store = store_file()
    before = store.read_bytes()
    with undone(store):
        env = prepare(store)
        done = run(*command, "--config", str(config), env=env)
        assert done.returncode == 0, done.stderr
        if said is None:
            assert "cache" not in done.stderr, done.stderr
        else:
            clean_stderr(done.stderr, mentions="cache ")
            (line,) = [ln for ln in done.stderr.splitlines() if "cache " in ln]
            assert line.startswith(f"metalwatch: {said}"), line
            assert "))" not in line and "((" not in line, line
        if command[0] == "snapshot":
            doc: dict[str, Any] = json.loads(done.stdout)
            assert doc["headlines"] and all(s["ok"] for s in doc["sources"])
            assert len(doc["headlines"]) == len(online["headlines"])
            about = [n for n in doc["notes"] if n.startswith("cache ")]
            assert about == ([] if said is None else [line.removeprefix("metalwatch: ")])
    if untouched:
        assert store.read_bytes() == before, "the refused store was written"


@pytest.mark.parametrize("kind", [k for k, case in CASES.items() if case[3]])
def test_an_offline_snapshot_shows_what_can_be_read(
    kind: str, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No source read now: the stored headlines (or, of a store cut short, what was saved of
    it) are what is shown, and the cache's sentence is in the notes."""
    prepare, said, _, _ = CASES[kind]
    if ROOT and kind in CHMOD:
        pytest.skip(AS_ROOT)
    online = seed(config, capsys)
    store = store_file()
    with undone(store):
        env = prepare(store)
        done = run("snapshot", "--offline", "--json", "--config", str(config), env=env)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    titles = {h["title"] for h in doc["headlines"]}
    assert titles <= {h["title"] for h in online["headlines"]}
    (note,) = [n for n in doc["notes"] if n.startswith(said or "")]
    if kind in CHMOD:
        assert len(titles) == len(online["headlines"])
    else:  # what the salvage saved is what is shown, and the note says so
        saved = "nothing could be saved from it" not in note
        assert bool(titles) == (saved and " stor" in note.split("; lost")[0]), (note, titles)


@pytest.mark.parametrize("command", [["snapshot", "--json"], ["watch", "--once"]])
def test_a_write_lock_shows_the_data_and_exits_4(
    command: list[str], config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    online = seed(config, capsys)
    holder = hold(store_file(), exclusive_mode=False)
    try:
        done = run(*command, "--config", str(config))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == EXIT_LOCKED, done.stderr
    clean_stderr(done.stderr, mentions="cache ")
    (line,) = [ln for ln in done.stderr.splitlines() if "cache " in ln]
    assert line.startswith(
        "metalwatch: cache is locked by another program for more than 0.5 s: showing stored data, "
        "new data is not saved while it is held ("
    ), line
    assert line.endswith(f"{store_file().name})"), line
    if command[0] == "snapshot":
        doc = json.loads(done.stdout)
        assert len(doc["headlines"]) == len(online["headlines"])
        assert [n for n in doc["notes"] if n.startswith("cache ")] == [
            line.removeprefix("metalwatch: ")
        ]


@pytest.mark.parametrize("command", [["snapshot", "--json"], ["watch", "--once"]])
def test_an_exclusive_lock_is_one_line_and_exit_4(
    command: list[str], config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nothing of the store can be read: one line and exit status 4 at once (the README's
    words), the line saying what to do and naming the file; ``--json`` prints the same
    sentence in its error document (``metalwatch.error/1``) so that a pipe reads JSON."""
    seed(config, capsys)
    holder = hold(store_file(), exclusive_mode=True)
    try:
        done = run(*command, "--config", str(config))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    said = (
        "cache is locked by another program for more than 0.5 s: nothing shown; "
        f"try again once the other program is done ({store_file()})"
    )
    assert done.returncode == EXIT_LOCKED, done.stderr
    assert done.stderr == f"metalwatch: {said}\n"
    if "--json" in command:
        error = json.loads(done.stdout)
        assert error["schema"] == "metalwatch.error/1" and error["exit"] == EXIT_LOCKED
        assert error["error"] == "cache-locked" and error["problems"] == [said]
    else:
        assert done.stdout == ""


@pytest.mark.parametrize("command", [["snapshot", "--json"], ["watch", "--once"]])
def test_a_full_disk(
    command: list[str],
    config: Path,
    capsys: pytest.CaptureFixture[str],
    small_disk: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.conftest import fill_disk

    monkeypatch.setenv("METALWATCH_CACHE_DIR", str(small_disk / "metalwatch"))
    online = seed(config, capsys)
    store = store_file()
    fill_disk(small_disk)
    before = store.read_bytes()
    done = run(*command, "--config", str(config))
    assert done.returncode == 0, done.stderr
    clean_stderr(done.stderr, mentions="cache ")
    (line,) = [ln for ln in done.stderr.splitlines() if "cache " in ln]
    assert line == (
        "metalwatch: cache is read-only: showing stored data, new data is not saved; the disk "
        f"holding {cache_dir()} is full: free some space"
    )
    if command[0] == "snapshot":
        doc = json.loads(done.stdout)
        assert len(doc["headlines"]) == len(online["headlines"])
        assert [n for n in doc["notes"] if n.startswith("cache ")] == [
            line.removeprefix("metalwatch: ")
        ]
    assert store.read_bytes() == before
