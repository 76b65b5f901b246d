"""A price series' points as the snapshot cache writes them: days as runs, values as bytes.

The first paint reads every price series of the cached head (~400 daily points each): as JSON
lists of day ordinals and of prices, parsing them was ~8 M instructions of every start (JSON
numbers are parsed one by one in the scanner). Here the days are runs of consecutive ordinals
(``[first, count, first, count, ...]``: a daily series is one run, a weekday one a run a
week)
and the prices the bytes of their IEEE doubles (little-endian, base64): read back by ``array``
and ``binascii`` (C) exactly as written, bit for bit. A series whose prices are not all floats
keeps the plain form, ``[[ordinals], [prices]]``, which reading
also takes (the form of caches written before this one).
"""

from __future__ import annotations

import binascii
import sys
from array import array
from datetime import date
from typing import Any

_SWAP = sys.byteorder != "little"


def encode(points: tuple[tuple[date, float], ...]) -> list[Any]:
    days = [d.toordinal() for d, _ in points]
    values = [v for _, v in points]
    if not all(type(v) is float for v in values):
        return [days, values]
    runs: list[int] = []
    for day in days:
        if runs and runs[-2] + runs[-1] == day:
            runs[-1] += 1
        else:
            runs += [day, 1]
    doubles = array("d", values)
    if _SWAP:
        doubles.byteswap()
    return [runs, binascii.b2a_base64(doubles.tobytes(), newline=False).decode("ascii")]


def decode(
    encoded: list[Any], runs: dict[tuple[int, int], list[date]] | None = None
) -> tuple[tuple[date, float], ...]:
    """The points; ``runs`` (kept by the caller across series) shares the dates of a run of
    days between the series that have it: a date object costs ~1,000 instructions to make, and
    the series of one calendar have the same runs."""
    first, second = encoded
    if not isinstance(second, str):  # the plain form
        return tuple(zip(map(date.fromordinal, first), second, strict=True))
    doubles = array("d", binascii.a2b_base64(second))
    if _SWAP:
        doubles.byteswap()
    if runs is None:
        runs = {}
    days: list[date] = []
    for i in range(0, len(first), 2):
        key = (first[i], first[i + 1])
        run = runs.get(key)
        if run is None:
            run = runs[key] = list(map(date.fromordinal, range(key[0], key[0] + key[1])))
        days.extend(run)
    return tuple(zip(days, doubles, strict=True))
