"""What a copy of the file in memory held when it was made, for the merge back (``tui.store.merge``).

A write lock waited out mid-session puts the store on a copy of the file in memory
(``StoreBase._degrade``). The rows it copied of the tables the file trims or deletes from (stories,
read marks and the alerts log pruned, a meta key removed, a source's declared list replaced) are
the file's, not the session's: once the lock lets go, one the file no longer holds was removed
there since, and is not merged back.
"""

from __future__ import annotations

import sqlite3

#: A declared entry, told by all it says (a source's list is replaced whole).
DECLARED = (
    "owner",
    "position",
    "metal",
    "origin",
    "destination",
    "status",
    "since",
    "rate_pct",
    "proposed",
    "url",
    "note",
    "source",
    "until",
)

#: The tables the file trims or deletes from, each with the columns a row is told by: what the
#: memory copied of them is remembered (``note_copied``), a row the session changed differs in
#: one of them.
COPIED = {
    "headlines": ("source", "identity", "last_seen"),
    "pruned_headlines": ("source", "identity", "last_seen"),
    "read_stories": ("story_id", "read_at"),
    "alerts": ("fired_at", "rule", "body"),
    "meta": ("key", "value"),
    "declared": DECLARED,
}


def note_copied(mem: sqlite3.Connection) -> None:
    """Remember what ``mem``, a copy of the file just made, holds of the tables the file trims
    or deletes from (temporary tables of its connection: gone with it)."""
    for table, columns in COPIED.items():
        mem.execute(f"DROP TABLE IF EXISTS temp.copied_{table}")
        mem.execute(
            f"CREATE TEMP TABLE copied_{table} AS SELECT {', '.join(columns)} FROM main.{table}"
        )
