"""Evidence the board sets aside as withdrawn: coming measures called off, plans dropped.

A coming measure is **called off** before its day by evidence published after its
announcement and in force before its day that says the opposite (a lift against a restriction,
a restriction against a coming lift; on the day itself the measure starts), or by a later
announcement of the same status and rate for another day (postponed or brought forward):
:func:`coming_called_off`. A headline that drops or puts off a plan (evidence that ``withdraws``)
withdraws, on its corridor, the proposals of its status published up to its day and the coming
measures of its status announced up to its day and not started by then: :func:`plans_dropped`. The
rules in full are in :mod:`tui.engine.board`'s docstring, which calls both.
"""

from __future__ import annotations

from datetime import date

from tui.engine.board_items import LIFTS, Item
from tui.engine.effective_dates import utc_day


def _announced(item: Item) -> date | None:
    """The day a piece of evidence was made known: a declared entry's ``since``, else the
    publication day."""
    if item.evidence.kind == "declared":
        return item.when
    return utc_day(item.evidence.published)


def coming_called_off(items: list[Item]) -> set[int]:
    """The indices of the dated measures called off before their day (see the module)."""
    out: set[int] = set()
    for c_i, c in enumerate(items):
        announced = _announced(c)
        if not c.dated or c.proposed or c.when is None or announced is None:
            continue
        if c.evidence.withdraws:
            continue
        for later in items:
            published = _announced(later)
            if later is c or later.proposed or later.when is None or published is None:
                continue
            if later.evidence.withdraws:
                continue
            if not announced < published <= c.when:
                continue
            # the opposite, published and in force before the day: on the day itself the
            # measure starts, and a lift reported then ends what it replaces ("replaces the
            # ban with quotas from Oct. 16", then on Oct. 16 "lifts the ban")
            opposite = (
                (c.status in LIFTS) != (later.status in LIFTS)
                and published < c.when
                and later.when < c.when
            )
            moved = (
                later.dated
                and later.status == c.status
                and later.when != c.when
                and (later.rate_pct is None or c.rate_pct is None or later.rate_pct == c.rate_pct)
            )
            if opposite or moved:
                out.add(c_i)
                if moved and later.rate_pct is None:
                    later.rate_pct = c.rate_pct  # put off, its rate unsaid: the same measure
                break
    return out


def plans_dropped(items: list[Item]) -> set[int]:
    """The indices of the plans and coming measures a later headline drops or puts off."""
    out: set[int] = set()
    for w in items:
        day = _announced(w)
        if not w.evidence.withdraws or day is None:
            continue
        for n, i in enumerate(items):
            announced = _announced(i)
            if i.evidence.withdraws or i.status != w.status or announced is None:
                continue
            plan = i.proposed and announced <= day
            coming = i.dated and not i.proposed and announced <= day and (i.when or date.min) > day
            if plan or coming:
                out.add(n)
    return out
