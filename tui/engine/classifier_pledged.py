"""A pledge of no measure: the flow kept open (session 34).

"Indonesia pledges no export duties on nickel shipped to Japan", "Chile promises no copper
export curbs to the EU under a trade agreement", "agrees not to impose export duties on
tungsten": a government binding itself not to restrict a flow, under a pact or a deal, leaves
it ``open`` (README: "the flow is open: access granted, no measure in the way"). The denial
reading (``R.DENIAL_RE``) otherwise takes "no export duties" or "not to impose" for a plan
denied or ruled out ("says no nickel ore export ban this year", "rules out ..."), no event;
that stays so when no verb of pledging stands right before it, and "no export curbs" with no
denial word is no measure either.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, flow_of, measure_of

#: Verbs by which a government binds itself ("pledges", "commits to", "agrees").
_PLEDGE_VERBS = frozenset(
    {"pledge", "pledges", "pledged", "pledging", "commit", "commits", "committed", "committing",
     "promise", "promises", "promised", "promising", "guarantee", "guarantees", "guaranteed",
     "vow", "vows", "vowed", "agree", "agrees", "agreed", "undertake", "undertakes", "assure",
     "assures"}
)  # fmt: skip
#: Words between the pledge and its "no" / "not" ("commits to no ...", "agreed on no ...").
_BETWEEN = frozenset({"to", "on", "there", "will", "be", "that", "it", "they"})
#: Words that may stand between "no" (or "not to impose") and the measure: goods and flows.
_REACH = 4
#: The denial forms a pledge may bind: "no <measure>", "not to impose|introduce|levy <measure>".
_NEGATIONS = frozenset({"no", "not"})


def pledged_none(t: Text) -> Finding | None:
    """An ``open`` finding when a "no" or "not to" is the object of a verb of pledging and
    binds a measure ("pledge no export duties on battery metals"), else None."""
    if _NEGATIONS.isdisjoint(t.lows) or _PLEDGE_VERBS.isdisjoint(t.lows):
        return None
    for k, low in enumerate(t.lows):
        if low in _NEGATIONS and (found := _pledged_at(t, k)) is not None:
            return found
    return None


def _pledged_at(t: Text, k: int) -> Finding | None:
    """The pledge whose "no" or "not" is token ``k``, else None."""
    v = k - 1
    while v >= 0 and t.word(v) in _BETWEEN:
        v -= 1
    if v < 0 or t.word(v) not in _PLEDGE_VERBS:
        return None
    j = k + 1
    if t.word(k) == "not" and t.word(j) == "to":
        j += 2  # "not to impose": the verb
    flow = None
    for i in range(j, min(len(t.lows), j + _REACH)):
        low = t.word(i)
        if low in R.CLAUSE_BREAK:
            return None
        flow = flow or (f if (f := flow_of(low)) in (R.EXPORT, R.IMPORT) else None)
        if measure_of(low) is not None:
            words = [t.toks[v].text, t.toks[k].text, t.toks[i].text]
            return Finding("pledge", "open", i, words, flow=flow, verb=True, confidence=0.7)
    return None
