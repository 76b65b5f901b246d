"""``watch``'s mark of its own writes (:mod:`tui.store.write_mark`): the store as its rounds
left it, so the app started beside it paints the last snapshot without "checking the cache".

A round's writes are vouched for only when the store was vouched for as the round began (the
mark held: a clean quit's, or ``watch``'s own last round's) and no other connection committed
to it until the round's end: SQLite's ``PRAGMA data_version`` on ``watch``'s connection, which
changes when another connection commits and never for its own. The files' identity is taken
before that second look, so a commit slipped in between is seen. Anything else (the app's
session writing beside it, ``snapshot``, another program, a store moved aside) leaves the
mark as it was, no longer holding, until a clean quit marks the store again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tui.store import write_mark

if TYPE_CHECKING:
    from tui.store import Store


class WatchMark:
    """The mark kept through ``watch``'s rounds on ``store`` (at ``path``); ``vouched``: the
    mark held as the store was opened, and opening it found nothing wrong."""

    def __init__(self, store: Store, path: Path, vouched: bool) -> None:
        self.store, self.path = store, path
        self._base = self._version() if vouched else None  # data_version while vouched for

    def _version(self) -> object | None:
        """``data_version`` of ``watch``'s connection; None when the store does not save to
        its file (in memory, read-only) or cannot be read now."""
        if not self.store.saves or self.store.read_only is not None:
            return None
        try:
            return self.store.pragma("data_version")
        except Exception:  # locked past the busy timeout, closed: nothing vouched for
            return None

    def before_round(self) -> None:
        """Whether what the round starts on is vouched for: nothing else committed since the
        last mark this connection took, or the mark holds (a clean quit's since)."""
        version = self._version()
        if version is None or (self._base is not None and version == self._base):
            self._base = version
            return
        self._base = version if write_mark.holds(self.path) else None

    def after_round(self) -> None:
        """The round's writes marked, when no other connection committed meanwhile."""
        if self._base is None:
            return
        taken = write_mark.state(self.path)
        if self._version() != self._base:
            self._base = None
            return
        write_mark.write(self.path, taken)

    def intact(self) -> bool:
        """Whether the store is still as marked by this connection's writes (before a close:
        then :func:`closed`)."""
        return self._base is not None and self._version() == self._base


def closed(path: Path, intact: bool) -> None:
    """After ``watch`` closed the store (its log checkpointed and removed, when it was the last
    connection): marked as the close left it, when it was vouched for up to the close."""
    if intact:
        write_mark.write(path)
