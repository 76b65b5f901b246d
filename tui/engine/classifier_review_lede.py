"""A title naming a review of a trade-remedy measure in force ("EU revisits its steel
safeguard", "India re-examines anti-dumping duty on Chinese aluminium foil") is a step of the
measure's case, no event (:mod:`tui.engine.classifier_reactions`), unless its lede tells the
review's outcome as an act on the measure: "The European Commission cut the steel safeguard's
tariff-rate quotas by 15%", "The finance ministry raised the anti-dumping duty ...". Then the
lede is read as the news, as a vague title's lede is (:mod:`tui.engine.classifier_lede_decides`);
a lede telling only the review's course ("opened a review", "will publish its findings", "began
a sunset review", "expected to make a recommendation") leaves the veto standing.
"""

from __future__ import annotations

from collections.abc import Callable

from tui.engine import classifier_rules as R
from tui.engine.classifier_read import read_text
from tui.engine.classifier_text import Reading, Text, acts_on_measure

#: The veto's words in the trace (:func:`tui.engine.classifier_reactions` names it so).
REVIEW_VETO = "trade-remedy measures in force reviewed: a step of their case"
#: Words of a measure a review looks at: the lede's act must be on one of them.
_REMEDY_NOUNS = R.TRADE_REMEDY_WORDS | R.QUOTA_WORDS
#: Verbs that change a measure without the rules' verb reading ("has adjusted the quotas").
_ADJUST = R.REVISE_VERBS | R.forms("adjust|s|ed|ing", "recalibrate|s|d", "rebalance|s|d")


def review_outcome(
    reading: Reading, sents: list[str], text_of: Callable[[str], Text], trace: list[str]
) -> tuple[Reading, Text] | None:
    """The lede's reading and text when the title's review veto gives way to a lede telling an
    act on the measure reviewed (see the module); else None."""
    if reading.vetoed != "speculation" or not trace or not trace[-1].endswith(REVIEW_VETO):
        return None
    if not sents:
        return None
    st = text_of(sents[0])
    if not st.metal_spans or _REMEDY_NOUNS.isdisjoint(st.lows):
        return None
    sub = read_text(st, trace=[])
    f = sub.finding
    if sub.vetoed is not None or f is None or not (f.verb or _acted_on(st, f.index)):
        return None
    trace.append("the lede tells the review's outcome, an act on the measure: the lede decides")
    return sub, st


def _acted_on(st: Text, at: int) -> bool:
    """A verb acting on or changing a measure stands before its noun at ``at``, in its clause
    ("The European Commission has adjusted the import quotas of ...")."""
    for k in range(at - 1, -1, -1):
        word = st.word(k)
        if word in R.CLAUSE_BREAK or word in R.CLAUSE_MARKS:
            return False
        if acts_on_measure(word) or word in _ADJUST:
            return True
    return False
