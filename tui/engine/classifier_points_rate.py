"""A lede that tells a tariff's rise as points added, with no duty word of its own: "An extra 10
percentage points will apply to aluminium from ...", "a further 5 percentage points". A rise
told in points is its rate (docs/STATUSES.md: "adds 10 percentage points to tariffs": 10), so
:func:`~tui.engine.classifier_event_rate.event_rate` reads such a sentence of the summary as
naming the tariff its title reads, as it reads "The rate rises to 25% ..."."""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: Points added ("an extra 10 percentage points", "a further 5 per cent points", "15 more
#: percentage points"): a word of adding next to the figure, so that a share or a market's
#: move in points ("share rose 3 percentage points") is not taken.
_POINTS_ADDED_RE = lazy(
    r"\b(?:(?:extra|additional|further|another)\s+\d+(?:\.\d+)?|\d+(?:\.\d+)?\s+more)\s*"
    r"(?:percentage|per[\s-]*cent(?:age)?)[\s-]+points?\b",
    re.IGNORECASE,
)


def points_added(sent: str) -> bool:
    """Does a sentence tell points added to a rate?"""
    return _POINTS_ADDED_RE.search(sent) is not None
