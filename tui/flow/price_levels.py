"""An answer judged by itself, whole: the points that no market's move joins to the rest.

With nothing stored, :func:`tui.flow.price_guard.screen` judged only an answer's newest point
(the mark of a download cut off mid-number). A file's middle can be as wrong: a decimal slip on
one row (``63.46`` among ``6.3``), or rows in another unit (a price file switched from USD/lb to
USD/t part way, with no unit column to say so: ``6.0`` then ``13,231``). Read as they are, the
chart showed a cliff, the year's change a rise of 220,000 %, and the slip, once stored, widened
the guard's plausible move for a year (three times the largest move of the last 250 points).

The answer is cut where consecutive points move more than any market moves between two prices
(``UNJUDGED_CEILING`` times, up or down, widened by the square root of the periods between
them across a gap longer than ``GAP_STEPS`` steps; a source's ``max_move_pct`` replaces the
ceiling). The newest run of at least
``MIN_RUN`` points (else the longest) is the series as its source now writes it; the runs
joined to it by a plausible move are kept, the others left out and said.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections.abc import Mapping, Sequence
from datetime import date

from tui.core.fmt import bounded, bounded_move, counted
from tui.core.models import PriceSeries

UNJUDGED_CEILING = 5.0  # no metal market moves 5x either way between two consecutive prices
MIN_RUN = 3  # points a run needs to stand for the series when it is not the longest
GAP_STEPS = 4  # a gap of up to this many steps (a long weekend of a daily series) is one step

Run = list[tuple[date, float]]


def max_move(options: Mapping[str, object] | None) -> float | None:
    """The source's ``max_move_pct`` as a log return, None when it sets none (or no positive
    number)."""
    override = (options or {}).get("max_move_pct")
    if isinstance(override, (int, float)) and not isinstance(override, bool) and override > 0:
        return math.log1p(float(override) / 100.0)
    return None


def ceiling(options: Mapping[str, object] | None) -> float:
    """The largest move between two consecutive prices of any market, as a log return."""
    override = max_move(options)
    return math.log(UNJUDGED_CEILING) if override is None else override


def median_step(points: Sequence[tuple[date, float]]) -> float:
    """The median number of days between consecutive points (1 for dailies)."""
    gaps = sorted((b - a).days for (a, _), (b, _) in itertools.pairwise(points) if b > a)
    return float(gaps[len(gaps) // 2]) if gaps else 1.0


def _joined(a: tuple[date, float], b: tuple[date, float], limit: float, step: float) -> bool:
    """Whether a market could move from ``a`` to ``b`` (either order) in the time between."""
    low, high = sorted((a[1], b[1]))
    if not (low > 0 and math.isfinite(high)):
        return True  # nothing to judge by
    gap = abs((b[0] - a[0]).days)
    # a weekend or a holiday is one step of a daily series; a longer gap allows more
    periods = gap / step if gap > GAP_STEPS * step else 1.0
    return math.log(high / low) <= limit * math.sqrt(periods)


def _runs(points: Sequence[tuple[date, float]], limit: float, step: float) -> list[Run]:
    runs: list[Run] = [[points[0]]]
    for prev, point in itertools.pairwise(points):
        if _joined(prev, point, limit, step):
            runs[-1].append(point)
        else:
            runs.append([point])
    return runs


def apart(
    series: PriceSeries, options: Mapping[str, object] | None = None
) -> tuple[PriceSeries, str | None]:
    """``series`` without the runs of points no plausible move joins to the series as its
    source now writes it, and what to say of them (None when nothing is left out). Answers of
    fewer than three points are left as they are (the newest point's own check judges them)."""
    points = series.points
    if len(points) < MIN_RUN:
        return series, None
    limit, step = ceiling(options), median_step(points)
    runs = _runs(points, limit, step)
    # a newest point alone is the newest point's own check's to judge (cut off mid-number?)
    newest = runs.pop() if len(runs) > 1 and len(runs[-1]) == 1 else []
    if len(runs) == 1:
        return series, None
    main = next(
        (i for i in range(len(runs) - 1, -1, -1) if len(runs[i]) >= MIN_RUN),
        max(range(len(runs)), key=lambda i: len(runs[i])),
    )
    kept = {main}
    edge = runs[main][0]
    for i in range(main - 1, -1, -1):  # older runs, joined to the oldest kept point
        if _joined(runs[i][-1], edge, limit, step):
            kept.add(i)
            edge = runs[i][0]
    edge = runs[main][-1]
    for i in range(main + 1, len(runs)):  # newer runs, joined to the newest kept point
        if _joined(edge, runs[i][0], limit, step):
            kept.add(i)
            edge = runs[i][-1]
    left = [p for i, run in enumerate(runs) if i not in kept for p in run]
    if not left:
        return series, None
    stays = tuple(p for i, run in enumerate(runs) if i in kept for p in run) + tuple(newest)
    first_left = min(i for i in range(len(runs)) if i not in kept)
    (before, after) = (
        (runs[first_left - 1][-1], runs[first_left][0])
        if first_left > 0
        else (runs[0][-1], runs[1][0])
    )
    span = str(left[0][0]) if len(left) == 1 else f"{left[0][0]} to {left[-1][0]}"
    why = (
        f"{counted(len(left), 'point')} left out ({span}), a change of unit or a mistake? "
        f"{after[0]} moves {bounded_move(before[1], after[1])} from {before[0]} ({_num(before[1])} -> "
        f"{_num(after[1])}), more than any market moves between two prices "
        "(the source option max_move_pct overrides)"
    )
    return dataclasses.replace(series, points=stays), why


def _num(x: float) -> str:
    return bounded(x)
