"""A lede opening on a minister named by portfolio, not by country (the seventh wire's odd rows,
session 39).

"NEW DELHI, July 23 (PTI) - Finance Minister Nirmala Sitharaman said 25 critical minerals ...
will be fully exempt from basic customs duty": a minister by portfolio and name, under a
wire's dateline, is the dateline city's government, as a lede opening on "The finance
ministry" is (:func:`tui.engine.classifier_dateline.government_filed`). A lede opening on
anyone else, or on a minister whose country the lede names first ("India's Finance Minister
..."), is left as it is.
"""

from __future__ import annotations

from tui.core.lazy_re import lazy

#: "Finance Minister Nirmala Sitharaman", "Trade and Industry Minister Ebrahim Patel",
#: "Treasurer Jim Chalmers": a portfolio's minister before a capitalised name.
_MINISTER_RE = lazy(
    r"\s*(?:(?:[Ff]inance|[Tt]rade|[Cc]ommerce|[Ii]ndustry|[Ee]conomy|[Mm]ines|[Mm]ining|"
    r"[Ee]conomic|[Rr]esources|[Ee]nergy|and|&)\s+){1,4}?[Mm]inister\s+[A-Z][\w.'’-]+"
    r"|\s*[Tt]reasurer\s+[A-Z][\w.'’-]+"
)


def minister_opens(rest: str) -> bool:
    """``rest`` (a summary after its dateline) opens on a minister by portfolio and name."""
    return _MINISTER_RE.match(rest) is not None
