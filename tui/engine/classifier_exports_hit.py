"""A country's exports named by its possessive as what another government's measure is aimed
at: "EU issues bans aimed at Russia's exports of steel", "... aimed at disrupting Russia's
revenues from its exports of aluminum, copper and nickel". The possessive's exports are the
goods the measure hits (its origin), not a second government acting; as "bans on Russia's
exports of steel" already reads. Only words of the exports' earnings ("revenues from its")
and metals may stand between the possessive and its exports (and, for
:func:`tui.engine.classifier_direction._others_exports`, "its revenues from its exports" names
them another country's than the actor's).

Read by :func:`tui.engine.classifier_owners.owner_roles`.
"""

from __future__ import annotations

import re

from tui.engine.classifier_goods_owners import possessive
from tui.engine.classifier_text import Text

#: Nouns of the earnings a country draws from its exports.
_EARNING_NOUNS = ("revenue", "revenues", "income", "earnings", "proceeds", "profits")
#: Words of those earnings, between the country and its exports.
_EARNINGS = frozenset({*_EARNING_NOUNS, "from", "its", "their"})
#: Nouns of a country's outward flow.
_EXPORTS = frozenset({"exports", "export", "shipments", "sales"})


def exports_hit(t: Text, roles: list[tuple[str, str, str]], i: int, last: int) -> bool:
    """Place ``i`` (its last token ``last``) is a possessive before its exports, after another
    place acting: the goods another government's measure is aimed at."""
    code = roles[i][1]
    if not possessive(t, i) or not any(r == "actor" and c != code for r, c, _m in roles[:i]):
        return False
    k = last + 1
    while k < len(t.toks) and (t.word(k) in _EARNINGS or t.is_metal[k]):
        k += 1
    return k > last and t.word(k) in _EXPORTS


def earnings_from_exports(t: Text, matched: str) -> bool:
    """``t`` names the place written ``matched`` by its earnings from its exports ("Russia's
    revenues from its exports of aluminum"): those exports are its goods."""
    return (
        re.search(
            re.escape(matched) + r"['’]s\s+(?:" + "|".join(_EARNING_NOUNS) + r")\s+"
            r"from\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}?exports\b",
            t.text,
            re.IGNORECASE,
        )
        is not None
    )
