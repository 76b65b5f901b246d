"""Retaliation told as goods hit "with" countermeasures, or countermeasures given a rate (the
sixth wire's odd rows, session 39).

"Canada hits C$29.8 billion of U.S. steel, aluminum with 25% countermeasures": the
countermeasures are the instrument a government strikes goods with, and a rate before the
noun ("20% countermeasures") names a duty. Either is retaliation imposed, not talked of, so
:func:`tui.engine.classifier_asides.vague_countermeasures` does not veto it.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Text

#: Verbs that strike goods "with" a measure: "hits U.S. steel with ...", "struck ... with".
_HIT_VERBS = R.forms("hit|s|ting", "strike|s", "struck", "striking")


def countermeasures_named(t: Text, at: int) -> bool:
    """The countermeasures at token ``at`` have a rate before them ("25% countermeasures") or
    are what a verb of striking hits goods "with" in their clause ("hits U.S. steel with ...")."""
    if t.word(at - 1).endswith("%"):
        return True
    for k in range(at - 1, -1, -1):
        w = t.word(k)
        if w in R.CLAUSE_BREAK:
            return False
        if w == "with":
            return any(t.word(j) in _HIT_VERBS for j in range(max(0, k - 12), k))
    return False
