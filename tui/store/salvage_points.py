"""Salvaged price points whose value a zeroed block may have cut (``tui.store.salvage``).

A block zeroed on disk that starts inside a price's value (the last column of its row, an IEEE
double stored most significant byte first) leaves its first bytes whole and its last ones
zeros, then runs on into the row stored beside it: that row is damaged (lost to the salvage, or
read as no date), the price reads as another plausible one (2356.0796 as 2356.0). Such a point
is left out, counted with the lost: one whose double ends in a zero byte and whose neighbour in
its series (the point just before or after it by date) cannot be read whole. A price whose
double ends in zeros is otherwise a round one (2356.5), kept.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Collection

_NEIGHBOURS = (
    "SELECT date FROM price_points WHERE series_id = ? AND date < ? ORDER BY date DESC LIMIT 1",
    "SELECT date FROM price_points WHERE series_id = ? AND date > ? ORDER BY date LIMIT 1",
)


def tail_zeroed(value: object) -> bool:
    """Whether ``value``'s double ends in a zero byte (a round price, or one cut by zeros)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return struct.pack(">d", float(value)).endswith(b"\x00")
    except OverflowError:
        return False


def cut_by_damage(
    src: sqlite3.Connection, key: tuple[object, ...], read: Collection[tuple[object, ...]]
) -> bool:
    """Whether a neighbour of the point ``key`` (series id, date) in ``src`` (the damaged
    file) is not among the points ``read`` whole: an error, garbage, or a point lost."""
    series_id, day = key
    for sql in _NEIGHBOURS:
        try:
            row = src.execute(sql, (series_id, day)).fetchone()
        except (sqlite3.Error, TypeError):
            return True
        if row is not None and (series_id, row[0]) not in read:
            return True
    return False


def left_out(
    src: sqlite3.Connection, found: dict[tuple[object, ...], tuple[object, ...]], value_at: int
) -> int:
    """Remove from ``found`` (key -> the row's columns, the value at ``value_at``) the points
    a zeroed block may have cut; how many."""
    cut = [k for k, row in found.items() if tail_zeroed(row[value_at])]
    cut = [k for k in cut if cut_by_damage(src, k, found)]
    for key in cut:
        del found[key]
    return len(cut)
