"""A charge's rate between the charge and its goods (the first wire's even rows, session 41).

"Korea's finance ministry orders interim levies of up to 38% on steel plate from China", "Mexico
imposes levies of 25% on Chinese steel": a weak charge noun ("levies", "fees") is a duty when
goods of a named place follow "on" (:mod:`tui.engine.classifier_measure_noun`); a rate told
"of [up to] N%" between them is the charge's own and is stepped over, as if the goods followed
the charge at once ("levies on Chinese steel").

:func:`tui.engine.classifier_measure_noun.measure_noun` asks :func:`past_rate`.
"""

from __future__ import annotations

import re

from tui.engine.classifier_text import Text

_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")


def past_rate(t: Text, i: int) -> int:
    """The index of the last token of "of [up to] N%" right after token ``i`` (the charge),
    or ``i`` when no such rate follows."""
    word = t.word
    if word(i + 1) != "of":
        return i
    k = i + 2
    if word(k) == "up" and word(k + 1) == "to":
        k += 2
    if _NUMBER_RE.fullmatch(word(k)) is None or word(k + 1) != "%":
        return i
    return k + 1
