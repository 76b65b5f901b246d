"""Rows dated far before the rest of a price series: a placeholder date, not a price's.

Spreadsheets and exports write an empty or lost date as their zero (Excel's ``1900-01-01``
and ``1899-12-30``, the Mac's ``1904-01-01``, Unix's ``1970-01-01`` (``1969-12-31`` west of Greenwich), .NET's ``0001-01-01``),
and a year typed wrong (``1026`` for ``2026``) reads as a date too. Such a row became the
series' first point: the chart spanned 126 years with the prices squeezed into its last
pixel, and the series' "range" started in 1900. The rows that stand apart are left out and
counted on the source's line (:func:`far_before`), whatever the source's kind.

Standing apart: points at the series' start, at most one in twenty of its points (at least
one) unless all are zero dates, followed by a gap of

- over a year (400 days: no gap of a yearly series), when every such point is a zero date or
  before 1900;
- else at least ten years and more than fifty times the series' usual spacing (the median
  gap between its other points): a daily series from 2018 with one row in 1990, a monthly one
  from 2000 with one in 1960.

A long history with a real hole (a monthly series 1990-1995, then 2010 on) is not touched: its
early part is more than one point in twenty, or its gap is not far beyond its spacing.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Iterable
from datetime import date

from tui.core.fmt import counted

#: Dates that exports write for "no date" (their calendar's zero).
ZERO_DATES = frozenset(
    {date(1, 1, 1), date(1899, 12, 30), date(1899, 12, 31), date(1900, 1, 1), date(1904, 1, 1)}
    | {date(1969, 12, 31), date(1970, 1, 1)}  # Unix's zero west and east of Greenwich
)
#: Points dated before this are not looked at (no refresh stores them).
EARLIEST = date(1800, 1, 1)
#: At most one point in this many may stand apart (and at least one).
SHARE = 20
#: Times the usual spacing a gap must pass for points that are no zero date to stand apart.
FAR = 50
_YEAR = 400
_DECADE = 3653


def _implausible(day: date) -> bool:
    return day in ZERO_DATES or day.year < 1900


def far_before(dates: Iterable[date]) -> date | None:
    """The first date of the series proper when the points before it stand apart (see the
    module's words), else None. ``dates`` in any order; those before 1800 are not looked at
    (no refresh stores them: ``tui.flow.saving.not_placeholder``)."""
    days = sorted({d for d in dates if d >= EARLIEST})
    most = max(1, len(days) // SHARE)
    gaps = [(b - a).days for a, b in itertools.pairwise(days)]
    body = gaps[most:]
    spacing = statistics.median(body) if body else None
    start: date | None = None  # after the longest run of points that stand apart
    all_zero = True
    for k in range(1, len(days)):
        all_zero = all_zero and days[k - 1] in ZERO_DATES
        if k > most and not all_zero:  # zero dates stand apart however many they are
            break
        gap = gaps[k - 1]
        zero = all(_implausible(d) for d in days[:k])
        far = spacing is not None and gap >= _DECADE and gap > FAR * max(spacing, 1)
        if (zero and gap > _YEAR) or far:
            start = days[k]
    return start


def after_far_before(
    points: tuple[tuple[date, float], ...],
) -> tuple[tuple[date, float], ...]:
    """Ascending ``points`` without those that stand apart before the rest (:func:`far_before`):
    what the store may hold from a fetch before they were left out."""
    start = far_before(day for day, _ in points)
    if start is None:
        return points
    return tuple(p for p in points if not EARLIEST <= p[0] < start)


def early_note(left: list[date], start: date) -> str:
    """What the source's line says of the points ``left`` out before ``start``."""
    first = min(left)
    years = (start - max(left)).days // 365
    apart = f"{years} years" if years > 1 else "over a year"
    return (
        f"{counted(len(left), 'row')} dated far before the rest left out "
        f"({first.isoformat()}, {apart} before the next)"
    )
