"""A firm hit by a measure: "Norilsk Nickel hit by new export duty on nickel", "Rusal faces
aluminium export duty from January". The firm is the measure's object, not a speaker
viewing it, so :func:`~tui.engine.classifier_sidelines.company_view` does not veto it (its
side is read by :mod:`tui.engine.classifier_champions`); "Nucor sees tariffs lifting prices"
stays a view.
"""

from __future__ import annotations

from tui.engine.classifier_text import Finding, Text

#: Verbs whose subject a measure falls on ("hit by", "faces", "slapped with").
_HIT = frozenset({"faces", "face", "facing", "hit", "hits", "slapped", "struck"})
#: Words between the verb and the measure's noun ("hit by new export duty on").
_BETWEEN = 4


def firm_hit(t: Text, best: Finding) -> bool:
    """Whether a verb of a measure falling on its subject stands within a few words before the
    measure's noun, with no other verb read for it."""
    if best.verb:
        return False
    k = best.measure_at
    return any(t.word(j) in _HIT for j in range(max(0, k - _BETWEEN), k))
