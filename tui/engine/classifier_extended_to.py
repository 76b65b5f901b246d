"""A trade-remedy duty extended to a third country's goods: that country is the origin.

An anti-circumvention ruling extends a duty on one country's goods to goods from, or routed
through, another: "EU extends anti-dumping duties on Chinese aluminium foil to imports from
Thailand", "Turkey applies anti-dumping duties on Chinese aluminium to Vietnamese imports",
"India widens duty on Chinese steel to cover shipments routed via Malaysia", the Official
Journal's "extending the definitive anti-dumping duty on steel wire from China to imports
consigned from Malaysia". The measure the news reports is the one now on the second country's
goods: its origin is the place after "to", whatever the first goods' origin (read before as
China, or as the place the duty was "extended to" taken for an export's destination).

The place must follow "to" as the goods' origin: "imports (consigned / shipped / routed) from
X", "shipments via X", or a demonym before goods or traders ("to Malaysian exporters"; those
goods "routed via" a third country, "to Chinese goods routed via Vietnam", are that country's); the
title must name an extending verb before it and a duty (or a dumping or circumvention measure)
between. "Extends anti-dumping duties to 2030", "extends duties to five years", "extends
safeguard to June" name no place there and change nothing. Read by
:func:`~tui.engine.classifier_corridor.event_corridor`.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_text import Text

#: The verb of extending and what it extends, up to "to" and the goods' place after it.
_EXTENDED_RE = lazy(
    r"\b(?:extend(?:s|ed|ing)?|widen(?:s|ed|ing)?|expand(?:s|ed|ing)?|broaden(?:s|ed|ing)?|"
    r"appl(?:y|ies|ied|ying))\s+(?P<what>[^;:]{3,120}?)\s+to\s+(?:cover\s+|include\s+)?"
    r"(?:(?:(?:the\s+)?(?:imports?|shipments?|products?|goods|exports?|supplies)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:from|via|through|in)\s+)|(?=[A-Z]))",
    re.IGNORECASE,
)
#: What the extended measure must name: a duty, or a trade remedy's measures.
_REMEDY_RE = lazy(
    r"\b(?:anti-?dumping|countervailing|dumping|anti-?circumvention|anti-?subsidy|"
    r"dut(?:y|ies)|tariffs?|levy|levies|cvds?)\b",
    re.IGNORECASE,
)
#: Goods or traders after a demonym ("to Malaysian exporters", "to Vietnamese imports").
_GOODS_AFTER = frozenset(
    {
        "imports",
        "import",
        "exporters",
        "exporter",
        "shipments",
        "products",
        "producers",
        "goods",
        "makers",
        "mills",
        "firms",
        "companies",
        "suppliers",
        "exports",
        "supplies",
    }
)
#: Goods after the demonym sent on through a third country ("to Chinese goods routed via
#: Vietnam"): the duty is extended to that country's shipments.
_ROUTED_RE = lazy(
    r"\s+[\w-]+\s+(?:routed|re-?routed|shipped|trans-?shipped|sent|passing)\s+(?:via|through)\s+",
    re.IGNORECASE,
)


def extended_to(t: Text) -> tuple[str, str] | None:
    """The third country a trade-remedy duty is extended to in ``t`` (its code and its words),
    or None (see the module docstring)."""
    low = t.text.lower()
    if " to " not in low or not any(v in low for v in ("exten", "wide", "expan", "broad", "appl")):
        return None  # none of the verbs, or no "to": rejected before any pattern runs
    for m in _EXTENDED_RE.finditer(t.text):
        if _REMEDY_RE.search(m.group("what")) is None:
            continue
        for code, start, end, _name in t.places:
            if start != m.end() or code == "*":
                continue
            if m.group(0)[-1:].isspace() and re.search(
                r"(?:from|via|through|in)\s+$", m.group(0), re.I
            ):
                return code, t.text[start:end]  # "to imports from Thailand"
            after = t.text[end:].split(maxsplit=1)
            if after and after[0].lower().strip(",.") in _GOODS_AFTER:
                via = _ROUTED_RE.match(t.text, end)
                routed = via and next((p for p in t.places if p[1] == via.end()), None)
                if routed and routed[0] != "*":  # "to Chinese goods routed via Vietnam"
                    return routed[0], t.text[routed[1] : routed[2]]
                return code, t.text[start:end]  # "to Malaysian exporters"
    return None
