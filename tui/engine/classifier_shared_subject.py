"""A second act after a comma shares the first act's subject: "UK imposes metals sanctions,
bans Russian copper imports", "Canada widens metals sanctions, bans Russian aluminium imports".
The company veto of :func:`tui.engine.classifier_vetoes.find_veto` reads the words before the
deciding verb as its subject; before a second act those are the first clause, and a word of its
object ("metals", also a firm's word: "Century Metals") read the place's act as a company's.
When the deciding verb opens the clause after a comma and the first clause opens with a place
and an act's verb, the subject is the words before that verb. A first clause with no place
before its verb ("Century Metals halts shipments, cuts aluminium output") keeps its reading.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text


def shared_subject_end(t: Text, best: Finding, start: int) -> int | None:
    """The token where the first act's verb stands when ``best``'s verb opens a second act
    after a comma and the first clause, from ``start``, opens with a place and that verb
    (see the module); else None."""
    if not best.verb or best.index <= start + 2 or t.word(best.index - 1) != ",":
        return None
    for j in range(start + 1, best.index - 1):
        if t.toks[j].low in (",", ";"):
            return None
        if t.toks[j].low in R.ACT_VERBS:
            placed = any(t.place_at[x] is not None for x in range(start, j))
            return j if placed else None
    return None
