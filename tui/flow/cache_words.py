"""What a session says when its cache cannot be used as it should: read-only, locked by another
program, or not opened at all. One sentence each, for the app's notices, ``snapshot``'s notes
and the commands' stderr: what happened, what still works, what is lost, what to do; the file
named last, from ``~``; no bracket inside a bracket.

Said before (session 27), the immutable cache folder's notice read "cache is read-only (the
folder /root/.cache/metalwatch is not writable (Operation not permitted)): showing what is
stored; …", its two closing brackets side by side, and the path wrapped mid-word in the toast
(the app lays the sentence out: ``tui.core.path_words.fit_paths``).

The words are made from the store's :class:`tui.store.fault.CacheFault` (what failed, the path,
the errno's words), never from its phrase: until session 28 they were found again by matching
that phrase ("the folder X is not writable (...)"), and a phrase reworded in the store lost the
clear notice without a test failing.
"""

from __future__ import annotations

import errno
import re
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.path_words import home_short, homes_short
from tui.store.fault import (
    NEWER,
    NOT_READABLE,
    NOT_WRITABLE,
    CacheFault,
    Kind,
    StoreError,
    from_os_error,
)
from tui.store.files import COMPANIONS

if TYPE_CHECKING:
    from tui.store import Store

#: What a session a lock kept out of the whole file says its store is (``read_only``).
NOTHING_READ = "nothing of the cache could be read"
#: What every notice of a session that saves nothing says (``tui.ui.reopening`` reads it).
NOT_SAVED = "new data is not saved"
KEPT = "new data is kept in memory until it is free"  # a lock's: saved once it lets go
SHOWING = "showing stored data"


def cache_notice(store: Store) -> str | None:
    """One sentence when nothing of this session is saved (read-only or locked cache), made
    from the store's ``fault`` (what failed, the path, the system's words)."""
    fault = store.fault
    if fault is None:
        return None
    kind = fault.kind
    if kind is Kind.NEWER:  # another version's: none of it can be read
        return (
            f"cache was {what_failed(fault)}: left as it is, none of it shown; "
            f"{NOT_SAVED}{_at(store.path)}"
        )
    if kind is Kind.UNREAD:
        return f"cache is locked by another program: nothing stored can be shown yet, {KEPT}"
    if kind is Kind.LOCKED:
        # the app and ``watch`` save it once the lock lets go; a one-shot command ends before
        return (
            f"cache is {what_failed(fault)}: {SHOWING}, {NOT_SAVED} while it is held"
            f"{_at(store.path)}"
        )
    if kind in NOT_WRITABLE:  # the folder or the file refuses writes: the user mends it
        what = "folder" if kind is Kind.FOLDER_NOT_WRITABLE else "file"
        where = home_short(fault.path) if fault.path is not None else "the cache"
        return (
            f"cache is read-only ({fault.words}): {SHOWING}, {NOT_SAVED}; "
            f"to save again, make the {what} writable and restart ({where})"
        )
    if kind in NOT_READABLE:  # nothing of it read: the user mends it
        what = "folder" if kind is Kind.FOLDER_NOT_READABLE else "file"
        return (
            f"cache cannot be read ({fault.words}): {NOTHING_SHOWN}, {NOT_SAVED}; to use it "
            f"again, make the {what} readable and writable and restart{_at(fault.path)}"
        )
    if kind is Kind.CANNOT_OPEN:  # the system refused it: the session in memory
        return f"cache cannot be opened ({fault.words}): {NOT_SAVED} this session{_at(fault.path)}"
    if kind in _NO_FILE and not companion(fault.path):  # no file: nothing stored to show
        return f"cache cannot be used: {NOTHING_SHOWN}, {NOT_SAVED}; {_cause(fault, False)}"
    return f"cache is read-only: {SHOWING}, {NOT_SAVED}; {_cause(fault, store.retry_wanted)}"


#: Faults with no cache file at all: its folder cannot be made, a folder is in the file's place
#: (said "cache is read-only: showing stored data" until session 28, with nothing stored).
_NO_FILE = frozenset({Kind.NO_FOLDER, Kind.FOLDER_IN_PLACE})
NOTHING_SHOWN = "nothing stored can be shown"


def companion(path: Path | None) -> bool:
    """Whether ``path`` is one of the store file's companions (its ``-wal``, ``-shm`` or
    ``-journal``): a folder in its place keeps the file from being written, not from being
    read (its stored data is shown)."""
    return path is not None and path.name.endswith(COMPANIONS)


