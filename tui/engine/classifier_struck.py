"""A country's exports or goods struck by another's measure: "Chile's copper exports hit by US
tariff", "Peru's zinc shipments targeted by Chinese anti-dumping duties", "Japan's steel hit by
new Mexican tariffs", "Mexico's steel exports face new US tariffs"; so are its exporters
("Indian stainless steel exporters hit by EU anti-dumping duty", "China's aluminium wire, cable
exporters face final U.S. duties").

The title opens on the exporter (a possessive or a plain name before its exports or its goods),
then a verb of harm in the passive ("hit", "targeted", "affected", "struck", "hurt") and "by",
or a verb of facing ("face", "faces"), with the imposer named right after it (past "new" or a
rate). The measure falls on the first country's goods as they enter the
second's market: origin the first, destination the second, a flow of imports into the imposer
(the roles alone read the possessive as the export's target and the imposer as its origin).
Read by :mod:`~tui.engine.classifier_direction` before the places' roles.

A title may open on the exporter's goods bound for a named market, the market an adjective
between the possessive and the goods ("Brazil's US steel exports hit by new tariffs",
"Vietnam's EU aluminium shipments face duties", "Chile's China-bound copper exports face new
levy"): the goods go from the first country to the second, whatever measure follows, so the
corridor is the first -> the second (a flow of imports when a verb of harm or facing follows,
else of exports: "China's US-bound gallium shipments halted by export ban"); the roles alone
read the market as the measure's imposer or its origin (:func:`bound_exports`).
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text

#: After the exporter's name: its goods, its exports (or goods alone: group 1), a harm verb in
#: the passive and "by", or a verb of facing ("Mexico's steel exports face new US tariffs").
_STRUCK_RE = lazy(
    r"(?:['’]s?)?\s+(?:(?:[\w-]+,?\s+){0,3}?(?:exports?|exporters?|shipments?|sales\s+abroad)\s+|"
    r"((?:[\w-]+\s+){1,3}?))"
    r"(?:(?:have|has|are|were|is|was|being|been)\s+){0,2}"
    r"(?:(?:hit|targeted|affected|struck|hurt|squeezed)\s+by|"
    r"(?:now\s+|to\s+|could\s+)?fac(?:e|es|ing))"
    r"\s+(?:the\s+|new\s+|fresh\s+|higher\s+|final\s+|provisional\s+|definitive\s+)?"
    r"(?:\d+(?:\.\d+)?\s*%\s+)?",
    re.IGNORECASE,
)


def struck_exports(t: Text, f: Finding) -> tuple[str, str, str, list[str]] | None:
    """(origin, destination, flow, words) when the title opens on a country's exports hit by
    another country's measure (see the module), else None."""
    places = t.places
    if len(places) < 2 or not t.toks or t.place_at[0] != 0:
        return None
    owner, _s, end, owner_word = places[0]
    m = _STRUCK_RE.match(t.text, end)
    if m is None or (m.group(1) is not None and not _goods_only(t, m.start(1), m.end(1))):
        return None
    imposer = next((p for p in places[1:] if p[1] == m.end()), None)
    if imposer is None or imposer[0] == owner or t.toks[f.index].start < imposer[2]:
        return None  # no imposer right after "by", the same country, or a measure before it
    return owner, imposer[0], R.IMPORT, [owner_word, imposer[3]]


#: Right after the market's name: "-bound" or nothing, up to three goods' words, the exports.
_BOUND_RE = lazy(
    r"(?:-bound)?\s+((?:[\w-]+\s+){0,3}?)(?:exports?|shipments?|sales|deliveries|cargoes)\b",
    re.IGNORECASE,
)
#: A verb of harm in the passive or of facing after the exports ("hit by", "face").
_HARMED_RE = lazy(
    r"\s+(?:(?:have|has|are|were|is|was|being|been)\s+){0,2}(?:(?:hit|targeted|affected|"
    r"struck|hurt|squeezed|slammed|battered|caught)\s+(?:by|in)\b|(?:now\s+|to\s+|could\s+)?"
    r"fac(?:e|es|ing)\b)",
    re.IGNORECASE,
)
_POSSESSIVE_RE = lazy(r"['’]s?\s+")


def bound_exports(t: Text, f: Finding) -> tuple[str, str, str, list[str]] | None:
    """(origin, destination, flow, words) when the title opens on a country's goods bound for
    a market named between its possessive and the goods (see the module), else None."""
    places = t.places
    if len(places) < 2 or not t.toks or t.place_at[0] != 0:
        return None
    owner, _s, end, owner_word = places[0]
    m = _POSSESSIVE_RE.match(t.text, end)
    market = places[1]
    if m is None or market[1] != m.end() or market[0] == owner:
        return None
    goods = _BOUND_RE.match(t.text, market[2])
    if goods is None or (goods.group(1) and not _goods_only(t, goods.start(1), goods.end(1))):
        return None
    if t.toks[f.index].start < goods.end():
        return None  # the measure is named before the goods' noun: not the goods' own corridor
    flow = R.IMPORT if _HARMED_RE.match(t.text, goods.end()) else R.EXPORT
    return owner, market[0], flow, [owner_word, market[3]]


def _goods_only(t: Text, start: int, end: int) -> bool:
    """The words between ``start`` and ``end`` are goods, a metal among them ("steel", "copper
    cathodes"): "Japan's steel hit by", not "Japan's miners hit by"."""
    ks = [k for k, tk in enumerate(t.toks) if start <= tk.start < end]
    return any(t.is_metal[k] for k in ks) and all(
        t.is_metal[k] or t.word(k) in R.GOODS_FORMS or t.word(k) in R.GOODS_WORDS for k in ks
    )
