"""An active "spares" as a release: "US spares Canada and Mexico from aluminium tariffs".

A government that spares a country or its goods from its measure releases them, as one that
"exempts" them does ("Trump spares Australia and UK from steel tariff hike": AU -> US,
``resuming``). "Spares" also tells what a measure does to a market ("Trump Spares Copper
Market From Worst With 50% Duty on Products": the duty is imposed), so it releases only when
"from" and the measure's noun follow it, with nothing but the spared places and goods, the
measure's modifiers, its rate or its flow between (:func:`spares_from_measure`). A flow or
goods freed from a measure, "Peru exempts copper concentrate exports from new levy", release
the measure on that flow (:func:`freed_from_measure`, read by
:func:`tui.engine.classifier_releases.rule_release`), and so do goods the measure itself
exempts, its noun the verb's subject ("Trump's reciprocal tariffs exempt copper, gold": the
tariffs released on them, :func:`measure_exempting`).
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Text, flow_of, measure_of

#: The active verb of sparing (the passive "spared from" is :data:`R.SPARED_FROM`'s).
SPARES = frozenset({"spares"})
#: Words that may stand between "from" and the measure's noun ("from its 50% steel tariff").
_BETWEEN = frozenset({"the", "its", "their", "his", "new"}) | R.RATE_WORDS


def spares_from_measure(t: Text, i: int) -> bool:
    """The "spares" at token ``i`` takes places or goods, then "from" and a measure noun, and a
    government, named by its place, spares them ("Rally spares gold from tariff rout" is a
    market's move)."""
    if all(t.place_at[j] is None for j in range(i)):
        return False
    n = len(t.toks)
    k = next((j for j in range(i + 1, min(n, i + 9)) if t.word(j) == "from"), None)
    if k is None or any(t.word(j) in R.CLAUSE_BREAK for j in range(i + 1, k)):
        return False
    j = k + 1
    while j < min(n, k + 7) and measure_of(t.word(j)) is None:
        w = t.word(j)
        if not (
            t.place_at[j] is not None
            or t.is_metal[j]
            or w in R.GOODS_WORDS
            or w in R.MEASURE_MODIFIERS
            or w in _BETWEEN
            or w.replace(".", "").isdigit()
            or flow_of(w) is not None
        ):
            return False
        j += 1
    return measure_of(t.word(j)) is not None


#: Verbs that free a flow or goods from a measure ("exempts copper exports from new levy").
EXEMPTING = frozenset({"exempt", "exempts", "exempted", "exempting", "spares"})


def freed_from_measure(t: Text, j: int) -> int | None:
    """The measure noun a flow or goods at ``j`` are freed from: "exempts copper concentrate
    exports from new levy" (``j`` at "exports"), "from" within two words of goods or places,
    then the measure with its modifiers, rate or flow only between; else None."""
    n = len(t.toks)
    k = next((x for x in range(j + 1, min(n, j + 4)) if t.word(x) == "from"), None)
    if k is None or any(
        not (t.is_metal[x] or t.place_at[x] is not None or t.word(x) in R.GOODS_WORDS)
        for x in range(j + 1, k)
    ):
        return None
    for x in range(k + 1, min(n, k + 7)):
        w = t.word(x)
        if measure_of(w) is not None:
            return x
        if not (
            t.is_metal[x]
            or w in R.MEASURE_MODIFIERS
            or w in _BETWEEN
            or w == "new"
            or w.replace(".", "").isdigit()
            or flow_of(w) is not None
        ):
            return None
    return None


#: Words between a measure noun in the subject and its exempting verb ("tariffs will exempt").
_AUX = frozenset({"will", "would", "also", "largely", "to", "do", "does", "did"})


def measure_exempting(t: Text, i: int) -> int | None:
    """The measure noun that is the subject of the exempting verb at ``i`` ("reciprocal
    tariffs exempt copper": at "tariffs"), a few helping words at most between, else None."""
    k = i - 1
    while k >= 0 and t.word(k) in _AUX:
        k -= 1
    return k if k >= 0 and measure_of(t.word(k)) is not None else None
