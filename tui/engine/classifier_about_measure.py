"""Titles about a measure that report none: a view of its effect ("Additional duties on US copper
scrap to have little impact on market", "... tariff hike unlikely to move the market"), an issue
about it raised by its payers ("Aluminium makers raise import duty anomaly with finance
ministry", "Steel firms raise duty concerns"), and buyers who get round it ("European buyers find
ways around China's gallium export ban", "How US importers work around ... curbs"). News, a
request or a reaction, no event (docs/STATUSES.md: a market view of a tariff, an industry's
request, circumvention). Read by :func:`tui.engine.classifier_title_no_event.title_no_event`.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_text import Finding, Text

#: A small effect told after a measure noun: "little impact", "limitedly affect", "unlikely to
#: move".
_SMALL_EFFECT_RE = lazy(
    r"\b(?:little|limited|muted|minimal|marginal|scant|negligible|modest)\s+"
    r"(?:impacts?|effects?|bearing)\b"
    r"|\b(?:limitedly|barely|hardly|scarcely)\s+(?:impact|affect|dent|move|hit|sway)\b"
    r"|\bunlikely\s+to\s+(?:move|affect|impact|dent|hit|sway|shift)\b",
    re.IGNORECASE,
)
#: "raise" as voicing an issue: "raise import duty anomaly", "raise duty concerns" (the issue
#: in the verb's object, not after a preposition: "raises duty amid concerns" is the act).
_RAISE_ISSUE_RE = lazy(
    r"\brais(?:e|es|ed|ing)\s+(?:(?!(?:amid|over|on|to|as|after|with|for|in|from|by|and|but|"
    r"despite|of|at)\b)[\w-]+\s+){0,4}?(?:anomal(?:y|ies)|concerns?|issues?|"
    r"questions?|grievances?|worries|objections?|doubts?)\b",
    re.IGNORECASE,
)
#: Getting round a measure: "find ways around", "find a way round", "work around", "get around".
_AROUND_RE = lazy(
    r"\b(?:find|finds|found|finding)\s+(?:a\s+|new\s+|other\s+)?(?:ways?|routes?|loopholes?)\s+"
    r"(?:around|round|past)\b"
    r"|\b(?:work|works|worked|working|get|gets|getting|got)\s+(?:a\s?round)\b",
    re.IGNORECASE,
)


def about_measure(t: Text, f: Finding | None) -> str | None:
    """Why the title ``t`` (its finding ``f``) tells news about a measure, not one; else None."""
    i = -1 if f is None else f.measure_at
    if f is None or i >= len(t.lows) or t.lows[i] not in {w.lower() for w in f.words}:
        return None  # a finding of the lede's, not the title's
    at = t.toks[i].start
    e = _SMALL_EFFECT_RE.search(t.text)
    deciding = t.toks[f.index].start if f.index < len(t.toks) else -1
    if e is not None and (
        (not f.verb and e.start() >= at) or e.start() <= deciding < e.end()
    ):  # "... to have little impact", or "limited effect" read as the act "limited"
        return "a view of a measure's small effect: no act"
    m = _RAISE_ISSUE_RE.search(t.text)
    if m is not None and m.start() < at:  # not "planned ban raises concerns": the ban's effect
        return "an issue about a measure raised: a request, no act"
    m = _AROUND_RE.search(t.text, 0, at)
    if m is not None:
        return "buyers get round a measure: a reaction, no act"
    return None
