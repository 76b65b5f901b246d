"""A metal named only as a measure's yardstick (the sixth wire's even rows, session 41).

"Budget raises import duty on silver to match gold", "cuts customs duty on silver in line with
gold", "raises export duty on tin on par with nickel": the metal after "to match", "in line
with" or "on par with" is what the goods' duty is brought level with, not the goods. Read only
when the title names goods of its own besides it; metals named together ("on gold and silver")
are all the goods.
"""

from __future__ import annotations

from tui.engine.classifier_spans import first_overlaps
from tui.engine.classifier_text import Text

#: Verbs of matching another's rate: the metal right after is the yardstick.
_MATCH = frozenset({"match", "matches", "matched", "matching", "mirror", "mirrors", "mirroring"})
#: "in line with", "on par with", "at par with", "level with": the metal after is the yardstick.
_LEVEL = frozenset({"line", "par", "level", "parity"})


def _yardstick_at(t: Text, k: int) -> bool:
    if t.word(k - 1) in _MATCH:
        return True
    return t.word(k - 1) == "with" and t.word(k - 2) in _LEVEL


def yardstick_metals(t: Text) -> set[str]:
    """The title's metals named only as the yardstick of its measure, when it names others."""
    if _MATCH.isdisjoint(t.lows) and "with" not in t.lows:
        return set()
    own: set[str] = set()
    apart: set[str] = set()
    for ti, si in first_overlaps(t.toks, t.metal_spans):
        (apart if _yardstick_at(t, ti) else own).add(t.metal_spans[si][0])
    return apart - own if own - apart else set()
