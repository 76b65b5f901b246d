"""What a session says when its cache cannot be used as it should: read-only, locked by another
program, or not opened at all. One sentence each, for the app's notices, ``snapshot``'s notes
and the commands' stderr: what happened, what still works, what is lost, what to do; the file
named last, from ``~``; no bracket inside a bracket.

Said before (session 27), the immutable cache folder's notice read "cache is read-only (the
folder /root/.cache/metalwatch is not writable (Operation not permitted)): showing what is
stored; …", its two closing brackets side by side, and the path wrapped mid-word in the toast
(the app lays the sentence out: ``tui.core.path_words.fit_paths``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.path_words import home_short, homes_short
from tui.store.schema import NEWER

if TYPE_CHECKING:
    from tui.store import Store

#: What a session a lock kept out of the whole file says its store is (``read_only``).
NOTHING_READ = "nothing of the cache could be read"
#: What every notice of a session that saves nothing says (``tui.ui.reopening`` reads it).
NOT_SAVED = "new data is not saved"
KEPT = "new data is kept in memory until it is free"  # a lock's: saved once it lets go
SHOWING = "showing stored data"


def cache_notice(store: Store) -> str | None:
    """One sentence when nothing of this session is saved (read-only or locked cache)."""
    why = store.read_only
    if why is None:
        return None
    why = homes_short(why)
    if why.startswith(NEWER):  # another version's: none of it can be read
        return f"cache was {why}: left as it is, none of it shown; {NOT_SAVED}{_at(store.path)}"
    if store.locked and why == NOTHING_READ:
        return f"cache is locked by another program: nothing stored can be shown yet, {KEPT}"
    if store.locked:
        # the app and ``watch`` save it once the lock lets go; a one-shot command ends before
        return f"cache is {why}: {SHOWING}, {NOT_SAVED} while it is held{_at(store.path)}"
    refused = _REFUSED.match(why)
    if refused is not None:  # "the folder <path> is not writable (<errno's words>)"
        what, where, err = refused["what"], refused["path"], refused["err"]
        return (
            f"cache is read-only ({err}): {SHOWING}, {NOT_SAVED}; "
            f"to save again, make the {what} writable and restart ({where})"
        )
    return f"cache is read-only: {SHOWING}, {NOT_SAVED}; {_cause(why, store.retry_wanted)}"


#: How the store says a folder or file refuses writes (``tui.store.files.unwritable``).
_REFUSED = re.compile(
    r"^the (?P<what>folder|file) (?P<path>.+) is not writable \((?P<err>[^()]+)\)$"
)


def _cause(why: str, retried: bool) -> str:
    """Why the cache takes no writes (the store's phrase, which names the folder or file when it
    is one of them), and what the user can do: free space on a full disk; saving is tried again
    on its own when ``retried`` (said after this); else mend it and start again."""
    if why.endswith("is full"):
        return f"{why}: free some space"
    if retried:
        return why
    return f"{why}: fix that and restart to save again"


def _at(path: Path | None) -> str:
    """The cache file, last, in brackets (nothing for a store in memory)."""
    return f" ({home_short(path)})" if path is not None else ""


_CACHE_IS = re.compile(r"^cache (?P<path>.+?) is (?P<state>.+)$")


def locked_words(exc: BaseException) -> tuple[str, str]:
    """The state and the file of a :class:`tui.store.StoreError` ("cache <path> is locked by
    another program …"): the state first, the file from ``~``."""
    text = str(exc)
    got = _CACHE_IS.match(text)
    if got is None:
        return text, ""
    return got["state"], f" ({home_short(got['path'])})"


def kept_out(exc: BaseException, path: Path, locked: bool) -> str:
    """What the app says when nothing of the cache at ``path`` could be read at its start: a
    lock's (``locked``: the session waits in memory for it) or another failure's."""
    if locked:
        state, where = locked_words(exc)
        return f"cache is {state}: nothing stored can be shown yet, {KEPT}{where}"
    err = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
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