def what_failed(fault: CacheFault) -> str:
    """What failed, in the user's words, made from the fault's fields (paths from ``~``)."""
    kind, words = fault.kind, homes_short(fault.words)
    path = home_short(fault.path) if fault.path is not None else None
    if kind is Kind.LOCKED:
        wait = f" for more than {fault.seconds:g} s" if fault.seconds is not None else ""
        return f"locked by another program{wait}"
    if kind is Kind.UNREAD:
        return NOTHING_READ
    if kind is Kind.NEWER:
        return f"{NEWER} ({words})" if words else NEWER
    if kind in NOT_WRITABLE:
        what = "folder" if kind is Kind.FOLDER_NOT_WRITABLE else "file"
        return f"the {what} {path or 'of the cache'} is not writable ({words})"
    if kind in NOT_READABLE:
        what = "folder" if kind is Kind.FOLDER_NOT_READABLE else "file"
        return f"the {what} {path or 'of the cache'} cannot be read ({words})"
    if kind is Kind.NO_FOLDER:
        if fault.errno == errno.ENOENT:  # a link into a folder not there: not made here
            return f"the folder {path} does not exist ({words})"
        return f"cannot create the folder {path} ({words})"
    if kind is Kind.FOLDER_IN_PLACE:
        return f"a folder is in the place of the file {path}"
    if kind is Kind.DISK_FULL:
        return f"the disk holding {path} is full" if path is not None else "the disk is full"
    if kind is Kind.READ_ONLY:
        return "the file cannot be written"
    if kind is Kind.IO_ERROR:
        return f"the disk refused a write ({words})"
    if kind is Kind.REPLACED:
        return f"the file {path} was {words} while in use"
    if kind is Kind.CANNOT_OPEN:
        return f"cannot open the cache ({words})"
    if kind is Kind.LOOK:
        return "a read-only look"
    # UNREADABLE: SQLite's words, the file named
    return f"the file {path} cannot be read ({words})" if path else words or "cannot be read"


def _cause(fault: CacheFault, retried: bool) -> str:
    """Why the cache takes no writes (naming the folder or file when it is one of them), and
    what the user can do: free space on a full disk; saving is tried again on its own when
    ``retried`` (said after this); else mend it and start again."""
    why = what_failed(fault)
    if fault.kind is Kind.DISK_FULL:
        return f"{why}: free some space"
    if retried:
        return why
    return f"{why}: fix that and restart to save again"


def _at(path: Path | None) -> str:
    """The cache file, last, in brackets (nothing for a store in memory)."""
    return f" ({home_short(path)})" if path is not None else ""


def locked_words(exc: BaseException) -> tuple[str, str]:
    """The state and the file of a :class:`tui.store.StoreError` (its ``fault``: a lock on
    the file, waited for so long): the state first, the file from ``~``."""
    if isinstance(exc, StoreError):
        return what_failed(exc.fault), _at(exc.fault.path)
    return homes_short(str(exc)), ""


def kept_out(exc: BaseException, path: Path, locked: bool) -> str:
    """What the app says when nothing of the cache at ``path`` could be read at its start: a
    lock's (``locked``: the session waits in memory for it) or another failure's."""
    if locked:
        state, where = locked_words(exc)
        return f"cache is {state}: nothing stored can be shown yet, {KEPT}{where}"
    err = from_os_error(exc, path).words if isinstance(exc, OSError) else str(exc)
    return f"cache cannot be opened ({homes_short(err)}): {NOT_SAVED} this session{_at(path)}"


def watch_kept_out(exc: BaseException) -> str:
    """What ``watch`` says when a lock kept it out of the whole cache at its start: it goes on
    in memory and tries the cache again (said after this)."""
    state, where = locked_words(exc)
    return f"cache is {state}: {KEPT}{where}"


def command_locked(exc: BaseException) -> str:
    """What a one-shot command (``snapshot``, ``watch --once``) says when a lock kept it out
    of the cache: nothing was done, and what to do."""
    state, where = locked_words(exc)
    return f"cache is {state}: nothing shown; try again once the other program is done{where}"


def load_kept_out(exc: BaseException, waits: bool) -> str:
    """What the app says of a load a lock kept out: what is on screen stays; ``waits``: the
    session's data waits in memory for the lock (tried again, said after this)."""
    state, where = locked_words(exc)
    then = KEPT if waits else f"{NOT_SAVED} this session"
    return f"cache is {state}: what is on screen stays, {then}{where}"


def then(notice: str, more: str) -> str:
    """``notice`` and ``more`` in one sentence, one separator between them (a notice that
    ends with a stop or a colon keeps it alone)."""
    return f"{notice.rstrip(';,. ')}; {more}"


def topic(notice: str) -> str:
    """What a notice says happened, the words before its first colon or semicolon ("cache is
    locked by another program for more than 5 s"): one notice per topic is enough (a lock met
    at the start and by the first load is said once)."""
    return re.split(r"[:;]", notice, maxsplit=1)[0]
