"""Hold back a price update that would overwrite good stored data with something implausible.

HTTP cannot tell every cut-off answer from a complete one (a server that closes the connection
mid-number after a body without Content-Length sends a "complete" ``...,92`` instead of
``...,9200``), and sources do publish mistakes. So before a parsed series is stored, it is
compared with the stored one:

- **History rewritten**: a date already stored (other than the newest stored one, which
  publishers revise: an intraday or provisional value) comes with a value that differs beyond
  rounding (more than 0.1 %, or half a unit of the stored value's last decimal). The newest
  stored value may be revised within one plausible move of itself.
- **Implausible move**: a new point moves from the point before it by more than is
  *plausible* for this series. Plausible is the series' own history: ``MOVE_MULTIPLE`` times its
  largest move between two consecutive points among the last ``MOVE_WINDOW`` stored points
  (moves measured as log returns, so a fall and the rise that undoes it count the same), at
  least ``MOVE_FLOOR``, widened by the square root of the number of periods the new point lies
  after the previous one (a month-long gap in a daily series allows more). A source's
  ``max_move_pct`` option replaces this for a truly wild market: a move of up to that many
  percent either way (a rise to ``1 + pct/100`` times, a fall to ``1 / (1 + pct/100)``).

A suspect update is not stored (the good data stays, no alert fires on it) and the reason is
shown on the source's health line. When only the newest point, on a date after everything stored,
makes an update suspect, that point alone is left out and the rest stored, with a warning.

A series with nothing stored (the first fetch, or the first after the source's definition
changed: new unit, new symbol, when every value may change) is judged by its own history instead
(:func:`screen`): a newest point that moves implausibly from the points before it in the same
answer, the mark of a file or answer cut off mid-number (``...,90`` for ``...,9012.5``), is left
out, and the rest is stored with a warning on the health line. Only the newest point: a cut-off
download loses its end, never its middle. An answer of two points has too little history to say
what is plausible for it, but no metal market moves ``UNJUDGED_CEILING`` times (up or down)
between two consecutive prices (nickel's squeeze of March 2022, the wildest on record, was about
3.5 times in two days), while a number cut off a digit or two moves 10 or 100 times: beyond the
ceiling, the newest point is left out in the same way.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections.abc import Mapping, Sequence
from datetime import date

from tui.core.fmt import bounded, bounded_move
from tui.core.held_back import HELD_BACK, LEFT_OUT
from tui.core.models import PriceSeries
from tui.flow import price_levels
from tui.flow.price_levels import ceiling, max_move, median_step

MOVE_MULTIPLE = 3.0
MOVE_FLOOR = 0.25  # 25 %
MOVE_WINDOW = 250  # about a year of daily points
MIN_HISTORY = 1
MIN_OWN_HISTORY = 2  # earlier points of the same answer needed to judge its newest one
REL_ROUNDING = 0.001  # 0.1 %


def check(
    new: PriceSeries,
    stored: Sequence[tuple[date, float]],
    options: Mapping[str, object] | None = None,
) -> str | None:
    """Why ``new`` must not be stored over the ``stored`` points (ascending by date; a sentence
    for the user), or None."""
    if len(stored) < MIN_HISTORY or not new.points:
        return None
    old = dict(stored)
    newest_stored = stored[-1][0]
    for d, value in new.points:
        before = old.get(d)
        if before is None or d == newest_stored or _same(before, value):
            continue
        return (
            f"suspect update held back: it rewrites stored history ({d}: "
            f"{_num(before)} -> {_num(value)})"
        )
    allowed = plausible_move(stored, options)
    step = median_step(stored[-MOVE_WINDOW:])
    revised = dict(new.points).get(newest_stored)
    if revised is not None:  # the newest stored value revised: within one period's move of it
        move = _log_move(old[newest_stored], revised)
        if move is not None and move > allowed:
            return (
                f"suspect update held back: {newest_stored} revised from "
                f"{_num(old[newest_stored])} to {_num(revised)}; more than the "
                f"{math.expm1(allowed) * 100:.0f}% plausible for this series "
                "(the source option max_move_pct overrides)"
            )
    merged = dict(stored)
    merged.update(new.points)
    dates = sorted(merged)
    index = {d: i for i, d in enumerate(dates)}
    checked = [d for d, _ in new.points if d >= newest_stored]
    for d in checked:
        i = index[d]
        if i == 0:
            continue
        prev_d = dates[i - 1]
        prev, value = merged[prev_d], merged[d]
        move = _log_move(prev, value)
        if move is None:
            continue
        periods = max(1.0, (d - prev_d).days / step) if step > 0 else 1.0
        limit = allowed * math.sqrt(periods)
        if move > limit:
            return (
                f"suspect update held back: {d} moves {bounded_move(prev, value)} from {prev_d} "
                f"({_num(prev)} -> {_num(value)}); more than the "
                f"{math.expm1(limit) * 100:.0f}% plausible for this series "
                "(the source option max_move_pct overrides)"
            )
    return None


def screen(
    new: PriceSeries,
    stored: Sequence[tuple[date, float]],
    options: Mapping[str, object] | None = None,
) -> tuple[PriceSeries | None, str | None]:
    """What of ``new`` may be stored over ``stored`` (None: nothing) and why (a sentence for the
    user: the error when nothing may be, a warning when the newest point is left out).

    A newest point that alone makes the update suspect, on a date after everything stored (or
    judged by the answer's own earlier points when nothing is stored), is left out and the rest
    stored: a download cut off mid-number loses its end, never its middle."""
    # the answer's middle judged too: a slip, rows in another unit (on every fetch, or the
    # points left out of the first would be stored by the next, as dates not stored yet)
    if stored:
        new, apart_why = _filled_in(new, stored, options)
    else:
        new, apart_why = price_levels.apart(new, options)
    history = stored if stored else new.points[:-1]
    if not stored and len(history) < MIN_OWN_HISTORY:
        problem = _beyond_ceiling(history, new, options)
    else:
        problem = check(
            new if stored else dataclasses.replace(new, points=new.points[-1:]), history, options
        )
    if problem is None:
        return new, apart_why
    newest = new.points[-1][0]
    earlier = dataclasses.replace(new, points=new.points[:-1])
    if stored and (
        newest <= stored[-1][0] or not earlier.points or check(earlier, stored, options)
    ):
        return None, problem
    reason = problem.replace(HELD_BACK, "", 1)
    cut = f"{LEFT_OUT}{reason}"
    return earlier, cut if apart_why is None else f"{apart_why}; {cut}"


def _filled_in(
    new: PriceSeries,
    stored: Sequence[tuple[date, float]],
    options: Mapping[str, object] | None,
) -> tuple[PriceSeries, str | None]:
    """``new`` without its points dated among the stored ones' (not stored yet) that no
    plausible move joins to the series, stored and new together (see :mod:`price_levels`),
    and what to say of them. Only when those are all it leaves out: a stored point left out,
    or a new one from the newest stored day on, is :func:`check`'s to judge."""
    merged = dict(stored)
    merged.update(new.points)
    whole = dataclasses.replace(new, points=tuple(sorted(merged.items())))
    kept, why = price_levels.apart(whole, options)
    if why is None:
        return new, None
    left = set(merged) - {d for d, _ in kept.points}
    known, newest_stored = {d for d, _ in stored}, stored[-1][0]
    if any(d in known or d >= newest_stored for d in left):
        return new, None
    return dataclasses.replace(new, points=tuple(p for p in new.points if p[0] not in left)), why


def _beyond_ceiling(
    history: Sequence[tuple[date, float]],
    new: PriceSeries,
    options: Mapping[str, object] | None,
) -> str | None:
    """Why the newest point of an answer with one earlier point (and nothing stored) is not a
    price: a move beyond ``UNJUDGED_CEILING`` (or the source's ``max_move_pct``), or None."""
    if not history or not new.points:
        return None
    (prev_d, prev), (d, value) = history[-1], new.points[-1]
    move = _log_move(prev, value)
    limit = ceiling(options)
    if move is None or move <= limit:
        return None
    return (
        f"suspect update held back: {d} moves {bounded_move(prev, value)} from {prev_d} "
        f"({_num(prev)} -> {_num(value)}); more than any market moves between two prices "
        "(the source option max_move_pct overrides)"
    )


def plausible_move(
    points: Sequence[tuple[date, float]], options: Mapping[str, object] | None = None
) -> float:
    """The largest plausible move between consecutive points, as an absolute log return
    (``math.log1p(0.25)``: 25 % up, or down to 1/1.25)."""
    override = max_move(options)
    if override is not None:
        return override
    recent = [v for _, v in points[-MOVE_WINDOW:]]
    largest = 0.0
    for a, b in itertools.pairwise(recent):
        move = _log_move(a, b)
        if move is not None:
            largest = max(largest, move)
    return max(math.log1p(MOVE_FLOOR), MOVE_MULTIPLE * largest)


def _log_move(a: float, b: float) -> float | None:
    """``|ln(b / a)|``; None when either is not a positive finite number (no ratio to judge)."""
    if not (a > 0 and b > 0 and math.isfinite(a) and math.isfinite(b)):
        return None
    return abs(math.log(b / a))


def _same(a: float, b: float) -> bool:
    tolerance = max(REL_ROUNDING * max(abs(a), abs(b)), 0.5 * 10.0 ** -_decimals(a))
    return abs(a - b) <= tolerance


def _decimals(x: float) -> int:
    text = repr(float(x))
    if "e" in text or "." not in text:
        return 0
    return min(len(text.split(".")[1].rstrip("0")), 6)


def _num(x: float) -> str:
    return bounded(x)
