"""The session's words for a cache it cannot use are made from the store's structured
:class:`tui.store.fault.CacheFault` (what failed, the path, the errno, the system's words), not
from the store's phrase for it.

Until session 28 ``tui.flow.cache_words`` found the folder, the path and the errno's words again
by matching the store's phrase ("the folder X is not writable (...)"): a phrase reworded in the
store fell through to the general notice, its path and what to do lost, and no test failed. Here
every kind, in several made-up forms (folders and files, homes and not, errnos of several kinds,
locks with and without a wait), is said the same whatever the store's phrase reads, well formed,
each saying what is lost; the real store's faults are of the kind their cause is.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from tui.flow import cache_words
from tui.flow.cache_words import cache_notice, command_locked, kept_out, watch_kept_out
from tui.store import Store, StoreError
from tui.store import fault as fault_module
from tui.store.fault import CacheFault, Kind, from_os_error, locked, unread

HOME = "/home/alloys"
FILE = Path(f"{HOME}/.cache/metalwatch/store.sqlite3")


@dataclass
class FakeStore:
    fault: CacheFault | None
    locked: bool = False
    retry_wanted: bool = False
    path: Path | None = FILE


@pytest.fixture(autouse=True)
def _home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", HOME)


def _e(code: int) -> tuple[int, str]:
    return code, os.strerror(code)


FAULTS = [
    CacheFault(Kind.FOLDER_NOT_WRITABLE, FILE.parent, *_e(errno.EACCES)),
    CacheFault(Kind.FOLDER_NOT_WRITABLE, Path("/var/lib/nickel/cache"), *_e(errno.EROFS)),
    CacheFault(Kind.FILE_NOT_WRITABLE, FILE, *_e(errno.EPERM)),
    CacheFault(Kind.FILE_NOT_WRITABLE, Path(f"{HOME}/zinc/s.db-shm"), *_e(errno.EACCES)),
    CacheFault(Kind.FOLDER_NOT_READABLE, FILE.parent, *_e(errno.EACCES)),
    CacheFault(Kind.FOLDER_NOT_READABLE, Path("/srv/copper"), *_e(errno.EACCES)),
    CacheFault(Kind.FILE_NOT_READABLE, FILE, *_e(errno.EACCES)),
    CacheFault(Kind.CANNOT_OPEN, FILE, *_e(errno.EACCES)),
    CacheFault(Kind.CANNOT_OPEN, Path("/mnt/silver/store.sqlite3"), *_e(errno.EIO)),
    CacheFault(Kind.NO_FOLDER, Path(f"{HOME}/.cache/mw"), errno.EEXIST, "a file is in its place"),
    CacheFault(Kind.NO_FOLDER, Path("/opt/tin/cache"), *_e(errno.EACCES)),
    CacheFault(Kind.FOLDER_IN_PLACE, FILE, *_e(errno.EISDIR)),
    CacheFault(Kind.DISK_FULL, FILE.parent, *_e(errno.ENOSPC)),
    CacheFault(Kind.DISK_FULL, None, *_e(errno.ENOSPC)),
    CacheFault(Kind.READ_ONLY, words="attempt to write a readonly database"),
    CacheFault(Kind.IO_ERROR, words="disk I/O error"),
    CacheFault(Kind.REPLACED, FILE, words="removed"),
    CacheFault(Kind.REPLACED, FILE, words="replaced by a folder"),
    CacheFault(Kind.NEWER, FILE, words="schema version 12; this one reads 7"),
    CacheFault(Kind.UNREADABLE, FILE, words="file is not a database"),
    locked(FILE, 5.0),
    locked(Path("/srv/lead/store.sqlite3"), 0.25),
    locked(FILE, None),
    unread(FILE),
]
LOCKS = {Kind.LOCKED, Kind.UNREAD}


def store_of(fault: CacheFault) -> FakeStore:
    return FakeStore(fault, locked=fault.kind in LOCKS, retry_wanted=fault.kind is Kind.DISK_FULL)


def well_said(text: str) -> None:
    for bad in ("))", "((", "::", ";;", " ;", " :", "None", "Kind.", "CacheFault"):
        assert bad not in text, (bad, text)
    assert text.count("(") == text.count(")"), text
    assert HOME not in text, text


def test_every_kind_is_listed_here() -> None:
    assert {f.kind for f in FAULTS} >= set(Kind) - {Kind.LOOK}


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.kind.value)
def test_the_words_do_not_hang_on_the_stores_phrase(
    fault: CacheFault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store's phrase reworded (as a later session may): the user's notice is the same."""
    before = cache_notice(store_of(fault))  # type: ignore[arg-type]
    monkeypatch.setattr(fault_module.CacheFault, "__str__", lambda self: "cache trouble, reworded")
    assert str(fault) == "cache trouble, reworded"
    assert cache_notice(store_of(fault)) == before  # type: ignore[arg-type]


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.kind.value)
def test_every_kind_says_what_is_lost_and_names_the_place(fault: CacheFault) -> None:
    said = cache_notice(store_of(fault))  # type: ignore[arg-type]
    assert said is not None and said.startswith("cache "), said
    well_said(said)
    assert cache_words.NOT_SAVED in said or cache_words.KEPT in said, said
    if fault.path is not None and fault.kind is not Kind.UNREAD:
        shown = str(fault.path).replace(HOME, "~")
        assert shown in said or str(FILE).replace(HOME, "~") in said, said
    if fault.kind in (Kind.FOLDER_NOT_WRITABLE, Kind.FILE_NOT_WRITABLE):
        assert said.startswith(f"cache is read-only ({fault.words}): "), said
        assert said.endswith(f"writable and restart ({str(fault.path).replace(HOME, '~')})")


