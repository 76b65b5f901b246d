"""Salvaged price points whose value a zeroed block may have cut (``tui.store.salvage``).

A block zeroed on disk that starts inside a price's value (the last column of its row, an IEEE
double stored most significant byte first) leaves its first bytes whole and its last ones
zeros, then runs on into the row stored beside it: that row is damaged (lost to the salvage, or
read as no date), the price reads as another plausible one (2356.0796 as 2356.0). Such a point
is left out, counted with the lost: one whose double ends in a zero byte and whose neighbour in
its series (the point just before or after it by date) cannot be read whole. A price whose
double ends in zeros is otherwise a round one (2356.5), kept. A point whose check value
(``tui.store.price_check``) disagrees with its date and price is left out wherever it is.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Collection, Sequence

from tui.store import price_check

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


def check_failed(found: dict[tuple[object, ...], tuple[object, ...]], cols: Sequence[str]) -> int:
    """Remove from ``found`` (key -> the row's ``cols``) the points whose check value does not
    hold of their date and price; how many (none when the file has no check values)."""
    if not {"date", "value", "crc"} <= set(cols):
        return 0
    at_day, at_value, at_crc = (cols.index(c) for c in ("date", "value", "crc"))
    bad = []
    for key, row in found.items():
        day, value, crc = row[at_day], row[at_value], row[at_crc]
        if (
            not isinstance(day, str)
            or isinstance(value, bool)
            or not isinstance(value, int | float)
        ):
            continue  # not a point: the salvage's type checks leave it out
        if not price_check.holds(price_check.of_day(day), float(value), crc):
            bad.append(key)
    for key in bad:
        del found[key]
    return len(bad)
