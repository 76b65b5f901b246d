"""Goods "no longer subject to" a measure (kinds 139).

"Mexican steel no longer subject to US tariffs", "Chilean copper will no longer be subject to
Chinese import tax": the measure has ended on those goods, a release on their flow to the
measure's country (README.md's ``resuming``: "a restriction lifted, ... ended"), as goods
"spared from" it read. Before the rules read a title
(:func:`~tui.engine.classifier_surface.plain_surface`) the phrase, with any "is", "are",
"will (be)" before it, is written "spared from"; what follows decides the rest. Goods no longer
subject to a measure's threat, a probe or the like ("no longer subject to US tariff threat")
are left as written: no measure has ended. A scope ruling that goods are "not subject to" a
duty (:mod:`tui.engine.classifier_rulings`) has no "longer" and is left alone.

Goods "no longer exempt(ed) from" a measure are the opposite: their exemption has ended and the
measure falls on them ("Canadian aluminium no longer exempt from US tariffs"). The phrase is
written "loses exemption from", which the rules read as the measure on the goods' flow.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R

_NO_LONGER_RE = lazy(
    r"\b(?:(?:is|are|will|would|to)\s+)?(n)o\s+longer\s+(?:be\s+)?subject\s+to\b", re.IGNORECASE
)
_NO_LONGER_EXEMPT_RE = lazy(
    r"\b(?:(?:is|are|will|would|to)\s+)?(n)o\s+longer\s+(?:be\s+)?exempt(?:ed)?\s+from\b",
    re.IGNORECASE,
)
#: The object's words up to a clause mark.
_OBJECT_RE = lazy(r"[^,;:–—|?!]*")
#: What a measure may be named before that is no measure ended ("tariff threat").
_NOT_ENDED = R.NON_MEASURE_HEADS | frozenset(
    {"threat", "threats", "fear", "fears", "uncertainty", "scrutiny", "pressure", "plans"}
)


def _spared(m: re.Match[str]) -> str:
    obj = _OBJECT_RE.match(m.string, m.end())
    words = re.findall(r"[\w'’-]+", obj.group(0).lower()) if obj is not None else []
    if not _NOT_ENDED.isdisjoint(words[:6]):
        return m.group(0)  # "no longer subject to US tariff threat": nothing ended
    return "Spared from" if m.group(1).isupper() else "spared from"


def no_longer_subject(title: str) -> str:
    """``title`` with goods "no longer subject to" a measure written "spared from" it, and goods
    "no longer exempt from" it written as losing their exemption from it."""
    if "longer" not in title.lower():
        return title
    title = _NO_LONGER_EXEMPT_RE.sub(
        lambda m: "Loses exemption from" if m.group(1).isupper() else "loses exemption from", title
    )
    return _NO_LONGER_RE.sub(_spared, title)
