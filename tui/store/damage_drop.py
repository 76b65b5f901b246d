"""Rows the reads left out as damaged, removed from the file once said (``remove_left_out``).

A row zeroed in place whose key was zeroed (a price point's date, a series' symbol, a source's
name) is never written over: the sources' next answers are stored under the real key, beside
it, and every session said it again. Removing it loses nothing a read gives (each read leaves
it out), and only the very row read is removed: its columns as read are the condition, so a row
a later write mended (or another process replaced) stays. A series is removed only with its key
damaged, its points with it (no read reaches them); with its key whole the next save of its
source mends it and its history stays.
"""

from __future__ import annotations

import sqlite3

from tui.store.access import writes
from tui.store.base import StoreBase

#: At most this many damaged rows of a table are removed in a session (each one a pass over its
#: table): a file zeroed wholesale is SQLite's to find damaged, not this.
_AT_MOST = 200


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
        gone = 0
        # with foreign keys on, SQLite deletes in two passes, finding each row again by its
        # key: a zeroed key, out of order, is not found (the points of a series are removed by
        # hand below); set outside the transaction, as SQLite takes it
        self._conn.execute("PRAGMA foreign_keys = OFF")
        try:
            gone = self._remove(left_out.where)
        finally:
            self._conn.execute("PRAGMA foreign_keys = ON")
        left_out.where.clear()
        left_out.removed += gone
        return gone

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
        return gone
