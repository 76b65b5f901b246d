"""A court's verb that is also a measure noun: "Court rules against copper import duties".

"rules" is a measure noun ("export rules", "new licensing rules"), but right after a court, a
judge or a tribunal and before "against" it is the court's verdict, and the measure is the noun
that follows: the rules then read the verdict as a release of that measure
(:func:`~tui.engine.classifier_recast.recast`), as they do for "rules against duties on ...".
"""

from __future__ import annotations

from tui.engine.classifier_mentions import COURT_WORDS
from tui.engine.classifier_text import Text

_RULE_VERBS = frozenset({"rule", "rules"})


def court_rules(t: Text, i: int) -> bool:
    """Whether token i is a court's "rules" ("Trade court rules against ..."), not a noun."""
    return (
        t.toks[i].low in _RULE_VERBS
        and t.word(i - 1) in COURT_WORDS
        and t.word(i + 1) == ("against")
    )
