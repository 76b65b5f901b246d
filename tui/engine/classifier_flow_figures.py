"""A flow's figures after an act: "Gold imports into India slump after government raises duty
to 15%", "Copper exports from Zambia drop after government imposes 10% export duty", "Vietnam
steel imports surge after Hanoi lifts anti-dumping duties".

A flow that opens the title and moves ("slump", "drop", "surge") is trade data, counted over the
weeks or months after the act that the clause after "after", "following" or "since" tells: the
act is older news than the figures, as a flow moving "under" or "since" a measure named by its
noun already reads (README: trade figures under a measure, "exports drop 20% under new
tariff"). The act in the main clause ("India raises gold import duty to 15% as imports surge")
and a price moved by an act ("Gold prices fall after India raises import duty") stay the act.
Read by :func:`~tui.engine.classifier_backdrops.backdrop_veto` (``_trade_figures``).
"""

from __future__ import annotations

from tui.engine.classifier_text import Text

#: What ties a flow's move to the act before it.
_AFTER = frozenset({"after", "following", "since"})
#: How far into the title the moving flow may stand: it is the title's subject.
_SUBJECT_REACH = 5


def counted_after(t: Text, flow: int, move: int, act: int) -> bool:
    """The flow at token ``flow`` opens the title, moves at ``move``, and "after", "following"
    or "since" stands between the move and the act's deciding word at ``act``, with no clause
    break between them."""
    if flow > _SUBJECT_REACH or not flow < move < act:
        return False
    for j in range(move + 1, act):
        low = t.word(j)
        if low in (",", ";", ":", "|", "–", "—"):
            return False
        if low in _AFTER:
            return True
    return False
