"""A budget's lede that names its government by no country (the sixth wire's even rows,
session 41).

"NEW DELHI, Feb 1 (PTI) - The Union Budget raised customs duty on silver ..., Finance Minister
Nirmala Sitharaman said": a lede whose subject is the budget ("The Union Budget", "The state
budget", "The federal budget"), or whose speaker at its end is a minister by portfolio and name
("..., Finance Minister Nirmala Sitharaman said", "..., Treasurer Jim Chalmers said"), tells a
government's act named by no country: the dateline city's government, as a lede opening on
"The finance ministry" or on a minister is
(:func:`tui.engine.classifier_dateline.government_filed` asks :func:`budget_told`). A lede that
names the country ("India's budget raised ...") or opens on a name is read as it stands.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: "The Union Budget", "The state budget", "The federal budget", "The budget": the lede's subject.
_BUDGET_OPENS_RE = lazy(
    r"\s*the\s+(?:(?:union|state|federal|national|annual|interim|government['’]s)\s+)?budget\b",
    re.IGNORECASE,
)
#: "..., Finance Minister Nirmala Sitharaman said.", "..., Treasurer Jim Chalmers said": a
#: minister by portfolio and name speaking at the lede's end.
_MINISTER_SAID_RE = lazy(
    r",\s+(?:(?:[Ff]inance|[Tt]rade|[Cc]ommerce|[Ii]ndustry|[Ee]conomy|[Mm]ines|[Mm]ining|"
    r"[Rr]esources|and|&)\s+){1,4}?[Mm]inister\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}\s+"
    r"said\.?\s*$"
    r"|,\s+[Tt]reasurer\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}\s+said\.?\s*$"
)


#: A lede opening on "the" and a common noun ("The customs duty on ..."): no place names its
#: subject ("India's budget", "Britain", "The EU" do).
_THE_THING_RE = lazy(r"\s*[Tt]he\s+[a-z]")


def budget_told(rest: str) -> bool:
    """``rest`` (a summary after its dateline) opens on a budget, or opens on "the" and a
    common noun and ends on a minister by portfolio and name who said it."""
    if _BUDGET_OPENS_RE.match(rest) is not None:
        return True
    return _THE_THING_RE.match(rest) is not None and _MINISTER_SAID_RE.search(rest) is not None
