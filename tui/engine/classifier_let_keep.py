"""A government letting another country's goods keep flowing free of its duty (kinds 132).

"US lets Mexico keep exporting steel duty-free", "Japan allows Australia to keep shipping
aluminium duty-free", "Canada lets Chile continue exporting copper tariff-free": the goods that
flow are the let country's, and the relief is the government's own duty spared on them, as a
country spared from another's measure is (docs/STATUSES.md). Such a clause is written the way
the rules read a spared country ("spares Mexico from steel tariffs") before they read the
title. The let one must be a country the gazetteer knows (a firm let keep exporting is its
business, :mod:`tui.engine.classifier_firm_kept`), and the flow must be free of duty or tariff
("duty-free", "tariff-free", "without tariffs"): a country let keep exporting with no duty
named is left as it is.
"""

from __future__ import annotations

import re

from tui.core.gazetteer import Gazetteer
from tui.core.lazy_re import lazy

#: "lets Mexico keep exporting steel duty-free", "allows South Korea to continue shipping zinc
#: without tariffs": the let place, the goods (a few words), the relief.
_LET_KEEP_RE = lazy(
    r"\b(?:lets|let|allows|allowed|permits|permitted)\s+"
    r"(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+"
    r"(?:to\s+)?(?:keep|continue)\s+(?:on\s+)?"
    r"(?:exporting|shipping|selling|sending|supplying)\s+"
    r"(?P<goods>[\w-]+(?:\s+[\w-]+){0,3}?)\s+"
    r"(?:(?P<kind>duty|tariff|tax)-free|without\s+(?P<kind2>duties|tariffs|taxes)"
    r"|free\s+of\s+(?P<kind3>duty|duties|tariffs?))\b"
)


def _nouns(m: re.Match[str]) -> str:
    kind = m.group("kind") or m.group("kind2") or m.group("kind3") or "tariff"
    return {"duty": "duties", "tax": "taxes", "tariff": "tariffs"}.get(kind, kind)


def let_keep(title: str) -> str:
    """``title`` with a country let keep exporting goods free of duty written as the country
    spared from the duty on them."""
    if "keep" not in title and "continue" not in title:
        return title

    def spared(m: re.Match[str]) -> str:
        if Gazetteer.default().lookup(m.group("place")) is None:
            return m.group(0)
        return f"spares {m.group('place')} from {m.group('goods')} {_nouns(m)}"

    return _LET_KEEP_RE.sub(spared, title)
