"""Whose agency a shared acronym names, read by its context (session 25).

The gazetteer maps an agency's acronym to one country ("BIS": the US Bureau of Industry and
Security), but some acronyms name another country's body too: India's Bureau of Indian
Standards is also "BIS" ("BIS quality control order for steel imports"), and the Bank for
International Settlements no country at all. Read after the gazetteer, on each text:

- a country's possessive or demonym right before an acronym ("Japan's MITI", "Indian BIS")
  names its owner, whatever agency the gazetteer knows by it;
- an acronym listed in :data:`_SHARED` takes another owner when its text speaks of that owner's
  business (standards, quality control, certification: India's BIS) and not of the owner the
  gazetteer knows (export controls, the entity list, Commerce: the US's BIS); an owner ``""``
  drops the place (the Bank for International Settlements).
"""

from __future__ import annotations

import re

from tui.core.gazetteer import Gazetteer
from tui.core.lazy_re import LazyPattern, lazy

Place = tuple[str, int, int, str]

#: acronym -> (the gazetteer's owner's context, [(other owner, its context)]).
_SHARED: dict[str, tuple[LazyPattern, list[tuple[str, LazyPattern]]]] = {
    "BIS": (
        lazy(
            r"\b(?:export\s+controls?|entity\s+list|commerce|industry\s+and\s+security|"
            r"foreign\s+direct\s+product|end[- ]use)\b",
            re.IGNORECASE,
        ),
        [
            (
                "IN",
                lazy(
                    r"\b(?:standards?|quality[- ]control|qcos?|certif\w*|isi\s+mark|"
                    r"hallmark\w*|bureau\s+of\s+indian)\b",
                    re.IGNORECASE,
                ),
            ),
            (
                "",
                lazy(
                    r"\b(?:bank\s+for\s+international\s+settlements|central\s+banks?|basel)\b",
                    re.IGNORECASE,
                ),
            ),
        ],
    ),
}

_POSSESSIVE = lazy(r"\s*['’]s\s+$")


#: Acronyms that name a country itself, not one of its bodies ("Brazil's USA exports").
_COUNTRY_ACRONYMS = frozenset({"USA", "UAE", "PRC", "DRC", "DPRK", "PNG", "ROK"})


def _acronym(matched: str) -> bool:
    """An agency's acronym: "BIS", "MITI" (not a country's own code or name, "US", "USA")."""
    return (
        3 <= len(matched) <= 6
        and matched.isupper()
        and matched.isalpha()
        and matched not in _COUNTRY_ACRONYMS
    )


def owned_places(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """``places`` (the gazetteer's finds in ``text``) with each shared acronym's owner read
    from its context; a body of no country dropped."""
    if not any(_acronym(p[3]) for p in places):
        return places
    out: list[Place] = []
    for k, (code, start, end, matched) in enumerate(places):
        if not _acronym(matched):
            out.append((code, start, end, matched))
            continue
        owner = _owner_before(text, places, k, gaz)
        if owner is None and matched in _SHARED:
            own, others = _SHARED[matched]
            if own.search(text) is None:
                owner = next((c for c, ctx in others if ctx.search(text)), None)
        if owner == "":
            continue
        out.append((owner or code, start, end, matched))
    return out


def _owner_before(text: str, places: list[Place], k: int, gaz: Gazetteer) -> str | None:
    """The country whose possessive or demonym stands right before place ``k``."""
    if k == 0:
        return None
    code, _s, end, matched = places[k - 1]
    between = text[end : places[k][1]]
    if _POSSESSIVE.fullmatch(between) or (between == " " and gaz.is_demonym(matched)):
        return code
    return None
