"""A country named only as the cause of an import measure, not as the origin of its goods:
"Mexico raises steel import tariffs over Chinese dumping", "... amid Chinese oversupply",
"... to stem Chinese flood", "..., blaming Chinese oversupply" (a place, its metals between,
then a noun of the cause: dumping, a glut, a flood, an influx, overcapacity, transshipment, no
measure noun after it as in "Australian dumping duties"), and
"... on Indonesian stainless steel as Chinese mills shift output" (a place after "as" or "while"
before its producers, the subject of a clause of its own). Such a place takes no side of the
measure: the origin is the country whose goods are charged, ``*`` for imports in general, as
the labelled sets read "Brazil hikes steel tariffs to curb Chinese imports".

Read by :func:`tui.engine.classifier_owners.owner_roles`.
"""

from __future__ import annotations

from tui.engine.classifier_text import Text, measure_of

#: Nouns of a flow of cheap goods named as a measure's cause ("over Chinese dumping").
CAUSE_NOUNS = frozenset(
    {"dumping", "oversupply", "over-supply", "glut", "gluts", "flood", "flooding", "influx",
     "overcapacity", "over-capacity", "overproduction", "transshipment", "transshipments",
     "trans-shipment", "transhipment", "diversion", "surplus", "surpluses"}
)  # fmt: skip
#: Producers named after a place as the subject of a clause of cause ("as Chinese mills ...").
PRODUCER_NOUNS = frozenset(
    {"mills", "producers", "smelters", "steelmakers", "makers", "exporters", "refiners",
     "plants", "factories"}
)  # fmt: skip
#: Words opening a clause with its own subject.
_CLAUSE_OPENERS = frozenset({"as", "while", "with"})


def cause_place(t: Text, first: int, last: int) -> bool:
    """The place spanning tokens ``first`` to ``last`` names a cause, not goods: its metals
    then a cause noun follow it, or it opens a clause ("as", "while") before its producers."""
    k = last + 1
    while k < len(t.toks) and t.is_metal[k]:
        k += 1  # "over Chinese steel dumping"
    if t.word(k) in CAUSE_NOUNS:
        return measure_of(t.word(k + 1)) is None  # not "Australian dumping duties": the measure
    return t.word(first - 1) in _CLAUSE_OPENERS and t.word(last + 1) in PRODUCER_NOUNS
