"""A price file's rows whose date its order does not bear out, and one date written two ways.

A byte damaged in a date cell can leave a date that still reads: ``2021-08-1`` (``2021-08-10``
with its last digit turned into a space) is the 1st of August. Among rows in date order such a
row stands out: its price was put on another day, the newest price went missing and the day
before was shown as current, without a word. A few rows out of order (one, or at most one in
twenty) are said, each still read as its cell dates it; a file in no order at all is read as it is
(rows come out ascending whatever the file order).

Two date cells without a time of day that read as one day (``2020-12-1`` below ``2020-12-01``)
are one date on two rows (:func:`tui.sources.prices_common.repeated_dates` says it), not two
intraday rows: the lower row's price took the day silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tui.core.fmt import counted
from tui.sources.prices_common import snippet

#: Rows out of the file's order, one or at most one in this many, are damaged rows, said; more
#: are the file's own (lack of) order.
_FEW = 20


def day_cells(cells: Sequence[str], days: Sequence[date]) -> list[str]:
    """Each point's date cell for :func:`repeated_dates`: a cell with no time of day as the
    first cell that gave its day (``2020-12-1`` as ``2020-12-01`` when that came first)."""
    first: dict[date, str] = {}
    return [
        cell if ":" in cell else first.setdefault(day, cell)
        for cell, day in zip(cells, days, strict=True)
    ]


def out_of_order(days: Sequence[date], cells: Sequence[str]) -> str | None:
    """``1 row out of the file's date order, read as dated: '2021-08-1' after 2021-08-09``
    for a file in date order but for a few rows (``days`` and their ``cells`` in file order),
    else None."""
    if len(days) < 3:
        return None
    newest_first = days[0] > days[-1]
    seen: set[date] = set()
    edge: date | None = None
    out: list[tuple[str, date]] = []
    for day, cell in zip(days, cells, strict=True):
        if edge is not None and day not in seen and (day > edge if newest_first else day < edge):
            out.append((cell, edge))
        else:
            edge = day if edge is None else min(edge, day) if newest_first else max(edge, day)
        seen.add(day)
    if not out or len(out) > max(1, len(days) // _FEW):
        return None
    cell, edge = out[0]
    where = "before" if newest_first else "after"
    return (
        f"{counted(len(out), 'row')} out of the file's date order, read as dated: "
        f"{snippet(cell.strip(), 24)!r} {where} {edge.isoformat()}"
    )
