"""Rebates a government scraps on its own goods (the sixth wire's even rows, session 41).

"China scraps rebates on 23 more steel products from Aug 1", "Vietnam ends tax rebates on zinc
products": a rebate scrapped, cancelled or cut, with no flow named in the title, is the export
tax rebate a government pays its own exporters, and cancelling it taxes their exports (the
rules read "export tax rebates" so already). Such a title is written "... export tax rebates
on ..." before the rules read it. A title that names a flow ("import duty rebates on gold",
"rebates on aluminium exports") is left as it is, and so are rebates no verb of ending or
cutting comes before ("EV tax rebates for buyers").
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: A verb of ending or cutting, then (tax) rebates on or for goods.
_REBATES_RE = lazy(
    r"\b(?P<verb>scrap(?:s|ped|ping)?|cancel(?:s|led|ling)?|remov(?:e|es|ed|ing)|end(?:s|ed|ing)?|"
    r"withdr(?:aws?|ew|awn|awing)|abolish(?:es|ed|ing)?|eliminat(?:e|es|ed|ing)|ax(?:es|ed)|"
    r"cut(?:s|ting)?|slash(?:es|ed)?|trim(?:s|med)?|lower(?:s|ed)?|reduc(?:e|es|ed|ing))\s+"
    r"(?:(?:VAT|tax)\s+)?rebates?\s+(?=on\b|for\b)",
    re.IGNORECASE,
)
#: A flow named anywhere in the title: its rebates are read as they stand.
_FLOW_RE = lazy(r"\b(?:import|export|shipment)(?:s|ed|ing|ers?)?\b", re.IGNORECASE)


def own_rebates(title: str) -> str:
    """``title`` with rebates ended on goods, no flow named, written as export tax rebates."""
    if "ebate" not in title or _FLOW_RE.search(title):
        return title
    return _REBATES_RE.sub(lambda m: f"{m.group('verb')} export tax rebates ", title)
