"""An act named as the subject of a modal: its supposed effect, no measure ("Lifting steel
tariffs would lower US car prices", "Commerce: revoking anti-dumping order on Japanese tin mill
products would likely lead to renewed dumping", "Revocation of duties on Korean pipe likely to
lead to continued injury").

A gerund ("lifting", "revoking", "imposing") or an act's noun ("revocation", "removal")
opening its clause, the title's head or the words after a heading's colon, names no act done:
when the clause's verb is a modal ("would", "could", "may") or "likely to", the text tells
what the act would do: a finding of a review, a study's or a lobby's argument. An act done by
a subject before it ("US lifting tariffs would ...") is not this form, and "would take effect"
or "will apply" tells when a measure begins, not what it would do.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text

#: Nouns of an act on a measure that open its clause ("Revocation of ...").
_ACT_NOUNS = frozenset({"revocation", "removal", "lifting", "repeal", "imposition", "extension"})
#: Heads a clause opens after (the title's start, a heading's colon or dash).
_HEADS = frozenset({":", "-", "—", "–"})
#: Verbs after the modal that tell when a measure starts, not what it does.
_START_VERBS = frozenset({"take", "apply", "start", "begin", "come", "be"})
#: How far the modal may stand after the act's word.
_REACH = 14


def supposed_effect(t: Text, best: Finding) -> bool:
    """The finding's act opens its clause as a gerund or an act's noun and the clause's verb is
    a modal or "likely to" (see the module docstring)."""
    acts = {w.lower() for w in best.words if w.lower().endswith("ing") or w.lower() in _ACT_NOUNS}
    k = next((x for x, tk in enumerate(t.toks) if tk.low in acts), None) if acts else None
    if k is None:
        return False
    if k > 0 and t.word(k - 1) not in _HEADS:
        return False
    for x in range(k + 1, min(len(t.toks), k + _REACH)):
        w = t.word(x)
        if w in R.CLAUSE_BREAK or (
            w == "," and (x + 1 >= len(t.toks) or t.place_at[x + 1] is None)
        ):
            return False  # "on Mexican, Turkish steel": a list of places goes on
        nxt = t.word(x + 1)
        if w in R.EFFECT_MODALS:
            nxt = t.word(x + 2) if nxt in ("likely", "probably", "also", "not") else nxt
            return nxt not in _START_VERBS
        if w == "likely" and nxt == "to":
            return t.word(x + 2) not in _START_VERBS
    return False
