"""A measure noun that only qualifies another head before it: "Talks on steel tariffs end
after two days in Geneva" (the talks end, not the tariffs), "Negotiations over copper export
ban collapse". A release participle after such a phrase is the head's, so the measure is not
read as released in the passive. Read by :func:`~tui.engine.classifier_nouns.rule_noun`.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Text, flow_of

#: Prepositions joining a head to the measure it is about.
_ABOUT = frozenset({"on", "over", "about"})
#: Heads whose own end the verb tells (talks, negotiations), a subset of the rules' heads that
#: make a measure word a mere modifier.
_HEADS = frozenset({"talks", "negotiations", "consultations", "hearing", "hearings", "meeting"})


def talks_about(t: Text, i: int) -> bool:
    """The measure noun at token ``i`` stands after talks "on" or "over" it, with only goods,
    flow or modifier words between ("Talks on steel tariffs")."""
    k = i - 1
    while k >= 0 and (
        t.is_metal[k]
        or t.word(k) in R.GOODS_WORDS
        or t.word(k) in R.MEASURE_MODIFIERS
        or flow_of(t.word(k)) is not None
        or _demonym_at(t, k)
    ):
        k -= 1
    return t.word(k) in _ABOUT and t.word(k - 1) in _HEADS


def _demonym_at(t: Text, k: int) -> bool:
    pi = t.place_at[k]
    return pi is not None and t.gaz.is_demonym(t.places[pi][3])
