"""A plan told with only a coarse start: "Indonesia to tax nickel exports from third quarter",
its lede "plans to enact a tax policy on nickel exports in the third quarter of the year".

A measure given its start date is decided (:mod:`tui.engine.classifier_schedule`), but a
quarter, "this week", "later this year" or "next year" dates no act: when the title tells the
measure as a future ("to tax", "will make rules", not "imposes") and the lede's first sentence
says the government plans it, or is set to put it out ("plans to enact", "plans to put out",
"is set to issue licensing guidelines"), the measure is proposed, as the labelled sets read it.
A lede that tells the act itself ("will impose ... starting next year") stays decided, and so
does a plan with a date ("from June 1", "from 2026").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tui.core.lazy_re import lazy
from tui.engine.classifier_status import plan_dated

#: A start no act is dated by: a quarter, this or next week, month or year, "later this year".
_COARSE_START_RE = lazy(
    r"\b(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|"
    r"(?:later\s+|early\s+|by\s+the\s+end\s+of\s+)?(?:this|next)\s+(?:week|month|year))\b",
    re.IGNORECASE,
)

#: The lede's plan, or readiness, to put a policy out: "plans to enact", "intends to put out",
#: "is set to issue", "are preparing to publish".
_PLAN_TO_ISSUE_RE = lazy(
    r"\b(?:plans?|planning|intends?|(?:is|are)\s+set|(?:is|are)\s+preparing|prepares?)\s+to\s+"
    r"(?:enact|issue|publish|put\s+out|roll\s+out|unveil|release)\b",
    re.IGNORECASE,
)


def coarse_start_plan(
    title: str, lede: str, *, told: bool, names_metal: Callable[[str], bool]
) -> str | None:
    """The lede's plan words when the title (``title``, not telling the act: ``told`` false)
    or the lede gives the measure only a coarse start and neither gives a date, and the lede's
    first sentence (``lede``) plans to put the measure out on one of the event's metals
    (``names_metal``, asked of the text after the plan); else None."""
    if told or not lede or plan_dated(title, lede):
        return None
    if _COARSE_START_RE.search(title) is None and _COARSE_START_RE.search(lede) is None:
        return None
    m = _PLAN_TO_ISSUE_RE.search(lede)
    if m is None or not names_metal(lede[m.start() :]):
        return None
    return m.group(0)
