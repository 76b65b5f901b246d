"""The country an export measure retaliates against, told after the measure (session 34).

"Beijing halts gallium exports as countermeasure against Japan", "EU weighs export curbs on steel
scrap in second U.S. countermeasures list": an export measure aimed at a country goes to it
(docs/STATUSES.md: "the country an export measure is aimed at ... as its destination"). A
retaliation that names only the other side's measure ("restricts exports of seven rare earths in
response to US tariffs", labelled every market) tells the cause, not a market aimed at.
:func:`~tui.engine.classifier_other_side.retaliation_corridor` reads a retaliation told before
the measure ("Mexico hits back at ... with ..."); this module reads one told after it, for an
export measure whose market the text does not name otherwise.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, measure_of

#: Nouns of a retaliation after "in", "as" or "a" ("in retaliation against", "as a
#: countermeasure to", "in response to").
_RETALIATION = R.RESPONSE_WORDS | {
    "countermeasure", "countermeasures", "counter-measure", "counter-measures", "reprisals",
    "retaliatory",
}  # fmt: skip
#: Words that open the retaliation ("in retaliation", "as retaliation", "as a countermeasure").
_OPENERS = frozenset({"in", "as", "a", "an", "its", "second", "first", "new", "latest", "third"})
#: Words that link the retaliation to its target ("against", "for", "to").
_LINKS = frozenset({"against", "for", "to", "at", "over"})


def _names_its_measure(t: Text, pi: int) -> bool:
    """The place ``pi`` only names the other side's measure ("against EU sanctions", "for US
    steel duties", "to Chile's 15% export tax"): a measure noun within five words after it,
    before a clause break."""
    _first, last = t.place_span(pi)
    for w in t.lows[last + 1 : last + 6]:
        if w in R.CLAUSE_BREAK:
            return False
        if measure_of(w) is not None:
            return True
    return False


def retaliated_market(t: Text, f: Finding, own: str) -> tuple[str, str] | None:
    """(country, its words) an export measure at ``f`` retaliates against, told after it: the
    first place other than ``own`` within four words after a retaliation noun (or right
    before it, "second U.S. countermeasures list"); else None."""
    lows = t.lows
    for k in range(f.index + 1, len(lows)):
        if lows[k] in (";", "|") or lows[k] in ("—", "–"):
            return None
        if lows[k] not in _RETALIATION:
            continue
        if lows[k] in R.RESPONSE_WORDS and lows[k - 1] not in _OPENERS:
            continue  # "a reply" of its own, not "in reply to"
        before = [j for j in (k - 1, k - 2) if j > f.index]
        after = [j for j in range(k + 1, min(k + 5, len(lows)))]
        if after and lows[k + 1] not in _LINKS:
            after = []
        for j in before + after:
            pi = t.place_at[j]
            if pi is None or t.places[pi][0] == own:
                continue
            if j > k and _names_its_measure(t, pi):
                return None  # "in response to US tariffs": the cause, no market aimed at
            return t.places[pi][0], t.places[pi][3]
        return None
    return None
