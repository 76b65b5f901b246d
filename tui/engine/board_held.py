"""A report that a measure stays ("duties to remain", "ban stays in place", "will stay",
"remains in force") tells that the measure holds, not that it began that day.

The board's ``since`` is the start of the run of the current status and rate ending at the
newest evidence (:mod:`tui.engine.board`); a piece of another status breaks the run. For such a
report that break is wrong when it is the *other side's* measure or lift (the exporter's ban
lifted while the importer's duty, the one said to stay, held all along): :func:`held_start`
walks past the other side's evidence to the start of the run of the report's own side. A lift
of the report's own side (or one whose side cannot be told) still ends the run: after a lift,
a report that the measure stays is the measure again, from its day.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.core.models import Evidence
from tui.engine.board_items import Item
from tui.engine.board_sides import side_of

_STAYS = lazy(
    r"\b(?:remain|remains|stay|stays|(?:to\s+be|be|is|are)\s+(?:kept|maintained|retained)"
    r"|still\s+in\s+(?:place|force|effect))\b",
    re.IGNORECASE,
)


def says_it_stays(ev: Evidence) -> bool:
    """The evidence's title says its measure stays in force (module docstring)."""
    return ev.kind != "declared" and _STAYS.search(ev.title) is not None


def held_start(in_effect: list[Item]) -> tuple[Item, float | None] | None:
    """(the item the newest's measure runs from, its rate) when the newest piece of evidence
    (last of ``in_effect``, oldest first) says its measure stays and its side can be told;
    None otherwise (the board's own run stands)."""
    if not in_effect:
        return None
    current = in_effect[-1]
    own = side_of(current.evidence)
    if own is None or not says_it_stays(current.evidence):
        return None
    start, rate = current, current.rate_pct
    for item in reversed(in_effect[:-1]):
        side = side_of(item.evidence)
        if side is not None and side != own:
            continue  # the other side's measure or lift: not this one's
        if item.status != current.status:
            break  # this side's lift (or one of no known side): the run ends
        if rate is not None and item.rate_pct is not None and item.rate_pct != rate:
            break  # a new rate is a new state
        if rate is None:
            rate = item.rate_pct
        if item.when is not None:
            start = item
    return start, rate
