"""Trade kept to a class of traders: "allows cobalt exports only by approved exporters",
"limits tin exports to state trading enterprises", "publishes list of approved tin and
tungsten exporters".

A flow allowed, or limited, only through approved, licensed, registered or state traders is
neither a restart nor a cap on an amount: who may trade needs the state's leave, which is
``licensing`` (the README's vocabulary: state trading and approved-exporter lists). Read by
:func:`~tui.engine.classifier_form.measure_form` on a release or a quota finding. Such
"traders" are no market word (``MARKET_RE`` in :mod:`~tui.engine.classifier_rules` skips them).
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_text import Finding, Text

_CHANNEL_RE = lazy(
    r"[^.;:]*?\b(?:to|through|via|by|for|(?P<list>lists?\s+of))\s+(?:the\s+|a\s+few\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?"
    r"(?:approved|authori[sz]ed|licen[cs]ed|registered|designated|accredited|certified"
    r"|state[-\s](?:owned|run|backed|controlled)|state|government[-\s](?:owned|run))\s+"
    # up to three words of goods between ("approved tin and tungsten exporters")
    r"(?:[\w'’-]+\s+){0,3}?(?:exporters?|importers?|traders?|trading\s+(?:enterprises?"
    r"|compan(?:y|ies)|firms?|houses?)|compan(?:y|ies)|firms?|entit(?:y|ies)|dealers?"
    r"|enterprises?|channels?|agenc(?:y|ies)|buyers?|refiners?|marketers?|bod(?:y|ies)"
    r"|corporations?)\b",
    re.IGNORECASE,
)

#: The words of a class the state approves, read as a release verb by themselves ("approved").
_CLASS_WORD_RE = lazy(
    r"approved|authori[sz]ed|licen[cs]ed|registered|designated|accredited|certified", re.IGNORECASE
)

_ONLY_RE = lazy(r"\b(?:only|exclusively|solely)\b", re.IGNORECASE)


def channelled(source: Text, f: Finding) -> bool:
    """The flow of the finding is allowed or limited only through a class of traders the state
    approves or owns ("only by approved exporters", "to state trading enterprises"); a release
    only when "only" keeps it to them."""
    if f.status not in ("resuming", "quota"):
        return False
    at = source.toks[f.index]
    if _CLASS_WORD_RE.fullmatch(at.text):
        # the release read from the class's own word ("permits exports only through approved
        # traders": "approved" read as the restart): the channel stands just before it
        at = source.toks[max(0, f.index - 4)]
        m = _CHANNEL_RE.match(source.text, at.start)
    else:
        m = _CHANNEL_RE.match(source.text, at.end)
    # a release keeps trade to the class only when "only" says so ("eases exports for licensed
    # firms" eases them; "allows exports only by approved exporters" keeps them to those)
    # a published list of the approved ("list of approved tin exporters") keeps trade to them
    return m is not None and (
        f.status == "quota"
        or m.group("list") is not None
        or _ONLY_RE.search(m.group(0)) is not None
    )
