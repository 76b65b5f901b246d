"""A country's exports or goods struck by another's measure: "Chile's copper exports hit by US
tariff", "Peru's zinc shipments targeted by Chinese anti-dumping duties", "Japan's steel hit by
new Mexican tariffs", "Mexico's steel exports face new US tariffs".

The title opens on the exporter (a possessive or a plain name before its exports or its goods),
then a verb of harm in the passive ("hit", "targeted", "affected", "struck", "hurt") and "by",
or a verb of facing ("face", "faces"), with the imposer named right after it (past "new" or a
rate). The measure falls on the first country's goods as they enter the
second's market: origin the first, destination the second, a flow of imports into the imposer
(the roles alone read the possessive as the export's target and the imposer as its origin).
Read by :mod:`~tui.engine.classifier_direction` before the places' roles.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text

#: After the exporter's name: its goods, its exports (or goods alone: group 1), a harm verb in
#: the passive and "by", or a verb of facing ("Mexico's steel exports face new US tariffs").
_STRUCK_RE = lazy(
    r"(?:['’]s?)?\s+(?:(?:[\w-]+\s+){0,3}?(?:exports?|shipments?|sales\s+abroad)\s+|"
    r"((?:[\w-]+\s+){1,3}?))"
    r"(?:(?:have|has|are|were|is|was|being|been)\s+){0,2}"
    r"(?:(?:hit|targeted|affected|struck|hurt|squeezed)\s+by|"
    r"(?:now\s+|to\s+|could\s+)?fac(?:e|es|ing))"
    r"\s+(?:the\s+|new\s+|fresh\s+|higher\s+)?(?:\d+(?:\.\d+)?\s*%\s+)?",
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


def _goods_only(t: Text, start: int, end: int) -> bool:
    """The words between ``start`` and ``end`` are goods, a metal among them ("steel", "copper
    cathodes"): "Japan's steel hit by", not "Japan's miners hit by"."""
    ks = [k for k, tk in enumerate(t.toks) if start <= tk.start < end]
    return any(t.is_metal[k] for k in ks) and all(
        t.is_metal[k] or t.word(k) in R.GOODS_FORMS or t.word(k) in R.GOODS_WORDS for k in ks
    )
