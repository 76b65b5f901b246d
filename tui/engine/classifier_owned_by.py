"""A body "controlled by" its owner (the twenty-third blind set's odd rows, session 41).

"JOGMEC, an independent administrative institution controlled by the Ministry, ...", "Cobalt
refiner controlled by Glencore signs supply deal", "a company controlled by China's government":
"controlled by" after a body (an agency, an institution, a company, a refiner ...) tells who owns
it, not a control on a trade. It is written "owned by" before the rules read the text, so no
export control is read in it. Goods or trade "controlled by" a government ("exports controlled by
licence", "lithium exports to be controlled by the state") have no body before the words and are
left as they are. A firm's name ending "Limited" in a lede ("through Japan Australia Rare Earths
Limited") is written with "Ltd", so its suffix is not read as a trade limited.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: Bodies that someone owns: "institution controlled by", "group, controlled by".
_BODIES = (
    r"agency|agencies|institution|institutions|company|companies|firm|firms|group|groups|"
    r"miner|miners|refiner|refiners|refinery|smelter|smelters|corporation|corp|enterprise|"
    r"enterprises|entity|entities|subsidiary|subsidiaries|unit|venture|fund|buyer|buyers|"
    r"producer|producers|operator|conglomerate|holding|bank|lender|trader|trading\s+house"
)
_CONTROLLED_RE = lazy(
    r"\b(?P<body>" + _BODIES + r")(?P<comma>\s*,)?\s+controlled\s+by\b",
    re.IGNORECASE,
)


def _owned(m: re.Match[str]) -> str:
    return f"{m.group('body')}{m.group('comma') or ''} owned by"


def owned_by(text: str) -> str:
    """``text`` with a body "controlled by" its owner written "owned by"."""
    if "ontrolled" not in text and "ONTROLLED" not in text:
        return text
    return _CONTROLLED_RE.sub(_owned, text)


#: A firm's legal suffix after its capitalised name: "Japan Australia Rare Earths Limited".
_LIMITED_RE = lazy(r"(?<=[A-Za-z])(?P<name>\s+[A-Z][\w&.-]*)\s+Limited\b(?!\s+(?:to|by)\b)")


def limited_firms(summary: str) -> str:
    """``summary`` (a lede in sentence case) with a firm's "Limited" after its capitalised name
    written "Ltd", which the rules do not read as a limit on a trade. A lede in title case
    ("... Further Adjusting Export Tariffs", where "Limited" may be the verb) is left as it is."""
    if "Limited" not in summary:
        return summary
    words = summary.split()
    if sum(w[:1].islower() for w in words) * 2 < len(words):
        return summary
    return _LIMITED_RE.sub(lambda m: f"{m.group('name')} Ltd", summary)
