"""A price control is no trade measure: "China lifts price controls on rare earth exports",
"India removes price cap on steel exports", "Indonesia ends price caps on nickel ore sales".

A control, cap, ceiling, floor or freeze on a price sets what goods cost, not whether or how
much of them may cross a border or at what charge: the README's vocabulary (``open``,
``tariff``, ``licensing``, ``quota``, ``suspended``, ``resuming``) has no status for it, as it
has none for a price freeze or an exchange's position limits
(:mod:`tui.engine.classifier_near_measures`). So a price control imposed or lifted, even on a
flow ("on rare earth exports"), is no event, unless the text names a trade measure of its own
beside it ("lifts price controls and export quotas"). Read by
:func:`~tui.engine.classifier_nonmeasures.nonmeasure_veto`.
"""

from __future__ import annotations

from tui.engine.classifier_measure_noun import measure_noun
from tui.engine.classifier_text import Finding, Text

#: The word that makes a limit a price's.
PRICE_WORDS = frozenset({"price", "prices", "pricing"})


def price_rule(t: Text, best: Finding) -> bool:
    """The finding's measure noun is a price's limit ("price controls", "price cap") and no
    other measure noun in the text is a trade measure."""
    if PRICE_WORDS.isdisjoint(t.lows):
        return False
    k = best.measure_at
    if measure_noun(t, k) is None:
        k = next(
            (j for j in range(best.index + 1, min(len(t.toks), best.index + 4))
             if measure_noun(t, j) is not None),
            -1,
        )  # fmt: skip
    if k < 1 or t.word(k - 1) not in PRICE_WORDS:
        return False
    return not any(
        measure_noun(t, j) is not None and t.word(j - 1) not in PRICE_WORDS
        for j in range(len(t.toks))
        if j != k
    )
