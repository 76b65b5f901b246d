"""A country named only in an import measure's purpose clause, not as the origin of its goods:
"Brazil hikes steel tariffs to curb Chinese imports", "... to stem Vietnamese steel imports",
"... to curb imports from China", "... to protect mills from Chinese imports" (after a measure
noun: "to", a verb of checking, then the place before its imports or imports "from" the place;
or "to", a verb of shielding, a few words, then "from" the place before its imports). The
measure is on imports in general: the place takes no side of it, as a country named only as a
measure's cause takes none (:mod:`tui.engine.classifier_cause_place`, which asks this module).
Goods named by their country keep it: "raises tariffs on Chinese aluminium to curb imports" is
on China's goods.
"""

from __future__ import annotations

from tui.engine.classifier_text import Text, measure_of

#: Verbs of checking a flow that open a purpose clause ("to curb", "to stem").
CHECK_VERBS = frozenset(
    {"curb", "stem", "limit", "reduce", "fight", "check", "counter", "tackle", "slow", "cut",
     "restrict", "contain", "combat", "deter", "discourage", "halt", "stop", "block", "cap"}
)  # fmt: skip
#: Nouns of the flow a purpose clause checks.
FLOW_NOUNS = frozenset({"imports", "import", "inflows", "shipments", "arrivals"})
#: Verbs of shielding whose purpose clause names what from ("to protect mills from ...").
SHIELD_VERBS = frozenset({"protect", "shield", "defend", "guard", "insulate", "safeguard"})


def _flow_after(t: Text, last: int) -> bool:
    """The flow noun follows the place ending at token ``last``, past its metals."""
    k = last + 1
    while k < len(t.toks) and t.is_metal[k]:
        k += 1
    return t.word(k) in FLOW_NOUNS


def _measure_before(t: Text, k: int) -> bool:
    """A measure noun comes before token ``k``."""
    return any(measure_of(t.word(j)) is not None for j in range(k))


def purpose_place(t: Text, first: int, last: int) -> bool:
    """The place spanning tokens ``first`` to ``last`` is named only in an import measure's
    purpose clause: "to curb Chinese (steel) imports", "to curb (steel) imports from China"."""
    word = t.word
    if word(first - 1) == "from" and _flow_after(t, last):
        # "to protect (local) mills from Chinese imports"
        for k in range(first - 2, max(first - 6, 0), -1):
            if word(k) in SHIELD_VERBS and word(k - 1) == "to":
                return _measure_before(t, k - 1)
    if word(first - 1) in CHECK_VERBS and word(first - 2) == "to":
        # "to curb Chinese (steel) imports"
        return _flow_after(t, last) and _measure_before(t, first - 2)
    if word(first - 1) != "from" or word(first - 2) not in FLOW_NOUNS:
        return False
    k = first - 3
    while k > 0 and t.is_metal[k]:
        k -= 1  # "to curb steel imports from China"
    return word(k) in CHECK_VERBS and word(k - 1) == "to" and _measure_before(t, k - 1)
