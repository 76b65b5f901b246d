"""Rows the reads left out as damaged, removed from the file once said (``remove_left_out``).

A row zeroed in place whose key was zeroed (a price point's date, a series' symbol, a source's
name) is never written over: the sources' next answers are stored under the real key, beside
it, and every session said it again. Removing it loses nothing a read gives (each read leaves
it out), and only the very row read is removed: its columns as read are the condition, so a row
a later write mended (or another process replaced) stays. A series is removed only with its key
damaged, its points with it (no read reaches them); with its key whole the next save of its
source mends it and its history stays. A story whose key was zeroed is kept while a save of its
source this session did not mend keys (none was known zeroed when it ran: the save may have
landed on that very row by its index, the story's latest text in it): the session notes in the
file that keys were found zeroed (``ZEROED_KEYS``, at its close), and the next save mends it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable

from tui.store.access import writes
from tui.store.base import StoreBase
from tui.store.damage import NUL, ZEROED_KEYS, LeftOut, switched
from tui.store.schema import DELIVERY_PREFIX

#: At most this many damaged rows of a table are removed in a session (each one a pass over its
#: table): a file zeroed wholesale is SQLite's to find damaged, not this.
_AT_MOST = 200
#: The meta keys of the records of each source's last stored bytes (``tui.flow.unchanged``).
_DELIVERIES = (DELIVERY_PREFIX, DELIVERY_PREFIX[:-1] + chr(ord(DELIVERY_PREFIX[-1]) + 1))


class DamageStore(StoreBase):
    """Removing the damaged rows this session's reads left out."""

    @writes
    def remove_left_out(self) -> int:
        """Remove from the file the rows this session's reads left out as damaged (still as
        read); returns how many. Nothing on a cache read-only or locked (kept for a session
        that can write)."""
        left_out = self.left_out
        if self.read_only or not left_out.where:
            return 0
        # with foreign keys on, SQLite deletes in two passes, finding each row again by its
        # key: a zeroed key, out of order, is not found (the points of a series are removed by
        # hand below)
        found = {
            t: [w for w in rows if not self._may_mend(t, w)] for t, rows in left_out.where.items()
        }
        with switched(self._conn, "foreign_keys", "OFF"):
            gone = self._remove(found)
        left_out.where.clear()
        left_out.removed += gone
        return gone

    def adopt_left_out(self, found: LeftOut) -> None:
        """What reads of this file on another connection left out (the app's loads, each on a
        store of its own), this store's to mend (its saves) and remove (``remove_left_out``)."""
        with self._lock:
            self.left_out.merge(found)

    def _may_mend(self, table: str, where: dict[str, object]) -> bool:
        """A story row whose key was zeroed, that the next save of its source may mend (see the
        module's docstring)."""
        if table != "headlines" or where.get("source") not in self.left_out.unmended:
            return False
        key = where.get("identity")
        return not isinstance(key, str) or NUL in key

    def close(self, last: Callable[[], object] | None = None) -> None:
        """Closed (``last`` as :meth:`StoreBase.close` calls it), after noting for the next sessions whether this one found a story's key
        zeroed (``ZEROED_KEYS``): kept while any is, dropped once every story read whole."""
        with contextlib.suppress(sqlite3.Error):
            self._note_zeroed_keys()
        super().close(last)

    def _note_zeroed_keys(self) -> None:
        left_out = self.left_out
        if self._closed or self._peek or self._in_memory or self.fault is not None:
            return
        if not left_out.keys_zeroed and not left_out.stories_read:
            return  # nothing learnt of the stories' keys: the note stands as it is
        noted = self._conn.execute("SELECT 1 FROM meta WHERE key = ?", (ZEROED_KEYS,))
        if (noted.fetchone() is not None) == bool(left_out.keys_zeroed):
            return
        with self._lock, self._tx() as conn:
            if left_out.keys_zeroed:
                sources = ", ".join(sorted(left_out.keys_zeroed))
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (ZEROED_KEYS, sources)
                )
            else:
                conn.execute("DELETE FROM meta WHERE key = ?", (ZEROED_KEYS,))

    def _remove(self, found: dict[str, list[dict[str, object]]]) -> int:
        gone = 0
        with self._tx() as conn:
            for table, rows in found.items():
                for where in rows[:_AT_MOST]:
                    columns = list(where)
                    # each term kept off the indexes (``+``): a zeroed key sits out of its
                    # index's order, where no search finds it; the table is read through
                    match = " AND ".join(f"+{c} IS ?" for c in columns)
                    sql = f"DELETE FROM {table} WHERE {match}"  # names of this module's callers
                    try:
                        n = conn.execute(sql, [where[c] for c in columns]).rowcount
                        if n and table == "series":
                            conn.execute(
                                "DELETE FROM price_points WHERE series_id = ?", (where["id"],)
                            )
                    except sqlite3.DatabaseError:  # an index entry the zeros left behind: kept
                        continue
                    gone += max(0, n)
            if gone:  # the sources' bytes stored last no longer stand for what the file holds
                conn.execute("DELETE FROM meta WHERE key >= ? AND key < ?", _DELIVERIES)
        return gone
