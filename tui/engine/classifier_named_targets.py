"""A measure named after the country it falls on, while another government acts on it.

"Korea steel TRQ takes effect under Biden proclamation", "China Surtax Order published in
Canada Gazette", "Brazil steel quota extended by Trump proclamation": the country right before
the measure's noun (with the goods or modifiers between) names whose goods the measure falls
on, as an order's or a quota's name does, and the government acting on it (after "by",
"under", "with", or before "proclamation", "gazette", "decree") imposes it: KR -> US, CN -> CA,
BR -> US. A trade body opening the title acts on it too ("USTR completes review of China
tariffs": CN -> US), and a "Surtax Order" is Canada's instrument ("Repeal of the United States
Surtax Order": US -> CA).

Read only for measures on imports (a tariff, surtax, quota or their release) and only when the
name is no possessive ("Canada's surtax on US steel" is Canada's own) and the measure names no
other goods after it ("China tariffs on US aluminium" are China's on US goods).
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_agency_tail import TRADE_BODIES
from tui.engine.classifier_text import Finding, Text, flow_of, measure_of

#: A measure's noun that can be named after its target.
_NAMED_MEASURES = frozenset({"tariff", "quota"})
#: Words before an acting government: "by Canada", "under Biden", "with Trump".
_AGENT_BEFORE = frozenset({"by", "under", "with"})
#: Words after an acting government: its act's instrument ("Biden proclamation").
_AGENT_AFTER = frozenset({"proclamation", "proclamations", "gazette", "decree", "decrees"})
#: Words between the named country and the measure's noun: an order's parts and modifiers.
_BETWEEN = frozenset({"and", ",", "&", "steel", "import", "imports"})
#: Trade bodies that administer a measure named after its target when they open the title.
_BODIES = frozenset({*TRADE_BODIES, "USTR"})


def _span(t: Text, pi: int) -> tuple[int, int] | None:
    """The first and last token of place ``pi`` (None when no token is its own)."""
    ks = [k for k, p in enumerate(t.place_at) if p == pi]
    return (ks[0], ks[-1]) if ks else None


def _named_country(t: Text) -> tuple[str, str, int] | None:
    """(code, matched, the measure noun's token) of a country naming a measure right after it."""
    n = len(t.toks)
    for pi, (code, _s, e, matched) in enumerate(t.places):
        if t.text[e : e + 2] in ("'s", "’s") or t.text[e : e + 1] in ("'", "’"):
            continue  # a possessive names the measure's owner
        span = _span(t, pi)
        if span is None:
            continue
        first, last = span
        if t.word(first - 1) in ("on", "against", "from", "to", "into"):
            continue  # the goods' origin already ("tariffs on China ...")
        k = last + 1
        while k < n and (
            t.is_metal[k] or t.word(k) in _BETWEEN or t.word(k) in R.MEASURE_MODIFIERS
        ):
            k += 1
        measure = measure_of(t.word(k)) if k < n else None
        if measure is not None and measure[0] in _NAMED_MEASURES:
            return code, matched, k
    return None


def _agent(t: Text, code: str, after: int) -> tuple[str, str] | None:
    """Another government acting on the measure, after token ``after``; else a trade body
    opening the title ("USTR completes review of China tariffs"); else Canada, whose
    instrument a "Surtax Order" is ("Repeal of the United States Surtax Order")."""
    for pi, (other, _s, _e, matched) in enumerate(t.places):
        if other == code:
            continue
        span = _span(t, pi)
        if span is None:
            continue
        if span[0] == 0 and matched in _BODIES and span[0] < after:
            return other, matched
        if span[0] <= after:
            continue
        first, last = span
        before = t.word(first - 1)
        if before == "the":
            before = t.word(first - 2)
        if before in _AGENT_BEFORE or t.word(last + 1) in _AGENT_AFTER:
            return other, matched
    if t.word(after) == "surtax" and t.word(after + 1) == "order" and code != "CA":
        return "CA", "Surtax Order"
    return None


def named_target(t: Text, f: Finding, origin: str, destination: str) -> tuple[str, str, str] | None:
    """(origin, destination, word) when the title names its measure after its target and
    another government acts on it; None otherwise."""
    if f.flow == R.EXPORT or any(flow_of(w) == R.EXPORT for w in t.lows):
        return None
    named = _named_country(t)
    if named is None:
        return None
    code, _matched, k = named
    if t.word(k + 1) in ("on", "against", "for") and any(
        t.place_at[j] is not None for j in range(k + 2, min(len(t.toks), k + 4))
    ):
        return None  # "China tariffs on US aluminium": China's, on another's goods
    agent = _agent(t, code, k)
    if agent is None or (origin, destination) == (code, agent[0]):
        return None
    return code, agent[0], agent[1]
