"""What the session says of a cache it cannot use (``tui.flow.cache_words``): what happened,
what still works, what to do, the file last from ``~``, and never a bracket in a bracket.

Before session 27 an immutable cache folder read "cache is read-only (the folder
/root/.cache/metalwatch is not writable (Operation not permitted)): showing what is stored;
…": two closing brackets side by side, the path from ``/root``. Several made-up refusals
(folders and files, errno words, homes, locks, a full disk, a newer version's file), of which
the folder and file ones read with the doubled bracket before."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from tui.flow import cache_words
from tui.flow.cache_words import cache_notice, kept_out, load_kept_out, then
from tui.flow.reopen import load_locked, trying_again
from tui.store import Store, StoreError
from tui.store.fault import CacheFault, Kind, locked, unread
from tui.store.schema import NEWER

HOME = "/home/metals"


@dataclass
class FakeStore:
    fault: CacheFault | None
    locked: bool = False
    retry_wanted: bool = False
    path: Path | None = Path(f"{HOME}/.cache/metalwatch/store.sqlite3")


def well_said(text: str) -> None:
    """No doubled or crossed punctuation, brackets never nested, and no home spelt out."""
    for bad in ("))", "((", "):)", ".;", ";;", ";.", ",;", "::", " ;", " :", ": ;"):
        assert bad not in text, (bad, text)
    depth = 0
    for ch in text:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        assert 0 <= depth <= 1, text
    assert depth == 0, text
    assert HOME not in text, text


@pytest.fixture(autouse=True)
def _home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", HOME)


FOLDER, FILE = Kind.FOLDER_NOT_WRITABLE, Kind.FILE_NOT_WRITABLE


@pytest.mark.parametrize(
    ("why", "what", "err", "where"),
    [
        (CacheFault(FOLDER, Path(f"{HOME}/.cache/metalwatch"), 1, "Operation not permitted"), "folder", "Operation not permitted", "~/.cache/metalwatch"),
        (CacheFault(FILE, Path(f"{HOME}/.cache/metalwatch/store.sqlite3"), 30, "Read-only file system"), "file", "Read-only file system", "~/.cache/metalwatch/store.sqlite3"),
        (CacheFault(FILE, Path(f"{HOME}/mw/store.sqlite3-shm"), 13, "Permission denied"), "file", "Permission denied", "~/mw/store.sqlite3-shm"),
        (CacheFault(FOLDER, Path("/srv/metals/cache"), 13, "Permission denied"), "folder", "Permission denied", "/srv/metals/cache"),
    ],
)  # fmt: skip
def test_a_refused_folder_or_file(why: CacheFault, what: str, err: str, where: str) -> None:
    said = cache_notice(FakeStore(why))  # type: ignore[arg-type]
    assert said == (
        f"cache is read-only ({err}): showing stored data, new data is not saved; "
        f"to save again, make the {what} writable and restart ({where})"
    )
    well_said(said)


@pytest.mark.parametrize(
    ("why", "retry", "ends"),
    [
        (CacheFault(Kind.DISK_FULL, Path(f"{HOME}/.cache/metalwatch"), 28, "No space left on device"), True, "the disk holding ~/.cache/metalwatch is full: free some space"),
        (CacheFault(Kind.READ_ONLY, words="attempt to write a readonly database"), True, "the file cannot be written"),
        (CacheFault(Kind.IO_ERROR, words="disk I/O error"), False, "the disk refused a write (disk I/O error): fix that and restart to save again"),
    ],
)  # fmt: skip
def test_other_refusals_say_why_and_what_to_do(why: CacheFault, retry: bool, ends: str) -> None:
    store = FakeStore(why, retry_wanted=retry)
    said = cache_notice(store)  # type: ignore[arg-type]
    assert said is not None
    assert said.startswith("cache is read-only: showing stored data, new data is not saved; ")
    assert said.endswith(ends), said
    well_said(said)
    if retry:  # the app says that saving is tried again after it: one separator
        more = then(said, trying_again(store, 10))  # type: ignore[arg-type]
        assert more == f"{said}; trying to save to the cache again every 10 s"
        well_said(more)


@pytest.mark.parametrize(
    ("why", "ends"),
    [
        (CacheFault(Kind.NO_FOLDER, Path(f"{HOME}/.cache/metalwatch"), 17, "a file is in its place"), "cannot create the folder ~/.cache/metalwatch (a file is in its place): fix that and restart to save again"),
        (CacheFault(Kind.NO_FOLDER, Path("/srv/cache/metalwatch"), 13, "Permission denied"), "cannot create the folder /srv/cache/metalwatch (Permission denied): fix that and restart to save again"),
        (CacheFault(Kind.FOLDER_IN_PLACE, Path(f"{HOME}/mw/store.sqlite3"), 21, "Is a directory"), "a folder is in the place of the file ~/mw/store.sqlite3: fix that and restart to save again"),
    ],
)  # fmt: skip
def test_no_file_at_all_shows_nothing_stored(why: CacheFault, ends: str) -> None:
    """A cache folder that cannot be made, or a folder where the file goes: there is no file,
    so nothing stored is shown. Until session 28 these read "cache is read-only: showing stored
    data, ..." (the test above held the first case so): there was nothing stored to show."""
    said = cache_notice(FakeStore(why, retry_wanted=False))  # type: ignore[arg-type]
    assert (
        said == f"cache cannot be used: nothing stored can be shown, new data is not saved; {ends}"
    )
    well_said(said)