@pytest.mark.parametrize("fault", [f for f in FAULTS if f.kind is Kind.LOCKED], ids=str)
def test_a_lock_error_is_said_from_its_fault(
    fault: CacheFault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``StoreError`` carries its fault: the commands' words name the file and the wait, even
    with the error's text reworded."""
    exc = StoreError(fault)
    said = [watch_kept_out(exc), command_locked(exc), kept_out(exc, FILE, locked=True)]
    monkeypatch.setattr(fault_module.CacheFault, "__str__", lambda self: "reworded")
    exc2 = StoreError(fault)
    assert str(exc2) != str(exc)
    assert [watch_kept_out(exc2), command_locked(exc2), kept_out(exc2, FILE, locked=True)] == said
    wait = "" if fault.seconds is None else f" for more than {fault.seconds:g} s"
    where = str(fault.path).replace(HOME, "~")
    for text in said:
        assert text.startswith(f"cache is locked by another program{wait}: "), text
        assert text.endswith(f"({where})"), text
        well_said(text)


@pytest.mark.parametrize(
    "exc",
    [
        PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(FILE)),
        IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(FILE)),
        OSError(errno.EIO, os.strerror(errno.EIO)),
    ],
    ids=lambda e: type(e).__name__,
)
def test_an_os_error_at_the_open_gives_its_errno_and_words(exc: OSError) -> None:
    got = from_os_error(exc, FILE)
    assert (got.kind, got.errno, got.words) == (Kind.CANNOT_OPEN, exc.errno, exc.strerror)
    said = kept_out(exc, FILE, locked=False)
    assert said == (
        f"cache cannot be opened ({exc.strerror}): new data is not saved this session "
        "(~/.cache/metalwatch/store.sqlite3)"
    )


# ------------------------------------------------------------------ the real store's faults


