"""A place or firm described by its role in a measure: "Irish alumina refinery is Russian Trojan
Horse in EU sanctions", "China Is at the Heart of Trump Tariffs on Steel", "Dubai refiners are the
loophole in G7 gold sanctions".

A copula before the measure with a noun phrase after it and a preposition that ties the phrase to
the measure ("is <role> in/of/behind/around <measure>") describes its subject, not a step on the
measure (session 23, the seventeenth blind set's false events). Goods named under a measure
("Copper is included in new US tariffs", "Steel is among goods hit by new Mexican tariffs") are
news of it: a participle or a list word after the copula, or a new measure, keeps the event.
"""

from __future__ import annotations

from tui.engine.classifier_text import Finding, Text, measure_of

_COPULAS = frozenset({"is", "are", "was", "were", "remains", "remain", "becomes", "became"})
_SKIPPED = frozenset({"a", "an", "the", "at", "now", "still", "also"})
#: Prepositions that tie the role to the measure ("the loophole in", "the heart of", "a shortcut
#: around", "the force behind").
_ROLE_PREPS = frozenset({"in", "of", "behind", "around", "inside", "within"})
#: Words after the copula that tell goods under a measure or a plan, not a role.
_NOT_A_ROLE = frozenset(
    {
        "not",
        "exempt",
        "free",
        "subject",
        "liable",
        "set",
        "due",
        "likely",
        "about",
        "to",
        "among",
        "next",
        "one",
        "part",
        "first",
        "latest",
        "no",
        "still",
        "facing",
        "under",
    }
)
_NEW = frozenset({"new", "fresh", "revised", "amended", "additional", "higher", "proposed"})


def role_in_measure(t: Text, best: Finding) -> bool:
    """The title describes its subject's role in the measure at ``best``: no measure."""
    at = best.index
    for c in range(1, at):
        if t.word(c) not in _COPULAS:
            continue
        k = c + 1
        while t.word(k) in _SKIPPED:
            k += 1
        head = t.word(k)
        if not head or head in _NOT_A_ROLE or head.endswith(("ed", "en")) or k >= at:
            return False
        preps = [p for p in range(k + 1, at) if t.word(p) in _ROLE_PREPS]
        if not preps or preps[0] - k > 5:
            return False
        p = preps[0]
        if any(measure_of(t.word(j)) is not None for j in range(c + 1, p)):
            return False
        return at - p <= 6 and not any(t.word(j) in _NEW for j in range(p + 1, at + 1))
    return False
