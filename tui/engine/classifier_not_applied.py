"""A measure whose reach is denied over named goods: an exemption ("Reciprocal tariffs will not
apply to copper, gold", "the new duties do not cover steel scrap", "levy won't include
lithium concentrate").

The denial veto (:data:`R.DENIAL_RE`: "will not", "do not", "won't") reads these as a plan
denied. But when a measure noun stands in the subject and the verb denied is the measure's
reach ("apply to", "cover", "include") with a watched metal as its object, the metal is spared
from the measure: a release (``resuming``), as "exempt from" and "spared from" read. A reach
denied to a place ("will not apply to Canada") or to goods no metal names keeps the veto, and
so does a denial whose subject is a government ("US will not apply tariffs to copper" denies a
plan). Goods spared because another measure already covers them ("won't apply to steel
already subject to Section 232 tariffs") stay under that one: nothing is released.
"""

from __future__ import annotations

import re

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, flow_of, measure_of

#: The verbs of a measure's reach, and the word each takes before its object ("apply to").
_REACH = {"apply": "to", "cover": "", "include": "", "extend": "to"}
#: Words a subject's measure noun may stand before the denial with ("tariffs will not").
_SUBJECT_SPAN = 3
#: Words between the reach verb (or its "to") and the metal ("to refined copper").
_OBJECT_SPAN = 4


def not_applied(t: Text, denial: re.Match[str]) -> Finding | None:
    """The release of the goods a measure is denied to reach (see the module docstring), or
    None."""
    first = next((j for j, tk in enumerate(t.toks) if tk.start >= denial.end()), None)
    if first is None or first >= len(t.toks):
        return None
    before = next((j for j, tk in enumerate(t.toks) if tk.start >= denial.start()), first) - 1
    at = next(
        (
            k
            for k in range(before, max(-1, before - _SUBJECT_SPAN), -1)
            if measure_of(t.word(k)) is not None
        ),
        None,
    )
    if at is None or any(t.place_at[k] is not None for k in range(at + 1, first)):
        return None
    k = first + (t.word(first) == "be")
    prep = _REACH.get(t.word(k).rstrip("s"))
    if prep is None:
        return None
    start = k + 1 + (prep != "" and t.word(k + 1) == prep)
    if prep and t.word(k + 1) != prep:
        return None
    for j in range(start, min(len(t.toks), start + _OBJECT_SPAN)):
        if t.word(j) in R.CLAUSE_BREAK or t.place_at[j] is not None:
            return None
        if t.is_metal[j]:
            if _kept_under_another(t, j):
                return None
            m = measure_of(t.word(at))
            assert m is not None
            words = [t.toks[at].text, t.toks[k].text]
            # the flow named before the noun ("export levy"), else the measure's own; a duty
            # with neither falls on imports
            named = (flow_of(t.word(x)) for x in range(max(0, at - 2), at))
            flow = next((f for f in named if f in (R.EXPORT, R.IMPORT)), m[1])
            if flow is None and m[0] == "tariff":
                flow = R.IMPORT
            return Finding("release", "resuming", k, words, flow=flow, verb=True, at=at)
    return None


#: Words that tell the spared goods stay under another measure ("already subject to ...").
_KEPT = frozenset({"already", "subject", "covered"})


def _kept_under_another(t: Text, j: int) -> bool:
    """Words after the metal at ``j``, in its clause, tell it stays under another measure."""
    for x in range(j + 1, len(t.toks)):
        if t.word(x) in R.CLAUSE_BREAK:
            return False
        if t.word(x) in _KEPT:
            return True
    return False