def test_real_faults_are_of_their_kind(tmp_path: Path) -> None:
    """What a real store on real files hands over: the kind, the path, the errno, the words."""
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder goes")
    with Store(blocker / "mw" / "store.sqlite3", busy_timeout=0.2) as s:
        assert s.fault is not None and s.fault.kind is Kind.NO_FOLDER
        assert s.fault.path == blocker / "mw" and s.fault.errno == errno.ENOTDIR
        assert s.fault.words == f"{blocker} is a file, not a folder"
    in_place = tmp_path / "cache" / "store.sqlite3"
    in_place.mkdir(parents=True)
    with Store(in_place, busy_timeout=0.2) as s:
        assert s.fault == CacheFault(Kind.FOLDER_IN_PLACE, in_place, errno.EISDIR, "Is a directory")
    ok = tmp_path / "ok" / "store.sqlite3"
    with Store(ok, busy_timeout=0.2) as s:
        assert s.fault is None and s.read_only is None
        s._conn.execute(f"PRAGMA max_page_count = {s.pragma('page_count')}")
        s.set_meta("big", "x" * 200_000)  # SQLITE_FULL: a full disk, the folder named
        assert s.fault == CacheFault(
            Kind.DISK_FULL, ok.parent, errno.ENOSPC, "No space left on device"
        )
        assert s.read_only == f"the disk holding {ok.parent} is full"


def test_a_store_the_system_refuses_is_said_in_the_notes_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error the store could not tell apart (the system refused the file): the command goes
    on in memory and says so in the words of every other fault, on stderr and in ``notes``
    (it said "cannot open the cache at ...; using memory only" on stderr alone)."""
    import io

    from tui.core.config import parse_config
    from tui.flow import store_open

    def refuse(_path: Path) -> Store:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(_path))

    monkeypatch.setenv("METALWATCH_CACHE_DIR", str(tmp_path / "mw"))
    monkeypatch.setattr(
        store_open,
        "Store",
        type("S", (), {"__new__": lambda c, p: refuse(p), "memory": Store.memory}),
    )
    err = io.StringIO()
    store = store_open.open_store(parse_config({}, None), err=err)
    assert not store.saves and store.fault is not None and store.fault.kind is Kind.CANNOT_OPEN
    said = cache_notice(store)
    assert said == (
        f"cache cannot be opened (Permission denied): new data is not saved this session "
        f"({tmp_path / 'mw' / 'store.sqlite3'})"
    )
    assert err.getvalue() == f"metalwatch: {said}\n"


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root is not stopped by permission bits (chmod): run as another user"
)
@pytest.mark.parametrize("how", ["file-0000", "folder-0000", "parent-0600"])
def test_a_cache_that_cannot_be_read_is_said_so_not_read_only(tmp_path: Path, how: str) -> None:
    """It said "cache is read-only (Permission denied): showing stored data ... make the file
    writable" with nothing read; and a cache folder in a folder that cannot be searched made
    the store raise (``Path.exists`` raises for EACCES), every source's HTTP cache with it."""
    from tui.store import files

    parent = tmp_path / "parent"
    path = parent / "mw" / "store.sqlite3"
    with Store(path) as s:
        s.set_meta("theme", "x")
    target, mode, kind = {
        "file-0000": (path, 0o000, Kind.FILE_NOT_READABLE),
        "folder-0000": (path.parent, 0o000, Kind.FOLDER_NOT_READABLE),
        "parent-0600": (parent, 0o600, Kind.FOLDER_NOT_READABLE),
    }[how]
    os.chmod(target, mode)
    try:
        assert files.unwritable(path) is not None  # never raises
        with Store(path, busy_timeout=0.2) as s:
            assert s.fault is not None and s.fault.kind is kind and s.fault.path == target
            assert s.fault.errno == errno.EACCES and not s.saves
            assert s.get_meta("theme") is None  # nothing read, and none said to be shown
            said = cache_notice(s)
    finally:
        os.chmod(target, 0o755 if target.is_dir() else 0o644)
    what = "file" if kind is Kind.FILE_NOT_READABLE else "folder"
    assert said == (
        "cache cannot be read (Permission denied): nothing stored can be shown, new data is not "
        f"saved; to use it again, make the {what} readable and writable and restart ({target})"
    )
