""" "Tax" as a verb: "Bolivia seeks to tax lithium exports", "Peru wants to tax copper exports",
"Indonesia will tax nickel pig iron exports".

The rules read "tax" as the measure's noun; used as a verb, with the goods or their flow as
its object, it is the act of imposing the tax itself, as "plans to impose a tax on" is. Read
as the measure's verb with its object (:func:`~tui.engine.classifier_nouns.rule_noun`: "tax +
exports", as "ban + exports" reads), the plan word before
it ("seeks to", "wants to", "aims to") makes it ``proposed``, and the learned gate reads a
verb's finding, not a bare noun's. "Tax on", "tax rebates" and "the tax" stay nouns.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Text, flow_of

_TAX_VERBS = frozenset({"tax", "taxes", "taxing"})
#: Words before the verb: an infinitive's "to" or a modal.
_BEFORE = frozenset({"to", "will", "would", "could", "may", "might", "must", "should", "shall"})


def taxed_object(t: Text, i: int) -> int | None:
    """The object's token (its flow, else its metal) when token ``i`` is "tax" used as a verb
    whose object is goods or their flow, else None."""
    if t.word(i) not in _TAX_VERBS:
        return None
    if t.word(i - 1) not in _BEFORE and not (i > 0 and t.place_at[i - 1] is not None):
        return None
    metal = None
    for j in range(i + 1, min(len(t.toks), i + 6)):
        low = t.word(j)
        if flow_of(low) is not None:
            return j
        if t.is_metal[j]:
            metal = j if metal is None else metal
            continue
        if low not in R.GOODS_WORDS and low not in R.GOODS_FORMS and low not in ("all", "its"):
            break
    return metal
