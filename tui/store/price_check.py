"""A stored price's check value: CRC-32 over its date and its value's bytes, verified on read.

A block zeroed (or a bit flipped) inside a price's mantissa leaves a number over
``damage.PRICE_FLOOR`` that SQLite reads whole (2356.0796 as 2356.0): no other check tells it
apart, and it was shown as the last known price. Each point is stored with ``crc``, the CRC-32
of its date's text and its value's IEEE double (little-endian); a read that finds them
disagreeing leaves the point out and says so as it does other damaged rows
(``tui.store.damage``), and the app's loads remove it (``remove_left_out``) once said.

A cache of an earlier version has no check values: its migration stamps each point once, as
read then (a point the older checks refuse, a date that is no date or a price of nothing, is
still left out by them: a read makes them first). A point with no check value is
read as before: one read by a look into a cache not yet migrated (``Store.peek``, which writes
nothing), or salvaged from an older file before it is stamped.
"""

from __future__ import annotations

import sqlite3
import struct
import zlib

#: A value's bytes as its check value covers them; and the CRC-32 (``PricesStore.load_series``
#: inlines :func:`holds` with them).
double = struct.Struct("<d").pack
crc32 = zlib.crc32
#: The SQL function the stamping calls (registered on the connection that stamps).
_FUNCTION = "metalwatch_price_check"


def of_day(day: str) -> int:
    """The CRC-32 of a date's text: the start of its points' check values (shared by the
    series that hold that day, so a read computes it once a date)."""
    return zlib.crc32(day.encode("utf-8", "replace"))


def check(day: str, value: float) -> int:
    """The check value of the point ``(day, value)`` as the store writes it."""
    return zlib.crc32(double(value), of_day(day))


def holds(day_crc: int, value: float, crc: object) -> bool:
    """Whether a point read (its date's :func:`of_day`, its value) agrees with its stored
    check value; a point with none (an earlier version's, not yet stamped) is taken as read."""
    return crc is None or crc == zlib.crc32(double(value), day_crc)


def has_column(conn: sqlite3.Connection) -> bool:
    """Whether ``conn``'s ``price_points`` has its check values (a look into an earlier
    version's file, never migrated by a look, has not)."""
    return any(row[1] == "crc" for row in conn.execute("PRAGMA table_info(price_points)"))


def _stamp(day: object, value: object) -> int | None:
    """A stored point's check value, None for a row that is no point (text for a price): a
    stamp vouches for nothing the older checks refuse, which a read makes first (a date that
    is no date, a price under ``damage.PRICE_FLOOR``)."""
    if not isinstance(day, str) or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return check(day, float(value))


def stamp_unstamped(conn: sqlite3.Connection) -> None:
    """Give every point without a check value its own (inside the caller's transaction): the
    migration of an earlier version's cache, the points salvaged from one."""
    conn.create_function(_FUNCTION, 2, _stamp, deterministic=True)
    conn.execute(f"UPDATE price_points SET crc = {_FUNCTION}(date, value) WHERE crc IS NULL")
