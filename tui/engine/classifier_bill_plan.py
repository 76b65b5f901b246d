"""A measure planned in a bill: "Philippine lawmakers to ban raw nickel ore exports from 2029",
"Ghana parliament to ban raw lithium exports from 2027", "Indonesia to ban bauxite exports from
2025 under draft mining bill", or "Philippines to ban nickel ore exports from 2030" whose lede
says the ban "is part of a bill filed in the Senate". A start date decides a government's "to
ban" (docs/STATUSES.md), but a legislature's plan or a bill is proposed until it is passed or
signed ("signs law banning ...", "parliament passes law to ban ...": decided). Read by
:func:`tui.engine.classifier_event_proposed.proposal_word`.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: A legislature or its members as the title's subject of a plan: "lawmakers to ban".
_LEGISLATURE_PLAN_RE = lazy(
    r"\b(?:lawmakers?|legislators?|legislature|parliament|parliamentarians|senate|senators?|"
    r"congress|mps|assembly)\s+(?:to|would|will|plans?\s+to|set\s+to|moves?\s+to)\s+\w+",
    re.IGNORECASE,
)
#: A bill or a draft law: "under draft mining bill", "the draft law, tabled in parliament".
_BILL_RE = lazy(
    r"\b(?:bills?|draft\s+(?:\w+\s+)?(?:laws?|legislation|decree)|proposed\s+(?:law|legislation))\b",
    re.IGNORECASE,
)
#: Words before "bill" that make it a cost: "import bill", "energy bill".
_COST_WORDS = frozenset(
    "import imports export exports energy fuel oil food power electricity tax wage subsidy"
    " trade tariff".split()
)
#: The title's act still ahead: "to ban", "would ban", "will ban", "set to ban".
_AHEAD_RE = lazy(
    r"\b(?:to|would|will)\s+(?:ban|bar|halt|stop|end|restrict|impose|curb|prohibit)\b", re.I
)
#: A bill made law: passed, signed, enacted, approved, adopted.
_MADE_LAW_RE = lazy(
    r"\b(?:pass(?:es|ed)?|sign(?:s|ed)?|enact(?:s|ed)?|approv(?:es|ed)|adopt(?:s|ed)|ratif(?:ies|ied)|"
    r"into\s+law|becomes?\s+law|became\s+law|promulgat\w+|gazett\w+)\b",
    re.IGNORECASE,
)


def bill_plan(title: str, lede: str) -> str | None:
    """The word that makes a title's planned act a bill's (a legislature's plan, a bill in the
    title or its lede), or None; a bill made law is decided (see the module)."""
    if _AHEAD_RE.search(title) is None or _MADE_LAW_RE.search(title) is not None:
        return None
    m = _LEGISLATURE_PLAN_RE.search(title) or _BILL_RE.search(title)
    if m is not None:
        return m.group(0).split()[0]
    m = _BILL_RE.search(lede)
    if m is None or _MADE_LAW_RE.search(lede) is not None:
        return None
    before = lede[: m.start()].split()
    if before and before[-1].lower().strip(",") in _COST_WORDS:
        return None  # "its import bill": a cost, no law
    return m.group(0)