def test_a_lock_names_the_file_last() -> None:
    store = FakeStore(locked(Path(f"{HOME}/x"), 5.0), locked=True, retry_wanted=True)
    said = cache_notice(store)  # type: ignore[arg-type]
    assert said == (
        "cache is locked by another program for more than 5 s: showing stored data, new data "
        "is not saved while it is held (~/.cache/metalwatch/store.sqlite3)"
    )
    well_said(then(said, trying_again(store, 5)))  # type: ignore[arg-type]
    kept = FakeStore(unread(None), locked=True, path=None)
    assert cache_notice(kept).startswith("cache is locked by another program: nothing")  # type: ignore[arg-type, union-attr]


def test_a_newer_versions_file_keeps_one_bracket_each() -> None:
    newer = CacheFault(Kind.NEWER, Path(f"{HOME}/x"), words="schema version 99; this one reads 7")
    said = cache_notice(FakeStore(newer))  # type: ignore[arg-type]
    assert said is not None and said.startswith(f"cache was {NEWER} (schema version 99")
    assert said.endswith("new data is not saved (~/.cache/metalwatch/store.sqlite3)")
    well_said(said)


@pytest.mark.parametrize(
    "exc",
    [
        StoreError(locked(Path(f"{HOME}/.cache/metalwatch/store.sqlite3"), 5.0)),
        StoreError(locked(Path(f"{HOME}/.cache/metalwatch/store.sqlite3"), None)),
    ],
)  # fmt: skip
def test_kept_out_by_a_lock(exc: StoreError) -> None:
    state = str(exc).split(" is ", 1)[1]
    start = kept_out(exc, Path(f"{HOME}/x"), locked=True)
    assert start.startswith(f"cache is {state}: nothing stored can be shown yet")
    assert start.endswith("(~/.cache/metalwatch/store.sqlite3)")
    watch = cache_words.watch_kept_out(exc)
    assert (
        watch
        == f"cache is {state}: new data is kept in memory until it is free (~/.cache/metalwatch/store.sqlite3)"
    )
    once = cache_words.command_locked(exc)
    assert once.startswith(f"cache is {state}: nothing shown; try again once the other program")
    assert once.endswith("is done (~/.cache/metalwatch/store.sqlite3)")
    load = load_locked(None, exc, 5)
    assert load.startswith(f"cache is {state}: what is on screen stays, new data is kept")
    assert load.endswith("(~/.cache/metalwatch/store.sqlite3); trying the cache again every 5 s")
    assert load_kept_out(exc, waits=False).endswith(
        "new data is not saved this session (~/.cache/metalwatch/store.sqlite3)"
    )
    for text in (start, load, watch, once):
        well_said(text)


def test_kept_out_by_another_failure() -> None:
    exc = PermissionError(13, "Permission denied", f"{HOME}/.cache/metalwatch/store.sqlite3")
    said = kept_out(exc, Path(f"{HOME}/.cache/metalwatch/store.sqlite3"), locked=False)
    assert said == (
        "cache cannot be opened (Permission denied): new data is not saved this session "
        "(~/.cache/metalwatch/store.sqlite3)"
    )
    well_said(said)


def test_a_real_store_refused_says_it_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real store on a folder refused with EPERM (``files.unwritable`` made to say so, as an
    immutable folder does to root): the store's own phrase, said without a bracket in one."""
    from tui.store import files

    path = tmp_path / "cache" / "store.sqlite3"
    Store(path).close()
    phrase = f"the folder {path.parent} is not writable (Operation not permitted)"
    fault = CacheFault(FOLDER, path.parent, 1, "Operation not permitted")
    monkeypatch.setattr(files, "unwritable", lambda _p: fault)
    with Store(path) as store:
        assert store.read_only == phrase
        said = cache_notice(store)
    assert said is not None and said.startswith("cache is read-only (Operation not permitted): ")
    assert said.endswith(f"make the folder writable and restart ({path.parent})")
    assert re.search(r"\)\)|\(\(", said) is None
    assert cache_words.NOT_SAVED in said


@pytest.mark.parametrize(
    ("notice", "want"),
    [
        ("cache is locked by another program for more than 5 s: nothing stored can be shown yet", "cache is locked by another program for more than 5 s"),
        ("cache is locked by another program for more than 5 s: what is on screen stays (~/x/s.db); trying", "cache is locked by another program for more than 5 s"),
        ("cache is read-only (Permission denied): showing stored data", "cache is read-only (Permission denied)"),
        ("cache was unreadable (damaged) and was moved aside to /x/s.db; starting fresh", "cache was unreadable (damaged) and was moved aside to /x/s.db"),
    ],
)  # fmt: skip
def test_one_notice_per_topic(notice: str, want: str) -> None:
    """The app says a cache's trouble once: a lock met at the start and by the first load has
    one topic, though what still works differs."""
    assert cache_words.topic(notice) == want
