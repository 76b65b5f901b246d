"""A government shutting its market, or its door, to a country's metal: an import ban.

"EU shuts market to Russian iron and steel products", "Canada closes its market to Russian
aluminium", "Japan shuts door to Russian gold", "Washington shuts U.S. market to Venezuelan
gold", "Canada slams door on Russian steel": the subject, a place, keeps the named goods out,
as "bans imports of" would say (``suspended``, the goods' country the origin, the subject the
destination). The phrase must be the verb's own object ("shuts market to", "closes its doors
to") with a watched metal after it; an exchange shutting a metal's market ("LME shuts nickel
market"), a market that shuts ("Copper market shuts for holiday"), a plant shut and a firm
shutting the door on a deal ("Glencore shuts door on sale of ...") are no such phrase. None of
its words is a trigger word of the rules, so the classifier's pre-check asks
:func:`names_shut_market` too, and :func:`tui.engine.classifier_read.read_text` asks
:func:`shut_market` before the rules.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text

#: "shuts market to", "closes its market to", "shuts U.S. market to", "slams door on".
_SHUT_RE = lazy(
    r"\b(shut|shuts|shutting|close|closes|closed|closing|slam|slams|slammed|slamming)\s+"
    r"(?:(?:its|their|the)\s+)?(?:[\w.'’-]+\s+)?(?:market|markets|door|doors)\s+(?:to|on)\b",
    re.IGNORECASE,
)
#: A deal the door is shut on, not goods: "shuts door on sale of Kazakh zinc unit".
_DEALS = frozenset(
    {"sale", "sales", "takeover", "merger", "bid", "deal", "talks", "offer", "acquisition"}
)


def names_shut_market(text: str) -> bool:
    """Whether ``text`` holds the phrase (the classifier's cheap pre-check)."""
    return _SHUT_RE.search(text) is not None


def shut_market(t: Text) -> Finding | None:
    """The import ban a shut market tells, when a place shuts it and a watched metal follows
    the phrase."""
    m = _SHUT_RE.search(t.text)
    if m is None:
        return None
    toks = t.toks
    verb = next((k for k, tk in enumerate(toks) if tk.start >= m.start()), None)
    if verb is None:
        return None
    if not any(p is not None for p in t.place_at[max(0, verb - 4) : verb]):
        return None  # a government shuts its market; a firm shuts the door on a deal
    after = [k for k, tk in enumerate(toks) if tk.start >= m.end()]
    if after and toks[after[0]].low in _DEALS:
        return None
    # the goods follow within the phrase's object, before a clause of its own
    metal = None
    for k in after[:8]:
        if toks[k].low in (";", ":", "-", "–", "—", "as", "after", "while"):
            break
        if t.is_metal[k]:
            metal = k
            break
    if metal is None:
        return None
    words = [toks[verb].text, toks[metal].text]
    return Finding("stop", "suspended", verb, words, flow=R.IMPORT, verb=True, confidence=0.8)


def shut_to(t: Text, f: Finding, to: tuple[str, str] | None) -> tuple[str, str] | None:
    """The place after the phrase's "to" ("shuts market to Belarusian steel") when ``f`` is
    the shut market's finding: the goods' country, the origin, not a destination."""
    if to is None or f.rule != "stop" or f.flow != R.IMPORT:
        return None
    m = _SHUT_RE.search(t.text)
    if m is None or t.toks[f.index].start != m.start():
        return None
    return to
