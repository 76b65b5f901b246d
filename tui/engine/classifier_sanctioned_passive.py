"""Goods "sanctioned" in the passive by a place: "Russian palladium sanctioned by Britain",
"Aluminium from Russia sanctioned by Canada", "Iranian steel and copper sanctioned by US
Treasury". A sanction is a measure; the rules read the active "<place> sanctions <goods>" (the
noun rule, ``sanctions`` -> ``suspended``, the goods' place the exporter), and the passive tells
the same act, so the title is written in the active before the rules read it
(:func:`~tui.engine.classifier_lead_in.read_surface`). Only goods that name a watched metal,
sanctioned by a named place, are turned: a person or a firm sanctioned ("tycoon sanctioned by
Britain") names no metal, and a body that is no government ("sanctioned by LME") no place.
"""

from __future__ import annotations

from tui.core.gazetteer import Gazetteer
from tui.core.lazy_re import lazy
from tui.engine.metal_matcher import MetalMatcher

#: "<goods> [is|are|was|were] sanctioned by [the] <Capitalised name> <tail>": the goods have no
#: clause break, the name runs to four capitalised words.
_PASSIVE_RE = lazy(
    r"^(?P<goods>[^,;:|?!]+?)(?:\s+(?:is|are|was|were))?\s+sanctioned\s+by\s+"
    r"(?P<by>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?P<tail>(?:\s.*)?)$"
)
#: Last words of the goods that keep the passive a plan's or a modal's ("to be sanctioned"):
#: the active would lose them.
_MODAL_ENDS = frozenset({"be", "been", "being"})


def active_sanctioned(title: str, matcher: MetalMatcher, gaz: Gazetteer) -> str:
    """``title`` with "<goods> sanctioned by <place>" written "<place> sanctions <goods>" when
    the goods name a watched metal and the agent is a place; else ``title`` unchanged."""
    if "sanctioned by" not in title:
        return title
    m = _PASSIVE_RE.match(title)
    if m is None:
        return title
    goods, by, tail = m.group("goods"), m.group("by"), m.group("tail")
    if goods.split()[-1].lower() in _MODAL_ENDS or not matcher.spans(goods):
        return title
    if not gaz.find(by):
        return title
    return f"{by} sanctions {goods}{tail}"
